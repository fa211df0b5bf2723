"""Reading a corpus: a folder of articles, or one bulk export file.

This module is the I/O edge of ingestion. It turns files into
:class:`SourceDocument` objects, or into :class:`Rejection` rows when a file
cannot be read; it never writes to the corpus.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from helpers.core.provenance import (
    ARTICLE_SUFFIXES,
    EXPORT_SUFFIXES,
    METADATA_SHEET,
    STUDY_FILE,
    sha256_bytes,
)
from helpers.ingestion.decoding import DecodingError, decode_bytes, html_to_text

METADATA_FIELDS = ("title", "outlet", "author", "published", "url", "retrieved")


class CorpusError(ValueError):
    """A corpus that cannot be used at all; the message says what to fix."""


@dataclass
class SourceDocument:
    article_id: str
    file: str  # file name in the corpus, ``export.csv#id`` for a row of an export
    text: str  # the decoded text; raw offsets index it
    sha256: str  # of the file's bytes, or of the row's text
    has_raw_offsets: bool = True  # False where text was extracted from HTML
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejection:
    file: str
    reason: str


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def read_corpus(corpus: Path) -> Iterator[SourceDocument | Rejection]:
    """Yield the documents of a corpus folder or export file, in name order."""
    if not corpus.exists():
        raise CorpusError(
            f"The corpus {corpus} does not exist. Set `corpus_dir` (or `make run CORPUS=...`) "
            "to a folder of .txt/.md/.html articles or to a .csv/.jsonl export."
        )
    if corpus.is_file():
        yield from _read_export(corpus)
        return
    seen_ids: set[str] = set()
    for path in sorted(corpus.iterdir(), key=lambda p: _nfc(p.name)):
        name = _nfc(path.name)
        if name.startswith(".") or name in (METADATA_SHEET, STUDY_FILE) or path.is_dir():
            continue
        suffix = path.suffix.lower()
        if suffix in EXPORT_SUFFIXES:
            items = _read_export(path)
        elif suffix in ARTICLE_SUFFIXES:
            items = [_read_article(path)]
        else:
            items = [Rejection(name, f"unsupported_type:{suffix or 'none'}")]
        for item in items:
            if isinstance(item, SourceDocument):
                if item.article_id in seen_ids:
                    item = Rejection(item.file, f"duplicate_id:{item.article_id}")
                else:
                    seen_ids.add(item.article_id)
            yield item


def _read_article(path: Path) -> SourceDocument | Rejection:
    name = _nfc(path.name)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Rejection(name, f"unreadable:{error.strerror or error}")
    try:
        decoded = decode_bytes(data)
    except DecodingError as error:
        return Rejection(name, error.reason)
    doc = SourceDocument(_nfc(path.stem), name, decoded.text, sha256_bytes(data))
    if path.suffix.lower() in {".html", ".htm"}:
        doc.text, doc.metadata = html_to_text(decoded.text)
        doc.has_raw_offsets = False
    return doc


def _read_export(path: Path) -> Iterator[SourceDocument | Rejection]:
    """Rows of a CSV or JSONL export with columns ``id``, ``text`` and metadata."""
    name = _nfc(path.name)
    try:
        decoded = decode_bytes(path.read_bytes())
    except DecodingError as error:
        yield Rejection(name, error.reason)
        return
    try:
        if path.suffix.lower() == ".jsonl":
            rows = [json.loads(line) for line in decoded.text.splitlines() if line.strip()]
        else:
            rows = list(csv.DictReader(io.StringIO(decoded.text)))
    except (json.JSONDecodeError, csv.Error) as error:
        yield Rejection(name, f"bad_export:{type(error).__name__}")
        return
    if not rows or not all(isinstance(r, dict) and "id" in r and "text" in r for r in rows):
        yield Rejection(name, "bad_export:needs columns id and text")
        return
    for row in rows:
        article_id = _nfc(str(row["id"]).strip())
        text = row["text"] if isinstance(row["text"], str) else ""
        file = f"{name}#{article_id}"
        if not article_id:
            yield Rejection(file, "bad_export:empty id")
        elif not text.strip():
            yield Rejection(file, "empty")
        else:
            metadata = {k: str(row[k]).strip() for k in METADATA_FIELDS if row.get(k)}
            yield SourceDocument(
                article_id, file, text, sha256_bytes(text.encode("utf-8")), metadata=metadata
            )


def read_metadata_sheet(corpus: Path) -> dict[str, dict[str, str]]:
    """The researcher's metadata sheet beside the articles, if there is one.

    Only non-empty fields are returned, so that an empty cell never overrides
    what the byline parser found.
    """
    path = corpus / METADATA_SHEET if corpus.is_dir() else None
    if path is None or not path.is_file():
        return {}
    text = decode_bytes(path.read_bytes()).text
    reader = csv.DictReader(io.StringIO(text))
    if "article_id" not in (reader.fieldnames or []):
        raise CorpusError(
            f"{path} has no `article_id` column. Its first line must name the columns: "
            f"article_id,{','.join(METADATA_FIELDS)},evidence"
        )
    sheet: dict[str, dict[str, str]] = {}
    for row in reader:
        fields = {k: _nfc(row[k].strip()) for k in METADATA_FIELDS if (row.get(k) or "").strip()}
        sheet[_nfc(row["article_id"].strip())] = fields
    return sheet
