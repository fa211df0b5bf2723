"""Each canonicalisation rule on small French sentences, and the stage on the corpus."""

from pathlib import Path

import pandas as pd
import pytest
import spacy

from helpers.entities.evaluation import (
    evaluation_table,
    load_gold,
    locate,
    pipeline_spans,
    raw_spacy_spans,
    score,
)
from helpers.entities.mentions import concordance, entity_table, find_mentions
from helpers.parsing.gazetteer import GazetteerError, gazetteer_for, load_gazetteer
from helpers.parsing.nlp import load_pipeline, split_long_text
from helpers.parsing.rows import article_rows, rows_of_texts
from tests.conftest import ROOT

GAZETTEER = load_gazetteer(ROOT / "data" / "raw" / "study" / "gazetteer.yaml")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("fr_core_news_md", GAZETTEER)


def run(nlp, *paragraphs: str, article_id: str = "a"):
    rows = [rows_of_texts(nlp, article_id, list(paragraphs))]
    mentions, sentences, dropped = find_mentions(rows, GAZETTEER)
    return mentions, sentences, dropped


def entities_of(mentions) -> dict[str, str]:
    return dict(zip(mentions["text"], mentions["entity"], strict=True))


def test_determiners_and_elisions_are_trimmed(nlp):
    mentions, _, _ = run(nlp, "Il pense qu’Amazon achètera la société de Jean Dupont en Italie.")
    assert "qu’Amazon" not in set(mentions["text"])
    assert {"Amazon", "Jean Dupont"} <= set(mentions["text"])


def test_capitalised_article_of_a_name_is_kept(nlp):
    mentions, _, _ = run(nlp, "Les marques comme L’Oréal investissent.")
    assert "L’Oréal" in set(mentions["text"])


def test_surname_resolves_to_the_full_name(nlp):
    mentions, _, _ = run(
        nlp,
        "Le ministre Bruno Lemaire a rencontré des industriels à Lyon.",
        "Selon Lemaire, la réforme sera votée en juin.",
    )
    assert entities_of(mentions)["Lemaire"] == "Bruno Lemaire"


def test_acronym_resolves_to_its_expansion(nlp):
    mentions, _, _ = run(
        nlp,
        "La Commission nationale de l’informatique et des libertés (CNIL) a sanctionné Criteo.",
    )
    names = entities_of(mentions)
    assert names["CNIL"] == "Commission nationale de l’informatique et des libertés"


def test_gazetteer_alias_and_label_win(nlp):
    mentions, _, _ = run(nlp, "Au pays de l’Oncle Sam, ByteDance inquiète le WSJ.")
    names = entities_of(mentions)
    assert names["Oncle Sam"] == "États-Unis"
    assert names["WSJ"] == "Wall Street Journal"
    assert mentions.set_index("text").loc["ByteDance", "label"] == "ORG"
    assert set(mentions["source"]) == {"gazetteer"}


def test_modifier_is_dropped_when_the_bare_name_is_known(nlp):
    mentions, _, _ = run(nlp, "Le Parlement a voté.", "Le Parlement européen a ensuite voté.")
    assert set(mentions["entity"]) == {"Parlement"}


def test_one_label_per_entity(nlp):
    mentions, _, _ = run(nlp, "Shein vend en ligne.", "La croissance de Shein inquiète.")
    assert mentions.groupby("entity")["label"].nunique().max() == 1


def test_junk_is_dropped_with_a_reason(nlp):
    mentions, _, dropped = run(
        nlp,
        "Modification de la gouvernance au sein de TikTok.",
        "Les Américains utilisent les applications américaines et le cloud.",
    )
    assert "Modification" not in set(mentions["text"])
    assert "Américains" not in set(mentions["text"])
    assert set(dropped["reason"]) <= {"common_word", "demonym", "no_capital", "quote", "too_short"}


def test_mentions_keep_their_provenance(nlp):
    text = "Premier paragraphe sans nom. TikTok répond. Puis Amazon."
    mentions, sentences, _ = run(nlp, "Intro.", text)
    row = mentions[mentions["text"] == "Amazon"].iloc[0]
    assert (row.paragraph_id, text[row.start_char : row.end_char]) == (1, "Amazon")
    sentence = sentences.set_index("sentence_id").loc[row.sentence_id]
    assert sentence.paragraph_id == 1 and "Amazon" in sentence.text


def test_propagation_adds_missed_occurrences(nlp):
    mentions, _, _ = run(nlp, "Roee Zelcer a parlé.", "Plus tard, Roee Zelcer a répété.")
    assert (mentions["entity"] == "Roee Zelcer").sum() == 2


def test_concordance_shows_every_sentence(nlp):
    mentions, sentences, _ = run(nlp, "Amazon vend. TikTok aussi.", "Puis Amazon achète.")
    kwic = concordance("Amazon", mentions, sentences)
    assert kwic["mention"].tolist() == ["Amazon", "Amazon"]
    assert kwic["right"].tolist() == [" vend.", " achète."]


def test_long_paragraphs_are_cut_at_sentence_ends():
    text = "Une phrase assez longue. " * 10
    chunks = split_long_text(text.strip(), 60)
    assert all(len(c) <= 60 for _, c in chunks)
    assert all(text[o : o + len(c)] == c for o, c in chunks)


def test_cache_gives_the_same_mentions_and_is_reused(nlp, tmp_path):
    paragraphs = pd.DataFrame(
        {"article_id": ["a", "a"], "paragraph_id": [0, 1],
         "text": ["ByteDance et Amazon.", "Le président Joe Biden parle."]}
    )  # fmt: skip

    def mentions():
        rows = article_rows(paragraphs, GAZETTEER, tmp_path, model="fr_core_news_md")
        return find_mentions(rows, GAZETTEER)[0]

    first = mentions()
    cached = sorted(tmp_path.rglob("*.spacy")) + sorted(tmp_path.rglob("*.json"))
    assert len(cached) == 3  # the parse, its extracted rows and its speech tokens
    mtimes = [path.stat().st_mtime_ns for path in cached]
    pd.testing.assert_frame_equal(first, mentions())
    assert [path.stat().st_mtime_ns for path in cached] == mtimes
    # other extraction code: the rows are rebuilt from the cached parse, not parsed again
    cached[1].unlink()
    pd.testing.assert_frame_equal(first, mentions())
    assert cached[0].stat().st_mtime_ns == mtimes[0] and cached[1].is_file()


def test_extraction_in_the_pipeline_equals_extraction_from_a_cached_parse(nlp):
    from spacy.tokens import DocBin

    import helpers.parsing.extract  # noqa: F401  registers the component
    from helpers.parsing.extract import extract_doc

    texts = ["« Nous irons au bout », a déclaré Marie Dupont, la maire de Lyon.",
             "L’Office national des forêts (ONF) n’a pas répondu à la Région."]  # fmt: skip
    nlp.add_pipe("news_extract", last=True)
    try:
        docs = list(nlp.pipe(texts))
    finally:
        nlp.remove_pipe("news_extract")
    blank = spacy.blank("fr").vocab
    stored = DocBin(store_user_data=False, docs=docs).to_bytes()
    for doc, again in zip(docs, DocBin().from_bytes(stored).get_docs(blank), strict=True):
        assert doc.user_data["news_extract"] == extract_doc(again)


def test_malformed_gazetteer_says_what_to_fix(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("entities:\n  - {id: a, name: A, label: COMPANY}\n")
    with pytest.raises(GazetteerError, match="label 'COMPANY' must be one of"):
        load_gazetteer(path)
    path.write_text(
        "entities:\n  - {id: a, name: A, label: ORG}\n  - {id: b, name: A, label: ORG}\n"
    )
    with pytest.raises(GazetteerError, match="already an alias"):
        load_gazetteer(path)
    with pytest.raises(GazetteerError, match="does not exist"):
        load_gazetteer(Path(tmp_path / "none.yaml"))


def test_scores_by_hand():
    gold = {(0, 4, "ORG"), (10, 15, "PER"), (20, 25, "LOC")}
    predicted = {(0, 4, "ORG"), (10, 15, "ORG"), (30, 33, "MISC")}
    result = score(predicted, gold)
    assert (result["precision"], result["recall"], result["label_accuracy"]) == (2 / 3, 2 / 3, 0.5)
    assert locate("A et B et A", [["A", "X"], ["A", "X"]]) == ((0, 1, "X"), (10, 11, "X"))


def test_quality_against_hand_annotations(tmp_path, monkeypatch):
    """Thresholds: the bare model scores F1 83 on WikiNER; with the gazetteer, in-domain
    paragraphs must reach 0.9 precision and recall. On the unseen text the pipeline must keep
    at least the bare model's recall and 0.8 precision (a few dozen mentions: one error
    moves a score by several points, so the margin is wide)."""
    paragraphs = pd.read_csv(ROOT / "data/processed/paragraphs.csv")
    gold = load_gold(ROOT / "data/raw/study/annotations.yaml", paragraphs)
    scores = evaluation_table(
        gold,
        {"pipeline": pipeline_spans(gold, GAZETTEER, tmp_path, "fr_core_news_md"),
         "bare": raw_spacy_spans(gold, "fr_core_news_md", tmp_path)},
    ).set_index(["system", "texts"])  # fmt: skip
    monkeypatch.setattr(spacy, "load", lambda *a, **k: pytest.fail("a cached rerun loads a model"))
    again = raw_spacy_spans(gold, "fr_core_news_md", tmp_path)
    assert again == raw_spacy_spans(gold, "fr_core_news_md", tmp_path) and len(again) == len(gold)
    assert scores.loc[("pipeline", "corpus"), "precision"] >= 0.9
    assert scores.loc[("pipeline", "corpus"), "recall"] >= 0.9
    assert scores.loc[("pipeline", "unseen"), "precision"] >= 0.8
    assert scores.loc[("pipeline", "unseen"), "recall"] >= scores.loc[("bare", "unseen"), "recall"]


def test_shipped_corpus_entities_are_what_a_reader_lists():
    mentions = pd.read_csv(ROOT / "data/processed/mentions.csv", keep_default_na=False)
    entities = entity_table(mentions.assign(gazetteer_id=""), GAZETTEER).set_index("entity")
    for junk in ["Américains", "Modification", "Loi", "Fermeture", "Abonnez", "Likez Forbes"]:
        assert junk not in entities.index
    assert not any(e.startswith(("la ", "l’", "qu’", "d’")) for e in entities.index)
    for merged in ["Trump", "Biden", "WSJ", "Little Red Book", "Oncle Sam", "Congrès"]:
        assert merged not in entities.index
    labels = entities["label"].to_dict()
    assert labels["ByteDance"] == labels["Shein"] == labels["Etsy"] == labels["Temu"] == "ORG"
    assert labels["Donald Trump"] == "PER" and labels["États-Unis"] == "LOC"
    assert "JD.com" in entities.index
    assert mentions.groupby("entity")["label"].nunique().max() == 1


def test_a_misc_span_opening_a_sentence_with_a_function_word_is_junk():
    from helpers.entities.mentions import Candidate, junk_reason

    def candidate(text, label="MISC", initial=True):
        return Candidate(
            article_id="a", paragraph_id=0, sentence_id=0, start_char=0, end_char=len(text),
            text=text, model_label=label, source="model", gazetteer_id="",
            n_tokens=len(text.split()), single_pos="", sentence_initial=initial,
            first_lower=text.split()[0].lower(), head_text=text,
        )  # fmt: skip

    assert junk_reason(candidate("En mai"), set()) == "sentence_opening"
    assert junk_reason(candidate("Il est clair"), set()) == "sentence_opening"
    assert junk_reason(candidate("En Marche", label="ORG"), set()) is None
    assert junk_reason(candidate("Black Business Accelerator"), set()) is None
    assert junk_reason(candidate("De plus", initial=False), set()) is None


def test_a_first_name_alone_resolves_to_the_one_person_who_bears_it(nlp):
    mentions, _, _ = run(
        nlp,
        "Les brebis de Cédric Pucheu ont été attaquées dans la nuit.",
        "« Elles couraient vers la cabane », explique Cédric.",
    )
    assert entities_of(mentions)["Cédric"] == "Cédric Pucheu"


def test_a_name_shortened_by_its_middle_name_or_its_surname_is_the_same_person(nlp):
    mentions, _, _ = run(
        nlp,
        "La militante Awa Belinda Traoré a ouvert un refuge à Bamako.",
        "« Les enfants arrivent chaque semaine », a expliqué Awa Traoré.",
    )
    assert entities_of(mentions)["Awa Traoré"] == "Awa Belinda Traoré"
    mentions, _, _ = run(
        nlp,
        "Le designer Karim Nour Haddad présente ses lampes à Lyon.",
        "« Tout est fait main », assure Karim Nour devant son stand.",
    )
    assert entities_of(mentions)["Karim Nour"] == "Karim Nour Haddad"


def test_an_honorific_glued_to_the_name_is_cut(nlp):
    mentions, _, _ = run(
        nlp,
        "Le ministre des Finances, Rachid Belkacemi, a présenté le budget.",
        "M.Belkacemi a ajouté que la dette baissera.",
    )
    assert "M.Belkacemi" not in set(mentions["text"])
    assert entities_of(mentions)["Belkacemi"] == "Rachid Belkacemi"


def test_a_full_name_run_on_into_where_the_person_is_from_is_cut(nlp):
    mentions, _, _ = run(
        nlp,
        "Les producteurs de Saint-Stanislas ont récolté peu de sirop.",
        "« C'est la pire saison », dit Denis Bédard de Saint-Stanislas.",
    )
    assert {"Denis Bédard", "Saint-Stanislas"} <= set(mentions["entity"])
    assert "Denis Bédard de Saint-Stanislas" not in set(mentions["entity"])
    mentions, _, _ = run(nlp, "Le château appartient à Catherine Sarlandie de la Robertie.")
    assert "Catherine Sarlandie de la Robertie" in set(mentions["entity"])  # a particle
    mentions, _, _ = run(nlp, "Le discours de Charles de Gaulle a marqué Londres.")
    assert "Charles de Gaulle" in set(mentions["entity"])


def test_a_double_surname_the_model_cuts_at_its_hyphen_is_kept_whole(nlp):
    mentions, _, _ = run(
        nlp,
        "Un conseil mieux outillé servirait l’opposition, croit Julie Lefort-Vallée, de Granby.",
        "Mme Lefort-Vallée répondait ainsi à Stéphane Gendron, ancien maire et chroniqueur.",
    )
    assert "Lefort" not in set(mentions["text"])
    assert entities_of(mentions)["Lefort-Vallée"] == "Julie Lefort-Vallée"


def test_a_union_on_a_staff_body_is_the_union(nlp):
    from helpers.entities.kinds import is_staff_body, staff_body_cut

    assert staff_body_cut("FO du CSE") == len("FO")
    assert staff_body_cut("Unsa du comité d’entreprise") == len("Unsa")
    assert staff_body_cut("CSE") == 0 and is_staff_body("CSE")
    mentions, _, _ = run(
        nlp, "« Nous refusons ce plan », a déclaré Paul Marchand, délégué CGT du CSE de l’usine."
    )
    assert "CGT du CSE" not in set(mentions["entity"])
    assert "CGT" in set(mentions["entity"])


def test_statues_and_buildings_are_places(nlp):
    from helpers.entities.canonical import monument_before

    assert monument_before("ils se sont assis au pied de la statue de la ", False) == len(
        "statue de la "
    )
    assert monument_before("une gerbe devant la statue de ", True) == 0  # it shows a person
    assert monument_before("une réunion à l’édifice ", True) == len("édifice ")
    mentions, _, _ = run(
        nlp,
        "Les manifestants se sont retrouvés au pied de la statue de la Liberté, à Lyon.",
        "Le maire est arrivé à l’édifice Paul-Martel, qui abrite son cabinet.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("statue de la Liberté") == "LOC"
    assert labels.get("édifice Paul-Martel") == "LOC"


def test_a_nationality_before_a_name_is_no_entity(nlp):
    from helpers.entities.kinds import is_demonym

    assert is_demonym("Suédoise") and is_demonym("Grecques") and is_demonym("Sud-Africains")
    assert not is_demonym("Corse") and not is_demonym("Martin")
    assert is_demonym("Bretonne") and is_demonym("Fribourgeois")  # a region's, a canton's
    mentions, _, _ = run(
        nlp,
        "Le sprint a été remporté par le Norvégien Lars Ekberg devant la Suissesse Anna Roth.",
        "La course a été remportée par la Slovène Petra Horvat Kos, devant les Polonais.",
    )
    entities = set(mentions["entity"])
    assert (
        not {"Norvégien", "Suissesse", "Slovène", "Polonais", "Slovène Petra Horvat Kos"} & entities
    )
    assert "Petra Horvat Kos" in entities and "Lars Ekberg" in entities


def test_a_bare_subject_is_a_name_and_a_weekday_a_date(nlp):
    mentions, _, dropped = run(
        nlp,
        "Josiane elle aussi habite dans la rue depuis vingt ans.",
        "Vendredi, la mairie a fermé la salle. Fermeture de la route départementale.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("Josiane") == "PER"
    assert "Vendredi" not in labels and "Fermeture" not in labels


def test_a_short_form_of_a_name_given_whole_is_that_name(nlp):
    mentions, _, _ = run(
        nlp,
        "Les salariés de la Coopérative laitière du Haut-Jura ont voté la grève.",
        "La Coopérative laitière emploie trois cents personnes dans le département.",
    )
    names = entities_of(mentions)
    assert names.get("Coopérative laitière") == "Coopérative laitière du Haut-Jura"


def test_a_body_s_local_branch_and_a_saint_s_town_get_their_kind(nlp):
    mentions, _, _ = run(
        nlp,
        "L’Agence nationale des fréquences a mesuré les ondes près de l’école.",
        "Le responsable de l’ANF Bretagne, Paul Morin, habite à Saint-Quay.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("ANF Bretagne") == "ORG"
    assert labels.get("Saint-Quay") == "LOC"
    from helpers.entities.kinds import is_saint_place

    assert is_saint_place("Sainte-Luce") and not is_saint_place("Saint Paul")


def test_a_town_standing_for_its_club_in_a_sports_report(nlp):
    mentions, _, _ = run(
        nlp,
        "L’entraîneur Marc Girard (Lorient) a salué le match de ses joueurs.",
        "Le classement reste serré après la victoire contre Vannes.",
        "Lorient recevra samedi le club voisin.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("Lorient (club)") == "ORG" and labels.get("Vannes (club)") == "ORG"
    mentions, _, _ = run(nlp, "Le maire de Lorient (Morbihan) a inauguré la médiathèque.")
    assert "Morbihan (club)" not in set(mentions["entity"])


def test_paired_adjectives_stay_in_the_name_and_centuries_are_no_entities(nlp):
    mentions, _, dropped = run(
        nlp,
        "Le Salon nautique et aéronautique de Brest ouvrira ses portes en juin.",
        "La ferme date du XVIIIe siècle, selon Paul Morin.",
    )
    assert "XVIIIe" not in set(mentions["entity"])
    from helpers.entities.mentions import _ORDINAL, _PAIRED_ADJECTIVE

    assert _ORDINAL.match("XIXe") and not _ORDINAL.match("Ier")
    assert _PAIRED_ADJECTIVE.match(" et paralympiques de Paris").group(1) == "paralympiques"


def test_a_quoted_title_is_a_work_and_a_name_after_a_speech_verb_a_speaker():
    from helpers.entities.kinds import after_speech_verb, quoted_title

    before, after = "Le jury a primé « Les Nuits de ", " » de Léa Morel."
    assert quoted_title(before, "Brest", after) == (len("Les Nuits de "), 0)
    assert quoted_title('il a lu "', "Le Vent", '" hier.') == (0, 0)
    assert quoted_title("« Nous irons à ", "Brest", " demain », dit-il.") == (-1, -1)
    assert after_speech_verb("« C’est injuste », abonde ")
    assert after_speech_verb("« Et maintenant ? », s’interroge ")
    assert after_speech_verb("« On reste », explique-t-elle, ") is False


def test_quoted_titles_and_speakers_in_the_pipeline(nlp):
    mentions, _, _ = run(
        nlp,
        'Le jury a primé « Les Nuits de Brest » de Léa Morel, et "Marina" de Paul Roux.',
        "« C’est injuste », abonde Gaston, un badge syndical sur la veste.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("Les Nuits de Brest") == labels.get("Marina") == "MISC"
    assert labels.get("Gaston") == "PER"


def test_a_one_word_name_keeps_its_own_entity_beside_a_longer_one():
    from helpers.entities.mentions import Candidate, _longer_form

    def candidate(text):
        return Candidate(
            article_id="a", paragraph_id=0, sentence_id=0, start_char=0, end_char=len(text),
            text=text, model_label="LOC", source="model", gazetteer_id="",
            n_tokens=5, single_pos="", sentence_initial=False,
            first_lower=text.split()[0].lower(), head_text=text,
        )  # fmt: skip

    names = {"Val-de-Marne Habitat", "Union locale interprofessionnelle"}
    assert _longer_form(candidate("Val-de-Marne"), names, set()) == ""
    assert _longer_form(candidate("Union locale"), names, set()) == (
        "Union locale interprofessionnelle"
    )


def test_a_hyphenated_first_name_after_a_speech_verb_is_a_speaker(nlp):
    mentions, _, _ = run(nlp, "« On ne lâchera rien », explique Marie-Laure, une voisine.")
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("Marie-Laure") == "PER"


def test_an_office_s_portfolio_is_no_entity(nlp):
    from helpers.entities.kinds import is_portfolio

    assert is_portfolio("Paul Morin, adjoint en charge du ", "Logement")
    assert is_portfolio("la conseillère déléguée à la ", "Jeunesse")
    assert not is_portfolio("il travaille à la ", "Poste")
    mentions, _, dropped = run(
        nlp, "Selon Paul Morin, adjoint au maire en charge du Logement, les travaux avancent."
    )
    assert "Logement" not in set(mentions["entity"])


def test_known_names_match_as_one_alternation_of_the_names_would():
    import re

    from helpers.entities.mentions import KnownNames

    names = ["Nord", "Nord-Est", "Banque Morel", "Banque", "Morel", "Élise Faure", "Élise"]
    texts = [
        "La Banque Morel ouvre dans le Nord-Est ; Morel et Élise Faure l’annoncent.",
        "Élise, de la Banque, quitte le Nord pour Morelville et SuperNord.",
        "ÉliseFaure Banque-Morel Nord_Est (Nord) « Morel »",
    ]
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(n) for n in sorted(names, key=lambda t: (-len(t), t)))
        + r")(?![\w-])"
    )
    finder = KnownNames(names)
    for text in texts:
        expected = [(m.start(), m.group(1)) for m in pattern.finditer(text)]
        assert list(finder.finditer(text)) == expected


def test_a_lone_word_that_opens_several_persons_names_is_a_first_name(nlp):
    rows = [
        rows_of_texts(nlp, "a", ["Nicolas Martin et Nicolas Durand ont signé la pétition."]),
        rows_of_texts(
            nlp,
            "b",
            ["Le tribunal a jugé Nicolas, le prévenu, pour vol.", "Nicolas devra payer."],
        ),
    ]
    mentions, _, _ = find_mentions(rows, GAZETTEER)
    lone = mentions[(mentions["article_id"] == "b") & (mentions["text"] == "Nicolas")]
    assert set(lone["label"]) == {"PER"}
    assert set(lone["reason"]) == {"lone_first_name"}


def test_a_full_name_the_model_left_out_after_a_description_becomes_a_person():
    import pandas as pd

    from helpers.entities.lead_words import described_names
    from helpers.entities.mentions import with_described_names

    text = "La cycliste bretonne, Nolwenn Kerbrat est ravie de sa course."
    assert [text[a:b] for a, b in described_names(text)] == ["Nolwenn Kerbrat"]
    assert described_names("La ville voisine, Saint Martin est calme.") == []
    sentences = pd.DataFrame(
        [{"article_id": "a", "paragraph_id": 0, "sentence_id": 0, "start_char": 10, "text": text}]
    )
    (added,) = with_described_names([], sentences)
    assert (added.text, added.model_label, added.start_char) == ("Nolwenn Kerbrat", "PER", 32)
    assert with_described_names([added], sentences) == [added]  # a span holds it already


def test_the_body_of_a_known_territory_is_one_organisation(nlp):
    mentions, _, _ = run(
        nlp,
        "La gendarmerie de Mayotte a interpellé six personnes. Le parquet de Luxembourg a "
        "ouvert une enquête. Le premier hôpital de France est à Paris.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels["gendarmerie de Mayotte"] == "ORG"
    assert labels["parquet de Luxembourg"] == "ORG"
    assert labels["France"] == "LOC"  # « premier hôpital de France » names no hospital


def test_a_district_named_after_a_person_is_a_place(nlp):
    mentions, _, _ = run(
        nlp, "Les parents du quartier Félix Pyat attendent des travaux depuis des années."
    )
    assert set(zip(mentions["entity"], mentions["label"], strict=True)) == {("Félix Pyat", "LOC")}


def test_an_article_glued_by_a_lost_apostrophe_is_no_part_of_the_name():
    from helpers.entities.mentions import without_lost_apostrophe
    from tests.test_name_shapes import model_span

    cut = without_lost_apostrophe(model_span("lOrdre des avocats", "ORG"))
    assert (cut.text, cut.reason) == ("Ordre des avocats", "lost_apostrophe")
    assert without_lost_apostrophe(model_span("LVMH", "ORG")).text == "LVMH"
    assert without_lost_apostrophe(model_span("lAssemblée", "ORG")).text == "Assemblée"


def test_an_editorial_note_and_the_next_sentence_are_no_part_of_a_name():
    from helpers.entities.mentions import junk_reason, without_glued_article
    from tests.test_name_shapes import model_span

    assert junk_reason(model_span("NDLR", "ORG"), set()) == "editorial_note"
    assert junk_reason(model_span("N.D.L.R.", "ORG"), set()) == "editorial_note"
    assert without_glued_article(model_span("ULaval. Vous", "ORG")).text == "ULaval"
    assert without_glued_article(model_span("J. Dupont", "PER")).text == "J. Dupont"


def test_a_full_name_after_a_description_and_a_personal_title_is_a_person(nlp):
    from helpers.entities.lead_words import named_after_description
    from helpers.entities.mentions import without_title
    from tests.test_name_shapes import model_span

    before = "À la veille du match, le sélectionneur des Aigles du Nord, "
    assert named_after_description(before, "Robert Nouzaret")
    assert not named_after_description("le siège de la banque, ", "Crédit Agricole")
    assert not named_after_description(before, "Nouzaret")  # a lone word: its own rule
    stripped = without_title(model_span("Coach Alain Giresse", "ORG"))
    assert (stripped.text, stripped.reason) == ("Alain Giresse", "title_stripped")
    assert without_title(model_span("Général Motors", "ORG")).text == "Général Motors"
    mentions, _, _ = run(
        nlp,
        "Avant la finale, le sélectionneur des Aigles du Nord, Robert Nouzaret, a parlé. "
        "Nouzaret veut gagner.",
    )
    assert set(mentions.loc[mentions["entity"] == "Robert Nouzaret", "label"]) == {"PER"}


def test_an_acronym_is_not_the_initials_of_a_person_of_another_article(nlp):
    rows = [
        rows_of_texts(nlp, "a", ["La députée Mariama Diop Sarr a dénoncé la session."]),
        rows_of_texts(nlp, "b", ["Le télescope a été inauguré à Genève, selon l'agence MDS."]),
    ]
    mentions, _, _ = find_mentions(rows, GAZETTEER)
    acronym = mentions[mentions["text"] == "MDS"]
    assert not acronym.empty and set(acronym["entity"]) == {"MDS"}


def test_the_kind_of_outlet_before_its_name_is_cut(nlp):
    mentions, _, _ = run(
        nlp,
        "Selon l'agence Belga, relayée par la chaîne publique RTBF, la grève a été suivie.",
    )
    assert {"Belga", "RTBF"} <= set(mentions["text"])
    assert set(mentions.set_index("text").loc[["Belga", "RTBF"], "label"]) == {"ORG"}


def test_a_day_or_a_nationality_after_a_name_is_cut(nlp):
    mentions, _, _ = run(
        nlp,
        "Le vote a eu lieu au Parlement européen mercredi midi, a annoncé le ministère de la "
        "Santé libanais. La Banque centrale européenne n'a pas réagi.",
    )
    names = set(mentions["text"])
    assert {"Parlement européen", "ministère de la Santé"} <= names
    assert "Banque centrale européenne" in names


def test_the_first_word_of_a_compound_surname_is_the_person(nlp):
    mentions, _, _ = run(
        nlp,
        "Le général Brice Oligui Nguema a prêté serment lundi à Libreville.",
        "« Nous rendrons le pouvoir aux civils », a promis Oligui devant les juges.",
    )
    assert entities_of(mentions)["Oligui"] == "Brice Oligui Nguema"


def test_a_section_of_another_body_is_not_the_longer_name_of_the_first(nlp):
    mentions, _, _ = run(
        nlp,
        "Air Canada affirme avoir offert une hausse de salaire, tandis que le SCFP conteste.",
        "Wesley Lesosky préside la composante Air Canada du SCFP depuis trois ans.",
    )
    assert entities_of(mentions)["Air Canada"] == "Air Canada"


def test_a_capitalised_title_the_model_kept_alone_gives_the_name_after_it(nlp):
    mentions, _, _ = run(
        nlp, "Le Général Abdourahamane Tiani a dénoncé la lutte contre le braconnage au Niger."
    )
    assert entities_of(mentions)["Abdourahamane Tiani"] == "Abdourahamane Tiani"
    assert not any(text.startswith("Général") for text in mentions["text"])


def test_a_common_noun_and_the_place_it_happens_in_give_the_place(nlp):
    text = "Le ministre a constaté l’échec de l’Europe dans la lutte contre le terrorisme au Niger."
    # the general gazetteer knows the place (a study's alone may not)
    mentions, _, _ = find_mentions([rows_of_texts(nlp, "a", [text])], gazetteer_for(None))
    assert "Niger" in set(mentions["text"])
    assert not any(text[:1].islower() for text in mentions["text"])


def test_a_person_the_model_joined_to_a_portfolio_or_a_place_is_cut_out(nlp):
    mentions, _, _ = run(
        nlp,
        "Rodrigue Pétillon, à la tête du collectif, est arrivé samedi à Paris.",
        '"Nous venons rapporter la colère du peuple", a déclaré à son arrivée à '
        "l'aéroport d'Orly Rodrigue Pétillon.",
        "« Ce sera mieux », a estimé sur France Inter le ministre délégué aux Transports Paul "
        "Vernier.",
    )
    people = set(mentions.loc[mentions["label"] == "PER", "text"])
    assert {"Rodrigue Pétillon", "Paul Vernier"} <= people
    assert "aéroport d'Orly" in set(mentions["text"])


def test_a_name_after_a_role_in_a_body_with_its_acronym_is_a_person(nlp):
    mentions, _, _ = run(
        nlp,
        "La sécheresse menace le pays, a déclaré mercredi le directeur de l'Organisation "
        "mondiale de la météorologie (OMM), Kofi Adhanom Asamoah.",
        "« Nous devons agir vite », a ajouté M. Asamoah.",
    )
    person = mentions[mentions["entity"] == "Kofi Adhanom Asamoah"]
    assert set(person["label"]) == {"PER"}
    assert set(person["text"]) == {"Kofi Adhanom Asamoah", "Asamoah"}


def test_a_people_named_after_a_quantity_or_after_its_place_is_no_entity(nlp):
    mentions, _, _ = run(
        nlp,
        "Un immeuble de Tokyo a pris feu. Les Tokyoïtes ont vraiment eu très peur.",
        "Il y a dans les cortèges autant de Jordano-Palestiniens que de Transjordaniens.",
    )
    assert not {"Tokyoïtes", "Jordano-Palestiniens", "Transjordaniens"} & set(mentions["text"])


def test_a_body_after_a_role_a_firm_holds_or_after_a_clause_stays_a_body(nlp):
    mentions, _, _ = run(
        nlp,
        "Le distributeur de la marque en Europe, Nordis Logistique, a suspendu ses livraisons.",
        "Le président de la région a inauguré mardi une usine à Saint Avold, Grand Est, avec le "
        "ministre.",
    )
    labels = dict(zip(mentions["text"], mentions["label"], strict=False))
    assert labels.get("Nordis Logistique") != "PER"
    assert labels.get("Grand Est") != "PER"


def test_a_long_name_or_a_name_on_a_hyphened_particle_is_completed(nlp):
    mentions, _, _ = run(
        nlp,
        "Des pénuries qui s'aggravent depuis dix ans maintenant, selon Valérie Ollier-De "
        "Lecluse, présidente du Syndicat départemental des pharmaciens.",
        "Ne se reposent-ils pas? Samuel Désiré Etonde Ekwe est victime d'une énième coupure.",
    )
    assert {"Valérie Ollier-De Lecluse", "Samuel Désiré Etonde Ekwe"} <= set(mentions["entity"])


def test_a_pronoun_opening_a_quoted_sentence_is_no_name(nlp):
    mentions, _, _ = run(
        nlp,
        "D'énormes poteaux surplombent la boulangerie du village.",
        "“Enfin. Ça fait très longtemps qu'on en entend parler et qu'on attend”, assure-t-elle.",
    )
    assert "Ça" not in set(mentions["text"])


def test_a_person_by_origin_gives_the_place_not_a_name(nlp):
    mentions, _, _ = run(
        nlp,
        "Depuis 48 heures, personne n’arrivait à joindre Tayma. Finalement, elle répond au "
        "téléphone de son cousin, un Egyptien de Gaza, réfugié depuis quelques jours au Caire.",
        "Les combats continuent à Gaza depuis des semaines.",
    )
    assert "Egyptien de Gaza" not in set(mentions["entity"])
    assert set(mentions.loc[mentions["text"] == "Gaza", "label"]) == {"LOC"}


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (  # a given name set beside a nationality
            "« Les habitants ont eu très peur ». Brigitte, une Française qui travaille à "
            "l'ambassade de France au Japon, a raconté à la radio que la secousse a été violente.",
            "Brigitte",
        ),
        (  # a full name right after one
            "Avant cette victoire en trois manches, elle a vaincu la Polonaise Iga Swiatek en "
            "demi-finale.",
            "Iga Swiatek",
        ),
    ],
)
def test_a_name_beside_a_nationality_is_a_person(nlp, paragraph, name):
    mentions, _, _ = run(nlp, paragraph)
    assert set(mentions.loc[mentions["text"] == name, "label"]) == {"PER"}


def test_each_merge_rule_is_shown_with_an_example_a_reader_can_check():
    import pandas as pd

    from helpers.entities.mentions import merge_reasons

    mentions = pd.DataFrame(
        {"text": ["Trump", "Donald Trump", "Ikéa"], "entity": ["Donald Trump"] * 2 + ["Ikéa"],
         "label": ["PER", "PER", "ORG"], "reason": ["surname", "name", "firm_named"]}
    )  # fmt: skip
    examples = dict(zip(*merge_reasons(mentions)[["reason", "example"]].T.values, strict=True))
    assert examples["surname"] == "Trump → Donald Trump"
    assert examples["firm_named"] == "Ikéa (kept, ORG)"  # a label rule, not a merge
