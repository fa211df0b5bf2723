"""Where the parsing runs: in this process (``local``) or on a Dask cluster (``dask``).

With ``dask``, the articles still to parse become a ``dask.bag``. Each worker
process loads the pipeline once, parses the articles of its partitions, and
sends back each article's parse as DocBin bytes, so workers need no shared disk.
The client writes those bytes to the parse cache; the stages then read every
article from the cache, as a warm local run does. Parsing is deterministic, so
the tables are the same bytes whichever engine parsed.

Without a ``scheduler_address`` a ``LocalCluster`` of ``n_process`` workers runs
on this machine (on loopback, without a dashboard); with one, the work goes to
that cluster's workers, which need this project installed (``pip install .``)
with the same pinned packages.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from spacy.language import Language
from spacy.tokens import DocBin
from tqdm.auto import tqdm

from helpers.parsing.checks import ENGINES  # noqa: F401
from helpers.parsing.gazetteer import Gazetteer

CONNECT_TIMEOUT = "30s"  # to reach a scheduler given by address
ARTICLES_PER_PARTITION = 25  # small enough to spread work, large enough for nlp.pipe batches

# One pipeline per worker process, reused by every partition it parses.
_WORKER_PIPELINES: dict[tuple[str, str], Language] = {}


class EngineError(RuntimeError):
    """The Dask engine could not start or reach its cluster; the message says what to do."""


def write_docbin(path: Path, data: bytes) -> None:
    """Write one article's parse atomically: a killed run leaves no half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def parse_article_texts(nlp: Language, articles, batch_size: int) -> list[tuple]:
    """Parse ``(docbin_path, rows_path, texts)`` articles with the extraction pass:
    each article's docs as DocBin bytes and its extracted rows as JSON bytes."""
    texts = [text for _, _, article_texts in articles for text in article_texts]
    docs = iter(nlp.pipe(texts, batch_size=batch_size))
    out = []
    for docbin, rows, article_texts in articles:
        mine = [next(docs) for _ in article_texts]
        extracted = [doc.user_data["news_extract"] for doc in mine]
        speech = [chunk.pop("speech") for chunk in extracted]  # read by the quote pass only
        out.append(
            (docbin, rows, DocBin(store_user_data=False, docs=mine).to_bytes(),
             _json(extracted), _json(speech))
        )  # fmt: skip
    return out


def _json(data) -> bytes:
    import json

    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def speech_path(rows: Path) -> Path:
    """Where an article's speech tokens are cached, beside its other rows."""
    return rows.with_name(rows.name.removesuffix(".json") + ".speech.json")


def preload_pipeline(model: str, gazetteer: Gazetteer) -> Language:
    """The extraction pipeline of this process, loaded once.

    Loaded before forking local workers, its weights are pages the workers share
    with this process instead of one copy each."""
    from helpers.parsing.model import load_pipeline

    key = (model, gazetteer.sha256)
    if key not in _WORKER_PIPELINES:
        _WORKER_PIPELINES[key] = load_pipeline(model, gazetteer, extract=True)
    return _WORKER_PIPELINES[key]


def release_pipelines() -> None:
    """Free the pipelines this process loaded for its workers."""
    _WORKER_PIPELINES.clear()


def parse_partition(articles, model: str, gazetteer: Gazetteer, batch_size: int):
    """Parse and extract a batch of articles in this process (a local or Dask worker),
    loading the pipeline once per process."""
    return parse_article_texts(preload_pipeline(model, gazetteer), list(articles), batch_size)


@contextmanager
def dask_client(scheduler_address: str | None, n_workers: int) -> Iterator:
    """A client of the cluster at ``scheduler_address``, or of a new LocalCluster."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - a pinned dependency
        raise EngineError("engine 'dask' needs dask and distributed: run `make env`.") from None
    if scheduler_address:
        try:
            client = Client(scheduler_address, timeout=CONNECT_TIMEOUT)
        except OSError as error:
            raise EngineError(
                f"No Dask scheduler answered at {scheduler_address} ({error}). Start one "
                "(`dask scheduler`, then `dask worker <address>` on each machine) or leave "
                "`scheduler_address` empty for a cluster on this machine."
            ) from None
        with client:
            yield client
        return
    workers = (os.cpu_count() or 1) if n_workers == -1 else n_workers
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=40,
        ) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        yield client


def parse_on_dask(
    todo: list[tuple[Path, Path, list[str]]],
    model: str,
    gazetteer: Gazetteer,
    batch_size: int,
    scheduler_address: str | None,
    n_workers: int,
    progress: bool = False,
) -> None:
    """Parse and extract ``(docbin_path, rows_path, texts)`` articles on a Dask cluster:
    workers send back DocBin and row bytes, written here to the parse cache."""
    import dask.bag as db
    from distributed import as_completed

    bag = db.from_sequence(todo, partition_size=ARTICLES_PER_PARTITION)
    parsed = bag.map_partitions(parse_partition, model, gazetteer, batch_size)
    with dask_client(scheduler_address, n_workers) as client:
        futures = client.compute(parsed.to_delayed())
        bar = tqdm(total=len(todo), desc="parsing (dask)", unit="article", disable=not progress)
        for future in as_completed(futures):
            for docbin, rows, parsed, extracted, speech in future.result():
                write_docbin(Path(docbin), parsed)
                write_docbin(speech_path(Path(rows)), speech)
                write_docbin(Path(rows), extracted)
                bar.update()
            future.release()  # the partition's bytes are on disk: free them on the cluster
        bar.close()
