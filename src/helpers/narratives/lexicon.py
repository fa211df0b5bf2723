"""Words of the articles from the extraction rows: sentence lemmas and lemma counts.

No table holds one row per token: frames read one row per sentence (its lemmas
as one string), keyness and similarity one row per article and lemma (a count).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

import pandas as pd

SENTENCE_LEMMA_COLUMNS = ["article_id", "sentence_id", "n_words", "lemmas", "content"]
LEMMA_COUNT_COLUMNS = ["article_id", "lemma", "count"]


def sentence_lemmas(article_id: str, lemmas: Iterable[tuple]) -> list[tuple]:
    return [(article_id, *row) for row in lemmas]


def lemma_counts(sentences: pd.DataFrame) -> pd.DataFrame:
    """Content lemmas (nouns, verbs, adjectives; no stop words) counted per article."""
    rows = []
    for article_id, group in sentences.groupby("article_id", sort=True):
        counts = Counter(word for text in group["content"] for word in text.split())
        rows += [(article_id, lemma, n) for lemma, n in sorted(counts.items())]
    return pd.DataFrame(rows, columns=LEMMA_COUNT_COLUMNS)


@cache
def calendar_words(locale: str) -> frozenset[str]:
    """Month and weekday names of the language (Unicode CLDR, through babel): they
    date an article, they do not say what it is about."""
    from babel.dates import get_day_names, get_month_names

    names = [*get_month_names("wide", locale=locale).values()]
    names += [*get_day_names("wide", locale=locale).values()]
    return frozenset(name.lower() for name in names)


def without_calendar_words(lemmas: pd.DataFrame, locale: str) -> tuple[pd.DataFrame, list[str]]:
    """The lemma counts without month and weekday names, and the names dropped."""
    dropped = lemmas["lemma"].isin(calendar_words(locale))
    return lemmas[~dropped].reset_index(drop=True), sorted(set(lemmas.loc[dropped, "lemma"]))
