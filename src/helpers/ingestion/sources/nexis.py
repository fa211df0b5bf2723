"""Nexis Uni DOCX exports (read with python-docx).

A download of several documents is one DOCX: an optional cover page (« Date and
Time », « Job Number », « Documents (10) ») and table of contents, then each
document as paragraphs: its title, the outlet, the date line (« July 1, 2019
Monday 9:20 AM GMT »), an optional copyright line, labelled fields
(``Section:``, ``Length:``, ``Byline:``, ``Dateline:``… the label followed by a
non-breaking space), ``Body``, the text, an optional « Classification » block
(``Language:``, ``Subject:``… ``Load-Date:``) and « End of Document ». Labels
are in the interface language; English and French are known.
"""

from __future__ import annotations

import io
import re

from helpers.ingestion.sources.common import COPYRIGHT, ExportFormatError, ExportRecord, squash
from helpers.ingestion.sources.dates import language_code, parse_date

SOURCE_FORMAT = "nexis"

END_OF_DOCUMENT = re.compile(r"^(?:end of document|fin du document)$", re.I)
_BODY = re.compile(r"^(?:body|corps(?: du texte)?)$", re.I)
_CLASSIFICATION = re.compile(r"^classification$", re.I)
# « Byline: » and the like, with the non-breaking space the export puts after the colon.
_LABEL = re.compile(r"^(?P<label>[A-Za-zÀ-ÿ][\w -]{1,30}?)\s?:[\s\xa0]+(?P<value>.+)$")
_LABELS = {
    "section": "section", "rubrique": "section",
    "byline": "author", "auteur": "author", "signature": "author",
    "length": "", "longueur": "", "dateline": "", "highlight": "", "load-date": "",
    "date de chargement": "", "language": "source_language", "langue": "source_language",
}  # fmt: skip


def looks_like_nexis(paragraphs: list[str]) -> bool:
    return any(END_OF_DOCUMENT.match(squash(p)) for p in paragraphs)


def read_docx_paragraphs(data: bytes) -> list[str]:
    """The paragraphs of a DOCX, in order (tables hold only the cover page's search)."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a broken package
        raise ExportFormatError(f"not a readable DOCX ({type(error).__name__})") from None
    return [paragraph.text for paragraph in document.paragraphs]


def read_nexis(paragraphs: list[str]) -> list[ExportRecord]:
    """Every document of a Nexis Uni export, in file order."""
    records, block = [], []
    for raw in paragraphs:
        for line in raw.split("\n"):  # the export puts a line break before some labels
            line = squash(line)
            if END_OF_DOCUMENT.match(line):
                if record := _record(block):
                    records.append(record)
                block = []
            elif line:
                block.append(line)
    return records


def _record(block: list[str]) -> ExportRecord | None:
    body_at = next((i for i, line in enumerate(block) if _BODY.match(line)), None)
    labels_at = next(
        (i for i, line in enumerate(block) if (m := _LABEL.match(line)) and _label(m) is not None),
        None,
    )
    header_end = body_at if body_at is not None else labels_at
    if header_end is None:
        return None
    header = block[:header_end]
    # The date line is the last header line with a date; the outlet and the title
    # are the two lines above it. Lines before the title are the cover page.
    first_field = next(
        (i for i, line in enumerate(header) if COPYRIGHT.match(line) or _is_field(line)),
        len(header),
    )  # a « Dateline: » label holds a date too: the date line comes before the fields
    date_at = max((i for i in range(first_field) if parse_date(header[i])), default=None)
    metadata: dict[str, str] = {}
    if date_at is not None:
        metadata["published"] = parse_date(header[date_at])
        if date_at >= 1:
            metadata["outlet"] = header[date_at - 1]
        if date_at >= 2:
            metadata["title"] = header[date_at - 2]
        fields = header[date_at + 1 :]
    else:
        fields = header
    if body_at is None:
        body = []
    else:
        body = block[body_at + 1 :]
        fields = fields + _trailing_fields(body)
    body = [line for line in body if not _is_field(line)]
    cut = next((i for i, line in enumerate(body) if _CLASSIFICATION.match(line)), len(body))
    body = body[:cut]
    for line in fields:
        if COPYRIGHT.match(line):
            metadata.setdefault("rights", line)
        elif (match := _LABEL.match(line)) and (name := _label(match)):
            value = squash(match.group("value"))
            if name == "section":
                value = re.sub(r";\s*version\s*:\s*\d+\s*$", "", value, flags=re.I)
            if name == "source_language":
                value = language_code(value)
            metadata.setdefault(name, value)
    return ExportRecord(
        paragraphs=body,
        metadata={k: v for k, v in metadata.items() if v},
        rejection="" if body else "no_full_text",
    )


def _label(match: re.Match[str]) -> str | None:
    return _LABELS.get(match.group("label").strip().casefold())


def _is_field(line: str) -> bool:
    match = _LABEL.match(line)
    return bool(match) and _label(match) is not None


def _trailing_fields(body: list[str]) -> list[str]:
    """Labelled lines after the text (the classification block, the load date)."""
    cut = next((i for i, line in enumerate(body) if _CLASSIFICATION.match(line)), len(body))
    return [line for line in body[cut:] if _is_field(line)] + [
        line for line in body[:cut] if _is_field(line)
    ]
