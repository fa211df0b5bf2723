"""Byte-stable writing of tables and figures.

Every stage writes through these functions, so the rules that make a rerun
change no byte live in one place:

- tables have a fixed column order and a documented row order; strings are NFC
  and sort by code point; list cells are sorted JSON arrays; booleans are
  ``true``/``false``; floats are rounded to 6 decimals;
- figures carry no software version or date, and SVG ids are salted with a
  fixed string;
- HTML is written with fixed element ids by its producer and checked here for
  nothing run-dependent.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

FLOAT_DECIMALS = 6
_SVG_SALT = "news-coverage"


def _format_cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(_nfc(v) if isinstance(v, str) else v for v in value)
        return json.dumps(items, ensure_ascii=False)
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        rounded = round(value, FLOAT_DECIMALS)
        return 0.0 if rounded == 0 else rounded  # no "-0.0"
    if isinstance(value, str):
        return _nfc(value)
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    return value


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def format_table(df: pd.DataFrame, columns: Sequence[str], sort_by: Sequence[str]) -> pd.DataFrame:
    """Apply the table conventions: column order, cell formats, row order."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"table lacks columns {missing}; it has {list(df.columns)}")
    out = df.loc[:, list(columns)].copy()
    if sort_by and len(out):
        # Sort on the raw values (numbers as numbers, strings by code point).
        # one tuple per row, built from plain lists: indexing the Series row by row
        # made the sort the cost of writing a large table
        keys = list(zip(*(map(_sort_key, out[c].tolist()) for c in sort_by), strict=True))
        order = sorted(range(len(out)), key=keys.__getitem__)
        out = out.iloc[order]
    out = out.astype(object).map(_format_cell)
    return out.reset_index(drop=True)


def _sort_key(value: object) -> tuple:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return (0, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    return (2, _nfc(str(value)))


def write_table(
    df: pd.DataFrame, path: Path, columns: Sequence[str], sort_by: Sequence[str]
) -> Path:
    """Write ``df`` as a UTF-8 CSV following the table conventions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    format_table(df, columns, sort_by).to_csv(path, index=False, lineterminator="\n")
    return path


def read_table(path: Path) -> pd.DataFrame:
    """Read a table written by :func:`write_table`, keeping empty strings as ''."""
    if not path.is_file():
        raise FileNotFoundError(
            f"{path.name} is missing from {path.parent}. Run the earlier notebooks first "
            "(`make run` runs them all in order)."
        )
    return pd.read_csv(path, keep_default_na=False, na_values=[], dtype=str).pipe(_numeric)


# Ids and text stay strings even when every value looks like a number (export ids 1, 2…).
_STRING_COLUMNS = {
    "article_id", "title", "outlet", "author", "published", "language", "sha256", "text",
    "reason", "file", "entity", "label", "source", "target", "aliases", "wikidata",
    "edition", "section", "url", "source_language", "source_format", "source_id", "rights",
}  # fmt: skip


def _numeric(df: pd.DataFrame) -> pd.DataFrame:
    for column in df.columns:
        if column in _STRING_COLUMNS:
            continue
        converted = pd.to_numeric(df[column], errors="coerce")
        if len(df) and converted.notna().all():
            df[column] = converted
    return df


SAVE_DPI = 150


def save_figure(fig, path_stem: Path, formats: Iterable[str] = ("png",)) -> list[Path]:
    """Save ``fig`` without run-dependent metadata; returns the written files."""
    import matplotlib  # only notebooks that draw pay for it

    path_stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = path_stem.with_suffix(f".{fmt}")
        metadata = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None}}.get(fmt, {})
        with matplotlib.rc_context({"svg.hashsalt": _SVG_SALT, "svg.fonttype": "none"}):
            fig.savefig(path, format=fmt, dpi=SAVE_DPI, bbox_inches="tight", metadata=metadata)
        written.append(path)
    return written


def write_json(data: object, path: Path) -> Path:
    """Write JSON with sorted keys and a final newline."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(_jsonable(data), ensure_ascii=False, indent=2, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _jsonable(value: object) -> object:
    """Plain JSON types, floats rounded like table cells, so findings are byte-stable."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalars
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, FLOAT_DECIMALS) + 0.0
    return value


def write_text(text: str, path: Path) -> Path:
    """Write a text product (HTML, Markdown) as UTF-8 with ``\\n`` line ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
