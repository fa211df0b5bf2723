"""The whole pipeline on a corpus built to break it.

Bad files must be rejected with a reason, good files fully analysed, and no HTML
output may carry live script from the input.
"""

import random
import re

import pandas as pd
import pytest
import yaml

from helpers.pipeline.run import execute
from tests.conftest import FRENCH_TEXT, ROOT

pytestmark = pytest.mark.slow

EVIL = "<script>alert(1)</script>"
AMPERSANDS = "Dupont & \"Fils\" 'Associés' <SA>"

ARTICLE_A = (
    "Amazon et TikTok renforcent leur partenariat aux États-Unis.\n\n"
    "« Nous voulons aller plus loin », a déclaré Jeff Bezos lors d’une conférence à Seattle. "
    "Le président Joe Biden a pourtant signé une loi qui menace l’application. "
    "ByteDance, la société mère de TikTok, conteste cette décision devant les tribunaux.\n\n"
    "Selon les analystes, Walmart et Shopify observent de près cette alliance inédite, "
    "qui pourrait changer le commerce en ligne pour des millions d’utilisateurs.\n"
)


def _big_article(size: int) -> str:
    """About ``size`` bytes of real sentences of the shipped corpus, in a seeded order."""
    paragraphs = pd.read_csv(ROOT / "data/processed/paragraphs.csv")["text"].tolist()
    rng = random.Random(7)
    lines, total = [], 0
    while total < size:
        line = " ".join(rng.sample(paragraphs, 3))
        lines.append(line)
        total += len(line.encode()) + 1
    return "\n".join(lines)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    files = {
        "a_article.txt": ARTICLE_A,
        "b_exact_copy.txt": ARTICLE_A,
        "c_near_copy.txt": ARTICLE_A.replace("inédite", "nouvelle"),
        "d_empty.txt": "",
        "e_binary.txt": b"\x00\x01\x02\xff" * 100,
        "f_english.txt": "The company said on Monday that it would appeal the ruling. " * 10,
        "g_boilerplate.txt": "Newsletter quotidienne\nAbonnez-vous au magazine\nhttps://t.me/x\n",
        "Article spécial été.txt": FRENCH_TEXT * 2,
        "i_evil_names.txt": (
            f"Le groupe {AMPERSANDS} a rencontré {EVIL} à Paris. "
            f"Selon {EVIL}, TikTok et {AMPERSANDS} négocient un accord commercial important. "
        )
        * 3,
        "j_page.html": (
            "<html><head><title>Une page</title><script>alert('head')</script></head><body>"
            f"<article><p>{FRENCH_TEXT}</p><p>La plateforme <img src=x onerror=alert(1)> "
            "Amazon répond au Congrès américain sur la sécurité des données des utilisateurs "
            "européens et américains, selon le Wall Street Journal.</p></article></body></html>"
        ),
        "k_big.txt": _big_article(5_000_000),
    }
    latin = "Le ministre a répondu à la presse sur la sécurité des données de l’été dernier. "
    files["l_latin1.txt"] = (latin.replace("’", "'") * 5).encode("latin-1")
    mojibake = "La société française répond à l’enquête sur la protection des données. " * 5
    files["m_mojibake.txt"] = mojibake.encode("utf-8").decode("cp1252", errors="replace")
    for name, content in files.items():
        path = corpus / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    gazetteer = yaml.safe_load((ROOT / "data/raw/study/gazetteer.yaml").read_text(encoding="utf-8"))
    gazetteer["entities"] += [
        {"id": "evil", "name": EVIL, "label": "ORG", "aliases": []},
        {"id": "ampersands", "name": AMPERSANDS, "label": "ORG", "aliases": []},
    ]
    gazetteer_path = root / "gazetteer.yaml"
    gazetteer_path.write_text(yaml.safe_dump(gazetteer, allow_unicode=True), encoding="utf-8")
    (corpus / "study.yaml").write_text(f"gazetteer: {gazetteer_path}\n", encoding="utf-8")
    out = root / "out"
    execute(
        corpus=str(corpus), out=str(out),
        overrides={"model": "fr_core_news_sm", "n_bootstrap": 20},
    )  # fmt: skip
    return out


def test_bad_files_are_rejected_with_reasons(hostile_run):
    rejected = pd.read_csv(hostile_run / "data/processed/rejected.csv")
    assert dict(zip(rejected["file"], rejected["reason"], strict=True)) == {
        "b_exact_copy.txt": "duplicate_of:a_article",
        "c_near_copy.txt": "duplicate_of:a_article",
        "d_empty.txt": "empty",
        "e_binary.txt": "binary",
        "f_english.txt": "language:en",
        "g_boilerplate.txt": "no_text",
    }


def test_good_files_are_fully_analysed(hostile_run):
    processed = hostile_run / "data/processed"
    articles = pd.read_csv(processed / "articles.csv")["article_id"].tolist()
    assert articles == [
        "Article spécial été", "a_article", "i_evil_names", "j_page", "k_big", "l_latin1",
        "m_mojibake",
    ]  # fmt: skip
    paragraphs = pd.read_csv(processed / "paragraphs.csv")
    mojibake = " ".join(paragraphs[paragraphs["article_id"] == "m_mojibake"]["text"])
    assert "société française" in mojibake and "Ã" not in mojibake
    entities = set(pd.read_csv(processed / "entities.csv")["entity"])
    assert {EVIL, AMPERSANDS, "Amazon", "TikTok"} <= entities
    for table in [
        "nodes",
        "edges",
        "quotes",
        "svo",
        "frames",
        "keyness",
        "similarity",
        "synthesis",
    ]:
        assert (processed / f"{table}.csv").is_file()
    assert len(pd.read_csv(processed / "synthesis.csv")) == len(articles)


def test_no_html_output_carries_live_script(hostile_run):
    pages = [
        hostile_run / "figures/network.html",
        *sorted((hostile_run / "reports").glob("*.html")),
    ]
    assert len(pages) == 5
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert EVIL not in html, page.name
        assert "alert('head')" not in html
        assert not re.search(r"<[a-z][^>]*\sonerror\s*=", html, re.I), page.name
