"""Exact and near-duplicate articles.

Near duplicates (the same wire story on two sites, a republished article with
a new headline) are found with MinHash LSH over word 5-gram shingles (Broder
1997), then confirmed with the exact Jaccard similarity of the shingle sets, so
the decision does not depend on the hashing. Only the texts of kept articles are
held, not their shingle sets (ten times larger): a candidate's shingles are made
again when LSH proposes it, which is rare.

The signature of a text (the digest of its words and its MinHash values) costs
far more than the LSH look-ups, so ``signature`` can be computed on the worker
processes that read the articles and handed to ``find_duplicates``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
_SEED = 1
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _sha1_32(data: bytes) -> int:
    """datasketch's ``sha1_hash32`` (the first four bytes of SHA-1, little-endian), without
    its ``struct`` call: the same values, a little faster over a million shingles."""
    return int.from_bytes(hashlib.sha1(data).digest()[:4], "little")


@cache
def _template() -> MinHash:
    """A MinHash of datasketch's default scheme whose seeded permutations every text's
    MinHash shares: drawn once, not per text."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED)


def _minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    template = _template()
    return MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=_sha1_32, hashvalues=hashvalues,
                   permutations=template.permutations, scheme=template.scheme)  # fmt: skip


def signature(text: str) -> tuple[str, np.ndarray]:
    """The digest of a text's words (exact duplicates) and its MinHash values."""
    digest = hashlib.sha256(" ".join(_WORD.findall(text.casefold())).encode()).hexdigest()
    minhash = _minhash()
    minhash.update_batch([g.encode("utf-8") for g in sorted(shingles(text))])
    return digest, minhash.hashvalues


def find_duplicates(
    docs: Iterable[tuple[str, str]],
    threshold: float = 0.8,
    signatures: dict[str, tuple[str, np.ndarray]] | None = None,
) -> dict[str, str]:
    """Map each duplicate ``article_id`` to the article it duplicates.

    ``docs`` are ``(article_id, body_text)``. Articles are taken in id order
    and the first of a group, the smallest id, is kept. ``signatures`` are the
    articles' ``signature``, when already computed (else computed here).
    """
    # LSH only proposes candidates; a lower threshold there keeps pairs just above
    # ``threshold`` from being missed, and the exact Jaccard decides.
    lsh = MinHashLSH(threshold=max(0.3, threshold - 0.2), num_perm=NUM_PERM)
    exact: dict[str, str] = {}
    kept_texts: dict[str, str] = {}
    duplicates: dict[str, str] = {}
    for article_id, text in sorted(docs):
        known = signatures.get(article_id) if signatures else None
        digest, hashvalues = known if known is not None else signature(text)
        if digest in exact:
            duplicates[article_id] = exact[digest]
            continue
        minhash = _minhash(hashvalues)
        candidates = lsh.query(minhash)
        grams = shingles(text) if candidates else set()
        matches = sorted(
            other
            for other in candidates
            if jaccard(grams, shingles(kept_texts[other])) >= threshold
        )
        if matches:
            duplicates[article_id] = matches[0]
            continue
        exact[digest] = article_id
        kept_texts[article_id] = text
        lsh.insert(article_id, minhash)
    return duplicates
