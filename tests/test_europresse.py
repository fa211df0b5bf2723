"""Europresse HTML exports: the three layouts and every quirk the readers handle.

The fixtures in tests/fixtures/europresse/ follow the structure of real exports
(checked against public sample exports) with invented text, one quirk each:
current layout with kicker, subtitle, lead, aside, search-term highlighting
inside a word, an obfuscated e-mail, « Lire aussi » paragraphs, a web item with
the closing « Cet article est paru dans » link, a link-only stub, the same
story in two editions; the 2015 and 2013 layouts; a second batch file that
repeats a document.
"""

import re
import shutil

import pytest

from helpers.ingestion.corpus import read_corpus
from helpers.ingestion.ingest import ingest_corpus
from helpers.ingestion.sources.common import DOCUMENT_ID, is_footer_line, safe_id
from helpers.ingestion.sources.dates import parse_date, text_before_date
from helpers.ingestion.sources.detect import read_export
from helpers.ingestion.sources.europresse import read_europresse, split_outlet
from helpers.ingestion.sources.html import parse_html, restore_emails, text_of
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "europresse"
FOOTER = re.compile(
    r"Tous droits|©|Certificat émis|certificat est émis|news·|web·|Numéro de document"
    r"|Le présent document est protégé|protected|Cet article est paru",
    re.I,
)


def _records(name):
    return read_europresse((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def current():
    return {r.source_id: r for r in _records("batch_1_current_layout.HTML")}


def test_current_layout_header_fields(current):
    print_article = current["news·20190604·CDV·0a1b2c_3456"]
    assert print_article.metadata == {
        "title": "Le parc éolien de la Combe-Noire divise la vallée",
        "outlet": "Le Courrier du Val",  # « , no. 12345 » is the issue, not the outlet
        "published": "2019-06-04",
        "section": "Économie",
        "author": "Claire Montel",  # « Par » is not part of the name
        "rights": "© 2019 Le Courrier du Val. Tous droits réservés.",
    }


def test_current_layout_body_is_lead_then_text_without_aside_or_footer(current):
    paragraphs = current["news·20190604·CDV·0a1b2c_3456"].paragraphs
    assert paragraphs[0].startswith("Le projet de douze turbines")  # the subtitle
    assert paragraphs[1].startswith("Les habitants de Saint-Aubin")  # the lead
    body = "\n".join(paragraphs)
    assert "parc éolien de la Combe-Noire, qui compterait" in body  # <mark>éol</mark>ien
    assert "Illustration" not in body and "Réunion publique organisée" not in body
    assert not FOOTER.search(body)


def test_obfuscated_email_is_decoded(current):
    body = "\n".join(current["news·20190604·CDV·0a1b2c_3456"].paragraphs)
    assert "Pour écrire à la rédaction : redaction@courrier-val.example" in body


def test_placeholder_without_its_code_is_removed():
    root = parse_html("<p>Écrire à <span>[email&#160;protected]</span> avant lundi.</p>")
    restore_emails(root)
    assert text_of(root) == "Écrire à avant lundi."


def test_web_item_keeps_its_url_and_time_of_day_is_not_the_date(current):
    web = current["web·20190604·GDL·a1-b2_c3·x"]
    assert web.metadata["url"] == (
        "https://www.gazette-des-lacs.example/region/combe-noire-prefecture-etude"
    )
    assert web.metadata["outlet"] == "La Gazette des Lacs"
    assert web.metadata["edition"] == "site web"
    assert web.metadata["published"] == "2019-06-04"
    assert web.metadata["author"] == "Hugo Barral"  # « Propos recueillis par; »
    body = "\n".join(web.paragraphs)
    assert not FOOTER.search(body)  # the agency's rights line and the link are gone


def test_link_only_stub_is_kept_as_no_full_text(current):
    stub = current["web·20190603·JDC·9z8y7x"]
    assert stub.rejection == "no_full_text"
    assert stub.metadata["edition"] == "site web réf."


def test_regional_editions_are_kept_apart_from_the_outlet(current):
    vallee = current["news·20190601·PRV·777001"]
    assert vallee.metadata["outlet"] == "Le Petit Régional"
    assert vallee.metadata["edition"] == "Édition de la Vallée ; Édition du Plateau"
    assert vallee.metadata["section"] == "Locale"
    assert vallee.metadata["published"] == "2019-06-01"  # « samedi 1er juin 2019 … p. VAL12 »


def test_2015_layout():
    (record,) = _records("layout_2015.html")
    assert record.source_id == "news·20190612·TDV·0q1203_998877"
    assert record.metadata["author"] == "Nadia Perrin"  # a bare <div> after the title
    # a section named like a month: the date is the day, month and year together
    assert record.metadata["section"] == "Mars"
    assert record.metadata["published"] == "2019-06-12"
    assert record.paragraphs[0].startswith("Le vote sur le parc éolien de la Combe-Noire")
    assert not FOOTER.search("\n".join(record.paragraphs))


def test_2013_layout_with_a_false_charset_and_malformed_attributes():
    data = (FIXTURES / "layout_2013.htm").read_bytes()
    assert b"charset=ISO-8859-1" in data and b'.css""' in data  # as real exports have them
    export = read_export(data)
    (record,) = export.records
    assert export.source_format == "europresse"
    assert record.metadata == {
        "title": "Les éoliennes de la discorde",  # TitreArticleVisu, highlight inside a word
        "outlet": "L'Écho des Monts",
        "published": "2013-10-03",
        "section": "Environnement",
        "author": "Rémi Castagne",
        "rights": "© 2013 L'Écho des Monts. Tous droits réservés.",
    }
    assert record.source_id == "news·20131003·EM·2040056001"
    assert record.paragraphs[0].startswith("Dans la vallée, le projet de parc éolien")
    assert not FOOTER.search("\n".join(record.paragraphs))


@pytest.mark.parametrize(
    ("lines", "outlet", "edition"),
    [
        (["Le Quotidien, no. 12345"], "Le Quotidien", ""),
        (["Le Journal (site web)"], "Le Journal", "site web"),
        (["Le Journal (site web) - Le Journal"], "Le Journal", "site web"),
        (["Agence (France) (site web réf.) - Agence FR"], "Agence (France)", "site web réf."),
        (["Le Quotidien, no. 7990", "1e EDITION"], "Le Quotidien", "1e EDITION"),
        (["Le Régional (site web)", "Edition principale"], "Le Régional",
         "site web ; Edition principale"),
        (["La Tribune (Ville)"], "La Tribune (Ville)", ""),
    ],
)  # fmt: skip
def test_outlet_names_are_normalised_and_editions_kept(lines, outlet, edition):
    assert split_outlet(lines) == (outlet, edition)


@pytest.mark.parametrize(
    ("header", "date", "section"),
    [
        ("mardi 4 juin 2019 870 mots, p. 7", "2019-06-04", ""),
        ("mardi 4 juin 2019 - 08:15:00 -0000 980 mots", "2019-06-04", ""),
        ("vendredi 20 octobre 2023 - 17:36 UTC +02:00 1162 mots", "2023-10-20", ""),
        ("Actu | france, dimanche 22 octobre 2023 1267 mots, p. LYON8,VALS8", "2023-10-22",
         "Actu | france"),
        ("_Le Fait du jour, jeudi 24 novembre 2022 800 mots, p. 2", "2022-11-24",
         "Le Fait du jour"),
        ("Mars, mercredi 12 juin 2019, p. 16", "2019-06-12", "Mars"),
        ("samedi 17 décembre 2022 2401 mots, p. 4,5,6,8", "2022-12-17", ""),
        ("1er mai 2019", "2019-05-01", ""),
        ("18 octobre 2023 1253 mots", "2023-10-18", ""),
        ("Thursday, December 22, 2022 13887 mots, p. 819(40)", "2022-12-22", ""),
        ("31 février 2019", "", ""),
    ],
)  # fmt: skip
def test_the_date_is_matched_whatever_surrounds_it(header, date, section):
    assert parse_date(header) == date
    assert text_before_date(header) == section


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("news·20190604·LM·0q1503_1256056", "news·20190604·LM·0q1503_1256056"),
        ("Numéro de document : news·20121004·PO·2040056000", "news·20121004·PO·2040056000"),
        ("web·20231018·CCMC·1158326_80496_119", "web·20231018·CCMC·1158326_80496_119"),
        ("web·20231018·X·a-b·c·d", "web·20231018·X·a-b·c·d"),
    ],
)  # fmt: skip
def test_document_ids_run_from_prefix_and_date_to_the_end_of_the_token(token, expected):
    assert DOCUMENT_ID.search(token).group("id") == expected
    assert is_footer_line(token)


def test_folder_of_batches_runs_through_ingestion():
    result = ingest_corpus(FIXTURES)
    articles = result.articles.set_index("article_id")
    rejected = dict(zip(result.rejected["file"], result.rejected["reason"], strict=True))
    assert rejected == {
        "batch_1_current_layout.HTML#web-20190603-JDC-9z8y7x": "no_full_text",
        "batch_1_current_layout.HTML#news-20190601-PRV-777001":
            "duplicate_of:news-20190601-PRP-777002",  # the same story in another edition
        "batch_2_overlap.html#news-20190604-CDV-0a1b2c_3456":
            "duplicate_document:news-20190604-CDV-0a1b2c_3456",  # the same document again
    }  # fmt: skip
    assert sorted(articles.index) == [
        "layout_2013", "layout_2015", "news-20190601-PRP-777002",
        "news-20190604-CDV-0a1b2c_3456", "news-20190611-CDV-0a1b2c_3999",
        "web-20190604-GDL-a1-b2_c3-x",
    ]  # fmt: skip
    for field in ("title", "outlet", "published"):
        assert (articles[field] != "").all(), field
    assert set(articles["source_format"]) == {"europresse"}
    assert (articles["rights"].str.startswith("©")).all()
    assert not result.paragraphs["text"].str.contains(FOOTER).any()
    removed = dict(zip(result.removed_lines["text"], result.removed_lines["reason"], strict=True))
    assert removed["» LIRE AUSSI - Éoliennes : ce que change la nouvelle loi pour les communes "
                   "rurales"] == "related_link"  # fmt: skip
    assert removed["Combe-Noire : la préfecture demande une nouvelle étude"] == "repeated_headline"


def test_article_ids_are_filesystem_safe_and_stable():
    first = [d.article_id for d in read_corpus(FIXTURES) if hasattr(d, "article_id")]
    second = [d.article_id for d in read_corpus(FIXTURES) if hasattr(d, "article_id")]
    assert first == second
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", a) for a in first)
    assert safe_id("news·20190604·LM·0q1503_1256056") == "news-20190604-LM-0q1503_1256056"


def test_format_comes_from_the_content_not_the_name(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / "layout_2015.html", corpus / "renamed.txt")
    shutil.copy(FIXTURES / "batch_2_overlap.html", corpus / "no_extension")
    documents = list(read_corpus(corpus))
    assert {d.source_format for d in documents} == {"europresse"}
    # a file of one document keeps its stem; a batch names each document by its id
    assert [d.article_id for d in documents] == [
        "news-20190604-CDV-0a1b2c_3456", "news-20190611-CDV-0a1b2c_3999", "renamed",
    ]  # fmt: skip


@pytest.mark.slow
def test_the_pipeline_runs_on_a_folder_of_europresse_exports(tmp_path):
    """`make run CORPUS=folder OUT=…` on the Europresse fixtures, through papermill."""
    import json

    from helpers.core.outputs import read_table
    from helpers.pipeline.run import MANIFEST, execute

    out = tmp_path / "out"
    execute(
        corpus=str(FIXTURES), out=str(out),
        overrides={"model": "fr_core_news_sm", "n_bootstrap": 20},
    )  # fmt: skip
    processed = out / "data" / "processed"
    articles = read_table(processed / "articles.csv").set_index("article_id")
    rejected = read_table(processed / "rejected.csv")
    assert len(articles) == 6 and len(rejected) == 3  # every document analysed or reported
    for field in ("title", "outlet", "published"):
        assert (articles[field] != "").mean() >= 0.95, field
    assert articles.loc["web-20190604-GDL-a1-b2_c3-x", "url"].startswith("https://")
    assert articles.loc["news-20190601-PRP-777002", "edition"] == "Édition du Plateau"
    assert set(articles["source_format"]) == {"europresse"}
    assert articles["source_id"].str.contains("·").all()
    paragraphs = read_table(processed / "paragraphs.csv")
    assert not paragraphs["text"].str.contains(FOOTER).any()
    manifest = json.loads((processed / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["source_formats"] == {"europresse": 6}
    exports = out / "data" / "exports"
    corpus = (exports / "iramuteq" / "corpus.txt").read_text(encoding="utf-8")
    assert corpus.count("**** ") == 6 and "*source_europresse" in corpus
    assert len(list((exports / "txm").glob("*.txt"))) == 6
    assert (exports / "corpus.xlsx").is_file()
