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

import math

import pandas as pd

KEYNESS_COLUMNS = ["article_id", "term", "zscore", "count"]


def log_odds_z(y_i: int, n_i: int, y_j: int, n_j: int, alpha_w: float, alpha_0: float) -> float:
    delta = math.log((y_i + alpha_w) / (n_i + alpha_0 - y_i - alpha_w)) - math.log(
        (y_j + alpha_w) / (n_j + alpha_0 - y_j - alpha_w)
    )
    return delta / math.sqrt(1 / (y_i + alpha_w) + 1 / (y_j + alpha_w))


def keyness(lemmas: pd.DataFrame, prior_strength: float = 500.0, top: int = 30) -> pd.DataFrame:
    """The ``top`` most distinctive lemmas of each article against the rest of the corpus."""
    counts = lemmas.groupby(["article_id", "lemma"]).size().unstack(fill_value=0)
    if len(counts) < 2:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    total = counts.sum(axis=0)
    share = total / total.sum()
    rows = []
    for article_id, mine in counts.iterrows():
        rest = total - mine
        n_i, n_j = mine.sum(), rest.sum()
        scored = [
            (term, log_odds_z(mine[term], n_i, rest[term], n_j, prior_strength * share[term],
                              prior_strength), int(mine[term]))
            for term in counts.columns
            if mine[term] > 0
        ]  # fmt: skip
        scored.sort(key=lambda item: (-item[1], item[0]))
        rows += [
            {"article_id": article_id, "term": t, "zscore": z, "count": c}
            for t, z, c in scored[:top]
        ]
    return pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
