"""One row per article gathering the narrative comparison."""

from __future__ import annotations

import pandas as pd

SYNTHESIS_COLUMNS = [
    "article_id", "dominant_frame", "top_entities", "voices", "distinctive_terms", "most_similar",
]  # fmt: skip


def synthesis(
    articles: pd.DataFrame,
    dominant: pd.Series,
    salience: pd.DataFrame,
    quotes: pd.DataFrame,
    keyness: pd.DataFrame,
    nearest: dict[str, str],
    n: int = 3,
) -> pd.DataFrame:
    rows = []
    for article_id in sorted(articles["article_id"]):
        mine = salience[salience["article_id"] == article_id]
        top = mine.sort_values(["share", "entity"], ascending=[False, True])["entity"].head(n)
        speakers = quotes[(quotes["article_id"] == article_id) & (quotes["speaker"] != "")]
        counts = speakers["speaker"].value_counts()
        terms = keyness[keyness["article_id"] == article_id].sort_values(
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
