"""The generated caution about sharing licensed article text."""

from helpers.ingestion.readings import sharing


def test_licensed_exports_shared_as_text_get_a_caution():
    found = {"source_formats": {"europresse": 3, "text": 2}, "export_fields_known": {"rights": 1}}
    text = sharing(found, share_text=True)
    assert text.startswith("⚠️ 3 articles of this corpus come from press-database exports")
    assert "1 article carries a copyright line" in text and "share_text: false" in text


def test_plain_files_or_withheld_text_get_no_caution():
    assert sharing({"source_formats": {"text": 5}, "export_fields_known": {}}, True) == ""
    withheld = sharing({"source_formats": {"factiva": 5}}, share_text=False)
    assert "never article text" in withheld and "⚠️" not in withheld
