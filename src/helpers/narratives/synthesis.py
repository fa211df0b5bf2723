"""One row per article gathering the narrative comparison."""

from __future__ import annotations

import pandas as pd

from helpers.core.schemas import columns
from helpers.narratives.ranked import first_joined

SYNTHESIS_COLUMNS = columns("synthesis")


def _joined(table, by, ascending, value, n) -> pd.Series:
    return first_joined(table, ["article_id"], by, ascending, value, n, " · ")


def synthesis(
    articles: pd.DataFrame,
    dominant: pd.Series,
    salience: pd.DataFrame,
    quotes: pd.DataFrame,
    keyness: pd.DataFrame,
    nearest: dict[str, str],
    n: int = 3,
) -> pd.DataFrame:
    """Each table's first values per article (``helpers.narratives.ranked``)."""
    top = _joined(salience, ["share", "entity"], [False, True], "entity", n)
    spoken = quotes[(quotes["speaker"] != "") & (quotes["kind"] == "direct")]
    counts = (
        spoken.drop_duplicates(["article_id", "quote_id"])
        .groupby(["article_id", "speaker"], sort=False)
        .size()
        .rename("n_quotes")
        .reset_index()
    )
    voices = _joined(counts, ["n_quotes", "speaker"], [False, True], "speaker", None)
    terms = _joined(keyness, ["zscore", "term"], [False, True], "term", 5)
    rows = [
        {"article_id": a, "dominant_frame": dominant.get(a, ""), "top_entities": top.get(a, ""),
         "voices": voices.get(a, ""), "distinctive_terms": terms.get(a, ""),
         "most_similar": nearest.get(a, "")}
        for a in sorted(articles["article_id"])
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=SYNTHESIS_COLUMNS)
