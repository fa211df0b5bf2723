"""Words of the articles from the extraction rows: lemma counts and frame sentences.

No table holds one row per token, nor one per sentence of the corpus: keyness and
similarity read one row per article and lemma (a count), frames only the sentences
that hold a frame lemma.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable
from functools import cache

import numpy as np
import pandas as pd

SENTENCE_LEMMA_COLUMNS = ["article_id", "sentence_id", "n_words", "lemmas", "content"]
LEMMA_COUNT_COLUMNS = ["article_id", "lemma", "count"]


class WordTally:
    """What stage 04 needs from the sentence lemma rows, gathered article by article:
    content-lemma counts, words per article, and only the sentences that hold a lemma
    of ``keep`` (the frame dictionary), reduced to those lemmas. No table keeps a row
    for every sentence of the corpus, so memory follows the counts, not the corpus."""

    def __init__(self, keep: Iterable[str]):
        self.keep = frozenset(keep)
        self.words: dict[str, int] = {}
        self.sentences: list[tuple] = []
        # one (article, lemma, count) per article and lemma, as three integer arrays:
        # millions of rows on a large corpus, where tuples of strings took gigabytes
        self._lemma_ids: dict[str, int] = {}
        self._articles: list[str] = []
        self._article_of, self._lemma_of, self._count = array("q"), array("q"), array("q")

    def add(self, article_id: str, rows: Iterable[tuple]) -> None:
        counts, n_words = Counter(), 0
        for sentence_id, words, lemmas, content in rows:
            n_words += words
            counts.update(content.split())
            kept = [lemma for lemma in lemmas.split() if lemma in self.keep]
            if kept:
                self.sentences.append((article_id, sentence_id, words, " ".join(kept), ""))
        self.words[article_id] = n_words
        article, ids = len(self._articles), self._lemma_ids
        self._articles.append(article_id)
        for lemma, n in sorted(counts.items()):
            self._article_of.append(article)
            self._lemma_of.append(ids.setdefault(lemma, len(ids)))
            self._count.append(n)

    def lemma_counts(self) -> pd.DataFrame:
        articles = np.array(self._articles, dtype=object)
        lemmas = np.array(list(self._lemma_ids), dtype=object)  # in id order
        return pd.DataFrame(
            {"article_id": articles[np.frombuffer(self._article_of, dtype=np.int64)],
             "lemma": lemmas[np.frombuffer(self._lemma_of, dtype=np.int64)],
             "count": np.frombuffer(self._count, dtype=np.int64).copy()},
            columns=LEMMA_COUNT_COLUMNS,
        )  # fmt: skip

    def frame_sentences(self) -> pd.DataFrame:
        return pd.DataFrame(self.sentences, columns=SENTENCE_LEMMA_COLUMNS)

    def words_per_article(self) -> pd.Series:
        return pd.Series(self.words, name="n_words", dtype="int64").sort_index()


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
