"""The corpus exports open in their tools: IRaMuTeQ's parser rules, TXM's TXT+CSV layout,
a workbook that never runs article text as a formula, and the same bytes on a rerun."""

import csv
import hashlib
import io
import re
import zipfile

import pandas as pd
import pytest
from lxml import etree

from helpers.core.corpus_export import export_corpus
from helpers.core.corpus_export.iramuteq import starred_value
from helpers.core.corpus_export.xlsx import neutralise, write_workbook
from helpers.core.outputs import write_table
from helpers.core.paths import RunPaths
from helpers.core.schemas import TABLES

HOSTILE = {
    "title": '=HYPERLINK("http://example.invalid","clic")',
    "author": "+33 6 12 34 56 78",
    "outlet": "@Le Compte",
    "section": "-Société",
    "url": "\thttps://example.invalid/tab",
}


def _table(name, rows):
    columns = TABLES[name].columns
    return pd.DataFrame([{c: row.get(c, "") for c in columns} for row in rows], columns=columns)


@pytest.fixture
def run(tmp_path):
    """A run's tables: two articles (one with hostile metadata), entities, quotes, edges."""
    articles = [
        {"article_id": "news-20190604-LM-1", "outlet": "Le Monde (site web)",
         "published": "2019-06-04", "source_format": "europresse", "title": "Un titre",
         "language": "fr", "n_paragraphs": 3, "n_chars": 120, "sha256": "ab"},
        {"article_id": "Article spécial été", "published": "", "language": "fr",
         "n_paragraphs": 1, "n_chars": 40, "sha256": "cd", "source_format": "text", **HOSTILE},
    ]  # fmt: skip
    paragraphs = [
        {"article_id": "news-20190604-LM-1", "paragraph_id": 0, "role": "body",
         "text": "*** Premier paragraphe, avec des astérisques."},
        {"article_id": "news-20190604-LM-1", "paragraph_id": 1, "role": "caption",
         "text": "Légende de la photo."},
        {"article_id": "news-20190604-LM-1", "paragraph_id": 2, "role": "body",
         "text": "-*thème Deuxième paragraphe."},
        {"article_id": "Article spécial été", "paragraph_id": 0, "role": "body",
         "text": "=1+1 n'est pas une formule ici."},
    ]  # fmt: skip
    tables = {
        "articles": _table("articles", articles),
        "paragraphs": _table("paragraphs", paragraphs),
        "entities": _table("entities", [{"entity": "=Ventalis", "label": "ORG", "n_mentions": 4,
                                          "n_articles": 2}]),
        "edges": _table("edges", [{"source": "A", "target": "B", "count": 3, "weight": -0.25,
                                    "evidence": "@phrase de preuve"}]),
        "quotes": _table("quotes", [{"article_id": "news-20190604-LM-1", "quote_id": 0,
                                      "paragraph_id": 0, "start_char": 0, "end_char": 5,
                                      "quote": "+une citation", "speaker": "Jeanne"}]),
    }  # fmt: skip
    for name, frame in tables.items():
        table = TABLES[name]
        write_table(frame, tmp_path / "data" / "processed" / table.file, table.columns,
                    table.sort_by)  # fmt: skip
    return RunPaths(corpus=tmp_path / "corpus", out=tmp_path)


def _parse_iramuteq(text):
    """IRaMuTeQ's reading of a corpus: texts opened by ``****`` lines of starred variables."""
    texts = []
    for line in text.split("\n"):
        if line.startswith("****"):
            assert re.fullmatch(r"\*{4}(?: \*[A-Za-z0-9]+_[A-Za-z0-9_]+)+", line), line
            variables = dict(v[1:].split("_", 1) for v in line.split()[1:])
            assert len(variables) == len(line.split()) - 1  # each name once
            texts.append({"variables": variables, "lines": []})
        elif line:
            assert texts, "text before the first **** line"
            assert not line.startswith(("*", "-*")), line  # variable or thematic lines
            assert "****" not in line
            texts[-1]["lines"].append(line)
    return texts


def test_iramuteq_corpus_follows_the_parser_rules(run):
    export_corpus(run)
    text = (run.out / "data/exports/iramuteq/corpus.txt").read_text(encoding="utf-8")
    first, second = _parse_iramuteq(text)
    assert first["variables"] == {
        "id": "article_special_ete", "outlet": "le_compte", "year": "na", "month": "na",
        "source": "text",
    }  # fmt: skip
    assert second["variables"]["outlet"] == "le_monde_site_web"
    assert second["variables"]["month"] == "2019_06"
    assert second["lines"] == [
        "Premier paragraphe, avec des astérisques.",
        "- thème Deuxième paragraphe.",
    ]  # captions are left out; no asterisk survives


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Le Monde (site web)", "le_monde_site_web"), ("L'Écho des Monts", "l_echo_des_monts"),
     ("2019-06", "2019_06"), ("", "na"), ("«»", "na"),
     ("news·20190604·LM·1", "news_20190604_lm_1")],
)  # fmt: skip
def test_starred_values_hold_letters_digits_and_underscores(value, expected):
    assert starred_value(value) == expected


def test_txm_layout_texts_and_metadata(run):
    export_corpus(run)
    folder = run.out / "data/exports/txm"
    rows = list(csv.DictReader(io.StringIO((folder / "metadata.csv").read_text("utf-8"))))
    assert list(rows[0])[0] == "id"
    assert {r["id"] for r in rows} == {p.stem for p in folder.glob("*.txt")}
    by_article = {r["article"]: r for r in rows}
    assert by_article["Article spécial été"]["id"] == "article_special_ete"  # ASCII-safe name
    assert by_article["news-20190604-LM-1"]["month"] == "2019-06"
    assert all(re.fullmatch(r"[a-z]+", column) for column in rows[0])
    text = (folder / "news-20190604-LM-1.txt").read_text("utf-8")
    assert text == "*** Premier paragraphe, avec des astérisques.\n\n-*thème Deuxième paragraphe.\n"


def _workbook(path):
    """Each sheet's cells as (type, text), read from the XLSX's XML; the number of
    cells that hold a formula; each sheet's header row."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as package:
        shared = [
            "".join(si.itertext())
            for si in etree.fromstring(package.read("xl/sharedStrings.xml")).findall("m:si", ns)
        ]
        names = [
            s.get("name")
            for s in etree.fromstring(package.read("xl/workbook.xml")).iter(f"{{{ns['m']}}}sheet")
        ]
        sheets, formulas, headers = {}, 0, {}
        for index, name in enumerate(names, start=1):
            root = etree.fromstring(package.read(f"xl/worksheets/sheet{index}.xml"))
            formulas += len(root.findall(".//m:f", ns))
            cells = []
            for cell in root.iter(f"{{{ns['m']}}}c"):
                value = cell.find("m:v", ns)
                kind = cell.get("t", "n")
                text = shared[int(value.text)] if kind == "s" else value.text
                # the format escapes control characters as _xHHHH_
                text = re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)), text)
                cells.append((kind, text))
                if re.fullmatch(r"[A-Z]+1", cell.get("r")):
                    headers.setdefault(name, []).append(text)
            sheets[name] = cells
    return sheets, formulas, headers


def test_workbook_neutralises_formulas_and_keeps_numbers(run):
    export_corpus(run)
    sheets, formulas, _ = _workbook(run.out / "data/exports/corpus.xlsx")
    assert list(sheets) == ["about", "articles", "entities", "quotes", "edges"]
    assert formulas == 0
    strings = [text for cells in sheets.values() for kind, text in cells if kind == "s"]
    for value in [*HOSTILE.values(), "=Ventalis", "@phrase de preuve", "+une citation",
                  "=1+1 n'est pas une formule ici."]:  # fmt: skip
        assert "'" + value in strings, value
    assert not [s for s in strings if s.startswith(("=", "+", "-", "@", "\t", "\r"))]
    numbers = [float(text) for kind, text in sheets["edges"] if kind == "n"]
    assert -0.25 in numbers and 3.0 in numbers  # a negative number is not text


def test_neutralise_leaves_ordinary_text_alone():
    assert neutralise("Le Monde") == "Le Monde"
    assert neutralise("-1") == "'-1"  # text that looks like a number is still text
    assert neutralise("\r© 2019") == "'\r© 2019" and neutralise("\tx") == "'\tx"


def test_a_carriage_return_at_the_start_of_a_cell_is_neutralised(tmp_path):
    table = pd.DataFrame({"article_id": ["a"], "rights": ["\r=1+1"], "n_chars": [12]})
    path = write_workbook({"articles": table}, {"a": ["Texte."]}, tmp_path / "w.xlsx")
    sheets, formulas, _ = _workbook(path)
    assert formulas == 0
    assert ("s", "'\r=1+1") in sheets["articles"] and ("n", "12") in sheets["articles"]


def test_exports_are_byte_stable(run):
    def digests():
        files = export_corpus(run).files
        return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}

    assert digests() == digests()
    with zipfile.ZipFile(run.out / "data/exports/corpus.xlsx") as package:
        assert {i.date_time for i in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"2000-01-01T00:00:00Z" in package.read("docProps/core.xml")


def test_without_share_text_only_ids_and_metadata(run):
    result = export_corpus(run, share_text=False)
    assert [f.name for f in result.files] == ["corpus.xlsx"]
    assert "share_text is false" in result.messages[0]
    assert not (run.out / "data/exports/iramuteq").exists()
    sheets, _, headers = _workbook(run.out / "data/exports/corpus.xlsx")
    strings = {text for cells in sheets.values() for kind, text in cells}
    assert "text" not in headers["articles"] and "code" in headers["articles"]
    assert "quote" not in headers["quotes"] and "evidence" not in headers["edges"]
    assert "'+une citation" not in strings and "'@phrase de preuve" not in strings
    assert "news-20190604-LM-1" in strings


def test_a_run_without_the_later_stages_says_so(run):
    (run.processed / "edges.csv").unlink()
    result = export_corpus(run)
    assert any("no edges sheet" in m for m in result.messages)


def test_iramuteq_ids_stay_apart_when_they_reduce_to_the_same_letters():
    from helpers.core.corpus_export.iramuteq import starred_ids

    assert starred_ids(["Article-1", "article_1"]) == {
        "Article-1": "article_1",
        "article_1": "article_1_2",
    }
