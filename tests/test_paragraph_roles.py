"""Paragraph roles and photo credits, on lines written for the tests (one per pattern
met in real pages)."""

import pandas as pd
import pytest

from helpers.core.roles import in_body
from helpers.ingestion.boilerplate import clean_lines, cut_prefix, line_rule
from helpers.ingestion.roles import paragraph_roles, split_credit


@pytest.mark.parametrize(
    "line, caption, credit",
    [
        (
            "Le maire pose devant la mairie. | Jean Dupont / AFP",
            "Le maire pose devant la mairie.",
            "Jean Dupont / AFP",
        ),
        (
            "La passerelle sera rénovée en 2026. © Ouest-Journal",
            "La passerelle sera rénovée en 2026.",
            "© Ouest-Journal",
        ),
        (
            "© Banque d'images - Le gyrophare n'a trompé personne.",
            "Le gyrophare n'a trompé personne.",
            "© Banque d'images",
        ),
        (
            "Des tentes près du port crédit : JEAN DUPONT / AFP - 1280",
            "Des tentes près du port",
            "crédit : JEAN DUPONT / AFP - 1280",
        ),
        (
            "Le port de pêche, un matin d'hiver. | Photo Marie Martin pour Le Journal",
            "Le port de pêche, un matin d'hiver.",
            "Photo Marie Martin pour Le Journal",
        ),
        (
            "Le cortège sur le pont, le 4 mai 2022 ( AFP / Marc LEGRAND )",
            "Le cortège sur le pont, le 4 mai 2022",
            "( AFP / Marc LEGRAND )",
        ),
        (
            "Le port de l'uniforme est obligatoire (illustration) - ANNE MARTIN / AFP",
            "Le port de l'uniforme est obligatoire (illustration)",
            "- ANNE MARTIN / AFP",
        ),
        (
            "Paul Girard au meeting de Lyon. Louis Bernard/Reuters",
            "Paul Girard au meeting de Lyon.",
            "Louis Bernard/Reuters",
        ),
        (
            "LOUIS BERNARD / AFP Des astronautes au congrès de Paris.",
            "Des astronautes au congrès de Paris.",
            "LOUIS BERNARD / AFP",
        ),
        (
            "Les trois premiers sur le podium à Nice. (Dubreuil)",
            "Les trois premiers sur le podium à Nice.",
            "(Dubreuil)",
        ),
        (
            "Les grévistes devant le dépôt, le 3 mars (Photo : Louis Martin) |",
            "Les grévistes devant le dépôt, le 3 mars",
            "(Photo : Louis Martin)",
        ),
    ],
)
def test_a_credit_is_cut_off_its_caption(line, caption, credit):
    start, end, found = split_credit(line)
    assert (line[start:end], found) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Le syndicat a publié un communiqué, et la mairie | le conseil ont répondu dans la soirée.",
        "Il a payé 30 € pour la course, a-t-il dit, selon le document.",
        "La députée Anne Roy (Renaissance) a voté contre le texte.",
        "La ministre a annoncé le plan lundi. (AFP)",
    ],
)
def test_body_text_keeps_its_words(line):
    start, end, credit = split_credit(line)
    assert (line[start:end], credit) == (line, "")


def test_roles_of_a_page():
    texts = [
        "Le conseil municipal a voté le budget lundi soir, a expliqué Paul Durand au journal.",
        "« Nous avons tenu nos engagements envers les habitants », a déclaré Paul Durand.",
        "« Nous avons tenu nos engagements envers les habitants »",
        "Paul Durand, maire de la commune",
        "« Nous verrons bien ce que décidera la préfecture. »",
        "Photo d'illustration de la salle du conseil",
    ]
    roles = paragraph_roles(texts, [False] * len(texts))
    assert roles == ["body", "body", "pull_quote", "name_line", "body", "caption"]


def test_a_paragraph_mentioning_a_newsletter_is_body_text():
    long_line = (
        "La mairie a lancé en mars une newsletter hebdomadaire pour informer les habitants des "
        "travaux du centre-ville, qui doivent durer jusqu'à la fin de l'année prochaine."
    )
    assert line_rule(long_line) is None
    assert line_rule("Abonnez-vous à notre newsletter") == "newsletter"
    assert line_rule("• Lire aussi : le budget de la commune") == "related_link"
    assert line_rule(">> Lire aussi : la réforme des retraites") == "related_link"


def test_only_body_mentions_count():
    paragraphs = pd.DataFrame(
        {"article_id": ["a", "a"], "paragraph_id": [0, 1], "role": ["body", "caption"]}
    )
    mentions = pd.DataFrame(
        {"article_id": ["a", "a"], "paragraph_id": [0, 1], "entity": ["X", "Y"]}
    )
    assert in_body(mentions, paragraphs)["entity"].tolist() == ["X"]


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Calais, France | AFP | lundi 4 juin 2024", "dateline"),
        ("Lorient, France | AFP | 09h15", "dateline"),
        ("Lorient, France | AFP", "dateline"),
        ("Lorient (AFP) | 17:40", "dateline"),
        ("(avec AFP)", "agency_signature"),
        ("Reuters/AP", "agency_signature"),
        ("Mots-clés : pêche, Brexit, Bretagne", "tag_list"),
        ("Partager Facebook Twitter Copier le lien", "share_buttons"),
    ],
)
def test_page_furniture_lines(line, reason):
    assert line_rule(line) == reason


@pytest.mark.parametrize(
    "line, kept, reason",
    [
        (
            "LORIENT (AFP) - Les pêcheurs ont bloqué le port.",
            "Les pêcheurs ont bloqué le port.",
            "dateline",
        ),
        ("PartagerLe conseil a voté le budget.", "Le conseil a voté le budget.", "share_buttons"),
        ("Le conseil (AFP) a voté.", "Le conseil (AFP) a voté.", ""),
        (
            "[02/05/2019 08:10:04] Brest (France) (AFP) Les dockers ont voté la grève.",
            "Les dockers ont voté la grève.",
            "dateline",
        ),
        (
            "(Rimouski) Le traversier reprend du service.",
            "Le traversier reprend du service.",
            "dateline",
        ),
        ("(Re)découvrir la ville à vélo.", "(Re)découvrir la ville à vélo.", ""),
        ("(Voir la carte) ci-dessous.", "(Voir la carte) ci-dessous.", ""),
    ],
)
def test_a_dateline_or_glued_buttons_are_cut_off_the_first_line(line, kept, reason):
    start, found, _ = cut_prefix(line)
    assert (line[start:], found) == (kept, reason)


def test_a_kicker_above_the_title_is_not_the_title():
    cleaned = clean_lines(
        ["FAITS DIVERS", "Un incendie détruit un entrepôt à Lorient", "Le feu a pris."]
    )
    assert [v.reason for v in cleaned.verdicts] == ["kicker", "title", None]
    assert cleaned.metadata["title"] == "Un incendie détruit un entrepôt à Lorient"
