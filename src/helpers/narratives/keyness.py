"""Distinctive vocabulary: weighted log-odds with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' words". For a lemma w, article i and
the rest of the corpus j, with counts y and totals n, and a prior α_w = α0 · π_w
where π_w is w's share of the whole corpus:

    δ_w = log((y_iw + α_w) / (n_i + α0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α0 − y_jw − α_w))
    σ²_w ≈ 1 / (y_iw + α_w) + 1 / (y_jw + α_w),   z_w = δ_w / σ_w

A large positive z marks a lemma the article uses more than the others, shrunk
towards zero when it is rare: frequency alone cannot make a word distinctive.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.core.schemas import columns

KEYNESS_COLUMNS = columns("keyness")


def log_odds_z(y_i, n_i, y_j, n_j, alpha_w, alpha_0):
    """The z-score above; works on numbers and on numpy arrays alike."""
    delta = np.log((y_i + alpha_w) / (n_i + alpha_0 - y_i - alpha_w)) - np.log(
        (y_j + alpha_w) / (n_j + alpha_0 - y_j - alpha_w)
    )
    return delta / np.sqrt(1 / (y_i + alpha_w) + 1 / (y_j + alpha_w))


def keyness(lemmas: pd.DataFrame, prior_strength: float = 500.0, top: int = 30) -> pd.DataFrame:
    """The ``top`` most distinctive lemmas of each article against the rest of the corpus.

    ``lemmas`` has one row per article and lemma with its ``count`` (or one row per
    occurrence, without a ``count`` column).

    Counts are a sparse article × lemma matrix and each article is scored as one
    vector operation, so time and memory grow with the corpus, not with its square.
    """
    if lemmas["article_id"].nunique() < 2:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    articles = pd.Categorical(
        lemmas["article_id"], categories=sorted(lemmas["article_id"].unique())
    )
    terms = pd.Categorical(lemmas["lemma"], categories=sorted(lemmas["lemma"].unique()))
    weights = lemmas["count"].to_numpy(float) if "count" in lemmas else np.ones(len(lemmas))
    counts = sparse.csr_matrix(
        (weights, (articles.codes, terms.codes)),
        shape=(len(articles.categories), len(terms.categories)),
    )
    total = np.asarray(counts.sum(axis=0)).ravel()
    alpha = prior_strength * total / total.sum()
    names = np.asarray(terms.categories)
    rows = []
    for index, article_id in enumerate(articles.categories):
        mine = counts.getrow(index).toarray().ravel()
        rest = total - mine
        present = np.flatnonzero(mine)
        z = log_odds_z(
            mine[present], mine.sum(), rest[present], rest.sum(), alpha[present], prior_strength
        )
        order = sorted(range(len(present)), key=lambda k: (-z[k], names[present[k]]))[:top]
        rows += [
            {"article_id": article_id, "term": names[present[k]], "zscore": float(z[k]),
             "count": int(mine[present[k]])}
            for k in order
        ]  # fmt: skip
    return pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
