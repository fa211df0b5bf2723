"""How alike the articles are: TF-IDF cosine on lemmas and Jaccard on entity sets."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from helpers.core.schemas import columns

SIMILARITY_COLUMNS = columns("similarity")


def similarity_table(
    lemmas: pd.DataFrame, mentions: pd.DataFrame, top_k: int = 10, full_up_to: int = 50
) -> tuple[pd.DataFrame, np.ndarray, list[str]]:
    """Pairwise similarities; beyond ``full_up_to`` articles, each article's ``top_k``
    nearest neighbours only. Also returns the cosine matrix and its article order."""
    if "count" in lemmas:  # one row per article and lemma: repeat each lemma its count
        lemmas = lemmas.loc[lemmas.index.repeat(lemmas["count"])]
    documents = lemmas.groupby("article_id")["lemma"].apply(" ".join).sort_index()
    ids = list(documents.index)
    if len(ids) < 2:
        return pd.DataFrame(columns=SIMILARITY_COLUMNS), np.ones((len(ids), len(ids))), ids
    # sparse TF-IDF: memory grows with the vocabulary, not with articles squared
    matrix = TfidfVectorizer(token_pattern=r"[^ ]+", sublinear_tf=True).fit_transform(documents)
    cosine = cosine_similarity(matrix)
    entity_sets = mentions.groupby("article_id")["entity"].agg(set).reindex(ids)
    pairs = set()
    for i in range(len(ids)):
        others = [j for j in np.argsort(-cosine[i], kind="stable") if j != i]
        keep = others if len(ids) <= full_up_to else others[:top_k]
        pairs.update((min(i, j), max(i, j)) for j in keep)
    rows = []
    for i, j in sorted(pairs):
        a = entity_sets.iloc[i] if isinstance(entity_sets.iloc[i], set) else set()
        b = entity_sets.iloc[j] if isinstance(entity_sets.iloc[j], set) else set()
        rows.append(
            {"article_a": ids[i], "article_b": ids[j], "tfidf_cosine": float(cosine[i, j]),
             "entity_jaccard": len(a & b) / len(a | b) if a | b else 0.0}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=SIMILARITY_COLUMNS), cosine, ids


def most_similar(table: pd.DataFrame) -> dict[str, str]:
    """Each article's nearest article by TF-IDF cosine."""
    both = pd.concat(
        [table.rename(columns={"article_a": "a", "article_b": "b"}),
         table.rename(columns={"article_a": "b", "article_b": "a"})]
    )  # fmt: skip
    ranked = both.sort_values(["a", "tfidf_cosine", "b"], ascending=[True, False, True])
    return ranked.groupby("a")["b"].first().to_dict()
