"""From bytes to clean Unicode text.

Encodings are detected with charset-normalizer, mojibake is repaired with ftfy
and text is normalised to NFC. French typography (’ « » é, non-breaking
spaces) is kept as the article has it: ftfy's quote and width fixes are off.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

# ftfy repairs encoding errors only: curly quotes, ligatures and widths are
# the article's typography, not damage.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization=None,
    explain=False,
)


class DecodingError(ValueError):
    """Raised when bytes are not readable text; ``reason`` goes to rejected.csv."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    text: str  # the decoded file, before repairs: raw offsets index this
    encoding: str


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > 0.05 * max(len(sample), 1)


def decode_bytes(data: bytes) -> Decoded:
    """Decode file bytes; UTF-8 first, then charset-normalizer's best guess."""
    if not data.strip():
        raise DecodingError("empty", "the file is empty")
    if looks_binary(data):
        raise DecodingError("binary", "the file is binary, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DecodingError("encoding", "no text encoding decodes this file")
    return Decoded(str(best), best.encoding)


def repair_text(text: str) -> str:
    """Repair mojibake and normalise to NFC, one line at a time.

    Working line by line keeps the line structure, so each cleaned line can be
    traced back to its span in the decoded file.
    """
    return "\n".join(
        unicodedata.normalize("NFC", ftfy.fix_text(line, config=_FTFY_CONFIG))
        for line in text.split("\n")
    )


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata of an HTML page, with trafilatura.

    Scripts, styles and navigation are dropped by the extractor; what is left
    is plain text, never markup.
    """
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    meta = trafilatura.extract_metadata(html)
    fields = {}
    if meta is not None:
        for key in ("title", "author", "date", "url", "sitename"):
            value = getattr(meta, key, None)
            if value:
                fields[{"date": "published", "sitename": "outlet"}.get(key, key)] = str(value)
    return text or "", fields
