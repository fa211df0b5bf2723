"""Media Cloud story lists (CSV): metadata, usually without the text.

Current exports have the columns ``id, indexed_date, language, media_name,
media_url, publish_date, title, url``; legacy ones ``stories_id, publish_date,
title, url, language, …, media_name, media_url``. Without text, such a file is a
metadata sheet: its rows are matched to the corpus's article files by id (the
file stem) or by URL. A list that also has a ``text`` column is read as articles.
"""

from __future__ import annotations

import csv
import io

from helpers.ingestion.sources.common import ExportRecord
from helpers.ingestion.sources.dates import language_code, parse_date

SOURCE_FORMAT = "mediacloud"

_ID_COLUMNS = ("id", "stories_id")
_SIGNATURE = {"media_name", "publish_date", "url"}


def looks_like_mediacloud(text: str) -> bool:
    """A CSV whose header names Media Cloud's story columns."""
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff")[:10_000])), [])
    names = {name.strip().lower() for name in header}
    return _SIGNATURE <= names and bool(names & set(_ID_COLUMNS))


def read_mediacloud(text: str) -> list[dict[str, str]]:
    """One dict per story: ``source_id``, ``text`` (often empty) and the metadata fields."""
    rows = []
    for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        story_id = next((row[c] for c in _ID_COLUMNS if row.get(c)), "")
        rows.append(
            {
                "source_id": story_id,
                "text": row.get("text", ""),
                "title": row.get("title", ""),
                "outlet": row.get("media_name", ""),
                "published": parse_date(row.get("publish_date", "")),
                "url": row.get("url", ""),
                "source_language": language_code(row.get("language", "")),
            }
        )
    return rows


def read_mediacloud_records(text: str) -> list[ExportRecord]:
    """The stories as records: paragraphs from ``text`` (none in most exports)."""
    records = []
    for row in read_mediacloud(text):
        paragraphs = [line.strip() for line in row.pop("text").split("\n") if line.strip()]
        source_id = row.pop("source_id")
        records.append(
            ExportRecord(paragraphs, {k: v for k, v in row.items() if v}, source_id=source_id)
        )
    return records


def normalise_url(url: str) -> str:
    """A URL as it is matched: no scheme, no ``www.``, no trailing slash, lower-case host."""
    url = url.strip()
    for prefix in ("https://", "http://"):
        if url.lower().startswith(prefix):
            url = url[len(prefix) :]
    host, _, path = url.partition("/")
    host = host.lower().removeprefix("www.")
    return f"{host}/{path}".rstrip("/")
