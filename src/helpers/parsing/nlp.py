"""What parsing needs before the parse: paragraphs cut to spaCy's length, and when
to start worker processes. The parse itself, its extraction pass and the cache are
in ``helpers.parsing.rows``; the pipeline in ``helpers.parsing.model``.
"""

from __future__ import annotations

import re

from helpers.parsing.model import MODELS, ModelError, load_pipeline, pipeline_key

__all__ = ["MODELS", "ModelError", "load_pipeline", "pipeline_key"]

_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+(?=[«A-ZÀ-Ý0-9])")


def split_long_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Chunks of at most ``max_chars`` cut at sentence ends, with their offsets."""
    if len(text) <= max_chars:
        return [(0, text)]
    chunks, start = [], 0
    cuts = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    previous = 0
    for cut in cuts:
        if cut - start > max_chars and previous > start:
            chunks.append((start, text[start:previous]))
            start = previous + (len(text[previous:]) - len(text[previous:].lstrip()))
        previous = cut
    while len(text) - start > max_chars:  # no sentence end: cut hard
        chunks.append((start, text[start : start + max_chars]))
        start += max_chars
    chunks.append((start, text[start:]))
    return [(offset, chunk) for offset, chunk in chunks if chunk.strip()]


# Starting worker processes costs a model load each (seconds): below this many texts
# to parse, one process is faster.
MIN_TEXTS_FOR_PROCESSES = 400
