"""Quote attribution rules on small hand-written French texts."""

from helpers.narratives.quotes import attribute_quotes, voices


def quotes_of(analyse, *texts):
    paragraphs, _, mentions, _ = analyse(*texts)
    table = attribute_quotes(paragraphs, mentions)
    return list(zip(table["quote"], table["speaker"], table["cue"], strict=True))


def test_incise_after_the_quote(analyse):
    assert quotes_of(analyse, "« Nous allons faire appel », a déclaré Jeff Bezos à la presse.") == [
        ("Nous allons faire appel", "Jeff Bezos", "incise")
    ]


def test_incise_with_inverted_present_tense(analyse):
    found = quotes_of(analyse, "« Le marché est immense », explique Roee Zelcer.")
    assert found == [("Le marché est immense", "Roee Zelcer", "incise")]


def test_pronoun_incise_takes_the_last_named_person(analyse):
    found = quotes_of(
        analyse,
        "Elon Musk a parlé hier. Puis Joe Biden a reçu les patrons.",
        "« Cette loi protège les Américains », a-t-il déclaré.",
    )
    assert found == [("Cette loi protège les Américains", "Joe Biden", "incise_pronoun")]


def test_colon_introduction(analyse):
    found = quotes_of(
        analyse, "Donald Trump a déclaré : « Je sauverai TikTok avant la fin du mois. »"
    )
    assert found == [("Je sauverai TikTok avant la fin du mois.", "Donald Trump", "colon")]


def test_selon(analyse):
    found = quotes_of(
        analyse,
        "Selon Bloomberg, la direction prévoit « une séparation complète avec la maison mère ».",
    )
    assert found == [("une séparation complète avec la maison mère", "Bloomberg", "selon")]


def test_continuation_in_the_same_and_the_next_paragraph(analyse):
    found = quotes_of(
        analyse,
        "« Le partenariat est solide », a déclaré Julian Reis. « Pourquoi fermer le robinet ? »",
        "« Nous verrons bien ce que décidera le Congrès américain. »",
    )
    assert [(s, c) for _, s, c in found] == [
        ("Julian Reis", "incise"), ("Julian Reis", "continuation"), ("Julian Reis", "continuation"),
    ]  # fmt: skip


def test_pull_quote_followed_by_a_name_line(analyse):
    found = quotes_of(
        analyse,
        "Un paragraphe d’introduction sans citation.",
        "« Deux plus deux égalent six. »",
        "Roee Zelcer, ancien responsable des ventes chez TikTok",
    )
    assert found == [("Deux plus deux égalent six.", "Roee Zelcer", "pull_quote")]


def test_pull_quote_repeating_an_attributed_quote(analyse):
    found = quotes_of(
        analyse,
        "« Si vous ne pouvez pas les battre, rejoignez-les »",
        "L’approche est simple : « Si vous ne pouvez pas les battre, rejoignez-les », a déclaré "
        "Julian Reis.",
    )
    assert [(s, c) for _, s, c in found] == [
        ("Julian Reis", "pull_quote"),
        ("Julian Reis", "incise"),
    ]


def test_names_slogans_and_scare_quotes_are_not_speech(analyse):
    found = quotes_of(
        analyse,
        "Selon plusieurs experts, ces « frères ennemis » se rapprochent.",
        "Une équipe que TikTok appelle « Team Amazon » gère la relation.",
        "Les publicités du flux « Pour vous » et l’ordonnance « vendez ou interdiction », "
        "affirmant que la loi est injuste.",
        "La loi intitulée « Loi pour protéger les Américains des applications contrôlées » fut "
        "contestée.",
    )
    assert found == []


def test_voices_count_quotes_and_words(analyse):
    paragraphs, _, mentions, _ = analyse(
        "« Un deux trois », a déclaré Jeff Bezos. « Quatre cinq six sept. »"
    )
    table = voices(attribute_quotes(paragraphs, mentions))
    assert table[["speaker", "quotes", "words"]].values.tolist() == [["Jeff Bezos", 2, 7]]


def test_every_quote_of_the_forbes_article_and_no_scare_quote():
    import pandas as pd

    from tests.conftest import ROOT

    paragraphs = pd.read_csv(ROOT / "data/processed/paragraphs.csv")
    mentions = pd.read_csv(ROOT / "data/processed/mentions.csv", keep_default_na=False)
    table = attribute_quotes(paragraphs, mentions)
    forbes = table[table["article_id"] == "002_a7b06b123d16b80a"]
    zelcer, reis, boschetti = "Roee Zelcer", "Julian Reis", "Maria Boschetti"
    assert forbes["speaker"].tolist() == [
        zelcer, zelcer, zelcer, boschetti, boschetti, zelcer, zelcer, zelcer, zelcer,
        reis, reis, reis, reis, zelcer, zelcer,
    ]  # fmt: skip
    quoted = " ".join(table["quote"])
    for scare in [
        "frères ennemis",
        "Team Amazon",
        "Pour vous",
        "très, très intelligent",
        "ennemies",
    ]:
        assert scare not in quoted
