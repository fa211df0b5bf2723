"""The pipeline on a corpus of another story, with no study file: nothing in the rendered
notebooks may come from the shipped corpus, and every setting is chosen from the data."""

import json
import re

import nbformat
import pandas as pd
import pytest

from helpers.pipeline.run import execute
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
# two invented corpora on other stories: a port strike, and a drought and irrigation dispute
FIXTURES = [ROOT / "tests" / "fixtures" / name for name in ("harbour_story", "other_story")]
MIN_NAME = 3  # a one- or two-letter entity (an initial) cannot be told from ordinary text


@pytest.fixture(scope="module", params=FIXTURES, ids=lambda p: p.name)
def other_run(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param.name) / "out"
    execute(corpus=str(request.param), out=str(out), overrides={"n_bootstrap": 20})
    return out


def _rendered_text(notebook) -> str:
    """Markdown cells and every text output of an executed notebook."""
    parts = []
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type == "markdown":
            parts.append(cell.source)
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            for kind, value in output.get("data", {}).items():
                if kind.startswith("text/"):
                    parts.append(value if isinstance(value, str) else "".join(value))
    return "\n".join(parts)


def test_no_statement_about_the_shipped_corpus_survives(other_run):
    shipped = pd.read_csv(ROOT / "data/processed/entities.csv", keep_default_na=False)
    names = sorted(n for n in shipped["entity"] if len(n) >= MIN_NAME)
    ids = sorted(pd.read_csv(ROOT / "data/processed/articles.csv", dtype=str)["article_id"])
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names + ids)) + r")(?!\w)")
    notebooks = sorted((other_run / "notebooks").glob("*.ipynb"))
    assert len(notebooks) == 4
    for notebook in notebooks:
        found = sorted(set(pattern.findall(_rendered_text(notebook))))
        assert found == [], f"{notebook.name} speaks of the shipped corpus: {found}"


def test_settings_are_chosen_from_this_corpus_and_said(other_run):
    processed = other_run / "data" / "processed"
    entities = set(pd.read_csv(processed / "entities.csv", keep_default_na=False)["entity"])
    edges = pd.read_csv(processed / "edges.csv", keep_default_na=False)
    settings = {}
    for stage in ("entities", "network", "narratives"):
        settings |= json.loads((processed / "findings" / f"{stage}.json").read_text())["settings"]
    assert settings["concordance_entity"]["source"] == "computed from the data"
    assert settings["concordance_entity"]["value"] in entities
    actors = settings["actors"]
    assert actors["source"] == "computed from the data"
    assert set(actors["value"]) <= entities and len(actors["value"]) == 5
    pair = settings["evidence_pair"]["value"]
    assert settings["evidence_pair"]["source"] == "computed from the data"
    assert ((edges["source"] == pair[0]) & (edges["target"] == pair[1])).any()
    assert settings["frames"]["source"].startswith("general dictionary")
    text = _rendered_text(other_run / "notebooks" / "04-narratives.ipynb")
    assert "computed from the data" in text and "Study settings used here" in text
