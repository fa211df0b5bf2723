"""The corpus as rows: parse once, extract in the same pass, cache both.

:func:`article_rows` streams one :class:`ArticleRows` per article. For each
article it reads, in order of cost: the cached rows (no model, no DocBin); the
cached DocBin, re-extracted with a blank vocabulary (when the extraction code
changed); or a fresh parse, with the extraction component running in the same
process as the parser (``nlp.pipe``'s workers, or a Dask worker). The model is
loaded only if something must be parsed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pandas as pd
import spacy
from spacy.tokens import DocBin
from tqdm.auto import tqdm

from helpers.core.memory import release_freed_memory
from helpers.parsing.engine import (
    ARTICLES_PER_PARTITION,
    ENGINES,
    parse_on_dask,
    parse_partition,
    preload_pipeline,
    release_pipelines,
    speech_path,
    write_docbin,
)
from helpers.parsing.extract import (
    CANDIDATE_FIELDS,
    EXTRACT_KEY,
    SPEECH_TOKEN_FIELDS,
    extract_doc,
)
from helpers.parsing.gazetteer import Gazetteer
from helpers.parsing.model import MODELS, ModelError
from helpers.parsing.nlp import (
    MIN_TEXTS_FOR_PROCESSES,  # noqa: E402
    split_long_text,
)


@dataclass
class ArticleRows:
    """Everything the stages read from one article's parse, numbered through the article.

    Offsets are relative to the paragraph's text; sentence ids run through the
    article in paragraph order, so ``article_id/sentence_id`` means the same
    sentence in every table.
    """

    article_id: str
    sentences: list[dict] = field(default_factory=list)
    candidates: list[dict] = field(default_factory=list)
    lowercase: set[str] = field(default_factory=set)
    lemmas: list[tuple[int, int, str, str]] = field(default_factory=list)
    verbs: list[dict] = field(default_factory=list)
    speech: list[dict] = field(default_factory=list)


PARTS = ("sentences", "candidates", "lowercase", "lemmas", "verbs", "speech")


def assemble(
    article_id: str, chunks: list[tuple[int, int, dict]], parts: Collection[str] = PARTS
) -> ArticleRows:
    """One article from its chunks' rows: ``(paragraph_id, offset, rows)`` in order.

    Only ``parts`` are filled: each pass over the corpus builds what it reads."""
    out = ArticleRows(article_id)
    first = 0  # the article's running sentence id of the chunk's first sentence
    for paragraph_id, offset, rows in chunks:
        if "sentences" in parts:
            _add_sentences(out, rows, paragraph_id, offset, first)
        if "candidates" in parts:
            _add_candidates(out, rows, paragraph_id, offset, first)
        if "lowercase" in parts:
            out.lowercase.update(rows["lowercase"])
        if "lemmas" in parts:
            out.lemmas += [(first + k, *values) for k, values in enumerate(rows["lemmas"])]
        if "verbs" in parts:
            _add_verbs(out, rows, paragraph_id, offset, first)
        if "speech" in parts:
            _add_speech(out, rows, paragraph_id, offset, first)
        first += len(rows["sentences"])
    return out


def _add_sentences(out: ArticleRows, rows: dict, paragraph_id: int, offset: int, first: int):
    for k, (start, end, text) in enumerate(rows["sentences"]):
        out.sentences.append(
            {"article_id": out.article_id, "sentence_id": first + k,
             "paragraph_id": paragraph_id, "start_char": offset + start,
             "end_char": offset + end, "text": text}
        )  # fmt: skip


def _add_candidates(out: ArticleRows, rows: dict, paragraph_id: int, offset: int, first: int):
    for values in rows["candidates"]:
        row = dict(zip(CANDIDATE_FIELDS, values, strict=True))
        row["start_char"] += offset
        row["end_char"] += offset
        row["sentence_id"] = first + row.pop("sentence")
        out.candidates.append({"article_id": out.article_id, "paragraph_id": paragraph_id, **row})


def _add_verbs(out: ArticleRows, rows: dict, paragraph_id: int, offset: int, first: int):
    for sentence, verb, negated, agents, patients in rows["verbs"]:
        shift = [[[offset + o for o in offsets], lemma] for offsets, lemma in agents]
        moved = [[[offset + o for o in offsets], lemma] for offsets, lemma in patients]
        out.verbs.append(
            {"paragraph_id": paragraph_id, "sentence_id": first + sentence, "verb": verb,
             "negated": negated, "agents": shift, "patients": moved}
        )  # fmt: skip


def _add_speech(out: ArticleRows, rows: dict, paragraph_id: int, offset: int, first: int):
    for sentence, tokens in rows.get("speech", []):
        shifted = []
        for values in tokens:
            token = dict(zip(SPEECH_TOKEN_FIELDS, values, strict=True))
            token["start_char"] += offset
            token["head_start"] += offset
            token["sentence_id"] = first + sentence
            shifted.append(token)
        out.speech.append(
            {"paragraph_id": paragraph_id, "sentence_id": first + sentence, "tokens": shifted}
        )


def parse_key(model: str, gazetteer: Gazetteer) -> str:
    """The parse cache's folder: model and version, spaCy's version, the gazetteer."""
    if model not in MODELS:
        raise ModelError(f"model {model!r} is not one of {', '.join(MODELS)}.")
    try:
        version = metadata.version(model)
    except metadata.PackageNotFoundError:
        raise ModelError(
            f"The spaCy model {model} is not installed. It is a pinned dependency: run "
            "`make env` (or `pip install -e .`) to install it."
        ) from None
    parts = [model, version, spacy.__version__, gazetteer.sha256]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _write_rows(path: Path, chunk_rows: list[dict]) -> None:
    speech = [chunk.pop("speech") for chunk in chunk_rows]
    for target, data in ((speech_path(path), speech), (path, chunk_rows)):
        write_docbin(target, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())


def parse_locally(
    todo: list[tuple[Path, Path, list[str]]],
    model: str,
    gazetteer: Gazetteer,
    batch_size: int,
    n_process: int,
    progress: bool = False,
) -> None:
    """Parse and extract ``(docbin_path, rows_path, texts)`` articles into the cache.

    With several processes each worker loads the pipeline once, parses a batch of
    articles, extracts their rows and serialises both: the main process only writes
    bytes to disk. (With ``nlp.pipe(n_process=…)`` the workers send whole Docs back,
    and deserialising them in the main process cost as much as the parse.)
    """
    import functools
    import multiprocessing
    import os

    n_texts = sum(len(texts) for _, _, texts in todo)
    workers = (os.cpu_count() or 1) if n_process == -1 else n_process
    workers = workers if n_texts >= MIN_TEXTS_FOR_PROCESSES else 1
    batches = [
        todo[i : i + ARTICLES_PER_PARTITION] for i in range(0, len(todo), ARTICLES_PER_PARTITION)
    ]
    work = functools.partial(
        parse_partition, model=model, gazetteer=gazetteer, batch_size=batch_size
    )
    bar = tqdm(total=len(todo), desc="parsing", unit="article", disable=not progress)
    if workers > 1:  # loaded before the fork: the workers share the model's pages
        preload_pipeline(model, gazetteer)
    try:
        with (
            multiprocessing.get_context("fork").Pool(workers) if workers > 1 else _NoPool()
        ) as pool:  # fmt: skip
            for results in pool.imap(work, batches):
                for docbin, rows, parsed, extracted, speech in results:
                    write_docbin(Path(docbin), parsed)
                    write_docbin(speech_path(Path(rows)), speech)  # before the rows: done marks
                    write_docbin(Path(rows), extracted)
                    bar.update()
    finally:
        release_pipelines()
        release_freed_memory()  # the model's heap, kept by glibc, would set the stage's peak
    bar.close()


class _NoPool:
    """One process: the same loop, without starting workers."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def imap(self, function, items):
        return map(function, items)


def article_rows(
    paragraphs: pd.DataFrame,
    gazetteer: Gazetteer,
    cache: Path,
    *,
    model: str,
    max_chars: int = 10000,
    batch_size: int = 64,
    n_process: int = 1,
    engine: str = "local",
    scheduler_address: str | None = None,
    progress: bool = False,
    parts: Collection[str] = PARTS,
) -> Iterator[ArticleRows]:
    """Every article's rows, streamed in article order, through the parse cache.

    ``parts``: the fields of :class:`ArticleRows` to fill; a pass that reads a few
    skips building the others. The speech tokens are cached apart, read only when
    asked for."""
    if unknown := set(parts) - set(PARTS):
        raise ValueError(f"unknown parts {sorted(unknown)}: choose among {', '.join(PARTS)}.")
    speech = "speech" in parts
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}.")
    key = parse_key(model, gazetteer)
    plan = []
    for article_id, group in paragraphs.groupby("article_id", sort=True):
        chunks = [
            (int(pid), offset, chunk)
            for pid, text in zip(group["paragraph_id"], group["text"], strict=True)
            for offset, chunk in split_long_text(text, max_chars)
        ]
        text_hash = hashlib.sha256(json.dumps(chunks, ensure_ascii=False).encode()).hexdigest()
        docbin = cache / key / f"{text_hash}.spacy"
        rows = cache / key / f"{text_hash}.{EXTRACT_KEY}.json"
        plan.append((str(article_id), chunks, docbin, rows))
    todo = [p for p in plan if not _extracted(p[3]) and not p[2].is_file()]
    if engine == "dask" and todo:
        parse_on_dask(
            [(docbin, rows, [t for _, _, t in chunks]) for _, chunks, docbin, rows in todo],
            model, gazetteer, batch_size, scheduler_address, n_process, progress,
        )  # fmt: skip
        todo = []
    if todo:
        parse_locally(
            [(docbin, rows, [t for _, _, t in chunks]) for _, chunks, docbin, rows in todo],
            model, gazetteer, batch_size, n_process, progress,
        )  # fmt: skip
    vocab = None
    for article_id, chunks, docbin, rows_path in plan:
        if _extracted(rows_path):
            rows = json.loads(rows_path.read_bytes())
            if speech:
                for chunk, tokens in zip(rows, json.loads(speech_path(rows_path).read_bytes()),
                                         strict=True):  # fmt: skip
                    chunk["speech"] = tokens
        else:  # parsed before, extracted with other code: re-extract without parsing;
            # the model's vocabulary (its word vectors) is the lexicon of content_word
            vocab = vocab or spacy.load(model, exclude=_PIPES).vocab
            rows = [extract_doc(doc) for doc in DocBin().from_disk(docbin).get_docs(vocab)]
            kept = [chunk["speech"] for chunk in rows]
            _write_rows(rows_path, rows)
            if speech:
                for chunk, tokens in zip(rows, kept, strict=True):
                    chunk["speech"] = tokens
        yield assemble(
            article_id,
            [(pid, off, r) for (pid, off, _), r in zip(chunks, rows, strict=True)],
            parts,
        )


_PIPES = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner",
          "senter"]  # fmt: skip


def _extracted(rows: Path) -> bool:
    return rows.is_file() and speech_path(rows).is_file()


def rows_of_texts(nlp, article_id: str, texts: list[str]) -> ArticleRows:
    """One article's rows from its paragraphs, parsed without the cache (for exploring a
    few sentences in JupyterLab, and for tests)."""
    return assemble(article_id, [(i, 0, extract_doc(nlp(text))) for i, text in enumerate(texts)])
