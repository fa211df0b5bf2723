"""Date expressions resolved against the publication date, never against today."""

import pandas as pd

from helpers.narratives.timeline import coverage_by_month, extract_dates


def dates(text, published=""):
    sentences = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "text": [text]})
    articles = pd.DataFrame({"article_id": ["a"], "published": [published]})
    table = extract_dates(sentences, articles)
    return list(zip(table["date_text"], table["date_start"], table["date_end"], strict=True))


def test_absolute_dates():
    assert dates("En juin 2022, puis le 3 mars 2023.") == [
        ("le 3 mars 2023", "2023-03-03", "2023-03-03"),
        ("En juin 2022", "2022-06-01", "2022-06-30"),
    ]


def test_relative_dates_use_the_published_date():
    found = dates(
        "Le 19 janvier, en avril dernier et fin décembre de l’année dernière.", "2025-01-16"
    )
    assert found == [
        ("Le 19 janvier", "2025-01-19", "2025-01-19"),
        ("en avril dernier", "2024-04-01", "2024-04-30"),
        ("fin décembre de l’année dernière", "2024-12-21", "2024-12-31"),
    ]


def test_vague_dates_keep_their_precision():
    assert dates("Début 2025, puis mi-mars 2025 et fin 2025.") == [
        ("mi-mars 2025", "2025-03-11", "2025-03-20"),
        ("Début 2025", "2025-01-01", "2025-04-30"),
        ("fin 2025", "2025-09-01", "2025-12-31"),
    ]


def test_without_an_anchor_relative_dates_stay_unresolved():
    assert dates("En avril, l’année dernière.") == [
        ("En avril", "", ""), ("l’année dernière", "", ""),
    ]  # fmt: skip


def test_month_names_inside_words_are_not_dates():
    assert dates("Mais la marque est connue.", "2025-01-16") == []


def test_coverage_by_month():
    articles = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "published": ["2025-01-16", "2025-01-02", ""]}
    )
    mentions = pd.DataFrame({"article_id": ["a", "a", "b", "c"]})
    assert coverage_by_month(articles, mentions).values.tolist() == [["2025-01", 2, 3]]


def test_a_year_named_with_its_article_is_that_year():
    assert dates("Alors que l’année 2025 progresse, puis en l'an 2030.") == [
        ("l’année 2025", "2025-01-01", "2025-12-31"),
        ("l'an 2030", "2030-01-01", "2030-12-31"),
    ]


def test_the_timeline_reading_names_articles_without_dates():
    from helpers.narratives.readings import timeline_reading

    timeline = {"n_expressions": 3, "n_resolved": 2, "n_dated_articles": 2,
                "earliest": "2025-01-01", "latest": "2025-12-31", "no_dates": ["b"]}  # fmt: skip
    found = {"n_articles": 2, "labels": {"a": "Le Monde", "b": "Forbes"}, "timeline": timeline}
    text = timeline_reading(found)
    assert "the periods they name run from 2025-01-01 to 2025-12-31" in text
    assert "Forbes cites no date the patterns know" in text
