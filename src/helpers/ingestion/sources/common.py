"""What every export reader returns, and the rules the readers share.

A press database wraps each article in a header (outlet, date, title) and a
footer (copyright, licence certificate, document number). The readers keep the
header as metadata and the copyright as ``rights``; the patterns below let a
reader, and the boilerplate rules after it, recognise a footer line wherever it
ends up.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

# The metadata fields an export can fill (``language`` is identified from the text).
EXPORT_FIELDS = (
    "title", "outlet", "edition", "author", "published", "section", "url",
    "source_language", "rights",
)  # fmt: skip


@dataclass
class ExportRecord:
    """One document of an export file."""

    paragraphs: list[str]
    metadata: dict[str, str] = field(default_factory=dict)
    source_id: str = ""  # the export's own document id, when it has one
    rejection: str = ""  # why the document cannot be analysed, e.g. no_full_text


@dataclass
class ExportFile:
    source_format: str  # europresse, factiva, nexis, mediacloud
    records: list[ExportRecord]


class ExportFormatError(ValueError):
    """A file recognised as an export whose content cannot be read; the message says why."""


# « © 2019 Le Journal. Tous droits réservés. », « (c) Copyright 2022 Le Figaro. »,
# « Tous droits de reproduction et de représentation réservés. © (2022) AFP »
COPYRIGHT = re.compile(
    r"^(?:(?:©|\(c\)|copyright\b)\s*(?:copyright\s*)?(?:\(?\d{4}|.*\b(?:tous droits réservés"
    r"|all rights reserved)\b)"
    r"|tous droits (?:de [\w\s]+)?réservés\b|all rights reserved\b)",
    re.I,
)
# Europresse's licence certificate and legal notice, in every layout seen.
LEGAL_NOTICE = re.compile(
    r"^(?:certificat émis le\b|ce certificat est émis à\b|date d['’]émission\s*:"
    r"|le présent document est protégé par les lois\b"
    r"|ce document référence un lien url\b)",
    re.I,
)
# « news·20190604·LM·0q1503_1256056 », « web·20231018·… »: the prefix and the date,
# then whatever the last parts of the token hold.
DOCUMENT_ID = re.compile(r"\b(?P<id>[a-z]{2,12}·(?P<date>\d{8})·\S+)")
DOCUMENT_ID_LINE = re.compile(r"^(?:num[ée]ro de document\s*:\s*)?[a-z]{2,12}·\d{8}·\S+$", re.I)


def squash(text: str) -> str:
    """One line of text: runs of white space (non-breaking ones too) become one space."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def is_footer_line(line: str) -> bool:
    """A copyright line, a licence or legal notice, or a document number."""
    line = squash(line)
    return bool(COPYRIGHT.match(line) or LEGAL_NOTICE.match(line) or DOCUMENT_ID_LINE.match(line))


def safe_id(text: str, max_length: int = 80) -> str:
    """A filesystem-safe article id: ASCII letters, digits, ``-`` and ``_`` only.

    Accents are dropped (« é » → « e »); every other character, such as the
    middle dot of « news·20190604·LM·… », becomes ``-``.
    """
    kept = []
    for char in unicodedata.normalize("NFKD", text):
        if char.isascii() and (char.isalnum() or char in "-_"):
            kept.append(char)
        elif not unicodedata.combining(char):
            kept.append("-")
    cleaned = re.sub(r"-{2,}", "-", "".join(kept)).strip("-_")
    return cleaned[:max_length].rstrip("-_")


def content_id(prefix: str, record: ExportRecord) -> str:
    """A stable id for a document without an export id: a hash of what it says.

    The same document in two batch files gets the same id; two different
    documents with the same title and date do not.
    """
    meta = record.metadata
    key = "\n".join(
        [meta.get("outlet", ""), meta.get("published", ""), meta.get("title", ""),
         *record.paragraphs]
    )  # fmt: skip
    digest = hashlib.sha256(unicodedata.normalize("NFC", key).encode("utf-8")).hexdigest()
    return f"{prefix}-{meta.get('published') or 'nodate'}-{digest[:10]}"
