"""The Dask engine: the same tables as the local engine, and clear errors."""

import pytest

from helpers.core.paths import CACHE_ENV
from helpers.parsing.engine import EngineError, dask_client
from helpers.pipeline.run import MANIFEST, execute
from tests.conftest import ROOT, SHIPPED_CORPUS


def _results(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for part in ("data/processed", "figures")
        for p in sorted((folder / part).rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


@pytest.mark.slow
def test_the_dask_engine_gives_the_committed_local_results_byte_for_byte(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(cache))  # empty: every article is parsed on the cluster
    out = execute(corpus=str(SHIPPED_CORPUS), out=str(tmp_path / "dask"),
                  overrides={"engine": "dask"})  # fmt: skip
    # one DocBin per article, and one per annotated text of the study's evaluation
    assert len(list(cache.rglob("*.spacy"))) > len(list(SHIPPED_CORPUS.glob("*.txt")))
    dask, local = _results(out), _results(ROOT)
    assert set(dask) == set(local) and len(dask) > 30
    assert sorted(name for name in dask if dask[name] != local[name]) == []


def test_an_unreachable_scheduler_says_what_to_do(monkeypatch):
    monkeypatch.setattr("helpers.parsing.engine.CONNECT_TIMEOUT", "2s")
    with pytest.raises(EngineError, match="No Dask scheduler answered at tcp://127.0.0.1:9"):
        with dask_client("tcp://127.0.0.1:9", n_workers=1):
            pass
