"""Which paragraphs count: the roles ingestion gives them (``paragraphs.csv``).

Captions, pull quotes and name lines repeat or frame the body; counting their
entities again would inflate co-occurrence and salience. Stages that count keep
body paragraphs only (a table without roles, from an older run, counts whole).
"""

from __future__ import annotations

import pandas as pd

COUNTED_ROLES = frozenset({"body"})


def in_body(mentions: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The mentions that sit in body paragraphs."""
    if "role" not in paragraphs.columns or mentions.empty:
        return mentions
    counted = paragraphs.loc[paragraphs["role"].isin(COUNTED_ROLES), ["article_id", "paragraph_id"]]
    keys = pd.MultiIndex.from_frame(counted)
    mine = pd.MultiIndex.from_frame(mentions[["article_id", "paragraph_id"]])
    return mentions[mine.isin(keys)].reset_index(drop=True)
