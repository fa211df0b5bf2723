"""An IRaMuTeQ corpus: each text opens with a line of starred variables.

IRaMuTeQ reads a UTF-8 text file in which every text starts with a line
``**** *variable_value *variable_value …``. Its rules, which a test checks:

- the line starts with four asterisks, then starred variables separated by
  single spaces;
- a variable is ``*name_value``: the first underscore separates the name from
  the value, so names hold no underscore, and a value holds only letters,
  digits and underscores (no spaces, accents, hyphens or apostrophes);
- inside a text, a line that starts with ``*`` or ``-*`` is read as a variable
  or a thematic marker, so the text must hold none; asterisks are removed.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from helpers.core.outputs import write_text

MISSING = "na"
# (variable name, how its value is taken from an article row)
VARIABLES = (
    ("id", lambda row: row["article_id"]),
    ("outlet", lambda row: row.get("outlet", "")),
    ("year", lambda row: str(row.get("published", ""))[:4]),
    ("month", lambda row: str(row.get("published", ""))[:7]),
    ("source", lambda row: row.get("source_format", "")),
)


def starred_value(value: object) -> str:
    """A value reduced to what IRaMuTeQ accepts: ASCII letters, digits and underscores,
    lower-case (« Le Monde (site web) » → ``le_monde_site_web``, 2019-06 → ``2019_06``)."""
    text = unicodedata.normalize("NFKD", str(value or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    return text or MISSING


def variable_line(row: dict) -> str:
    return "**** " + " ".join(f"*{name}_{starred_value(get(row))}" for name, get in VARIABLES)


def clean_text(text: str) -> str:
    """A paragraph as IRaMuTeQ may read it: no asterisk, one line."""
    return re.sub(r"\s+", " ", text.replace("*", " ")).strip()


def starred_ids(article_ids: list[str]) -> dict[str, str]:
    """One ``*id_`` value per article, unique even where two ids reduce to the same
    letters (« Article-1 », « article_1 » → ``article_1``, ``article_1_2``)."""
    ids, used = {}, set()
    for article_id in sorted(article_ids):
        base = starred_value(article_id)
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        ids[article_id] = name
    return ids


def iramuteq_corpus(articles: pd.DataFrame, texts: dict[str, list[str]]) -> str:
    blocks = []
    ids = starred_ids([str(a) for a in articles["article_id"]])
    for row in articles.sort_values("article_id", kind="stable").to_dict("records"):
        lines = [clean_text(p) for p in texts.get(str(row["article_id"]), [])]
        row = {**row, "article_id": ids[str(row["article_id"])]}
        blocks.append("\n".join([variable_line(row), *(line for line in lines if line)]))
    return "\n\n".join(blocks) + "\n"


def write_iramuteq(articles: pd.DataFrame, texts: dict[str, list[str]], path: Path) -> Path:
    return write_text(iramuteq_corpus(articles, texts), path)
