"""Agent–verb–patient rules on small French sentences."""

import pandas as pd

from helpers.narratives.roles import actor_roles, triples


def triples_of(analyse, *texts):
    _, rows, mentions, _ = analyse(*texts)
    table = triples(rows, mentions)
    return list(zip(table["agent"], table["verb"], table["patient"], table["negated"], strict=True))


def test_active_voice_and_multiword_names(analyse):
    assert triples_of(analyse, "Le président Joe Biden a signé la loi.") == [
        ("Joe Biden", "signer", "loi", False)
    ]


def test_passive_with_par(analyse):
    assert triples_of(analyse, "La loi a été signée par le président Joe Biden.") == [
        ("Joe Biden", "signer", "loi", False)
    ]


def test_participle_detenu_par(analyse):
    found = triples_of(analyse, "Le réseau social détenu par ByteDance inquiète Washington.")
    assert ("ByteDance", "détenir", "réseau", False) in found


def test_negation_is_flagged(analyse):
    assert triples_of(analyse, "TikTok n’a pas vendu ses activités.") == [
        ("TikTok", "vendre", "activité", True)
    ]


def test_relative_pronoun_takes_its_antecedent(analyse):
    found = triples_of(analyse, "Amazon, qui domine le commerce, achète des publicités.")
    assert ("Amazon", "dominer", "commerce", False) in found


def test_actor_roles_count_agent_and_patient():
    svo = pd.DataFrame(
        {"article_id": ["a", "a", "a"], "sentence_id": [0, 1, 2],
         "agent": ["TikTok", "Joe Biden", "TikTok"], "verb": ["lancer", "interdire", "lancer"],
         "patient": ["boutique", "TikTok", ""], "negated": [False, False, False]}
    )  # fmt: skip
    roles = actor_roles(svo, {"TikTok": ["TikTok"], "US": ["Joe Biden"]}).set_index("actor")
    assert roles.loc["TikTok", ["as_agent", "as_patient"]].tolist() == [2, 1]
    assert roles.loc["TikTok", "agent_verbs"] == "lancer"
    assert roles.loc["US", "patient_verbs"] == ""


def test_one_pass_gives_word_counts_and_triples(analyse):
    from helpers.narratives.lexicon import WordTally
    from helpers.narratives.roles import words_and_triples

    _, rows, mentions, _ = analyse(
        "Le président Joe Biden a signé la loi.", "ByteDance ne vendra pas TikTok à Oracle."
    )
    tally = WordTally(keep={"loi"})
    svo = words_and_triples(rows, mentions, tally)
    pd.testing.assert_frame_equal(svo, triples(rows, mentions))
    assert len(svo) == 2
    counts = tally.lemma_counts()
    assert {"président", "signer", "loi"} <= set(counts["lemma"])
    assert tally.frame_sentences()["sentence_id"].tolist() == [0]  # numbered through the article
    assert tally.words_per_article().sum() == 15  # every word of both paragraphs, once
