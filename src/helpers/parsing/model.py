"""Loading the spaCy French pipeline with the gazetteer's EntityRuler."""

from __future__ import annotations

import hashlib

import spacy
from spacy.language import Language

from helpers.parsing.checks import MODELS  # noqa: E402,F401
from helpers.parsing.gazetteer import Gazetteer


class ModelError(ValueError):
    """The spaCy model asked for is not usable; the message says how to fix it."""


def load_pipeline(model: str, gazetteer: Gazetteer, extract: bool = False) -> Language:
    """The French pipeline with the gazetteer's EntityRulers around the NER.

    The study's entries are its story's actors: their ruler runs before ``ner``, so its
    spans are kept and the statistical model labels what is around them. The general
    gazetteer's ruler runs after ``ner`` and adds only what the model missed: imposed
    first, « France » would cut « Banque de France » or « Tour de France » in two.
    Every span, the model's included, is then resolved to its entry by
    ``helpers.entities.mentions``.
    """
    if model not in MODELS:
        raise ModelError(f"model {model!r} is not one of {', '.join(MODELS)}.")
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelError(
            f"The spaCy model {model} is not installed. It is a pinned dependency: run "
            "`make env` (or `pip install -e .`) to install it."
        ) from None
    study, general = gazetteer.ruler_patterns(), gazetteer.ruler_patterns(general=True)
    if study:  # an empty ruler only warns
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(study)
    if general:
        ruler = nlp.add_pipe(
            "entity_ruler", name="general_ruler", after="ner",
            config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False},
        )  # fmt: skip
        ruler.add_patterns(general)
    if extract:  # the extraction pass runs where the parse runs (helpers.parsing.extract)
        import helpers.parsing.extract  # noqa: F401  registers the component

        nlp.add_pipe("news_extract", last=True)
    return nlp


def pipeline_key(nlp: Language, gazetteer: Gazetteer) -> str:
    meta = nlp.meta
    parts = [
        meta["lang"] + "_" + meta["name"],
        meta["version"],
        spacy.__version__,
        gazetteer.sha256,
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]
