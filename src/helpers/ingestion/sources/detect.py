"""Which reader a file needs, told from its content, never from its name.

Exports arrive as ``.HTML``, ``.htm``, ``.html``, ``.txt`` after a rename, or with
no extension at all, and a folder may mix formats. Binary containers are
recognised by their signature (DOCX is a ZIP holding ``word/document.xml``, RTF
opens with ``{\\rtf``); text formats by the structure only their exports have.
"""

from __future__ import annotations

import io
import zipfile

from helpers.ingestion.decoding import DecodingError, decode_bytes
from helpers.ingestion.sources import europresse, factiva, mediacloud, nexis
from helpers.ingestion.sources.common import ExportFile, ExportFormatError

FORMATS = (europresse.SOURCE_FORMAT, factiva.SOURCE_FORMAT, nexis.SOURCE_FORMAT,
           mediacloud.SOURCE_FORMAT)  # fmt: skip


def is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "word/document.xml" in package.namelist()
    except zipfile.BadZipFile:
        return False


def is_rtf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def sniff_text(text: str) -> str:
    """The export format of decoded text, or ``""`` for anything else."""
    if europresse.looks_like_europresse(text):
        return europresse.SOURCE_FORMAT
    if factiva.looks_like_factiva_html(text):
        return factiva.SOURCE_FORMAT
    if mediacloud.looks_like_mediacloud(text):
        return mediacloud.SOURCE_FORMAT
    return ""


def read_export(data: bytes, text: str | None = None) -> ExportFile | None:
    """The documents of an export file, or None when the bytes are not an export.

    ``text`` is the decoded file when the caller has decoded it already (``""``
    when it could not be decoded). Raises :class:`ExportFormatError` for a file
    recognised as an export that cannot be read, with what to do in the
    message. A Media Cloud list comes back with its stories as records.
    """
    if is_docx(data):
        paragraphs = nexis.read_docx_paragraphs(data)
        if not nexis.looks_like_nexis(paragraphs):
            return None
        return ExportFile(nexis.SOURCE_FORMAT, nexis.read_nexis(paragraphs))
    if is_rtf(data):
        records = factiva.read_factiva_rtf(data)
        return None if records is None else ExportFile(factiva.SOURCE_FORMAT, records)
    if text is None:
        try:
            text = decode_bytes(data).text
        except DecodingError:
            return None
    kind = sniff_text(text)
    if kind == europresse.SOURCE_FORMAT:
        return ExportFile(kind, europresse.read_europresse(text))
    if kind == factiva.SOURCE_FORMAT:
        return ExportFile(kind, factiva.read_factiva_html(text))
    if kind == mediacloud.SOURCE_FORMAT:
        return ExportFile(kind, mediacloud.read_mediacloud_records(text))
    return None


__all__ = ["FORMATS", "ExportFormatError", "read_export", "sniff_text"]
