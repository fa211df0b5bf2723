"""Text normalisation shared by the scorers: what makes two strings "the same" name."""

from __future__ import annotations

import unicodedata


def norm(text: str) -> str:
    """NFC, typographic apostrophes and no-break spaces made plain, spaces collapsed,
    case folded."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ")
    return " ".join(text.split()).casefold()


def rate(part: float, whole: float) -> float:
    """``part / whole``, 0 for an empty whole (a scorer with nothing to score)."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
