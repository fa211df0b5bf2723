"""The corpus in the formats of the field's tools: IRaMuTeQ, TXM and a workbook.

Researchers take their corpus on to the tools they already use. From a run's
tables this writes, to ``OUT/data/exports/``:

- ``iramuteq/corpus.txt``: one text per article, opened by its starred
  variables (``iramuteq``);
- ``txm/``: one plain text per article and ``metadata.csv``, as TXM's TXT+CSV
  import reads them (``txm``);
- ``corpus.xlsx``: articles, entities, quotes and edges for hand coding
  (``xlsx``).

Every file is byte-stable on unchanged input. With ``share_text`` false the
workbook holds ids and metadata only, and the two text exports are skipped.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.core.outputs import read_table
from helpers.core.paths import RunPaths
from helpers.core.schemas import TABLES

EXPORTS_DIR = Path("data") / "exports"
# The tables the workbook holds, when the run has written them.
WORKBOOK_TABLES = ("articles", "entities", "quotes", "edges")


@dataclass
class CorpusExport:
    files: list[Path] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


def article_texts(paragraphs: pd.DataFrame) -> dict[str, list[str]]:
    """Each article's body paragraphs in order: what the analysis reads (captions,
    pull quotes and name lines are left out, as in co-occurrence and salience)."""
    body = paragraphs[paragraphs["role"] == "body"] if "role" in paragraphs else paragraphs
    body = body.sort_values(["article_id", "paragraph_id"], kind="stable")
    return {str(a): [str(t) for t in g["text"]] for a, g in body.groupby("article_id", sort=True)}


def export_corpus(paths: RunPaths, share_text: bool = True) -> CorpusExport:
    """Write the three exports of the run whose tables are in ``paths.processed``."""
    from helpers.core.corpus_export.iramuteq import write_iramuteq
    from helpers.core.corpus_export.txm import write_txm
    from helpers.core.corpus_export.xlsx import write_workbook

    articles = read_table(paths.processed / TABLES["articles"].file)
    paragraphs = read_table(paths.processed / TABLES["paragraphs"].file)
    texts = article_texts(paragraphs)
    folder = paths.out / EXPORTS_DIR
    shutil.rmtree(folder, ignore_errors=True)  # replaced whole: no file of an earlier run stays
    folder.mkdir(parents=True)
    result = CorpusExport()
    if share_text:
        result.files.append(write_iramuteq(articles, texts, folder / "iramuteq" / "corpus.txt"))
        result.files += write_txm(articles, texts, folder / "txm")
    else:
        result.messages.append(
            "share_text is false: the IRaMuTeQ and TXM exports, which are article text, are "
            "skipped, and the workbook holds ids and metadata only."
        )
    tables = {"articles": articles}
    for name in WORKBOOK_TABLES[1:]:
        path = paths.processed / TABLES[name].file
        if path.is_file():
            tables[name] = read_table(path)
    missing = [name for name in WORKBOOK_TABLES if name not in tables]
    if missing:
        result.messages.append(
            f"At this stage the workbook has no {', '.join(missing)} sheet: the later stages "
            "write those tables, and `make run` adds them to the workbook once every stage is "
            "done (after running the notebooks by hand: `make corpus-export`)."
        )
    result.files.append(write_workbook(tables, texts, folder / "corpus.xlsx", share_text))
    return result


def describe(result: CorpusExport, paths: RunPaths) -> str:
    """The exports as a short Markdown list: one line per tool, not one per file."""
    folder = paths.out / EXPORTS_DIR
    texts = [f for f in result.files if f.parent == folder / "txm" and f.suffix == ".txt"]
    lines = []
    for path in sorted(result.files):
        relative = paths.display(path)
        if path.parent == folder / "txm":
            if path.name == "metadata.csv":
                lines.append(
                    f"- `{paths.display(path.parent)}/`: TXM (TXT+CSV import), "
                    f"{len(texts):,} texts and `metadata.csv`"
                )
        elif path.suffix == ".xlsx":
            lines.append(f"- `{relative}`: a workbook for hand coding")
        else:
            lines.append(f"- `{relative}`: IRaMuTeQ")
    return "**Corpus exports written:**\n\n" + "\n".join(lines)
