"""A workbook for hand coding: articles, entities, quotes and edges (xlsxwriter).

The text in it comes from third parties. A cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is a formula to a spreadsheet, so such
text is written as a string and prefixed with an apostrophe: it is shown, and
never run (OWASP's advice against CSV and formula injection). Numbers stay
numbers. The workbook's properties and its zip entries carry fixed dates, so a
rerun writes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
MAX_CELL_CHARS = 32_767  # Excel's limit; longer text is cut in the workbook only
TRUNCATED = " […]"
CODING_COLUMNS = ("code", "note")  # empty columns for the hand coder
# Columns that hold article text, left out when share_text is false.
TEXT_COLUMNS = {"articles": ("text",), "quotes": ("quote",), "edges": ("evidence",)}
ABOUT = (
    "Sheets: articles (one row per analysed article, with its body text and empty `code` and "
    "`note` columns for hand coding), entities, quotes and edges, as in data/processed/ "
    "(codebook: data/README.md).",
    "Text cells that began with =, +, -, @, a tab or a carriage return start with an "
    "apostrophe here: they are text from the articles, never formulas.",
    f"Cells hold at most {MAX_CELL_CHARS:,} characters; a longer text ends with "
    f"« {TRUNCATED.strip()} » and is whole in data/processed/paragraphs.csv.",
)


def neutralise(value: str) -> str:
    """Text a spreadsheet would take for a formula, made plain text."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return None if isinstance(value, float) and math.isnan(value) else value
    if value is None or value is pd.NA:
        return None
    text = neutralise(str(value))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(TRUNCATED)] + TRUNCATED
    return text


def sheets(tables: dict[str, pd.DataFrame], texts: dict[str, list[str]],
           share_text: bool) -> dict[str, pd.DataFrame]:  # fmt: skip
    """The tables as the workbook shows them, in the order of the tables given."""
    out = {}
    for name, table in tables.items():
        table = table.copy()
        if name == "articles":
            if share_text:
                table["text"] = ["\n\n".join(texts.get(str(a), [])) for a in table["article_id"]]
            for column in CODING_COLUMNS:
                table[column] = ""
        if not share_text:
            table = table.drop(columns=[c for c in TEXT_COLUMNS.get(name, ()) if c in table])
        out[name] = table
    return out


def write_workbook(tables: dict[str, pd.DataFrame], texts: dict[str, list[str]], path: Path,
                   share_text: bool = True) -> Path:  # fmt: skip
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(
        str(path),
        {"in_memory": True,  # zip entries dated 1980-01-01, whatever the clock says
         "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )  # fmt: skip
    workbook.set_properties(
        {"title": "Corpus for hand coding", "author": "news-coverage", "created": FIXED_DATE}
    )
    header = workbook.add_format({"bold": True})
    about = workbook.add_worksheet("about")
    for row, line in enumerate(ABOUT):
        about.write_string(row, 0, line)
    for name, table in sheets(tables, texts, share_text).items():
        sheet = workbook.add_worksheet(name)
        for col, column in enumerate(table.columns):
            sheet.write_string(0, col, str(column), header)
        for row, values in enumerate(table.itertuples(index=False), start=1):
            for col, value in enumerate(values):
                cell = _cell(value)
                if cell is None:
                    continue
                if isinstance(cell, str):
                    sheet.write_string(row, col, cell)
                else:
                    sheet.write_number(row, col, cell)
        sheet.freeze_panes(1, 0)
        if len(table.columns):
            sheet.autofilter(0, 0, max(len(table), 1), len(table.columns) - 1)
    workbook.close()
    return path
