"""Who each article puts in front: share of mentions, first position, title and lead."""

from __future__ import annotations

import re

import pandas as pd

SALIENCE_COLUMNS = ["article_id", "entity", "share", "first_position", "in_lead"]


def salience(
    mentions: pd.DataFrame, paragraphs: pd.DataFrame, articles: pd.DataFrame
) -> pd.DataFrame:
    """Per article and entity: share of the article's mentions; position of the first
    mention as a fraction of the body (0 = first character, 1 = last); and whether
    the entity is named in the title or the lead (first paragraph)."""
    offsets = paragraphs.sort_values(["article_id", "paragraph_id"]).assign(
        length=lambda d: d["text"].str.len() + 1
    )
    offsets["start"] = offsets.groupby("article_id")["length"].cumsum() - offsets["length"]
    body_length = offsets.groupby("article_id")["length"].sum()
    located = mentions.merge(
        offsets[["article_id", "paragraph_id", "start"]], on=["article_id", "paragraph_id"]
    )
    located["position"] = (located["start"] + located["start_char"]) / located["article_id"].map(
        body_length
    )
    titles = articles.set_index("article_id")["title"].fillna("").astype(str)
    totals = located.groupby("article_id").size()
    rows = []
    for (article_id, entity), group in located.groupby(["article_id", "entity"], sort=True):
        surfaces = sorted(set(group["text"]), key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, surfaces)) + r")(?!\w)")
        in_title = bool(pattern.search(titles.get(article_id, "")))
        rows.append(
            {"article_id": article_id, "entity": entity,
             "share": len(group) / totals[article_id],
             "first_position": group["position"].min(),
             "in_lead": in_title or bool((group["paragraph_id"] == 0).any())}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=SALIENCE_COLUMNS)
