"""Notebooks run end to end through papermill on small, adversarial corpora."""

import pandas as pd
import pytest

from tests.conftest import FRENCH_TEXT, run_notebook

pytestmark = pytest.mark.slow


def test_ingestion_notebook_on_a_mixed_corpus(write, tmp_path):
    write("a.txt", "Titre de l’article\n\n" + FRENCH_TEXT + "\nCrédit photo : Agence\n")
    write("b dupliqué é.txt", FRENCH_TEXT)
    write("c.html", "<html><body><article><p>" + FRENCH_TEXT * 2 + "</p>"
          "<script>alert(1)</script></article></body></html>")  # fmt: skip
    write("d.txt", "")
    write("e.txt", b"\x00\xff\x00")
    out = tmp_path / "out"
    run_notebook("01-ingestion.ipynb", out, corpus_dir=str(write.corpus), out_dir=str(out))
    rejected = pd.read_csv(out / "data/processed/rejected.csv")
    assert dict(zip(rejected["file"], rejected["reason"], strict=True)) == {
        "b dupliqué é.txt": "duplicate_of:a",
        "c.html": "duplicate_of:a",
        "d.txt": "empty",
        "e.txt": "binary",
    }
    articles = pd.read_csv(out / "data/processed/articles.csv", keep_default_na=False)
    assert articles["article_id"].tolist() == ["a"]
    assert articles.loc[0, "title"] == "Titre de l’article"
    removed = pd.read_csv(out / "data/processed/removed_lines.csv")
    assert removed["reason"].tolist() == ["title", "photo_credit"]
    assert (out / "figures/article_lengths.png").is_file()


def test_a_single_unseen_article_runs_through_every_stage(write, tmp_path):
    write(
        "une.txt",
        "Le ministre Bruno Lemaire a reçu les dirigeants de Criteo à Paris. Selon Lemaire, "
        "la Commission nationale de l’informatique et des libertés (CNIL) doit trancher. "
        "La CNIL a confirmé. Amazon n’a pas commenté. " * 2,
    )
    out = tmp_path / "out"
    executed = {}
    for name in ("01-ingestion", "02-entities", "03-network", "04-narratives"):
        executed[name] = run_notebook(
            f"{name}.ipynb", out, corpus_dir=str(write.corpus), out_dir=str(out)
        )
    mentions = pd.read_csv(out / "data/processed/mentions.csv")
    entities = set(mentions["entity"])
    assert {"Bruno Lemaire", "Amazon", "Paris"} <= entities
    assert "Lemaire" not in entities  # the surname alone joins the full name
    cnil = {e for e in entities if "CNIL" in e or "informatique" in e}
    assert len(cnil) == 1, cnil  # the acronym and the long form are one entity
    assert (out / "figures/entities_by_article.png").is_file()
    edges = pd.read_csv(out / "data/processed/edges.csv")
    assert (edges["source"] < edges["target"]).all()
    assert set(pd.read_csv(out / "data/processed/nodes.csv")["entity"]) <= entities
    assert "nothing to compare" in executed["03-network"].read_text()
    assert (out / "figures/network.html").is_file()
    assert "nothing to compare" in executed["04-narratives"].read_text()
    synthesis = pd.read_csv(out / "data/processed/synthesis.csv", keep_default_na=False)
    assert synthesis["article_id"].tolist() == ["une"] and synthesis.loc[0, "most_similar"] == ""


def test_a_csv_export_with_numeric_ids_runs_through_both_stages(tmp_path):
    export = tmp_path / "export.csv"
    pd.DataFrame(
        {
            "id": [1, 2],
            "text": [FRENCH_TEXT + " Amazon et TikTok répondent.", "Short English text. " * 20],
            "outlet": ["Le Quotidien", "Daily"],
        }
    ).to_csv(export, index=False)
    out = tmp_path / "out"
    for name in ("01-ingestion.ipynb", "02-entities.ipynb"):
        run_notebook(name, out, corpus_dir=str(export), out_dir=str(out))
    articles = pd.read_csv(out / "data/processed/articles.csv", keep_default_na=False)
    assert articles[["article_id", "outlet"]].values.tolist() == [[1, "Le Quotidien"]]
    rejected = pd.read_csv(out / "data/processed/rejected.csv")
    assert rejected.values.tolist() == [["export.csv#2", "language:en"]]
    mentions = pd.read_csv(out / "data/processed/mentions.csv")
    assert {"Amazon", "TikTok"} <= set(mentions["entity"])


def test_share_text_false_keeps_article_text_out_of_notebooks_and_html(write, tmp_path):
    secret = "Le conseil de Walmart a jugé la proposition de TikTok très audacieuse hier soir."
    write("a.txt", FRENCH_TEXT + "\n« Nous refusons », a déclaré Jeff Bezos. " + secret + "\n")
    out = tmp_path / "out"
    for name in ("01-ingestion", "02-entities", "03-network", "04-narratives"):
        executed = run_notebook(
            f"{name}.ipynb", out, corpus_dir=str(write.corpus), out_dir=str(out), share_text=False
        )
        text = executed.read_text()
        assert secret not in text and "Nous refusons" not in text, name
    assert secret not in (out / "figures/network.html").read_text()
    assert "Nous refusons" in (out / "data/processed/quotes.csv").read_text()  # data keeps it
