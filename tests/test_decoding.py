import pytest

from helpers.ingestion.decoding import DecodingError, decode_bytes, html_to_text, repair_text


def test_utf8_is_decoded_as_is():
    assert decode_bytes("l’été « chaud »".encode()).text == "l’été « chaud »"


def test_byte_order_mark_is_dropped():
    assert decode_bytes("\ufeffBonjour".encode()).text == "Bonjour"


def test_latin1_is_detected():
    text = "Le président a répondu à la question de l’été dernier sur la sécurité des données. " * 3
    decoded = decode_bytes(text.replace("’", "'").encode("latin-1"))
    assert "président" in decoded.text and "sécurité" in decoded.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\t\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_unusable_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(DecodingError) as error:
        decode_bytes(data)
    assert error.value.reason == reason


def test_mojibake_is_repaired_and_typography_kept():
    original = "Le réseau société était « là », l’été"
    mojibake = original.encode("utf-8").decode("cp1252", errors="replace")
    assert "Ã©" in mojibake
    assert repair_text(mojibake) == original
    assert repair_text("l’Amérique\u00a0: « oui »") == "l’Amérique\u00a0: « oui »"


def test_repair_normalises_to_nfc_and_keeps_lines():
    decomposed = "e\u0301te\u0301\nligne"
    assert repair_text(decomposed) == "été\nligne"


def test_html_main_text_drops_scripts():
    html = (
        "<html><head><title>Titre</title><script>alert('x')</script></head><body>"
        "<nav>Menu</nav><article><h1>Titre</h1><p>" + "Un paragraphe de texte. " * 20 + "</p>"
        "<p>Second paragraphe avec <b>gras</b>.</p></article></body></html>"
    )
    text, meta = html_to_text(html)
    assert "Un paragraphe de texte." in text
    assert "alert" not in text and "<" not in text
    assert meta.get("title") == "Titre"
