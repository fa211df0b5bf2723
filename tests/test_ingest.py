import pytest

from helpers.ingestion.corpus import CorpusError
from helpers.ingestion.ingest import ingest_corpus, merge_metadata
from tests.conftest import FRENCH_TEXT, SHIPPED_CORPUS

# Every line the shipped corpus loses, checked by reading the five files.
EXPECTED_REMOVALS = {
    "000_d2bf34d7984e8d4a": {1: "title", 30: "navigation"},
    "001_a1d30e7cbab89c1d": {1: "navigation", 3: "title", 7: "repeated_headline", 11: "hashtags"},
    "002_a7b06b123d16b80a": {
        2: "byline", 24: "related_link", 25: "call_to_action",
        **{line: "newsletter" for line in range(26, 35)},
    },
    "003_4fc832a691ec1be1": {3: "table_of_contents"},
    "004_8cb464f26fab8076": {
        2: "title", 3: "doubled_label", 5: "repeated_headline", 7: "byline", 8: "byline",
        9: "byline", 16: "photo_credit", 34: "photo_credit", 46: "photo_credit",
        60: "call_to_action", 61: "social_link", 62: "social_link", 63: "social_link",
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def shipped():
    return ingest_corpus(SHIPPED_CORPUS)


def test_shipped_corpus_loses_exactly_its_boilerplate(shipped):
    removed = {
        article: dict(zip(group["line_no"], group["reason"], strict=True))
        for article, group in shipped.removed_lines.groupby("article_id")
    }
    assert removed == EXPECTED_REMOVALS
    assert shipped.rejected.empty


def test_every_other_line_is_a_paragraph_at_its_raw_offsets(shipped):
    for article_id, group in shipped.paragraphs.groupby("article_id"):
        raw = (SHIPPED_CORPUS / f"{article_id}.txt").read_text(encoding="utf-8")
        for row in group.itertuples():
            assert raw[row.raw_start : row.raw_end] == row.text
        body_lines = [
            line.strip(" •\t")
            for number, line in enumerate(raw.split("\n"), start=1)
            if line.strip() and number not in EXPECTED_REMOVALS[article_id]
        ]
        assert group["text"].tolist() == body_lines
        assert group["paragraph_id"].tolist() == list(range(len(group)))


def test_cleaned_bodies_hold_no_boilerplate(shipped):
    body = "\n".join(shipped.paragraphs["text"])
    markers = ["Abonnez", "Likez", "Newsletter", "Crédit photo", "Table of Contents",
               "À lire également", "t.me/", "#tiktok", "Vedi tutti", "Rédaction :"]  # fmt: skip
    for marker in markers:
        assert marker not in body


def test_metadata_sheet_wins_over_the_byline(shipped):
    forbes = shipped.articles.set_index("article_id").loc["002_a7b06b123d16b80a"]
    assert forbes["outlet"] == "Forbes France"  # the byline says "Forbes US"
    assert forbes["author"] == "Alexandra S. Levine"
    assert merge_metadata({"title": "a", "author": "x"}, {"title": ""}, {"title": "b"}) == {
        "title": "b", "author": "x",
    }  # fmt: skip


def test_bad_files_are_reported_and_good_ones_kept(write):
    write("a.txt", FRENCH_TEXT)
    write("b_copy.txt", FRENCH_TEXT)
    write("c_english.txt", "The company said on Monday that it would appeal the ruling. " * 8)
    write("d_boilerplate.txt", "Newsletter quotidienne\nAbonnez-vous\nhttps://t.me/x\n")
    write("e_latin1.txt", FRENCH_TEXT.replace("’", "'").replace("«", '"').replace("»", '"'),
          encoding="latin-1")  # fmt: skip
    write("f_binary.txt", b"\x00\x01\x02binary")
    result = ingest_corpus(write.corpus)
    assert dict(zip(result.rejected["file"], result.rejected["reason"], strict=True)) == {
        "b_copy.txt": "duplicate_of:a",
        "c_english.txt": "language:en",
        "d_boilerplate.txt": "no_text",
        "e_latin1.txt": "duplicate_of:a",
        "f_binary.txt": "binary",
    }
    assert result.articles["article_id"].tolist() == ["a"]


def test_a_corpus_with_nothing_valid_names_the_folder(write):
    write("empty.txt", "")
    with pytest.raises(CorpusError, match=str(write.corpus)):
        ingest_corpus(write.corpus)


def test_worker_processes_read_a_large_corpus_as_one_process_would(monkeypatch):
    from helpers.ingestion import ingest

    alone = ingest_corpus(SHIPPED_CORPUS)
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 1)
    monkeypatch.setattr(ingest, "MAX_WORKERS", 2)
    monkeypatch.setattr(ingest.os, "cpu_count", lambda: 2)
    shared = ingest_corpus(SHIPPED_CORPUS)
    for name in ("articles", "paragraphs", "removed_lines", "rejected"):
        assert getattr(shared, name).equals(getattr(alone, name)), name
