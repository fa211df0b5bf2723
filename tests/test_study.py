"""Study settings: read from the study file, or computed from the data and said so."""

import networkx as nx
import pandas as pd

from helpers.core.study import Study, load_study, locate_study
from helpers.entities.stage import _concordance_setting
from helpers.narratives.stage import _actor_setting
from helpers.network.stage import _evidence_setting
from helpers.parsing.gazetteer import Gazetteer, GazetteerEntry, merge_gazetteers

MENTIONS = pd.DataFrame({"entity": ["Régie", "Régie", "Préfecture", "Syndicat", "Préfecture",
                                    "Régie", "Amont"]})  # fmt: skip
ENTITIES = pd.DataFrame({"entity": ["Amont", "Préfecture", "Régie", "Syndicat"],
                         "n_mentions": [1, 2, 3, 1]})  # fmt: skip
EDGES = pd.DataFrame(
    {"source": ["Préfecture", "Amont", "Préfecture"], "target": ["Régie", "Régie", "Syndicat"],
     "count": [3, 1, 3], "weight": [0.2, 0.9, 0.5]}
)  # fmt: skip


def test_without_a_study_the_actors_are_the_most_mentioned_entities():
    setting = _actor_setting(Study(), MENTIONS, n_actors=2)
    assert setting.value == {"Régie": ["Régie"], "Préfecture": ["Préfecture"]}
    assert setting.source == "computed from the data" and not setting.warning


def test_study_actors_absent_from_the_corpus_are_warned_about():
    study = Study(actors={"Régie": ["Régie"], "Ministère": ["Ministère de l'Eau"]})
    setting = _actor_setting(study, MENTIONS, n_actors=5)
    assert setting.source == "study file"
    assert "Ministère" in setting.warning and "no entity in this corpus" in setting.warning


def test_concordance_defaults_to_the_most_mentioned_entity_and_warns_on_a_typo():
    assert _concordance_setting(Study(), ENTITIES).value == "Régie"
    typo = _concordance_setting(Study(concordance_entity="Regie"), ENTITIES)
    assert typo.value == "Regie" and "not an entity of this corpus" in typo.warning


def test_evidence_pair_is_the_backbone_edge_with_most_sentences_then_weight():
    spine = nx.Graph([("Préfecture", "Régie"), ("Préfecture", "Syndicat")])
    setting = _evidence_setting(Study(), EDGES, spine)
    assert setting.value == ["Préfecture", "Syndicat"]  # count ties at 3: weight decides
    missing = _evidence_setting(Study(evidence_pair=("X", "Y")), EDGES, spine)
    assert missing.value == ["Préfecture", "Syndicat"] and "is not an edge" in missing.warning


def test_study_file_is_found_beside_the_corpus_and_its_paths_are_relative(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "settings").mkdir(parents=True)
    (corpus / "settings" / "frames.yaml").write_text("frames: {a: {lemmas: [loi]}}\n")
    (corpus / "study.yaml").write_text(
        "concordance_entity: Régie\nevidence_pair: [A, B]\nframes: settings/frames.yaml\n"
    )
    study = load_study(locate_study(corpus))
    assert study.concordance_entity == "Régie" and study.evidence_pair == ("A", "B")
    assert study.frames == (corpus / "settings" / "frames.yaml").resolve()
    assert locate_study(tmp_path / "elsewhere") is None
    assert load_study(None) == Study()


def test_a_study_gazetteer_is_added_to_the_general_one_and_wins():
    general = Gazetteer(
        (GazetteerEntry("senat_fr", "Sénat", "ORG", ("Haute Assemblée",)),
         GazetteerEntry("onu", "ONU", "ORG", ("Nations unies",))), "g")  # fmt: skip
    study = Gazetteer((GazetteerEntry("senat_us", "Sénat américain", "ORG", ("Sénat",)),), "s")
    merged = merge_gazetteers(general, study)
    assert [e.id for e in merged.entries] == ["onu", "senat_us"]
    assert merged.lookup("Sénat").id == "senat_us"
    assert merge_gazetteers(general, None) is general
