"""The ingestion stage: from a corpus to the articles and paragraphs tables.

Each document is decoded, repaired, split into lines, cleaned of boilerplate,
checked for language and duplicates, and given its metadata. Files that cannot
be used are rejected with a reason; the run goes on with the others.
"""

from __future__ import annotations

import multiprocessing
import os
import warnings
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import py3langid
from tqdm.auto import tqdm

from helpers.core.schemas import columns
from helpers.ingestion.boilerplate import clean_lines, cut_prefix, strip_bullet
from helpers.ingestion.corpus import (
    METADATA_FIELDS,
    CorpusError,
    Rejection,
    SourceDocument,
    read_corpus,
    read_media_cloud_sheets,
    read_metadata_sheet,
)
from helpers.ingestion.decoding import repair_text
from helpers.ingestion.dedup import find_duplicates, signature
from helpers.ingestion.roles import paragraph_roles, split_credit
from helpers.ingestion.unwrap import first_line_numbers, unwrap

ARTICLE_COLUMNS = columns("articles")
PARAGRAPH_COLUMNS = columns("paragraphs")
REMOVED_COLUMNS = columns("removed_lines")
REJECTED_COLUMNS = columns("rejected")

REASONS = {
    "empty": "the file is empty",
    "binary": "the file is binary, not text",
    "encoding": "no text encoding decodes the file",
    "no_text": "nothing is left once boilerplate is removed (or less than `min_body_chars`)",
    "language": "the article is not in an accepted language (`languages` parameter)",
    "duplicate_of": "the same or nearly the same text as a kept article",
    "duplicate_id": "another file has the same name stem, hence the same article_id",
    "unsupported_type": "neither an article file (.txt .md .html), an id/text table (.csv "
    ".jsonl) nor a press-database export (Europresse, Factiva, Nexis Uni, Media Cloud)",
    "bad_export": "an export that cannot be read: the reason follows the colon",
    "unreadable": "the file could not be opened",
    "no_full_text": "the export holds a link or a summary, not the article's text: fetch the "
    "text from the outlet, or leave the article out",
    "duplicate_document": "the same document (same export id) was already read from an "
    "earlier export file, e.g. two overlapping batches",
}


@dataclass
class IngestResult:
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    removed_lines: pd.DataFrame
    rejected: pd.DataFrame


@dataclass
class _Article:
    doc: SourceDocument
    paragraphs: list[dict]
    removed: list[dict]
    metadata: dict[str, str]
    language: str

    @property
    def body(self) -> str:
        return "\n".join(p["text"] for p in self.paragraphs)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid, Lui & Baldwin 2012), from its
    first ``LANGUAGE_SAMPLE`` characters: its cost grows with the text, its accuracy
    no longer does."""
    return py3langid.classify(text[:LANGUAGE_SAMPLE])[0]


LANGUAGE_SAMPLE = 3000
PARALLEL_FROM = 200  # documents; below, starting worker processes costs more than it saves


def _read_one(doc: SourceDocument) -> tuple[list[dict], list[dict], dict[str, str], str, tuple]:
    """One document's paragraphs, removed lines, byline metadata, language and duplicate
    signature (computed here, on the workers, for the serial duplicate search)."""
    paragraphs, removed, byline = split_article(doc)
    body = "\n".join(p["text"] for p in paragraphs)
    language = detect_language(body) if body.strip() else ""
    return paragraphs, removed, byline, language, signature(body)


def _read_all(documents: list[SourceDocument], progress: bool) -> Iterator[tuple]:
    """``_read_one`` over the documents, in order; on worker processes for a large corpus
    (each document is read on its own, so the result does not depend on the split)."""
    bar = {"desc": "ingesting", "unit": "file", "total": len(documents), "disable": not progress}
    workers = min(MAX_WORKERS, os.cpu_count() or 1)
    if len(documents) < PARALLEL_FROM or workers < 2:
        yield from tqdm(map(_read_one, documents), **bar)
        return
    fork = "fork" in multiprocessing.get_all_start_methods()  # no re-import per worker
    context = multiprocessing.get_context("fork" if fork else None)
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from tqdm(pool.map(_read_one, documents, chunksize=16), **bar)


MAX_WORKERS = 4


def split_article(doc: SourceDocument) -> tuple[list[dict], list[dict], dict[str, str]]:
    """Paragraphs, removed lines and byline metadata of one document.

    The decoded text is split on line ends; each line is repaired (mojibake,
    NFC) on its own so that its offsets in the decoded file stay known.
    """
    text = unwrap(doc.text)  # same length: offsets into the file hold
    source_line = first_line_numbers(doc.text, text) if text != doc.text else None
    raw_lines = text.split("\n")
    repaired = repair_text(text).split("\n")
    cleaned = clean_lines(repaired, doc.metadata.get("title", "") if doc.known_title else None)
    paragraphs, removed = [], []
    offset = 0
    line_starts = []
    for raw in raw_lines:
        line_starts.append(offset)
        offset += len(raw) + 1
    for verdict in cleaned.verdicts:
        index = verdict.line_no - 1
        line_no = source_line[index] if source_line else verdict.line_no  # the file's
        if verdict.reason is not None:
            removed.append(
                {"article_id": doc.article_id, "line_no": line_no,
                 "text": verdict.text.strip(), "reason": verdict.reason}
            )  # fmt: skip
            continue
        start, end = strip_bullet(verdict.text)
        if start == end:
            continue
        skip, prefix_reason, prefix = cut_prefix(verdict.text[start:end])
        if prefix:  # « CALAIS (AFP) - » or share buttons glued to the first word
            removed.append(
                {"article_id": doc.article_id, "line_no": line_no, "text": prefix,
                 "reason": prefix_reason}
            )  # fmt: skip
            start += skip
        cut_start, cut_end, credit = split_credit(verdict.text[start:end])
        if credit:  # a caption's photo credit: set aside, the caption stays
            removed.append(
                {"article_id": doc.article_id, "line_no": line_no, "text": credit,
                 "reason": "photo_credit"}
            )  # fmt: skip
            start, end = start + cut_start, start + cut_end
        raw_start, raw_end = pd.NA, pd.NA
        if doc.has_raw_offsets and len(verdict.text) == len(raw_lines[index]):
            raw_start = line_starts[index] + start
            raw_end = line_starts[index] + end
        paragraphs.append(
            {"article_id": doc.article_id, "paragraph_id": len(paragraphs),
             "text": verdict.text[start:end], "raw_start": raw_start, "raw_end": raw_end,
             "credited": bool(credit)}
        )  # fmt: skip
    roles = paragraph_roles(
        [p["text"] for p in paragraphs], [p.pop("credited") for p in paragraphs]
    )
    for paragraph, role in zip(paragraphs, roles, strict=True):
        paragraph["role"] = role
    return paragraphs, removed, cleaned.metadata


def merge_metadata(*layers: dict[str, str]) -> dict[str, str]:
    """Later layers win field by field; empty values never override."""
    merged: dict[str, str] = {}
    for layer in layers:
        merged.update({k: v for k, v in layer.items() if k in METADATA_FIELDS and v})
    return merged


def ingest_corpus(
    corpus: Path,
    *,
    languages: tuple[str, ...] = ("fr",),
    min_body_chars: int = 200,
    near_duplicate_threshold: float = 0.8,
    progress: bool = False,
) -> IngestResult:
    """Read, clean and check every article of ``corpus``.

    Metadata come, field by field, from the researcher's ``metadata.csv``, else a
    Media Cloud story list, else the export's own fields, else the byline parser.
    """
    sheet = read_metadata_sheet(corpus)
    media_cloud = read_media_cloud_sheets(corpus)
    rejected: list[Rejection] = []
    kept: list[_Article] = []
    items = list(read_corpus(corpus))
    if not items and media_cloud.files:
        raise CorpusError(
            f"{', '.join(media_cloud.files)}: a Media Cloud story list gives each story's "
            "title, outlet, date and URL, but not its text, and the corpus holds no article "
            "text. Put the articles beside it, one file per story named by its `id` (e.g. "
            "12345.txt or 12345.html), or a .csv with columns `id` and `text`; the list then "
            "fills their metadata, matched by id or by URL."
        )
    documents = [item for item in items if not isinstance(item, Rejection)]
    rejected += [item for item in items if isinstance(item, Rejection)]
    signatures = {}
    for item, (paragraphs, removed, byline, language, signed) in zip(
        documents, _read_all(documents, progress), strict=True
    ):
        body_chars = sum(len(p["text"]) for p in paragraphs)
        if body_chars < min_body_chars:
            rejected.append(Rejection(item.file, "no_text"))
            continue
        article = _Article(item, paragraphs, removed, {}, language)
        if article.language not in languages:
            rejected.append(Rejection(item.file, f"language:{article.language}"))
            continue
        own = sheet.get(item.article_id, {})
        url = own.get("url") or item.metadata.get("url") or byline.get("url", "")
        article.metadata = merge_metadata(byline, item.metadata, media_cloud.match(item, url), own)
        kept.append(article)
        signatures[item.article_id] = signed

    duplicates = find_duplicates(
        ((a.doc.article_id, a.body) for a in kept), near_duplicate_threshold, signatures
    )
    for article in kept:
        if article.doc.article_id in duplicates:
            original = duplicates[article.doc.article_id]
            rejected.append(Rejection(article.doc.file, f"duplicate_of:{original}"))
    kept = [a for a in kept if a.doc.article_id not in duplicates]

    unknown = sorted(set(sheet) - {a.doc.article_id for a in kept} - {r.file for r in rejected})
    if unknown:
        warnings.warn(
            f"metadata.csv names articles that are not in the corpus: {', '.join(unknown)}",
            stacklevel=2,
        )
    if not kept:
        raise CorpusError(
            f"No valid article in {corpus}: {len(rejected)} file(s) rejected, see the "
            "rejected table for reasons. Check that the folder holds French .txt/.md/.html "
            "articles, press-database exports (Europresse, Factiva, Nexis Uni) or a "
            ".csv/.jsonl table with `id` and `text` columns."
        )
    return IngestResult(
        articles=pd.DataFrame([_article_row(a) for a in kept], columns=ARTICLE_COLUMNS),
        paragraphs=pd.DataFrame([p for a in kept for p in a.paragraphs], columns=PARAGRAPH_COLUMNS),
        removed_lines=pd.DataFrame([r for a in kept for r in a.removed], columns=REMOVED_COLUMNS),
        rejected=pd.DataFrame([vars(r) for r in rejected], columns=REJECTED_COLUMNS),
    )


# The metadata columns of articles.csv (``language`` is identified from the text).
ARTICLE_METADATA = ("title", "outlet", "edition", "author", "published", "section", "url",
                    "source_language", "rights")  # fmt: skip


def _article_row(article: _Article) -> dict:
    return {
        "article_id": article.doc.article_id,
        **{k: article.metadata.get(k, "") for k in ARTICLE_METADATA},
        "source_format": article.doc.source_format,
        "source_id": article.doc.source_id,
        "language": article.language,
        "n_paragraphs": len(article.paragraphs),
        "n_chars": sum(len(p["text"]) for p in article.paragraphs),
        "sha256": article.doc.sha256,
    }


def explain_rejections(rejected: pd.DataFrame) -> pd.DataFrame:
    """The rejected table with a plain-language explanation of each reason."""
    out = rejected.copy()
    out["explanation"] = [REASONS.get(r.split(":")[0], "") for r in out["reason"]]
    return out
