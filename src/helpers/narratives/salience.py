"""Who each article puts in front: share of mentions, first position, title and lead."""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

from helpers.core.roles import in_body
from helpers.core.schemas import columns

SALIENCE_COLUMNS = columns("salience")


def salience(
    mentions: pd.DataFrame,
    paragraphs: pd.DataFrame,
    articles: pd.DataFrame,
    voices: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per article and entity: share of the article's mentions; position of the first
    mention as a fraction of the body (0 = first character, 1 = last); whether the
    entity is named in the title or the lead (first paragraph); and how many direct
    quotations it speaks (from ``voices``)."""
    mentions = in_body(mentions, paragraphs)  # a caption or pull quote repeats the body
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
    keys = ["article_id", "entity"]
    grouped = located.groupby(keys, sort=True)
    table = pd.DataFrame(
        {
            "share": grouped.size() / located.groupby("article_id").size(),
            "first_position": grouped["position"].min(),
            "in_lead": grouped["paragraph_id"].min() == 0,
        }
    ).reset_index()
    forms = defaultdict(list)
    for article_id, entity, text in (
        located[[*keys, "text"]].drop_duplicates().itertuples(index=False)
    ):
        forms[article_id, entity].append(text)

    def in_title(article_id: str, entity: str) -> bool:
        title = titles.get(article_id, "")
        written = [form for form in forms[article_id, entity] if form in title]
        if not written:  # most entities: no regex to build
            return False
        pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, written)) + r")(?!\w)"
        return bool(re.search(pattern, title))

    table["in_lead"] = [
        lead or in_title(article_id, entity)
        for article_id, entity, lead in zip(
            table["article_id"], table["entity"], table["in_lead"], strict=True
        )
    ]
    table["n_quotes"] = 0
    if voices is not None and not voices.empty:
        # a dict, not Series.get on a MultiIndex per row: the same counts, at scale
        spoken = voices.groupby(["article_id", "speaker"])["quotes"].sum().to_dict()
        keys = zip(table["article_id"], table["entity"], strict=True)
        table["n_quotes"] = [int(spoken.get(key, 0)) for key in keys]
    return table[SALIENCE_COLUMNS]
