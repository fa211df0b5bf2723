"""Factiva (HTML, RTF), Nexis Uni (DOCX) and Media Cloud (CSV) exports, and a folder
that mixes them. Fixtures are invented text in each format's structure."""

import shutil

import pytest

from helpers.ingestion.corpus import CorpusError, Rejection, read_corpus
from helpers.ingestion.ingest import ingest_corpus
from helpers.ingestion.sources.detect import read_export
from helpers.ingestion.sources.nexis import read_nexis
from tests.conftest import FRENCH_TEXT, ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def build_nexis_docx(description, path):
    """A Nexis Uni DOCX from its paragraph-per-line description (see the fixture's README)."""
    import docx

    document = docx.Document()
    for line in description.read_text(encoding="utf-8").split("\n"):
        if line.startswith("[table] "):
            cells = [c.strip() for c in line.removeprefix("[table] ").split("|")]
            table = document.add_table(rows=1, cols=len(cells))
            for cell, text in zip(table.rows[0].cells, cells, strict=True):
                cell.text = text
            continue
        paragraph = document.add_paragraph()
        for index, part in enumerate(line.replace("{NBSP}", "\xa0").split("{BR}")):
            run = paragraph.add_run(part)
            if index < len(line.split("{BR}")) - 1:
                run.add_break()
    document.core_properties.author = "fixture"
    document.save(path)
    return path


@pytest.fixture
def nexis_docx(tmp_path):
    return build_nexis_docx(FIXTURES / "nexis" / "nexis_export.txt", tmp_path / "nexis.DOCX")


def _by_id(export):
    return {r.source_id: r for r in export.records}


def test_factiva_html_in_the_french_interface():
    export = read_export((FIXTURES / "factiva" / "factiva_fr.html").read_bytes())
    assert export.source_format == "factiva"
    records = _by_id(export)
    assert list(records) == ["CDVAL00020190618ef6i00001", "GDLAC00020190620ef6k00002"]
    first = records["CDVAL00020190618ef6i00001"]  # read once despite its wrapper div.article
    assert first.metadata == {
        "title": "Combe-Noire : Ventalis revoit son projet à la baisse",
        "author": "Claire Montel",  # the e-mail address is left out
        "published": "2019-06-18",
        "outlet": "Le Courrier du Val",
        "edition": "Vallée",
        "section": "Région",
        "source_language": "fr",
        "rights": "(c) Copyright 2019 Le Courrier du Val.",
    }
    assert first.paragraphs[0].startswith("La société Ventalis a annoncé lundi")  # LP first
    assert first.paragraphs[1].startswith("C'est un geste envers les habitants")  # drop cap
    assert len(first.paragraphs) == 3
    assert "NS" not in " ".join(first.paragraphs) and "genv" not in " ".join(first.paragraphs)


def test_factiva_html_in_the_english_interface():
    records = _by_id(read_export((FIXTURES / "factiva" / "factiva_en.html").read_bytes()))
    article = records["ECOMAS0020190625ef6p00003"]
    assert article.metadata["published"] == "2019-06-25"  # « 25 June 2019 »
    assert article.metadata["source_language"] == "fr"  # « French »
    assert records["ECOMAS0020190626ef6q00004"].metadata["published"] == "2019-06-26"
    assert records["ECOMAS0020190626ef6q00004"].rejection == "no_full_text"  # no LP, no TD


def test_factiva_rtf_with_field_codes():
    export = read_export((FIXTURES / "factiva" / "factiva_indexed.rtf").read_bytes())
    first, second = export.records
    assert first.source_id == "TRIBVA0020190702ef7200005"
    assert first.metadata["title"] == "Le préfet prolonge l'enquête publique"
    assert first.metadata["published"] == "2019-07-02"
    assert first.metadata["rights"] == "(c) Copyright 2019 La Tribune des Vallées."
    assert len(first.paragraphs) == 3  # one LP paragraph, two TD paragraphs
    assert second.metadata["outlet"] == "L'Écho des Monts"


def test_factiva_rtf_without_field_codes_says_how_to_export(tmp_path):
    shutil.copy(FIXTURES / "factiva" / "factiva_without_codes.rtf", tmp_path / "f.rtf")
    (rejection,) = read_corpus(tmp_path / "f.rtf")
    assert rejection.reason.startswith("bad_export:")
    assert "Full Article/Report plus Indexing" in rejection.reason


def test_another_rtf_is_not_taken_for_an_export(tmp_path):
    (tmp_path / "letter.rtf").write_text(r"{\rtf1\ansi Bonjour\par}")
    assert list(read_corpus(tmp_path / "letter.rtf")) == [
        Rejection("letter.rtf", "unsupported_type:.rtf")
    ]


def test_nexis_docx_skips_the_cover_page(nexis_docx):
    export = read_export(nexis_docx.read_bytes())
    assert export.source_format == "nexis"
    first, second, brief = export.records
    assert first.metadata == {
        "published": "2019-07-05",
        "outlet": "La Tribune des Vallées",
        "title": "Combe-Noire : les opposants déposent un recours",
        "rights": "Copyright 2019 La Tribune des Vallées. Tous droits réservés",
        "section": "RÉGION",
        "author": "Nadia Perrin",
    }
    assert first.paragraphs[0].startswith("L'association Vallée vivante a déposé")
    assert len(first.paragraphs) == 2  # Load-Date is not text
    # « July 9, 2019 Tuesday 6:30 AM GMT »; the Dateline label holds another date
    assert second.metadata["published"] == "2019-07-09"
    assert second.metadata["source_language"] == "fr"
    assert not any("Classification" in p or "Subject" in p for p in second.paragraphs)
    assert brief.rejection == "no_full_text"


def test_nexis_document_ids_are_stable_and_safe(nexis_docx, tmp_path):
    def ids(path):
        return [d.article_id for d in read_corpus(path) if not isinstance(d, Rejection)]

    again = build_nexis_docx(FIXTURES / "nexis" / "nexis_export.txt", tmp_path / "again.docx")
    assert ids(again) == ids(nexis_docx)
    assert [i[:17] for i in ids(nexis_docx)] == ["nexis-2019-07-05-", "nexis-2019-07-09-"]


def test_nexis_blocks_are_split_on_end_of_document():
    records = read_nexis(["T", "Outlet", "4 juin 2019", "Body", "Texte.", "End of Document"])
    assert records[0].metadata["title"] == "T" and records[0].paragraphs == ["Texte."]


def test_media_cloud_list_fills_metadata_by_id_and_by_url():
    result = ingest_corpus(FIXTURES / "mediacloud")
    articles = result.articles.set_index("article_id")
    by_id = articles.loc["e5f6a7b8"]  # the file is named by the story id
    assert (by_id["title"], by_id["outlet"], by_id["published"], by_id["source_language"]) == (
        "Ventalis promet des retombées pour les communes", "Le Courrier du Val", "2019-06-11",
        "fr",
    )  # fmt: skip
    by_url = articles.loc["club-randonnee"]  # metadata.csv gives its URL; legacy columns
    assert by_url["outlet"] == "Le Petit Régional" and by_url["published"] == "2019-06-13"
    assert by_url["author"] == "Lucie Garnier"  # from metadata.csv
    assert by_url["url"] == "https://petit-regional.example/vallee/club-randonnee/"  # sheet wins
    assert result.rejected.empty  # the lists are sheets, not articles


def test_a_media_cloud_list_alone_says_what_is_missing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / "mediacloud" / "stories.csv", corpus / "stories.csv")
    with pytest.raises(CorpusError, match=r"Media Cloud.*not its text.*named by its `id`"):
        ingest_corpus(corpus)
    with pytest.raises(CorpusError, match="Media Cloud"):
        ingest_corpus(corpus / "stories.csv")


def test_a_media_cloud_list_with_text_is_read_as_articles(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_text(
        "id,language,media_name,media_url,publish_date,title,url,text\n"
        f'77,fr,Le Site,site.example,2019-06-04 08:00:00,Titre,https://site.example/a,"{FRENCH_TEXT}"\n',
        encoding="utf-8",
    )
    (doc,) = read_corpus(path)
    assert (doc.source_format, doc.source_id, doc.metadata["outlet"]) == (
        "mediacloud",
        "77",
        "Le Site",
    )


def test_metadata_precedence_sheet_then_media_cloud_then_export_then_byline(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / "europresse" / "layout_2015.html", corpus / "tribune.html")
    (corpus / "stories.csv").write_text(
        "id,indexed_date,language,media_name,media_url,publish_date,title,url\n"
        "tribune,2019-06-13,fr,Tribune (liste),t.example,2019-06-12,Titre de la liste,\n",
        encoding="utf-8",
    )
    (corpus / "metadata.csv").write_text("article_id,title\ntribune,Titre du chercheur\n")
    (row,) = ingest_corpus(corpus).articles.to_dict("records")
    assert row["title"] == "Titre du chercheur"  # metadata.csv
    assert row["outlet"] == "Tribune (liste)"  # Media Cloud over the export
    assert row["author"] == "Nadia Perrin"  # the export (no byline parser needed)
    assert row["source_format"] == "europresse"


def test_a_folder_may_mix_formats(tmp_path, nexis_docx):
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    shutil.copy(FIXTURES / "europresse" / "layout_2015.html", corpus / "europresse.html")
    shutil.copy(FIXTURES / "factiva" / "factiva_fr.html", corpus / "factiva.htm")
    shutil.copy(FIXTURES / "factiva" / "factiva_indexed.rtf", corpus / "factiva.rtf")
    shutil.copy(nexis_docx, corpus / "nexis.docx")
    (corpus / "article.txt").write_text(FRENCH_TEXT * 2, encoding="utf-8")
    result = ingest_corpus(corpus)
    formats = result.articles["source_format"].value_counts().to_dict()
    assert formats == {"factiva": 4, "nexis": 2, "europresse": 1, "text": 1}
    assert list(result.rejected["reason"]) == ["no_full_text"]  # the Nexis brief
    assert (result.articles.query("source_format != 'text'")["published"] != "").all()
