"""The generated prose of notebook 02 about quotations."""

import pandas as pd

from helpers.entities.readings import _quote_counts, quotes_overview

COLUMNS = ["article_id", "quote_id", "kind", "speaker_type", "speaker_entity"]


def test_the_quotations_overview_counts_utterances_once_and_keeps_other_kinds_apart():
    quotes = pd.DataFrame(
        [["a", 1, "direct", "person", "Jeanne Martin"],
         ["a", 1, "direct", "person", "Jeanne Martin"],  # one quotation over two paragraphs
         ["a", 2, "direct", "description", ""],
         ["b", 1, "indirect", "person", "Paul Durand"],
         ["b", 2, "pull_quote", "person", "Jeanne Martin"]],
        columns=COLUMNS,
    )  # fmt: skip
    text = quotes_overview({"n_articles": 3, "quotes": _quote_counts(quotes)})
    assert text.startswith("2 direct quotations in 1 article of 3")
    assert "1 passage of reported speech" in text and "1 pull quote repeating" in text
    assert "50 % by a person" in text and "1 canonical entity speaks" in text


def test_no_quotation_is_said_plainly():
    empty = pd.DataFrame(columns=COLUMNS)
    assert "No quotation" in quotes_overview({"n_articles": 2, "quotes": _quote_counts(empty)})
