import pytest

from helpers.ingestion.boilerplate import clean_lines, line_rule, parse_byline, strip_bullet


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("https://example.org/article", "url_only"),
        ("Groupe Telegram :https://t.me/ExempleDaily", "social_link"),
        ("Compte Twitter officiel :https://x.com/Exemple", "social_link"),
        ("Vous avez aimé cet article ? Likez Exemple sur Facebook", "call_to_action"),
        ("Bienvenue dans la communauté officielle Exemple", "call_to_action"),
        ("Newsletter quotidienne Exemple", "newsletter"),
        ("Abonnez-vous au magazine papier", "newsletter"),
        ("Crédit photo : Agence Exemple", "photo_credit"),
        ("Source > Rédaction en ligne via > Exemple Info Photo > DR", "photo_credit"),
        ("Share on facebook", "share_buttons"),
        ("Partager sur LinkedIn", "share_buttons"),
        ("À lire également : un autre article", "related_link"),
        ("Table of Contents", "table_of_contents"),
        ("Sommaire", "table_of_contents"),
        ("⏱ Lecture 3 mn.", "reading_time"),
        ("Temps de lecture : 4 minutes", "reading_time"),
        ("Se connecter Créer un compteLes règles du débat avant de commenter8 Commentaires",
         "comment_block"),
        ("27 commentaires", "comment_block"),
        ("Vedi tutti", "navigation"),
        ("Plus", "navigation"),
        ("@quelquun Great deal #shop #ecommerce #business", "hashtags"),
        ("🚜 #manif ce matin : la D12 est coupée à hauteur de @MairieDeVerne", "social_post"),
        ("— Mairie de Verne (@MairieDeVerne) 12 mars 2024", "social_post"),
        ("Exemple SélectionExemple Sélection", "doubled_label"),
        ("» LIRE AUSSI - Un autre article", "related_link"),
        ("| Lire aussi Un autre article (lien : https://exemple.org/a)", "related_link"),
        ("Cet article est paru dans Le Journal (site web)", "related_link"),
        ("© 2019 Le Journal. Tous droits réservés.", "copyright"),
        ("(c) Copyright 2022 Le Quotidien.", "copyright"),
        ("Certificat émis le 5 juin 2019 à UNIVERSITE à des fins de visualisation", "legal_notice"),
        ("Le présent document est protégé par les lois et conventions internationales",
         "legal_notice"),
        ("news·20190604·LM·0q1503_1256056", "document_id"),
        ("Numéro de document : web·20231018·X·a-b·c", "document_id"),
    ],
)  # fmt: skip
def test_boilerplate_rules(line, reason):
    assert line_rule(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Le président a déclaré que la plateforme serait fermée.",
        "Selon Bloomberg, la direction étudie une scission.",
        "01 TikTok n’a plus aucune retraite possible",
        "La page « Pour Toi » de la plateforme est au cœur du dispositif.",
        "Plus de 170 millions d’utilisateurs sont concernés.",
        "Écrivez à contact@exemple.fr en citant le dossier #12.",
        "PHOTOS SOUS LA PLUIE À BREST",
        "Il y a 2 heures, la digue a cédé sous la pression de l’eau.",
        "Les rues Pasteur, Hoche, Foch, Gambetta et Jaurès seront fermées.",
        "Trois,deux,un,zéro,partez : le compte à rebours a lancé la course.",
    ],
)
def test_body_text_is_not_boilerplate(line):
    assert line_rule(line) is None
    assert parse_byline(line) is None


def test_bylines_become_metadata():
    assert parse_byline("Article d’Anne Martin pour Le Monde – traduit par Paul Roy") == {
        "author": "Anne Martin",
        "outlet": "Le Monde",
        "translator": "Paul Roy",
    }
    assert parse_byline("Rédaction : Lian Ran") == {"author": "Lian Ran"}
    assert parse_byline("Source : GeekPark") == {"source": "GeekPark"}
    assert parse_byline("Édition : Zheng Xuan") == {"editor": "Zheng Xuan"}


def test_subscription_block_is_removed_to_its_end():
    lines = [
        "Premier paragraphe du corps de l’article, qui est assez long pour compter.",
        "Vous avez aimé cet article ? Likez Exemple sur Facebook",
        "Recevez chaque matin l’essentiel de l’actualité.",
        "et découvrez chaque trimestre :",
        "- Des dossiers exclusifs",
    ]
    verdicts = clean_lines(lines).verdicts
    assert [v.reason for v in verdicts] == [
        None, "call_to_action", "newsletter", "newsletter", "newsletter",
    ]  # fmt: skip


def test_title_repeats_and_title_plus_subtitle_are_removed():
    lines = [
        "Un titre d’article",
        "",
        "Un sous-titre explicatif",
        "Un titre d’article Un sous-titre explicatif",
        "Un titre d’article",
        "Le corps de l’article commence ici, avec une phrase complète.",
    ]
    cleaned = clean_lines(lines)
    assert cleaned.metadata["title"] == "Un titre d’article"
    assert [v.reason for v in cleaned.verdicts] == [
        "title", None, None, "repeated_headline", "repeated_headline", None,
    ]  # fmt: skip


def test_no_title_when_the_text_opens_with_a_sentence():
    cleaned = clean_lines(["Le texte commence par une phrase.", "Puis une autre."])
    assert "title" not in cleaned.metadata
    assert [v.reason for v in cleaned.verdicts] == [None, None]


def test_bullets_are_stripped_from_paragraphs():
    text = "  • Une puce."
    start, end = strip_bullet(text)
    assert text[start:end] == "Une puce."
    assert strip_bullet("   ") == (0, 0)


def test_a_title_given_apart_means_the_text_opens_on_its_body():
    lines = ["ÉCONOMIE", "Une phrase courte sans point", "Le titre du jour", "Texte."]
    cleaned = clean_lines(lines, title="Le titre du jour")
    assert [v.reason for v in cleaned.verdicts] == [None, None, "repeated_headline", None]
    assert "title" not in cleaned.metadata


def test_an_embedded_post_goes_with_its_signature_line():
    lines = [
        "Les agriculteurs bloquent la rocade depuis l’aube, selon la préfecture.",
        "Circulation très difficile sur la rocade nord, évitez le secteur.",
        "— Préfet de la Verne (@PrefetVerne) 3 février 2024",
        "Les tracteurs sont repartis vers midi.",
    ]
    reasons = [v.reason for v in clean_lines(lines, title="Les agriculteurs bloquent").verdicts]
    assert reasons == [None, "social_post", "social_post", None]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Courriel : Cette adresse e-mail est protégée contre les robots spammeurs.",
         "hidden_email"),
        ("12 mars 2021 09:12; Act: 12.03.2021 11:40", "time_stamp"),
        ("3 févr. 2023 à 17h05 - mis à jour", "time_stamp"),
        ("Commentaires", "navigation"),
        ("VIDÉO >> Les images de la crue à Quimper", "related_link"),
        ("Le Courrier picard, 4 avril 2019 :", "dateline"),
        ("Identifiez-vous avec votre compte Le Quotidien pour commenter.", "call_to_action"),
        ("PHOTO JULIE MARCHAND, ARCHIVES LE SOLEIL", "photo_credit"),
        ("( AFP / JULIE MARCHAND )", "photo_credit"),
        ("(Photo by JULIE MARCHAND / AFP)", "photo_credit"),
        ("Le Quotidien du Nord5 hours ago", "time_stamp"),
        ("il y a 2 heures", "time_stamp"),
        ("home,page-template,theme-news-2.1,wpb-js-composer,vc_responsive", "page_code"),
        ("archive,paged,theme-ver-3.2,wpb-js-composer js-comp-ver-5.1,vc_responsive", "page_code"),
        ("Imprimer Envoyer cet article à un ami Nous suivre sur twitter Météo", "navigation"),
    ],
)  # fmt: skip
def test_page_furniture_around_the_body(line, reason):
    assert line_rule(line) == reason


def test_a_writers_trade_or_a_bare_name_at_the_end_signs_the_article():
    assert parse_byline("Lucie Vautrin, journaliste") == {"author": "Lucie Vautrin"}
    cleaned = clean_lines(
        ["Le marché couvert rouvre ses portes", "Les commerçants ont retrouvé leurs étals samedi.",
         "", "Lucie Vautrin"]
    )  # fmt: skip
    assert [v.reason for v in cleaned.verdicts] == ["title", None, None, "byline"]
    assert cleaned.metadata["author"] == "Lucie Vautrin"
    assert line_rule("12 mars 2021, la pluie est tombée toute la journée sur la ville.") is None


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Avec notre correspondant à Rabat, Paul Vernet Les pêcheurs ont repris la mer.",
         "Avec notre correspondant à Rabat, Paul Vernet"),
        ("Léa Morin – Oran (La Gazette) – Les prix du pain ont encore monté.",
         "Léa Morin – Oran (La Gazette)"),
        ("Niort, France | AFP | mardi 04/03/2025 - Les eaux de la Sèvre baissent.",
         "Niort, France | AFP | mardi 04/03/2025"),
    ],
)  # fmt: skip
def test_a_writer_or_an_agency_stamp_before_the_body_is_cut_off(line, cut):
    from helpers.ingestion.boilerplate import cut_prefix

    start, _, prefix = cut_prefix(line)
    assert prefix == cut and line[start:].startswith("Les ")


def test_a_name_with_its_agency_or_its_portrait_is_a_byline():
    assert parse_byline("Hugo BERNIER Agence France-Presse")["author"] == "Hugo BERNIER"
    assert parse_byline("Clara Jodoin / Agence QMI")["source"] == "Agence QMI"
    cleaned = clean_lines(
        ["Le pont de la rivière rouvre", "Photo portrait de Clara Jodoin", "", "Clara Jodoin",
         "Les voitures circulent de nouveau depuis jeudi."]
    )  # fmt: skip
    assert [v.reason for v in cleaned.verdicts] == ["title", "byline", None, "byline", None]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posté par Hélène Drouet, mardi 3 mars 2020, 8:12", "Hélène Drouet"),
        ("Par Yves Carrel • Publié le 02/05/24", "Yves Carrel"),
        ("Avec notre envoyé spécial à Gao, Rémi Collot", "Rémi Collot"),
        ("Reportage de Léna Piquet et Tom Haas.", "Léna Piquet et Tom Haas"),
        ("Marc Aubry, à Genève", "Marc Aubry"),
    ],
)  # fmt: skip
def test_a_writers_name_with_the_words_that_sign_a_page_is_a_byline(line, author):
    assert parse_byline(line)["author"] == author


def test_a_name_on_the_line_after_par_is_the_writer():
    cleaned = clean_lines(
        ["Le club s’incline à domicile", "par", "Hugo Ravel",
         "Les supporters ont quitté le stade avant la fin."]
    )  # fmt: skip
    assert [v.reason for v in cleaned.verdicts] == ["title", None, "byline", None]
    assert parse_byline("Paul Martin, à Lyon, a rappelé que la grève continuait.") is None
