import json

import pytest

from helpers.ingestion.corpus import CorpusError, Rejection, read_corpus, read_metadata_sheet
from tests.conftest import FRENCH_TEXT


def test_folder_is_read_in_name_order_and_ids_are_stems(write):
    write("b article.txt", FRENCH_TEXT)
    write("a.md", FRENCH_TEXT)
    write("metadata.csv", "article_id,title\na,Titre\n")
    items = list(read_corpus(write.corpus))
    assert [i.article_id for i in items] == ["a", "b article"]


def test_unusable_files_are_rejected_not_fatal(write):
    write("empty.txt", "")
    write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write("notes.docx", b"PK\x03\x04")
    write("good.txt", FRENCH_TEXT)
    items = list(read_corpus(write.corpus))
    rejections = {i.file: i.reason for i in items if isinstance(i, Rejection)}
    assert rejections == {
        "empty.txt": "empty",
        "image.txt": "binary",
        "notes.docx": "unsupported_type:.docx",
    }


def test_same_stem_twice_is_rejected(write):
    write("a.txt", FRENCH_TEXT)
    write("a.md", FRENCH_TEXT)
    items = list(read_corpus(write.corpus))
    assert isinstance(items[1], Rejection) and items[1].reason == "duplicate_id:a"


def test_csv_and_jsonl_exports_are_read_row_by_row(tmp_path):
    csv_path = tmp_path / "export.csv"
    csv_path.write_text('id,text,title\n1,"Texte un",Un\n2,"",Deux\n', encoding="utf-8")
    items = list(read_corpus(csv_path))
    assert items[0].article_id == "1" and items[0].metadata == {"title": "Un"}
    assert items[1] == Rejection("export.csv#2", "empty")

    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text(json.dumps({"id": 7, "text": "Texte", "author": "A"}) + "\n")
    (doc,) = read_corpus(jsonl)
    assert (doc.article_id, doc.file, doc.metadata) == ("7", "export.jsonl#7", {"author": "A"})


def test_export_without_text_column_is_rejected(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id,body\n1,x\n")
    assert list(read_corpus(path)) == [
        Rejection("export.csv", "bad_export:needs columns id and text")
    ]


def test_missing_corpus_says_what_to_do(tmp_path):
    with pytest.raises(CorpusError, match="corpus_dir"):
        list(read_corpus(tmp_path / "nowhere"))


def test_metadata_sheet_keeps_only_filled_fields(write):
    write("metadata.csv", "article_id,title,outlet,author,published,url,retrieved,evidence\n"
          "a,Titre,,Anne,2024-01-02,,,by hand\n")  # fmt: skip
    assert read_metadata_sheet(write.corpus) == {
        "a": {"title": "Titre", "author": "Anne", "published": "2024-01-02"}
    }


def test_malformed_metadata_sheet_is_a_clear_error(write):
    write("metadata.csv", "id,title\na,Titre\n")
    with pytest.raises(CorpusError, match="article_id"):
        read_metadata_sheet(write.corpus)
