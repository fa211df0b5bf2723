"""spaCy parsing of paragraphs, with the gazetteer ruler and a DocBin cache.

Paragraphs are parsed one by one with ``nlp.pipe`` so no text meets spaCy's
``max_length``; a paragraph longer than ``max_chars`` is cut at sentence ends
first. Parsed documents are cached per article, keyed by the article's text,
the model's name and version, spaCy's version and the gazetteer's hash: a rerun
with nothing changed parses nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from tqdm.auto import tqdm

from helpers.parsing.engine import ENGINES, parse_on_dask, write_docbin
from helpers.parsing.gazetteer import Gazetteer
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


@dataclass(frozen=True)
class ParsedChunk:
    article_id: str
    paragraph_id: int
    offset: int  # of the chunk in the paragraph's text
    doc: Doc


# Starting worker processes costs a model load each (seconds): below this many texts
# to parse, one process is faster.
MIN_TEXTS_FOR_PROCESSES = 400


def parse_paragraphs(
    paragraphs: pd.DataFrame,
    nlp: Language,
    gazetteer: Gazetteer,
    cache: Path | None,
    max_chars: int = 10000,
    batch_size: int = 64,
    progress: bool = False,
    n_process: int = 1,
    engine: str = "local",
    scheduler_address: str | None = None,
) -> Iterator[ParsedChunk]:
    """Parse every paragraph, article by article, reading and filling the cache.

    Documents are streamed: one article's documents are in memory at a time, and
    each article's parse is written to the cache as soon as it is complete. The
    uncached paragraphs of all articles go through one ``nlp.pipe`` call, so
    ``n_process`` worker processes (-1: all cores) serve the whole corpus. With
    ``engine="dask"`` the uncached articles are parsed on a Dask cluster into the
    cache first (see ``helpers.parsing.engine``); everything is then read from the cache.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}.")
    if engine == "dask" and cache is None:
        raise ValueError("engine 'dask' writes parses to the cache: give a cache folder.")
    key = pipeline_key(nlp, gazetteer)
    plan = []
    for article_id, group in paragraphs.groupby("article_id", sort=True):
        chunks = [
            (int(pid), offset, chunk)
            for pid, text in zip(group["paragraph_id"], group["text"], strict=True)
            for offset, chunk in split_long_text(text, max_chars)
        ]
        text_hash = hashlib.sha256(json.dumps(chunks, ensure_ascii=False).encode()).hexdigest()
        path = cache / key / f"{text_hash}.spacy" if cache else None
        plan.append((str(article_id), chunks, path, path is not None and path.is_file()))
    if engine == "dask":
        from helpers.parsing.extract import EXTRACT_KEY

        todo = [(path, path.with_suffix(f".{EXTRACT_KEY}.json"), [t for _, _, t in chunks])
                for _, chunks, path, cached in plan if not cached]  # fmt: skip
        if todo:
            parse_on_dask(todo, nlp.meta["lang"] + "_" + nlp.meta["name"], gazetteer,
                          batch_size, scheduler_address, n_process, progress)  # fmt: skip
        plan = [(article_id, chunks, path, True) for article_id, chunks, path, _ in plan]
    texts = [text for _, chunks, _, cached in plan if not cached for _, _, text in chunks]
    processes = n_process if len(texts) >= MIN_TEXTS_FOR_PROCESSES else 1
    parsed = (
        iter(nlp.pipe(texts, batch_size=batch_size, n_process=processes)) if texts else iter(())
    )
    for article_id, chunks, path, cached in tqdm(
        plan, desc="parsing", unit="article", disable=not progress
    ):
        if cached:
            docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        else:
            docs = [next(parsed) for _ in chunks]
            if path is not None:
                write_docbin(path, DocBin(store_user_data=False, docs=docs).to_bytes())
        for (pid, offset, _), doc in zip(chunks, docs, strict=True):
            yield ParsedChunk(article_id, pid, offset, doc)


def numbered_sentences(
    chunks: Iterable[ParsedChunk],
) -> Iterator[tuple[ParsedChunk, list[tuple[int, Span]]]]:
    """Each chunk with its sentences and their ids: 0-based and running through the
    article, in paragraph order. Every stage numbers sentences through this function,
    so ``article_id/sentence_id`` means the same sentence everywhere."""
    counter: dict[str, int] = {}
    for chunk in chunks:
        numbered = []
        for sent in chunk.doc.sents:
            sid = counter.get(chunk.article_id, 0)
            counter[chunk.article_id] = sid + 1
            numbered.append((sid, sent))
        yield chunk, numbered
