"""Frames, weighted log-odds, similarity and salience, with values computed by hand."""

import math

import pandas as pd
import pytest

from helpers.narratives.frames import Frame, FrameError, dominant_frames, load_frames, score_frames
from helpers.narratives.keyness import keyness, log_odds_z
from helpers.narratives.salience import salience
from helpers.narratives.similarity import most_similar, similarity_table
from tests.conftest import ROOT


def test_log_odds_by_hand():
    # y_i=10 of n_i=100, y_j=5 of n_j=200, alpha_w=1, alpha_0=10
    delta = math.log(11 / (100 + 10 - 10 - 1)) - math.log(6 / (200 + 10 - 5 - 1))
    expected = delta / math.sqrt(1 / 11 + 1 / 6)
    assert log_odds_z(10, 100, 5, 200, 1.0, 10.0) == pytest.approx(expected)
    assert log_odds_z(10, 100, 5, 200, 1.0, 10.0) == pytest.approx(
        2.6189, abs=1e-4
    )  # 1.32914 / 0.507519


def test_keyness_favours_what_an_article_uses_more():
    lemmas = pd.DataFrame(
        {"article_id": ["a"] * 6 + ["b"] * 6,
         "lemma": ["loi"] * 4 + ["marché"] * 2 + ["marché"] * 5 + ["loi"]}
    )  # fmt: skip
    table = keyness(lemmas, prior_strength=10, top=1).set_index("article_id")
    assert table.loc["a", "term"] == "loi" and table.loc["b", "term"] == "marché"
    assert table.loc["a", "zscore"] > 0 and table.loc["a", "count"] == 4


def test_frames_per_thousand_tokens_with_evidence():
    tokens = pd.DataFrame(
        {"article_id": ["a", "a"], "sentence_id": [0, 1], "n_words": [2, 2],
         "lemmas": ["loi voter", "sécurité nation"]}
    )  # fmt: skip
    sentences = pd.DataFrame(
        {"article_id": ["a", "a"], "sentence_id": [0, 1],
         "text": ["La loi est votée.", "La sécurité nationale d’abord."]}
    )  # fmt: skip
    frames = [
        Frame("law", "Law", frozenset({"loi"}), ()),
        Frame("security", "Security", frozenset({"sécurité"}), ("sécurité nationale",)),
    ]
    scores = score_frames(frames, tokens, sentences).set_index("frame")
    assert scores.loc["law", "per_1000_tokens"] == 250.0
    assert scores.loc["security", "n_hits"] == 2  # the lemma and the phrase
    assert scores.loc["security", "evidence"] == ["a/1"]
    # per dictionary entry, law (1 hit, 1 entry) and security (2 hits, 2 entries) tie
    assert scores.loc["law", "score"] == scores.loc["security", "score"]
    assert dominant_frames(scores.reset_index()).to_dict() == {"a": "law · security"}


def test_frame_scores_do_not_reward_long_word_lists():
    tokens = pd.DataFrame(
        {"article_id": ["a", "b"], "sentence_id": [0, 0], "n_words": [4, 2],
         "lemmas": ["loi juge marché prix", "soleil plage"]}
    )  # fmt: skip
    sentences = pd.DataFrame(
        {"article_id": ["a", "b"], "sentence_id": [0, 0], "text": ["…", "…"]}
    )  # fmt: skip
    long_list = frozenset({"marché", "prix", "vente", "achat", "client", "produit"})
    frames = [
        Frame("economy", "Economy", long_list, ()),
        Frame("law", "Law", frozenset({"loi", "juge"}), ()),
    ]
    scores = score_frames(frames, tokens, sentences)
    dominant = dominant_frames(scores).to_dict()
    # two hits each, but two of the law frame's two words against two of six
    assert dominant == {"a": "law"}
    assert "b" not in dominant  # no frame word at all: no dominant frame


def test_shipped_frame_dictionary_loads_and_bad_ones_are_explained(tmp_path):
    frames = load_frames(ROOT / "data" / "frames.yaml")
    assert len(frames) >= 6
    bad = tmp_path / "f.yaml"
    bad.write_text("frames:\n  empty: {label: Rien}\n")
    with pytest.raises(FrameError, match="needs `lemmas` or `phrases`"):
        load_frames(bad)


def test_similarity_pairs_and_nearest():
    lemmas = pd.DataFrame(
        {"article_id": ["a", "a", "b", "b", "c", "c"],
         "lemma": ["loi", "vote", "loi", "vote", "marché", "prix"]}
    )  # fmt: skip
    mentions = pd.DataFrame({"article_id": ["a", "b", "c"], "entity": ["X", "X", "Y"]})
    table, _, ids = similarity_table(lemmas, mentions)
    assert ids == ["a", "b", "c"]
    pairs = table.set_index(["article_a", "article_b"])
    assert pairs.loc[("a", "b"), "tfidf_cosine"] == pytest.approx(1.0)
    assert pairs.loc[("a", "c"), "entity_jaccard"] == 0.0
    assert most_similar(table)["a"] == "b"


def test_salience_share_position_and_lead():
    paragraphs = pd.DataFrame(
        {"article_id": ["a", "a"], "paragraph_id": [0, 1], "text": ["Amazon ici.", "TikTok là."]}
    )
    mentions = pd.DataFrame(
        {"article_id": ["a", "a"], "paragraph_id": [0, 1], "start_char": [0, 0],
         "end_char": [6, 6], "text": ["Amazon", "TikTok"], "entity": ["Amazon", "TikTok"]}
    )  # fmt: skip
    articles = pd.DataFrame({"article_id": ["a"], "title": ["Le pari de TikTok"]})
    table = salience(mentions, paragraphs, articles).set_index("entity")
    assert table.loc["Amazon", "share"] == 0.5
    assert table.loc["TikTok", "first_position"] == pytest.approx(12 / 23)
    assert table["in_lead"].tolist() == [True, True]  # lead paragraph; title


def test_general_frame_dictionary_covers_the_policy_frames_codebook():
    import yaml

    frames = yaml.safe_load((ROOT / "data" / "frames.yaml").read_text(encoding="utf-8"))["frames"]
    assert len(frames) == 14  # Boydstun et al. 2014
    lemmas = [lemma for frame in frames.values() for lemma in frame["lemmas"]]
    assert len(lemmas) == len(set(lemmas)), "a lemma belongs to one frame only"
    nationality = {"américain", "chinois", "français", "étranger", "européen", "allemand",
                   "russe", "britannique", "africain", "asiatique"}  # fmt: skip
    assert not nationality & set(lemmas), "nationality alone does not make a frame"
    assert all(frame.get("description") for frame in frames.values())


def test_lemmatiser_debris_falls_back_to_the_written_word_or_is_dropped(pipeline):
    from helpers.parsing.extract import content_word

    nlp, _ = pipeline
    doc = nlp.make_doc("Le syndicat plafonne les hausses et vise xqzvbt en décembre.")
    doc[2].lemma_ = "plafonn"  # a truncated lemma: not a word, the written form is one
    doc[6].lemma_ = "viser"
    doc[7].lemma_ = "xqzvbt"  # neither lemma nor form is a word
    assert content_word(doc[2]) == "plafonne"
    assert content_word(doc[6]) == "viser"
    assert content_word(doc[7]) == ""


def test_month_and_weekday_names_are_left_out_of_the_lemma_counts():
    from helpers.narratives.lexicon import without_calendar_words

    counts = pd.DataFrame(
        {"article_id": ["a"] * 4, "lemma": ["grève", "décembre", "lundi", "mairie"],
         "count": [3, 2, 1, 1]}
    )  # fmt: skip
    kept, dropped = without_calendar_words(counts, "fr")
    assert kept["lemma"].tolist() == ["grève", "mairie"]
    assert dropped == ["décembre", "lundi"]


def test_similarity_is_read_against_the_median_pair():
    from helpers.narratives.readings import _similarity

    similar = pd.DataFrame(
        {"article_a": ["a", "a", "b"], "article_b": ["b", "c", "c"],
         "tfidf_cosine": [0.9, 0.2, 0.3], "entity_jaccard": [0.1, 0.5, 0.4]}
    )  # fmt: skip
    found = _similarity(similar)
    assert found["closest_words"] == ["a", "b"] and found["median_cosine"] == pytest.approx(0.3)
    assert found["closest_cast"] == ["a", "c"] and found["median_jaccard"] == pytest.approx(0.4)


def test_word_tally_keeps_counts_lengths_and_only_the_frame_sentences():
    from helpers.narratives.lexicon import WordTally

    tally = WordTally(keep={"grève", "salaire"})
    tally.add("a", [(0, 5, "le syndicat appeler à grève", "syndicat appeler grève"),
                    (1, 3, "il pleuvoir beaucoup", "pleuvoir")])  # fmt: skip
    tally.add("b", [(0, 4, "le salaire de grève", "salaire grève")])
    assert tally.words_per_article().to_dict() == {"a": 8, "b": 4}
    assert tally.frame_sentences()[["article_id", "sentence_id", "lemmas"]].values.tolist() == [
        ["a", 0, "grève"], ["b", 0, "salaire grève"]
    ]  # fmt: skip
    counts = tally.lemma_counts()
    assert counts[counts["article_id"] == "a"]["lemma"].tolist() == [
        "appeler", "grève", "pleuvoir", "syndicat"
    ]  # fmt: skip


def test_the_gender_reading_says_unknown_when_no_speaker_has_a_cue():
    from helpers.narratives.readings import gender_reading

    none_known = gender_reading({"voices": {"gender_words": {"unknown": 120}}})
    assert "unknown 100 %" in none_known and "not balanced" in none_known
    assert "minority" not in none_known
    some_known = gender_reading({"voices": {"gender_words": {"female": 20, "unknown": 100}}})
    assert "minority of the quoted words" in some_known


def test_the_salience_reading_names_articles_whose_focus_is_shared():
    from helpers.narratives.readings import _salience, salience_reading

    table = pd.DataFrame(
        {"article_id": ["a", "a", "b", "b"], "entity": ["Amazon", "TikTok", "Shein", "Temu"],
         "share": [0.32, 0.30, 0.50, 0.20], "in_lead": ["true", "false", "true", "false"]}
    )  # fmt: skip
    text = salience_reading({"salience": _salience(table), "n_articles": 2, "labels": {}})
    assert "In 1 article the next entity is within a tenth of the leader" in text
    assert "a: **Amazon** 32%, **TikTok** 30%" in text and "Temu 20" not in text


def test_the_similarity_reading_says_when_the_dendrogram_shows_no_group():
    from helpers.narratives.readings import similarity_reading

    def reading(cosine):
        s = {"closest_words": ["a", "b"], "max_cosine": cosine, "median_cosine": 0.2,
             "closest_cast": ["a", "b"], "max_jaccard": 0.3, "median_jaccard": 0.2}  # fmt: skip
        return similarity_reading({"similarity": s, "labels": {}})

    assert "the dendrogram's first join is at 0.72" in reading(0.28)
    assert "dendrogram" not in reading(0.91)
