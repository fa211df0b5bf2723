"""Parameter checks of the parsing parameters, shared by the stages that parse."""

from __future__ import annotations

from helpers.core.stage import Param
from helpers.parsing.engine import ENGINES
from helpers.parsing.model import MODELS


def _installed(model: str) -> str | None:
    import spacy.util

    if model in MODELS and not spacy.util.is_package(model):
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
