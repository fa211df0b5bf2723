"""How alike the articles are: TF-IDF cosine on lemmas and Jaccard on entity sets."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfTransformer

from helpers.core.schemas import columns

SIMILARITY_COLUMNS = columns("similarity")
BLOCK = 512  # rows of the cosine matrix computed at a time beyond ``full_up_to`` articles


def similarity_table(
    lemmas: pd.DataFrame, mentions: pd.DataFrame, top_k: int = 10, full_up_to: int = 50
) -> tuple[pd.DataFrame, np.ndarray | None, list[str]]:
    """Pairwise similarities; beyond ``full_up_to`` articles, each article's ``top_k``
    nearest neighbours only, computed a block of rows at a time so that no article ×
    article matrix is held. Also returns the cosine matrix (``None`` beyond
    ``full_up_to`` articles) and its article order."""
    ids, counts = _term_counts(lemmas)
    if len(ids) < 2:
        return pd.DataFrame(columns=SIMILARITY_COLUMNS), np.ones((len(ids), len(ids))), ids
    # sparse TF-IDF rows of unit length: a block of their products is a block of cosines
    matrix = TfidfTransformer(sublinear_tf=True).fit_transform(counts)
    full = len(ids) <= full_up_to
    cosine = (matrix @ matrix.T).toarray() if full else None
    entity_sets = mentions.groupby("article_id")["entity"].agg(set).reindex(ids).tolist()
    pairs: dict[tuple[int, int], float] = {}
    for first in range(0, len(ids), len(ids) if full else BLOCK):
        block = cosine[first : first + len(ids)] if full else (
            matrix[first : first + BLOCK] @ matrix.T
        ).toarray()  # fmt: skip
        for offset, row in enumerate(block):
            i = first + offset
            for j in _nearest(row, i, None if full else top_k):
                pairs[(min(i, j), max(i, j))] = float(row[j])
    rows = []
    for (i, j), value in sorted(pairs.items()):
        a = entity_sets[i] if isinstance(entity_sets[i], set) else set()  # a list: no .iloc
        b = entity_sets[j] if isinstance(entity_sets[j], set) else set()  # per pair
        rows.append(
            {"article_a": ids[i], "article_b": ids[j], "tfidf_cosine": value,
             "entity_jaccard": len(a & b) / len(a | b) if a | b else 0.0}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=SIMILARITY_COLUMNS), cosine, ids


def _term_counts(lemmas: pd.DataFrame) -> tuple[list[str], csr_matrix]:
    """Article × term counts, terms being the lowercased lemmas split on spaces (as a
    ``TfidfVectorizer`` would tokenise them), built from the per-article counts
    without writing each article out as text. Each distinct lemma is split once: a
    large corpus has millions of (article, lemma) rows but few distinct lemmas."""
    counts = lemmas["count"].to_numpy() if "count" in lemmas else np.ones(len(lemmas))
    codes, distinct = pd.factorize(lemmas["lemma"].astype(str))
    pieces = [[t for t in lemma.lower().split(" ") if t] for lemma in distinct]
    n_pieces = np.array([len(p) for p in pieces], dtype=np.int64)[codes]
    row_of = np.repeat(np.arange(len(codes)), n_pieces)  # a row per (article, lemma, term)
    first_piece = np.concatenate([[0], np.cumsum([len(p) for p in pieces])[:-1]]).astype(np.int64)
    within = np.arange(len(row_of)) - np.repeat(np.cumsum(n_pieces) - n_pieces, n_pieces)
    terms = np.array([t for p in pieces for t in p], dtype=object)
    terms = terms[np.repeat(first_piece[codes], n_pieces) + within]
    articles = lemmas["article_id"].to_numpy()[row_of]
    ids = sorted(set(articles))
    vocabulary = sorted(set(terms))
    rows = pd.Index(ids).get_indexer(articles)
    cols = pd.Index(vocabulary).get_indexer(terms)
    matrix = csr_matrix(
        (counts[row_of].astype(float), (rows, cols)), shape=(len(ids), len(vocabulary))
    )
    matrix.sum_duplicates()  # one cell per article and term, indices sorted
    return ids, matrix


def _nearest(row: np.ndarray, own: int, k: int | None) -> np.ndarray:
    """The other articles by decreasing similarity, ties by position; the first ``k``."""
    values = row.astype(float)
    values[own] = -np.inf
    if k is not None and k < len(values) - 1:  # only the k best need sorting
        threshold = np.partition(values, len(values) - k)[len(values) - k]
        candidates = np.flatnonzero(values >= threshold)
    else:
        candidates = np.flatnonzero(np.arange(len(values)) != own)
    ranked = candidates[np.argsort(-values[candidates], kind="stable")]
    return ranked if k is None else ranked[:k]


def most_similar(table: pd.DataFrame) -> dict[str, str]:
    """Each article's nearest article by TF-IDF cosine."""
    both = pd.concat(
        [table.rename(columns={"article_a": "a", "article_b": "b"}),
         table.rename(columns={"article_a": "b", "article_b": "a"})]
    )  # fmt: skip
    ranked = both.sort_values(["a", "tfidf_cosine", "b"], ascending=[True, False, True])
    return ranked.groupby("a")["b"].first().to_dict()
