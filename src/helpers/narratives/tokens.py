"""Token and lemma tables from the parsed documents, for the lexical analyses."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from spacy.tokens import Span

from helpers.parsing.nlp import ParsedChunk, numbered_sentences

TOKEN_COLUMNS = ["article_id", "sentence_id", "lemma", "pos", "is_alpha", "is_stop"]
CONTENT_POS = {"NOUN", "VERB", "ADJ"}  # names are studied as entities


def token_rows(chunk: ParsedChunk, numbered: list[tuple[int, Span]]) -> list[tuple]:
    """The token rows of one chunk (columns: TOKEN_COLUMNS)."""
    return [
        (chunk.article_id, sid, t.lemma_.lower(), t.pos_, t.is_alpha, t.is_stop)
        for sid, sent in numbered
        for t in sent
        if not t.is_space
    ]


def token_table(chunks: Iterable[ParsedChunk]) -> pd.DataFrame:
    """One row per token: lowercase lemma, part of speech, and whether it is a word."""
    rows = [
        row for chunk, numbered in numbered_sentences(chunks) for row in token_rows(chunk, numbered)
    ]
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)


def content_lemmas(tokens: pd.DataFrame) -> pd.DataFrame:
    """Nouns, verbs and adjectives that are words and not stop words."""
    keep = tokens["is_alpha"] & ~tokens["is_stop"] & tokens["pos"].isin(CONTENT_POS)
    keep &= tokens["lemma"].str.len() > 1
    return tokens[keep]
