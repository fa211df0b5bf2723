"""General rules on the shape and surroundings of names, each on a sentence written for
the pattern it handles (no sentence comes from an article of the development set)."""

import dataclasses

import pandas as pd
import pytest

from helpers.entities.canonical import designated_label, designator_before, strip_title
from helpers.entities.clubs import is_club_mention, is_team_line
from helpers.entities.kinds import (
    after_speech_verb,
    has_organisation_shape,
    institution_label,
    institution_tail,
    is_body_acronym,
    is_demonym_of,
    is_people_after_determiner,
    is_saint_place,
)
from helpers.entities.mentions import (
    Candidate,
    extend_spans,
    find_mentions,
    without_glued_article,
    without_holiday_noun,
    without_title,
)
from helpers.entities.sites import acronym_of_place
from helpers.parsing.gazetteer import gazetteer_for
from helpers.parsing.model import load_pipeline
from helpers.parsing.rows import rows_of_texts

GENERAL = gazetteer_for(None)


def model_span(text: str, label: str, sentence_initial: bool = False) -> Candidate:
    """A span the model found over the whole of ``text``, for rules read on one span."""
    return Candidate(
        article_id="a", paragraph_id=0, sentence_id=0, start_char=0, end_char=len(text),
        text=text, model_label=label, source="model", gazetteer_id="",
        n_tokens=len(text.split()), single_pos="", sentence_initial=sentence_initial,
        first_lower=text.split()[0].lower(), head_text=text,
    )  # fmt: skip


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


def test_a_surname_keeps_its_particle(nlp):
    mentions, _ = names(
        nlp,
        "La sprinteuse Lotte van Dongen a remporté la course de Gand dimanche.",
        "Après l’arrivée, van Dongen a remercié ses coéquipières.",
    )
    assert set(mentions.loc[mentions["text"] == "van Dongen", "entity"]) == {"Lotte van Dongen"}


def made_whole(text: str, span: str, label: str) -> str:
    """The span the model gave in ``text``, after :func:`extend_spans`."""
    start = text.index(span)
    cut = Candidate(
        article_id="a", paragraph_id=0, sentence_id=0, start_char=start,
        end_char=start + len(span), text=span, model_label=label, source="model",
        gazetteer_id="", n_tokens=len(span.split()), single_pos="", sentence_initial=False,
        first_lower=span.split()[0].lower(), head_text=span,
    )  # fmt: skip
    sentences = pd.DataFrame(
        [{"article_id": "a", "sentence_id": 0, "paragraph_id": 0, "start_char": 0,
          "end_char": len(text), "text": text}]
    )  # fmt: skip
    (whole,) = extend_spans([cut], sentences, GENERAL)
    return whole.text


def test_a_persons_name_does_not_end_on_a_particle():
    text = "Le boulanger Nabil Ben Amor, installé depuis vingt ans, a fermé sa boutique."
    assert made_whole(text, "Nabil Ben", "PER") == "Nabil Ben Amor"


def test_an_initial_standing_for_a_surname_keeps_its_point():
    text = "Selon Martine L., aide-soignante à Dax, les gardes ont doublé."
    assert made_whole(text, "Martine L", "PER") == "Martine L."


def test_a_name_does_not_end_on_de():
    assert made_whole("Les soignants du CHU de Limoges manifestent.", "CHU de", "LOC") == (
        "CHU de Limoges"
    )
    assert made_whole("Le Musée de la ville a fermé.", "Musée de", "ORG") == "Musée"


def test_an_institution_named_by_apposition_keeps_its_name_alone(nlp):
    mentions, _ = names(
        nlp,
        "Les urgences de l’hôpital Trousseau à Paris sont saturées depuis lundi.",
        "À Trousseau, les soignants enchaînent les gardes.",
    )
    assert set(mentions.loc[mentions["text"] == "Trousseau", "entity"]) == {"hôpital Trousseau"}


def test_a_long_form_spelling_a_known_acronym_is_that_body(nlp):
    mentions, _ = names(
        nlp,
        "La Régie autonome des transports parisiens annonce des travaux cet été.",
        "Selon la RATP, deux lignes de métro fermeront en août.",
    )
    long_form = mentions[mentions["text"] == "Régie autonome des transports parisiens"]
    assert set(long_form["entity"]) == {"RATP"}


def test_an_honorific_alone_is_no_name():
    assert strip_title("Madame") == ("", len("Madame"))
    assert strip_title("Monsieur Garnier") == ("Garnier", len("Monsieur "))


def test_a_narrative_infinitive_is_cut_off_the_name():
    text = "Et la Chambre d’agriculture de la Creuse d’ajouter : « Rien n’est réglé. »"
    span = "Chambre d’agriculture de la Creuse d’ajouter"
    assert made_whole(text, span, "ORG") == "Chambre d’agriculture de la Creuse"


def test_a_country_named_like_its_people_is_kept_after_a_preposition(nlp):
    mentions, dropped = names(nlp, "Ce glacier est le plus long de Suisse, selon les guides.")
    assert "Suisse" in set(mentions["entity"])


def test_a_feast_after_a_common_noun_is_the_event():
    span = "vacances de la Toussaint"
    model = Candidate(
        article_id="a", paragraph_id=0, sentence_id=0, start_char=10, end_char=10 + len(span),
        text=span, model_label="LOC", source="model", gazetteer_id="", n_tokens=4,
        single_pos="", sentence_initial=False, first_lower="vacances", head_text=span,
    )  # fmt: skip
    feast = without_holiday_noun(model)
    assert (feast.text, feast.model_label, feast.start_char) == (
        "Toussaint",
        "MISC",
        10 + span.index("T"),
    )


def test_any_inverted_reporting_verb_makes_its_subject_a_speaker():
    assert after_speech_verb("« Le fourrage manque partout », s’alarme ")
    assert after_speech_verb("« On tiendra », peste ")
    assert not after_speech_verb("Les vignes poussent à ")


def test_a_firms_site_gives_the_firm_and_the_place(nlp):
    mentions, _ = names(
        nlp,
        "Les salariés de l’usine Michelin de Cholet ont voté la grève mardi.",
        "Des ouvriers de la raffinerie Total ont cessé le travail.",
        "Le bilan total de la journée reste à faire.",  # « total » is also a word
    )
    entities = set(mentions["entity"])
    assert {"Michelin", "Cholet", "Total"} <= entities
    assert "Michelin de Cholet" not in entities


def test_a_word_after_a_dash_bullet_opens_its_sentence():
    text = "_ Conduite sous la pluie, la manœuvre a échoué."
    start = text.index("Conduite")
    word = Candidate(
        article_id="a", paragraph_id=0, sentence_id=0, start_char=start,
        end_char=start + len("Conduite"), text="Conduite", model_label="MISC", source="model",
        gazetteer_id="", n_tokens=1, single_pos="", sentence_initial=False,
        first_lower="conduite", head_text="Conduite",
    )  # fmt: skip
    sentences = pd.DataFrame(
        [{"article_id": "a", "sentence_id": 0, "paragraph_id": 0, "start_char": 0,
          "end_char": len(text), "text": text}]
    )  # fmt: skip
    (kept,) = extend_spans([word], sentences, GENERAL)
    assert kept.sentence_initial


def test_a_feature_of_the_land_names_its_place():
    assert designated_label("colline des Combes") == "LOC"
    assert designator_before("un bloc s’est détaché du glacier du ") == len("glacier du ")


def test_a_compound_direction_is_no_place_and_no_piece_of_one(nlp):
    mentions, dropped = names(
        nlp,
        "Les pompiers du Nord sont arrivés en renfort.",
        "Le feu progresse vers le Nord-Est de la vallée, selon les pompiers.",
    )
    assert "Nord-Est" in set(dropped["text"])
    assert "Nord" not in set(mentions.loc[mentions["paragraph_id"] == 1, "text"])


@pytest.mark.parametrize(
    ("word", "places", "people"),
    [("Nanterrien", {"Nanterre"}, True), ("Lavallois", {"Laval"}, True),
     ("Vannetaise", {"Lyon"}, False), ("Laval", {"Laval"}, False),
     ("Marie", {"Marignane"}, False)],
)  # fmt: skip
def test_a_demonym_is_made_of_a_place_of_the_text(word, places, people):
    assert is_demonym_of(word, places) is people


def test_the_people_of_a_place_named_in_the_article_are_no_place(nlp):
    mentions, dropped = names(
        nlp,
        "Un éboulement a touché Lavaur dans la nuit.",
        "Le Lavaurais raconte avoir entendu un grondement sourd.",
    )
    assert "Lavaurais" not in set(mentions["text"])


def test_two_pieces_of_one_compound_place_name_are_joined():
    text = "Le feu a atteint Torre de Moncorvo dans la soirée."

    def piece(word: str) -> Candidate:
        start = text.index(word)
        return Candidate(
            article_id="a", paragraph_id=0, sentence_id=0, start_char=start,
            end_char=start + len(word), text=word, model_label="MISC", source="model",
            gazetteer_id="", n_tokens=1, single_pos="", sentence_initial=False,
            first_lower=word.lower(), head_text=word,
        )  # fmt: skip

    sentences = pd.DataFrame(
        [{"article_id": "a", "sentence_id": 0, "paragraph_id": 0, "start_char": 0,
          "end_char": len(text), "text": text}]
    )  # fmt: skip
    (place,) = extend_spans([piece("Torre"), piece("Moncorvo")], sentences, GENERAL)
    assert (place.text, place.model_label) == ("Torre de Moncorvo", "LOC")


def test_two_initials_before_a_surname_are_a_person(nlp):
    mentions, _ = names(nlp, "Les infirmières ne veulent plus entendre parler de PL Fournier.")
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels["PL Fournier"] == "PER"


@pytest.mark.parametrize(("town", "code"), [("Grimisuat", "VS"), ("Tonneins", "47")])
def test_a_town_with_its_canton_or_departement_code_is_a_place(town, code):
    text = f"Un vigneron de {town} ({code}) a perdu sa récolte."
    assert made_whole(text, town, "ORG") == town
    start = text.index(town)
    model = Candidate(
        article_id="a", paragraph_id=0, sentence_id=0, start_char=start,
        end_char=start + len(town), text=town, model_label="ORG", source="model",
        gazetteer_id="", n_tokens=1, single_pos="", sentence_initial=False,
        first_lower=town.lower(), head_text=town,
    )  # fmt: skip
    sentences = pd.DataFrame(
        [{"article_id": "a", "sentence_id": 0, "paragraph_id": 0, "start_char": 0,
          "end_char": len(text), "text": text}]
    )  # fmt: skip
    (place,) = extend_spans([model], sentences, GENERAL)
    assert place.model_label == "LOC"


def test_a_name_the_gazetteer_lists_in_lowercase_is_kept(nlp):
    mentions, _ = names(
        nlp, "Un éleveur interrogé par franceinfo dit tenir bon malgré la sécheresse."
    )
    assert "Franceinfo" in set(mentions["entity"])


def test_an_acronym_and_the_place_it_serves_make_one_body(nlp):
    assert acronym_of_place("Les soignants du CHU de ") == len("CHU de ")
    assert acronym_of_place("Une infirmière de l’EHPAD d’") == len("EHPAD d’")
    assert acronym_of_place("Les élus LR de ") == 0  # a party label after a noun
    mentions, _ = names(nlp, "Des infirmières du CHU de Grenoble ont manifesté lundi.")
    row = mentions.set_index("text").loc["CHU de Grenoble"]
    assert row["label"] == "ORG" and "acronym_of_place" in row["reason"]


def test_a_town_in_a_score_line_or_after_a_players_role_is_its_club():
    assert is_team_line("", " – Stade rennais (21-14)")
    assert is_team_line("Brest – ", " (0-3)")
    assert is_team_line("Marc Durand (pilier de ", ")")
    assert not is_team_line("Il vit à ", " depuis 2010 (2-3 fois par an).")


def test_a_rank_before_a_designating_noun_is_no_place():
    assert designator_before("Paul Martin, troisième ligne de ") == 0
    assert designator_before("des soignants en première ligne du ") == 0
    assert designator_before("les trains de la ligne de ") == len("ligne de ")
    assert designator_before("Le village est à trois heures de route de ") == 0


def test_an_infinitive_and_its_object_end_a_bodys_name():
    stop = set()
    assert institution_tail("Conseil régional", " de lever la taxe", stop) == 0
    assert institution_tail("Agence régionale", " de santé du Centre", stop) == len(" de santé")


def test_a_centre_named_by_its_purpose_and_place_is_one_place():
    assert designator_before("Le concert aura lieu au centre culturel de ") == len(
        "centre culturel de "
    )
    assert designator_before("Il habite dans le centre de ") == 0


def test_one_word_joined_by_a_lowercase_particle_is_a_place():
    assert is_saint_place("Val-d’Isère") and is_saint_place("Bourg-en-Bresse")
    assert not is_saint_place("Jean-Pierre") and not is_saint_place("Marie-Claire")


def test_a_zone_without_its_kind_is_an_area_not_a_name():
    assert designator_before("Les habitants de la zone de ") == 0
    assert designator_before("Une usine de la zone industrielle de ") == len(
        "zone industrielle de "
    )


def test_the_capitalised_ville_after_an_article_is_the_towns_administration(nlp):
    mentions, _ = names(
        nlp, "Les éboueurs de la Ville de Besançon ont rencontré le maire lundi à Besançon."
    )
    body = mentions[mentions["reason"].str.contains("town_administration")]
    assert set(body["text"]) == {"Ville de Besançon"}
    assert set(body["label"]) == {"ORG"}


def test_an_acronym_with_a_departement_number_is_the_bodys_branch(nlp):
    mentions, _ = names(
        nlp, "Paul Martin, vice-président de la FDSEA 29, a rencontré le préfet hier."
    )
    branch = mentions[mentions["reason"].str.contains("departement_branch")]
    assert set(branch["text"]) == {"FDSEA 29"}
    assert set(branch["label"]) == {"ORG"}


def test_a_place_named_short_after_its_full_name_is_one_place(nlp):
    mentions, _ = names(
        nlp,
        "Les pompiers du Lamentin et de Boulogne-sur-Mer sont intervenus à Montréal-Nord.",
        "La route qui relie Le Lamentin à Boulogne est coupée ; les habitants du Lamentin et de"
        " Montréal attendent.",
    )
    entity = dict(zip(mentions["text"], mentions["entity"], strict=False))
    assert entity["Lamentin"] == entity["Le Lamentin"]
    assert entity["Boulogne"] == entity["Boulogne-sur-Mer"]
    assert entity["Montréal"] != entity["Montréal-Nord"]  # a borough of the city


def test_a_relative_or_a_changed_first_name_is_a_person(nlp):
    mentions, _ = names(
        nlp,
        "Depuis la crue, Lison (prénom modifié) dort chez son frère Gaspard à Redon.",
        "« On a tout perdu », répète Lison devant la maison.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=False))
    assert labels["Lison"] == "PER" and labels["Gaspard"] == "PER"
    assert labels["Redon"] == "LOC"


@pytest.mark.parametrize(
    ("before", "team"),
    [("Les Bleues ont été battues par la ", True), ("Le XV de France a gagné face au ", True),
     ("Les Suédois, éliminés par l’", True), ("Il a joué contre la ", True),
     ("Elle vit par la ", False), ("Le ministre s’est rendu en ", False)],
)  # fmt: skip
def test_a_country_met_or_beaten_in_a_sports_report_is_its_team(before, team):
    assert is_club_mention(before, " en quart de finale.") is team


@pytest.mark.parametrize(
    ("word", "before", "people"),
    [("Rennais", "Des ", True), ("Valenciennoises", "la victoire des ", True),
     ("Vendéen", "il a épousé un ", True), ("Vendéen", "le ", True), ("Vienne", "la ", False),
     ("Vendômois", "le ", False),
     ("Bordelais", "les vignes du ", False), ("Philippines", "il vit aux ", False),
     ("Lorraine", "les ", False)],
)  # fmt: skip
def test_a_demonym_after_a_determiner_names_people(word, before, people):
    assert is_people_after_determiner(word, before) is people


def test_people_named_by_their_town_are_no_place(nlp):
    mentions, dropped = names(
        nlp, "Samedi, des Valentinois ont défilé devant la préfecture de la Drôme."
    )
    assert "Valentinois" not in set(mentions["text"])
    assert "people_after_determiner" in set(dropped["reason"])


def test_two_known_places_or_an_agency_before_a_person_are_split(nlp):
    mentions, _ = names(
        nlp,
        "« Restez chez vous », a mis en garde le préfet de Saint-Martin et Saint-Barthélemy "
        "Paul Mercadier, lors d'une conférence de presse.",
        "« Tout est fermé », a confié à l’AFP Odile, 71 ans, habitante du bourg.",
    )
    texts = set(mentions["text"])
    assert {"Saint-Martin", "Saint-Barthélemy", "Paul Mercadier", "AFP", "Odile"} <= texts
    assert not any(" et " in t or t.startswith("AFP ") for t in texts)


def test_a_street_or_market_word_before_a_name_is_part_of_the_place(nlp):
    mentions, _ = names(
        nlp,
        "Les commerçants du marché Kermel ont manifesté sur l’avenue Léopold Sédar Senghor.",
        "Plus tard, la police a dégagé le rond-point Castelnau. À Kermel, le calme est revenu.",
    )
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert labels.get("marché Kermel") == "LOC"
    assert labels.get("avenue Léopold Sédar Senghor") == "LOC"
    assert labels.get("rond-point Castelnau") == "LOC"
    assert "Léopold Sédar Senghor" not in labels  # the street, not the president
    entities = dict(zip(mentions["text"], mentions["entity"], strict=True))
    assert entities.get("Kermel") == "marché Kermel"  # the market, named again alone


def test_a_country_s_team_is_a_body_and_the_country_alone_is_it_in_a_sports_report(nlp):
    mentions, _ = names(
        nlp,
        "Le sélectionneur de l’équipe de Belgique a salué la victoire de ses joueurs.",
        "Après ce match, la Belgique reste en tête du classement de son groupe.",
    )
    entities = dict(zip(mentions["text"], mentions["entity"], strict=True))
    labels = dict(zip(mentions["entity"], mentions["label"], strict=True))
    assert entities.get("équipe de Belgique") == "équipe de Belgique"
    assert entities.get("Belgique") == "équipe de Belgique"
    assert labels["équipe de Belgique"] == "ORG"
    # outside a sports report the country alone stays the country
    mentions, _ = names(
        nlp,
        "Les joueuses de l’équipe de Belgique seront reçues au palais royal lundi.",
        "La Belgique leur rendra hommage.",
    )
    labels = dict(zip(mentions["text"], mentions["label"], strict=True))
    assert labels.get("équipe de Belgique") == "ORG" and labels.get("Belgique") == "LOC"


def test_a_name_goes_on_past_a_hyphen_or_an_elided_article_with_no_space():
    text = (
        "Les écoles de la Communauté Alsace-Moselle ferment, dit l’Union des parents "
        "de l’Ouest-Lyonnais."
    )
    assert made_whole(text, "Communauté Alsace", "LOC") == "Communauté Alsace-Moselle"
    assert (
        made_whole(text, "Union des parents de l’", "ORG")
        == "Union des parents de l’Ouest-Lyonnais"
    )
    # a single word before a hyphen is a place of its own (« la ligne Lyon-Turin »)
    assert made_whole("Les travaux de la ligne Lyon-Turin reprennent.", "Lyon", "LOC") == "Lyon"
    assert institution_label("Communauté Alsace-Moselle") == "ORG"


def test_a_name_cut_off_by_the_end_of_a_truncated_article_is_dropped(nlp):
    mentions, dropped = names(
        nlp,
        "Le maire de Bordeaux a reçu les commerçants lundi matin.",
        "Les discussions reprendront jeudi avec le maire de Montpel",
    )
    assert set(mentions["text"]) == {"Bordeaux"}
    assert "cut_off_word" in set(dropped["reason"])
    # the same name in a finished last sentence is kept
    mentions, _ = names(
        nlp,
        "Le maire de Bordeaux a reçu les commerçants lundi matin.",
        "Les discussions reprendront jeudi avec les représentants venus de Toulouse.",
    )
    assert "Toulouse" in set(mentions["text"])


def test_an_elected_person_s_party_and_town_are_two_names(nlp):
    mentions, _ = names(
        nlp,
        "Jeanne Moreau, conseillère municipale PS de Vierzon, a démissionné mardi.",
        "Les adhérents de la FNSEA de la Creuse ont voté contre.",
    )
    texts = set(mentions["text"])
    assert {"PS", "Vierzon"} <= texts and "PS de Vierzon" not in texts
    assert "FNSEA de la Creuse" in texts  # a body's branch keeps its place


def test_a_speaker_closing_an_article_that_lost_its_last_point_is_kept(nlp):
    mentions, _ = names(
        nlp,
        "Le maire de Bordeaux a reçu les commerçants lundi matin.",
        "« Nous attendrons la fin du mois pour décider », résume Karine Dupuis",
    )
    assert "Karine Dupuis" in set(mentions["text"])


def test_a_day_glued_to_the_end_of_a_name_is_cut():
    text = "Les joueuses disputeront la Coupe d’Europe dimanche à Lisbonne."
    assert made_whole(text, "Coupe d’Europe dimanche", "MISC") == "Coupe d’Europe"
    text = "Les Bleus ont battu le Portugal hier soir."
    assert made_whole(text, "Portugal hier", "LOC") == "Portugal"


def test_an_acronym_names_a_body_unless_it_is_a_place_s():
    assert is_body_acronym("CNSA", set())  # « la CNSA », which the model may call a place
    assert not is_body_acronym("RDC", set())  # the Congo
    assert not is_body_acronym("GARD", {"Gard", "Nîmes"})  # a place in capitals
    assert not is_body_acronym("VS", set())  # two letters: a canton's or a country's code


def test_the_blues_after_an_article_are_the_french_team(nlp):
    mentions, _ = names(
        nlp,
        "Les maillots bleus étaient en vente devant le stade.",
        "Le sélectionneur des Bleues a salué un match solide face au Japon.",
    )
    labels = dict(zip(mentions["text"], mentions["label"], strict=True))
    assert labels.get("Bleues") == "ORG"


def test_a_hyphenated_name_opening_on_a_number_is_a_place():
    assert is_saint_place("Quatre-Bornes") and is_saint_place("Sept-Îles")
    assert not is_saint_place("Jean-Troisgros") and not is_saint_place("Dix")


def test_a_capitalised_office_with_its_field_before_a_person_is_cut():
    def span(text: str, label: str) -> Candidate:
        return model_span(text, label, sentence_initial=True)

    cut = without_title(span("Ministre de l’Agriculture Paul Lenoir", "ORG"))
    assert (cut.text, cut.start_char) == ("Paul Lenoir", len("Ministre de l’Agriculture "))
    # a capitalised title word opening a body's name stays (« Général Motors »)
    assert without_title(span("Général Motors", "ORG")).text == "Général Motors"


def test_the_state_of_a_country_is_the_country():
    text = "Les commerçants demandent l’aide de l’État du Cameroun depuis des mois."
    assert made_whole(text, "État du Cameroun", "LOC") == "Cameroun"
    text = "La police de l’État de Floride a ouvert une enquête."
    assert made_whole(text, "État de Floride", "LOC") == "État de Floride"  # a state of its own


def test_an_article_glued_to_a_names_end_opens_the_next_sentence():
    def span(text: str, label: str) -> Candidate:
        return model_span(text, label, sentence_initial=True)

    # « Grand froid à GrenobleLa préfecture a ouvert… »: a heading stuck to the body
    assert without_glued_article(span("GrenobleLa", "ORG")).text == "Grenoble"
    assert without_glued_article(span("Vallée de la DrômeLes", "LOC")).text == "Vallée de la Drôme"
    # a capital inside a name that is no article stays (« MacLeod », « DeLa Cruz »)
    assert without_glued_article(span("Fiona MacLeod", "PER")).text == "Fiona MacLeod"
    assert without_glued_article(span("Jean DeLa", "PER")).text == "Jean DeLa"


def test_a_common_word_glued_to_an_article_is_no_name(nlp):
    mentions, _ = names(nlp, "Bilan et analyseLes quatre conseillers sortants sont réélus à Sion.")
    assert not any("analyse" in t for t in mentions["text"])


def test_utilities_and_broadcasters_are_bodies(nlp):
    mentions, _ = names(
        nlp,
        "Après la tempête, Hydro-Québec rétablit le courant tandis que la Senelec promet "
        "la fin des délestages.",
        "Interrogé par la RTBF puis par RMC, le ministre a répondu aux questions du Devoir.",
    )
    labels = mentions.groupby("entity")["label"].first()
    for name in ("Hydro-Québec", "Senelec", "RTBF", "RMC"):
        assert labels[name] == "ORG"


def test_a_capitalised_word_of_official_prose_alone_is_no_name(nlp):
    mentions, dropped = names(
        nlp,
        "Le ministre a rendu hommage à la Nation avant de saisir le Parquet de l’affaire.",
        "Le budget de la Région Bretagne sera voté par le conseil régional.",
    )
    assert "Nation" in set(dropped["text"])
    assert not {"Nation", "Parquet"} & set(mentions["text"])
    assert any(t.startswith("Région Bretagne") or t == "Bretagne" for t in mentions["text"])


def test_a_tournament_of_one_word_keeps_its_year():
    text = "Les Bleues préparent le Mondial 2027 depuis le printemps."
    assert made_whole(text, "Mondial", "MISC") == "Mondial 2027"
    text = "Il a marqué en finale de l’Euro 2016, avant de prendre sa retraite."
    assert made_whole(text, "Euro", "LOC") == "Euro 2016"
    # the currency and a number that is no year stay apart
    assert made_whole("Le billet coûte 1 Euro 50 de plus.", "Euro", "MISC") == "Euro"
    assert made_whole("Ils ont joué le Mondial 2019/2020.", "Mondial", "MISC") == "Mondial"


def test_a_tournament_of_one_word_inside_a_sentence_is_an_event():
    text = "Les Danois ont conclu leur Euro en Allemagne sur une médaille."
    start = text.index("Euro")
    cut = Candidate(
        article_id="a", paragraph_id=0, sentence_id=0, start_char=start, end_char=start + 4,
        text="Euro", model_label="LOC", source="model", gazetteer_id="", n_tokens=1,
        single_pos="", sentence_initial=False, first_lower="euro", head_text="Euro",
    )  # fmt: skip
    sentences = pd.DataFrame(
        [{"article_id": "a", "sentence_id": 0, "paragraph_id": 0, "start_char": 0,
          "end_char": len(text), "text": text}]
    )  # fmt: skip
    (whole,) = extend_spans([cut], sentences, GENERAL)
    assert (whole.text, whole.model_label) == ("Euro", "MISC")
    # opening a sentence, the word may be a heading's (« Euro : la BCE… »): left as it is
    opening = dataclasses.replace(cut, start_char=0, end_char=4, sentence_initial=True)
    heading = sentences.assign(text="Euro : la BCE relève ses taux.")
    (kept,) = extend_spans([opening], heading, GENERAL)
    assert kept.model_label == "LOC"


def test_a_storms_given_name_alone_after_what_it_did_is_a_storm(nlp):
    mentions, _ = names(
        nlp,
        "Trois semaines après les ravages d’Ophélie, l’ouragan Gaston menace à son tour "
        "les côtes de la Guadeloupe.",
        "Le passage dévastateur d’Ophélie a laissé des milliers de foyers sans courant.",
    )
    labels = dict(zip(mentions["text"], mentions["label"], strict=False))
    assert labels["Ophélie"] == "MISC"


def test_a_given_name_after_the_same_words_is_a_person_when_no_storm_is_named(nlp):
    mentions, _ = names(
        nlp,
        "Le passage de Ophélie Martin au conseil municipal a été remarqué.",
        "Après Ophélie, Marc Durand a pris la parole devant les habitants.",
    )
    assert "MISC" not in set(mentions.loc[mentions["text"] == "Ophélie", "label"])


def test_a_team_beaten_then_by_a_country_with_an_adverb_between():
    # « éliminés ensuite par la Suède »: the adverb between the verb and « par »
    assert is_club_mention("Les Françaises, éliminées ensuite par la ", " en demi-finale.")
    assert is_club_mention("Les Bleus, battus alors par l’", " au tour principal.")
    # « par » alone after other words is no match (« passé l’hiver par la Suède »)
    assert not is_club_mention("Ils sont rentrés alors par la ", " et la Norvège.")


def test_a_results_tables_country_and_rank_is_no_name():
    from helpers.entities.mentions import junk_reason

    span = model_span

    # « Lucie Morel (SUI/1re) : "La piste était parfaite." »
    assert junk_reason(span("SUI/1re", "PER"), set()) == "result_code"
    assert junk_reason(span("ITA / 12e", "MISC"), set()) == "result_code"
    # a name with a slash that is no rank stays (« TGV Paris/Lyon », « ONU/OMS »)
    assert junk_reason(span("ONU/OMS", "ORG"), set()) is None
    assert junk_reason(span("Lucie Morel", "PER"), set()) is None


def test_a_programme_named_by_its_hours_and_its_channel_are_two_names():
    from helpers.entities.mentions import split_known_names

    span = model_span

    # « Invitée du 6/9 de France Bleu Isère, la maire a défendu son budget. »
    show, channel = split_known_names(span("6/9 de France Bleu Isère", "MISC"), GENERAL)
    assert (show.text, show.model_label) == ("6/9", "MISC")
    assert (channel.text, channel.model_label) == ("France Bleu Isère", "ORG")
    # hours before a place are no programme (« 14h de Grenoble à Lyon »: no known body)
    assert len(split_known_names(span("14h de Grenoble", "MISC"), GENERAL)) == 1


def test_african_unions_are_bodies(nlp):
    mentions, _ = names(
        nlp,
        "Le sommet de l’Union africaine s’ouvre à Addis-Abeba, où l’UEMOA plaide pour une "
        "monnaie commune.",
        "Les ministres veulent relancer l’Union du Maghreb Arabe, en sommeil depuis des années.",
    )
    labels = mentions.groupby("entity")["label"].first()
    assert labels["Union africaine"] == "ORG" and labels["UEMOA"] == "ORG"
    assert labels["Union du Maghreb arabe"] == "ORG"


def test_every_time_word_ending_a_name_is_cut():
    text = "Un camion a percuté un abribus sur l’Avenue du Lac dimanche matin à Lyon."
    assert made_whole(text, "Avenue du Lac dimanche matin", "LOC") == "Avenue du Lac"


def test_a_given_name_glued_to_the_verb_before_it_is_the_persons():
    text = "« Nous verrons bien », ajouteJeanne Morel, élue de la commune."
    assert made_whole(text, "Morel", "PER") == "Jeanne Morel"
