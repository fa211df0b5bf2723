"""Reading a corpus: a folder of articles and exports, or one file.

This module is the I/O edge of ingestion. It turns files into
:class:`SourceDocument` objects, or into :class:`Rejection` rows when a file or
a document cannot be used; it never writes to the corpus. What a file is comes
from its content (``sources.detect``): a press-database export gives one
document per article it holds, whatever the file is called; other files are
read by their extension, as articles (``.txt .md .html``) or as an ``id``/``text``
table (``.csv .jsonl``). A folder may mix all of them.
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
from helpers.ingestion.decoding import Decoded, DecodingError, decode_bytes, html_to_text
from helpers.ingestion.sources import mediacloud
from helpers.ingestion.sources.common import ExportFile, content_id, safe_id
from helpers.ingestion.sources.detect import ExportFormatError, read_export

METADATA_FIELDS = (
    "title", "outlet", "edition", "author", "published", "section", "url", "retrieved",
    "source_language", "rights",
)  # fmt: skip


class CorpusError(ValueError):
    """A corpus that cannot be used at all; the message says what to fix."""


@dataclass
class SourceDocument:
    article_id: str
    file: str  # file name in the corpus, ``export.html#id`` for a document of an export
    text: str  # the decoded text; raw offsets index it
    sha256: str  # of the file's bytes, or of the document's text
    has_raw_offsets: bool = True  # False where text was extracted from HTML or an export
    metadata: dict[str, str] = field(default_factory=dict)
    source_format: str = "text"  # text, html, csv, jsonl, europresse, factiva, nexis, mediacloud
    source_id: str = ""  # the export's own document id
    known_title: bool = False  # the export gave the title apart: the text opens on the body


@dataclass(frozen=True)
class Rejection:
    file: str
    reason: str


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _corpus_files(corpus: Path) -> list[Path]:
    if not corpus.exists():
        raise CorpusError(
            f"The corpus {corpus} does not exist. Set `corpus_dir` (or `make run CORPUS=...`) "
            "to a folder of articles or press-database exports, or to one export file."
        )
    if corpus.is_file():
        return [corpus]
    return [
        path
        for path in sorted(corpus.iterdir(), key=lambda p: _nfc(p.name))
        if not (name := _nfc(path.name)).startswith(".")
        and name not in (METADATA_SHEET, STUDY_FILE)
        and not path.is_dir()
    ]


def read_corpus(corpus: Path) -> Iterator[SourceDocument | Rejection]:
    """Yield the documents of a corpus folder or file, in name order.

    The same document in two export files (same export id) is read once; the
    second is rejected as ``duplicate_document``.
    """
    seen_ids: set[str] = set()
    seen_documents: dict[tuple[str, str], str] = {}
    for path in _corpus_files(corpus):
        for item in _read_path(path):
            if isinstance(item, SourceDocument):
                key = (item.source_format, item.source_id)
                if item.source_id and key in seen_documents:
                    item = Rejection(item.file, f"duplicate_document:{seen_documents[key]}")
                elif item.article_id in seen_ids:
                    item = Rejection(item.file, f"duplicate_id:{item.article_id}")
                else:
                    seen_ids.add(item.article_id)
                    if item.source_id:
                        seen_documents[key] = item.article_id
            yield item


def _read_path(path: Path) -> Iterator[SourceDocument | Rejection]:
    name = _nfc(path.name)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Rejection(name, f"unreadable:{error.strerror or error}")
        return
    try:
        decoded: Decoded | DecodingError = decode_bytes(data)
    except DecodingError as error:
        decoded = error
    try:
        export = read_export(data, decoded.text if isinstance(decoded, Decoded) else "")
    except ExportFormatError as error:
        yield Rejection(name, f"bad_export:{error}")
        return
    if export is not None:
        yield from _export_documents(path, export)
        return
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES | ARTICLE_SUFFIXES:
        yield Rejection(name, f"unsupported_type:{suffix or 'none'}")
    elif isinstance(decoded, DecodingError):
        yield Rejection(name, decoded.reason)
    elif suffix in EXPORT_SUFFIXES:
        yield from _read_table_export(path, decoded.text)
    else:
        yield _read_article(path, data, decoded.text)


def _export_documents(path: Path, export: ExportFile) -> Iterator[SourceDocument | Rejection]:
    """The documents of a press-database export; a file of one document keeps its stem."""
    name = _nfc(path.name)
    if export.source_format == mediacloud.SOURCE_FORMAT and not any(
        r.paragraphs for r in export.records
    ):
        return  # a story list without text: a metadata sheet (read_media_cloud_sheets)
    if not export.records:
        yield Rejection(name, f"bad_export:no {export.source_format} document found in it")
        return
    single = len(export.records) == 1
    for record in export.records:
        if single:
            article_id, file = _nfc(path.stem), name
        else:
            article_id = safe_id(record.source_id) or content_id(export.source_format, record)
            file = f"{name}#{article_id}"
        text = "\n".join(record.paragraphs)
        if record.rejection or not text.strip():
            yield Rejection(file, record.rejection or "no_full_text")
            continue
        yield SourceDocument(
            article_id, file, text, sha256_bytes(text.encode("utf-8")), has_raw_offsets=False,
            metadata={k: _nfc(v) for k, v in record.metadata.items() if k in METADATA_FIELDS},
            source_format=export.source_format, source_id=_nfc(record.source_id),
            known_title=True,
        )  # fmt: skip


def _read_article(path: Path, data: bytes, text: str) -> SourceDocument:
    name = _nfc(path.name)
    doc = SourceDocument(_nfc(path.stem), name, text, sha256_bytes(data))
    if path.suffix.lower() in {".html", ".htm"}:
        doc.text, doc.metadata = html_to_text(text)
        doc.has_raw_offsets = False
        doc.source_format = "html"
    return doc


def _read_table_export(path: Path, text: str) -> Iterator[SourceDocument | Rejection]:
    """Rows of a CSV or JSONL export with columns ``id``, ``text`` and metadata."""
    name = _nfc(path.name)
    kind = "jsonl" if path.suffix.lower() == ".jsonl" else "csv"
    try:
        if kind == "jsonl":
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            rows = list(csv.DictReader(io.StringIO(text)))
    except (json.JSONDecodeError, csv.Error) as error:
        yield Rejection(name, f"bad_export:{type(error).__name__}")
        return
    if not rows or not all(isinstance(r, dict) and "id" in r and "text" in r for r in rows):
        yield Rejection(name, "bad_export:needs columns id and text")
        return
    for row in rows:
        article_id = _nfc(str(row["id"]).strip())
        body = row["text"] if isinstance(row["text"], str) else ""
        file = f"{name}#{article_id}"
        if not article_id:
            yield Rejection(file, "bad_export:empty id")
        elif not body.strip():
            yield Rejection(file, "empty")
        else:
            metadata = {k: str(row[k]).strip() for k in METADATA_FIELDS if row.get(k)}
            yield SourceDocument(
                article_id, file, body, sha256_bytes(body.encode("utf-8")), metadata=metadata,
                source_format=kind, source_id=article_id,
            )  # fmt: skip


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


@dataclass
class MediaCloudSheet:
    """Media Cloud story lists of the corpus, matched to articles by id or URL."""

    by_id: dict[str, dict[str, str]] = field(default_factory=dict)
    by_url: dict[str, dict[str, str]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def match(self, doc: SourceDocument, url: str = "") -> dict[str, str]:
        """The story of an article: by its id, else by its URL."""
        found = self.by_id.get(doc.article_id)
        if found is None and url:
            found = self.by_url.get(mediacloud.normalise_url(url))
        return dict(found or {})


def read_media_cloud_sheets(corpus: Path) -> MediaCloudSheet:
    """Every Media Cloud story list without text in the corpus, as one sheet."""
    sheet = MediaCloudSheet()
    for path in _corpus_files(corpus):
        try:
            data = path.read_bytes()
            if b"media_name" not in data[:4096].lower():  # no Media Cloud header: skip fast
                continue
            text = decode_bytes(data).text
        except (OSError, DecodingError):
            continue
        if not mediacloud.looks_like_mediacloud(text):
            continue
        rows = mediacloud.read_mediacloud(text)
        if any(row["text"] for row in rows):
            continue  # stories with their text are articles (read_corpus)
        sheet.files.append(_nfc(path.name))
        for row in rows:
            fields = {k: _nfc(v) for k, v in row.items() if k in METADATA_FIELDS and v}
            if row["source_id"]:
                sheet.by_id.setdefault(_nfc(row["source_id"]), fields)
            if row["url"]:
                sheet.by_url.setdefault(mediacloud.normalise_url(row["url"]), fields)
    return sheet
