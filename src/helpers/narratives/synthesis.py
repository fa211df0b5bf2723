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
    def by_article(table: pd.DataFrame) -> dict:
        # grouped once: filtering the table per article grows with the square of the corpus
        return {a: g for a, g in table.groupby("article_id", sort=False)}

    empty = {
        "salience": salience.iloc[0:0],
        "quotes": quotes.iloc[0:0],
        "keyness": keyness.iloc[0:0],
    }
    salience_of = by_article(salience)
    spoken = quotes[(quotes["speaker"] != "") & (quotes["kind"] == "direct")]
    quotes_of = by_article(spoken.drop_duplicates(["article_id", "quote_id"]))
    keyness_of = by_article(keyness)
    rows = []
    for article_id in sorted(articles["article_id"]):
        mine = salience_of.get(article_id, empty["salience"])
        top = mine.sort_values(["share", "entity"], ascending=[False, True])["entity"].head(n)
        counts = quotes_of.get(article_id, empty["quotes"])["speaker"].value_counts()
        terms = keyness_of.get(article_id, empty["keyness"]).sort_values(
            ["zscore", "term"], ascending=[False, True]
        )["term"]
        rows.append(
            {"article_id": article_id, "dominant_frame": dominant.get(article_id, ""),
             "top_entities": " · ".join(top),
             "voices": " · ".join(sorted(counts.index, key=lambda s: (-counts[s], s))),
             "distinctive_terms": " · ".join(terms.head(5)),
             "most_similar": nearest.get(article_id, "")}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=SYNTHESIS_COLUMNS)
