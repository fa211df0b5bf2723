"""The extraction pass gives the same rows in one process and in worker processes."""

import pandas as pd
import pytest

import helpers.parsing.rows as rows_module
from helpers.parsing.gazetteer import gazetteer_for
from helpers.parsing.rows import article_rows

pytestmark = pytest.mark.slow

PARAGRAPHS = pd.DataFrame(
    {"article_id": ["a", "a", "b", "c"], "paragraph_id": [0, 1, 0, 0],
     "text": ["« Nous irons au bout », a déclaré Marie Dupont, maire de Lyon.",
              "La Région Bretagne a voté le budget de l’Office national des forêts (ONF).",
              "Le syndicat Force ouvrière appelle à la grève.",
              "Selon Paul Martin, la préfecture de l’Ain a été prévenue lundi."]}
)  # fmt: skip


def _rows(cache, n_process):
    found = article_rows(
        PARAGRAPHS, gazetteer_for(None), cache, model="fr_core_news_sm", n_process=n_process
    )
    return [vars(article) for article in found]


def test_worker_processes_give_the_rows_of_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(rows_module, "ARTICLES_PER_PARTITION", 1)  # one article per batch
    single = _rows(tmp_path / "one", 1)
    monkeypatch.setattr(rows_module, "MIN_TEXTS_FOR_PROCESSES", 0)  # workers even for 4 texts
    assert _rows(tmp_path / "two", 2) == single
    files = sorted(p.name for p in (tmp_path / "two").rglob("*") if p.is_file())
    assert len(files) == 9  # a DocBin, its rows and its speech tokens per article


def test_a_pass_builds_only_the_parts_it_reads(tmp_path):
    cache = tmp_path / "cache"
    everything = _rows(cache, 1)
    assert everything[0]["speech"] and everything[0]["candidates"]  # all parts by default
    found = article_rows(
        PARAGRAPHS, gazetteer_for(None), cache, model="fr_core_news_sm", parts=("speech",)
    )
    speech_only = [vars(article) for article in found]
    assert [a["speech"] for a in speech_only] == [a["speech"] for a in everything]
    assert not any(a["candidates"] or a["sentences"] or a["lemmas"] for a in speech_only)
    with pytest.raises(ValueError, match="unknown parts"):
        next(article_rows(PARAGRAPHS, gazetteer_for(None), cache, model="fr_core_news_sm",
                          parts=("tokens",)))  # fmt: skip
