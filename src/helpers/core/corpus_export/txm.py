"""A TXM corpus for the TXT+CSV import module.

TXM's « TXT+CSV » import reads a folder of plain-text files (UTF-8), one per
text, and a ``metadata.csv`` in the same folder: comma-separated, first column
``id`` holding each text's file name without ``.txt``, one column per metadata
(names in lower-case ASCII letters). Paragraphs are separated by an empty line.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from helpers.core.outputs import write_text

METADATA_COLUMNS = ("id", "article", "title", "outlet", "edition", "author", "date", "year",
                    "month", "section", "url", "language", "source")  # fmt: skip


def file_names(article_ids: list[str]) -> dict[str, str]:
    """A file name per article: its id made safe, made unique where two ids meet."""
    from helpers.core.corpus_export.iramuteq import starred_value

    names: dict[str, str] = {}
    used: set[str] = set()
    for article_id in sorted(article_ids):
        base = starred_value(article_id) if article_id != _safe(article_id) else article_id
        name, n = base, 2
        while name.lower() in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name.lower())
        names[article_id] = name
    return names


def _safe(article_id: str) -> str:
    return "".join(c for c in article_id if c.isascii() and (c.isalnum() or c in "-_"))


def metadata_rows(articles: pd.DataFrame, names: dict[str, str]) -> list[dict[str, str]]:
    rows = []
    for row in articles.sort_values("article_id", kind="stable").to_dict("records"):
        published = str(row.get("published", "") or "")
        rows.append({
            "id": names[str(row["article_id"])], "article": row["article_id"],
            "title": row.get("title", ""), "outlet": row.get("outlet", ""),
            "edition": row.get("edition", ""), "author": row.get("author", ""),
            "date": published, "year": published[:4], "month": published[:7],
            "section": row.get("section", ""), "url": row.get("url", ""),
            "language": row.get("language", ""), "source": row.get("source_format", ""),
        })  # fmt: skip
    return rows


def write_txm(articles: pd.DataFrame, texts: dict[str, list[str]], folder: Path) -> list[Path]:
    names = file_names([str(a) for a in articles["article_id"]])
    written = []
    for article_id, name in sorted(names.items(), key=lambda kv: kv[1]):
        body = "\n\n".join(texts.get(article_id, []))
        written.append(write_text(body + "\n", folder / f"{name}.txt"))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=METADATA_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(
        {k: "" if v is None else str(v) for k, v in r.items()}
        for r in metadata_rows(articles, names)
    )
    written.append(write_text(buffer.getvalue(), folder / "metadata.csv"))
    return written
