"""Sentence repair: the co-occurrence unit, the evidence readers see, the frame of quotes.

Each case is a pattern met in real coverage, written here with invented words; the
parser's boundaries are given explicitly, so the test checks the repair alone.
"""

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc

from helpers.parsing.extract import sentence_spans
from tests.conftest import ROOT

VOCAB = spacy.blank("fr").vocab


def repaired(words: list[str], starts: list[int]) -> list[str]:
    flags = [i in starts for i in range(len(words))]
    doc = Doc(VOCAB, words=words, sent_starts=flags)
    return [doc[a:b].text for a, b in sentence_spans(doc)]


@pytest.mark.parametrize(
    ("words", "starts", "expected"),
    [
        # the closing guillemet put at the start of the next sentence
        ("« Nous partons . » Elle sourit .".split(), [0, 4],
         ["« Nous partons . »", "Elle sourit ."]),
        # an opening guillemet left alone
        ("Il dit : « Non merci . »".split(), [0, 3, 4], ["Il dit :", "« Non merci . »"]),
        # a name cut after its hyphen
        ("Le duo Clerc- Marin avance .".split(), [0, 3], ["Le duo Clerc- Marin avance ."]),
        # a clause cut before a lowercase word
        ("Il parle de « paix » et part .".split(), [0, 6], ["Il parle de « paix » et part ."]),
        # a full stop alone
        ("La séance est levée . . Tous sortent .".split(), [0, 5, 6],
         ["La séance est levée . .", "Tous sortent ."]),
        # nothing to repair
        ("Elle vote . Il s’abstient .".split(), [0, 3], ["Elle vote .", "Il s’abstient ."]),
    ],
)  # fmt: skip
def test_sentence_boundaries_are_repaired(words, starts, expected):
    assert repaired(words, starts) == expected


def test_spans_cover_the_doc_without_gap():
    words = "« Oui » . Non , dit -il .".split()
    doc = Doc(VOCAB, words=words, sent_starts=[i in (0, 2, 3, 4) for i in range(len(words))])
    spans = sentence_spans(doc)
    assert spans[0][0] == 0 and spans[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_no_sentence_of_the_shipped_corpus_is_punctuation_only():
    sentences = pd.read_csv(ROOT / "data/processed/sentences.csv", keep_default_na=False)
    assert sentences["text"].str.contains(r"\w").all()
    assert not sentences["text"].str.match(r"^[a-zà-ÿ]").any()  # none opens mid-clause
