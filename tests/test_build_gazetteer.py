"""The general gazetteer: rebuilt byte for byte from its sources, generic, QIDs sourced."""

import csv

import yaml

from helpers.parsing.build_gazetteer import SOURCES, TARGET, build
from helpers.parsing.gazetteer import gazetteer_for, gazetteer_snapshot
from tests.conftest import ROOT


def test_the_committed_gazetteer_is_what_its_sources_build():
    assert (ROOT / TARGET).read_text(encoding="utf-8") == build(ROOT)


def test_countries_come_from_cldr_with_french_and_english_names():
    general = gazetteer_for(None)
    assert general.lookup("United States").name == "États-Unis"
    assert general.lookup("Etats-Unis").wikidata == "Q30"
    assert general.lookup("Allemagne").label == "LOC"
    assert general.lookup("Américains") is None  # demonyms are not names


def test_no_ambiguous_word_names_one_body():
    general = gazetteer_for(None)
    for word in ["Sénat", "Gouvernement", "Parlement", "X", "Dominique", "Maurice", "Jordan"]:
        assert general.lookup(word) is None, word


def test_every_qid_comes_from_a_source():
    document = yaml.safe_load((ROOT / TARGET).read_text(encoding="utf-8"))
    curated = yaml.safe_load((ROOT / SOURCES / "curated.yaml").read_text(encoding="utf-8"))
    with open(ROOT / SOURCES / "country_wikidata.csv", encoding="utf-8") as handle:
        sourced = {row["wikidata"] for row in csv.DictReader(handle)}
    sourced |= {e["wikidata"] for e in curated["entities"] if e.get("wikidata")}
    assert {e["wikidata"] for e in document["entities"] if e.get("wikidata")} <= sourced
    assert gazetteer_snapshot() == document["snapshot"]
