"""What the notebooks show: long tables say where the rest is; article cards."""

import pandas as pd

from helpers.core.report import SHOWN_HEAD, SHOWN_WHOLE, preview
from helpers.ingestion.cards import article_cards


def test_a_table_of_up_to_fifty_rows_is_shown_whole():
    table = pd.DataFrame({"n": range(SHOWN_WHOLE)})
    html = preview(table, "data/processed/x.csv")._repr_html_()
    assert html == table._repr_html_() and "x.csv" not in html


def test_a_longer_table_shows_its_top_rows_and_names_the_csv():
    table = pd.DataFrame({"quote": [f"« phrase {i} entière »" for i in range(SHOWN_WHOLE + 1)]})
    html = preview(table, "data/processed/quotes.csv")._repr_html_()
    assert f"first {SHOWN_HEAD} of {SHOWN_WHOLE + 1} rows" in html
    assert "data/processed/quotes.csv" in html and "« phrase 19 entière »" in html
    assert "« phrase 20 entière »" not in html


def test_article_cards_give_metadata_translation_and_removed_lines():
    articles = pd.DataFrame(
        {"article_id": ["b", "a"], "title": ["Grève <à> Lyon", "Autre"],
         "outlet": ["Le Progrès", ""], "published": ["2024-03-02", ""], "author": ["", ""],
         "language": ["fr", "fr"], "n_chars": [2400, 900], "n_paragraphs": [6, 2]}
    )  # fmt: skip
    removed = pd.DataFrame(
        {"article_id": ["b", "b", "b"], "reason": ["byline", "photo_credit", "photo_credit"]}
    )
    html = article_cards(articles, removed, translated=["b"], limit=1)
    assert "Autre" in html and "Grève" not in html  # the first by id only
    assert "1 more article:" in html
    html = article_cards(articles, removed, translated=["b"], limit=5)
    assert "Grève &lt;à&gt; Lyon" in html and "Le Progrès" in html
    assert "2 photo_credit, 1 byline" in html and "yes (its byline says so)" in html
    assert "2,400 characters in 6 paragraphs" in html


_SCORES_HEADER = (
    "article_id,split,system,n_gold,precision,recall,f1,speaker_accuracy,"
    "found_with_right_speaker,measured,{time}label,commit\n"
)


def _scores(tmp_path, monkeypatch, rows, time=False):
    """The dev-set module reading quote scores of ``rows`` from a project in ``tmp_path``."""
    import helpers.core.devset as devset

    (tmp_path / "tests/devset").mkdir(parents=True)
    header = _SCORES_HEADER.format(time="measured_time," if time else "")
    (tmp_path / devset.QUOTE_SCORES).write_text(header + "\n".join(rows) + "\n")
    monkeypatch.setattr(devset, "project_root", lambda: tmp_path)
    return devset


def test_dev_set_scores_are_listed_in_time_with_the_before_row_first(tmp_path, monkeypatch):
    rows = [
        "all,tune,pipeline,10,1,1,1,1,0.9,2026-12-04,after2,b",
        "all,tune,pipeline,10,1,1,1,1,0.5,2026-12-04,before2,a",
        "all,tune,pipeline,10,1,1,1,1,0.2,2026-11-22,before,",
        "x1,tune,pipeline,10,1,1,1,1,0.1,2026-11-22,before,",
    ]
    devset = _scores(tmp_path, monkeypatch, rows)
    assert devset.pooled_scores(devset.QUOTE_SCORES)["label"].tolist() == [
        "before", "before2", "after2"
    ]  # fmt: skip


# a part measured twice (unseen2), the others once
_TWO_MEASUREMENTS = [
    "all,unseen10,pipeline,10,1,1,1,1,0.4,2026-12-04,before2,a",
    "all,unseen2,pipeline,10,1,1,1,1,0.5,2026-12-04,before2,a",
    "all,tune,pipeline,10,1,1,1,1,0.6,2026-12-04,before2,a",
    "all,unseen2,pipeline,10,1,1,1,1,0.7,2026-12-05,after2,b",
]


def test_dev_set_latest_scores_keep_each_parts_last_measurement(tmp_path, monkeypatch):
    devset = _scores(tmp_path, monkeypatch, _TWO_MEASUREMENTS)
    latest = devset.latest_scores(devset.QUOTE_SCORES)
    assert latest[["split", "label"]].values.tolist() == [
        ["tune", "before2"], ["unseen2", "after2"], ["unseen10", "before2"]
    ]  # fmt: skip


def test_dev_set_first_scores_keep_each_unseen_parts_first_measurement(tmp_path, monkeypatch):
    devset = _scores(tmp_path, monkeypatch, _TWO_MEASUREMENTS)
    first = devset.first_scores(devset.QUOTE_SCORES)
    assert first[["split", "label"]].values.tolist() == [
        ["unseen2", "before2"], ["unseen10", "before2"]
    ]  # fmt: skip


def test_dev_set_measurements_of_one_day_follow_their_recorded_time(tmp_path, monkeypatch):
    rows = [
        "all,tune,pipeline,10,1,1,1,1,0.9,2026-12-06,20:15:00,after-r11,c",
        "all,tune,pipeline,10,1,1,1,1,0.8,2026-12-06,19:51:00,rebuilt,b",
        "all,tune,pipeline,10,1,1,1,1,0.7,2026-12-06,,after325,a",
    ]
    devset = _scores(tmp_path, monkeypatch, rows, time=True)
    assert devset.pooled_scores(devset.QUOTE_SCORES)["label"].tolist() == [
        "after325", "rebuilt", "after-r11"
    ]  # fmt: skip
    assert devset.latest_scores(devset.QUOTE_SCORES)["label"].tolist() == ["after-r11"]


def test_dev_set_first_score_reading_is_computed_from_the_table(tmp_path, monkeypatch):
    rows = [
        "all,unseen2,pipeline,10,1,1,1,1,0.5,2026-12-04,before2,a",
        "all,unseen3,pipeline,10,1,1,1,1,0.7,2026-12-04,before3,a",
        "all,unseen2,pipeline,10,1,1,1,1,0.9,2026-12-05,after3,b",
    ]
    devset = _scores(tmp_path, monkeypatch, rows)
    reading = devset.first_score_reading(devset.QUOTE_SCORES)
    assert "On the 2 parts" in reading and "50% to 70%" in reading


def test_the_software_environment_cell_is_folded_whole_and_alone():
    from types import SimpleNamespace

    from helpers.pipeline.export import _collapse_environment

    body = (
        '<div class="jp-Cell jp-CodeCell" id="cell-id=a"><div class="jp-Cell-inputWrapper">'
        'x</div><div class="jp-Cell-outputWrapper">table</div></div>'
        '<div class="jp-Cell jp-MarkdownCell" id="cell-id=b">next</div>'
    )
    notebook = SimpleNamespace(cells=[{"id": "a", "source": "environment_table()"}, {"id": "b"}])
    folded = _collapse_environment(body, notebook)
    inside = folded.split("</summary>", 1)[1].split("</details>", 1)[0]
    assert "table" in inside and "next" not in inside
    assert inside.count("<div") == inside.count("</div>") == 3  # the whole cell, well nested
    last = SimpleNamespace(cells=[{"id": "b"}, {"id": "a", "source": "environment_table()"}])
    alone = body.split('<div class="jp-Cell jp-MarkdownCell"')[0]  # the notebook's last cell
    assert "table" in _collapse_environment(alone, last).split("</summary>", 1)[1]
