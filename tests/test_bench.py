"""The benchmark's corpus generator and verdicts (the benchmark itself is `make bench`)."""

import pandas as pd

from helpers.pipeline.bench import SENTENCES_PER_ARTICLE, generate_corpus, verdicts


def test_generated_articles_are_distinct_recombinations(tmp_path):
    sentences = [f"Phrase numéro {i} sur TikTok et Amazon." for i in range(40)]
    generate_corpus(sentences, 30, tmp_path, seed=3)
    texts = [p.read_text() for p in sorted(tmp_path.glob("*.txt"))]
    assert len(texts) == len(set(texts)) == 30
    assert all(t.count("Phrase") == SENTENCES_PER_ARTICLE for t in texts)
    again = tmp_path / "again"
    generate_corpus(sentences, 30, again, seed=3)
    assert [p.read_text() for p in sorted(again.glob("*.txt"))] == texts  # seeded


def test_verdicts_state_pass_or_fail_with_numbers():
    results = pd.DataFrame(
        {"n_articles": [50, 500, 2000], "ratio_to_spacy": [3.0, 1.2, 1.1],
         "cached_share_of_cold": [0.5, 0.2, 0.08], "peak_gib": [1.0, 1.2, 2.5],
         "seconds_pipeline": [60.0, 150.0, 450.0], "seconds_bare_spacy": [10.0, 70.0, 270.0]}
    )  # fmt: skip
    lines = verdicts(results)
    assert "PASS  pipeline / bare spaCy at 500 articles: 1.2 (target ≤ 1.25)" in lines
    assert "PASS  cached rerun / cold run at 2000 articles: 0.08 (target ≤ 0.10)" in lines
    assert "FAIL  peak memory at 2,000 articles (GiB): 2.5 (target ≤ 2)" in lines
    assert (
        "PASS  marginal seconds per article, 500→2000 vs 50→500 articles: 1.0 (target ≤ 1.5 (flat))"
        in lines
    )
    assert lines[-1].startswith("INFO  marginal pipeline / bare spaCy, 500→2000 articles: 1.5 ")
