"""One row per article gathering the narrative comparison."""

from __future__ import annotations

import pandas as pd

from helpers.core.schemas import columns

SYNTHESIS_COLUMNS = columns("synthesis")


def synthesis(
    articles: pd.DataFrame,
    dominant: pd.Series,
    salience: pd.DataFrame,
    quotes: pd.DataFrame,
    keyness: pd.DataFrame,
    nearest: dict[str, str],
    n: int = 3,
) -> pd.DataFrame:
    """Each table is sorted once for the whole corpus, then read per article: a sort per
    article would cost a pandas call per article, the bulk of this stage at scale."""
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


def _joined(
    table: pd.DataFrame, by: list[str], ascending: list[bool], value: str, n: int | None
) -> dict[str, str]:
    """Per article, the first ``n`` values of ``value`` in the order ``by``, joined."""
    ordered = table.sort_values(["article_id", *by], ascending=[True, *ascending], kind="stable")
    if n is not None:
        ordered = ordered.groupby("article_id", sort=False).head(n)
    return {
        article_id: " · ".join(map(str, group))
        for article_id, group in ordered.groupby("article_id", sort=False)[value]
    }
