"""The benchmark's corpus generator and verdicts (the benchmark itself is `make bench`)."""

import pandas as pd

from helpers.pipeline.bench import SENTENCES_PER_ARTICLE, entity_pool, generate_corpus, verdicts


def test_generated_articles_are_distinct_recombinations(tmp_path):
    sentences = [f"Phrase numéro {i} sur TikTok et Amazon." for i in range(40)]
    generate_corpus(sentences, 30, tmp_path, seed=3)
    texts = [p.read_text() for p in sorted(tmp_path.glob("*.txt"))]
    assert len(texts) == len(set(texts)) == 30
    assert all(t.count("Phrase") == SENTENCES_PER_ARTICLE for t in texts)
    named = {name for name in entity_pool(15) if any(name in t for t in texts)}
    assert len(named) >= 10  # the entity pool is used across the corpus
    again = tmp_path / "again"
    generate_corpus(sentences, 30, again, seed=3)
    assert [p.read_text() for p in sorted(again.glob("*.txt"))] == texts  # seeded


def test_entity_pool_grows_with_the_corpus_and_is_distinct():
    assert len(set(entity_pool(10_000))) == 10_000
    assert entity_pool(50) == entity_pool(100)[:50]


def test_verdicts_state_pass_or_fail_with_numbers():
    results = pd.DataFrame(
        {"n_articles": [10, 50, 500, 2000], "ratio_to_spacy": [5.0, 3.0, 1.2, 1.3],
         "cached_share_of_cold": [0.05, 0.5, 0.2, 0.08], "peak_gib": [1.0, 1.0, 1.2, 2.5],
         "seconds_pipeline": [40.0, 60.0, 150.0, 450.0],
         "seconds_bare_spacy": [8.0, 10.0, 70.0, 270.0]}
    )  # fmt: skip
    lines = verdicts(results)
    assert "FAIL  fixed cost: pipeline / bare spaCy on 10 articles: 5.0 (target ≤ 4)" in lines
    assert "FAIL  marginal ratio to bare spaCy, 500→2000 articles: 1.5 (target ≤ 1.15)" in lines
    assert "INFO  marginal ratio to bare spaCy, 50→500 articles: 1.5" in lines
    assert "PASS  pipeline / bare spaCy at 2,000 articles: 1.3 (target ≤ 1.4)" in lines
    assert "FAIL  cached rerun / cold run, worst size (50 articles): 0.5 (target ≤ 0.10)" in lines
    assert "FAIL  peak memory (PSS) at 2,000 articles (GiB): 2.5 (target ≤ 2)" in lines


def test_the_readme_shows_the_committed_bench_run():
    from helpers.pipeline.bench import README_END, README_START, readme_block
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split(README_START, 1)[1].split(README_END, 1)[0].strip()
    parse = ROOT / "data/bench/parse_pass.csv"
    parse = pd.read_csv(parse) if parse.is_file() else None
    assert block == readme_block(pd.read_csv(ROOT / "data/bench/bench.csv"), parse)


def test_the_parse_pass_is_timed_per_component_and_told_apart_from_the_model():
    import spacy

    from helpers.pipeline.bench import added_share, time_parse_pass, verdicts

    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sentencizer", name="added_sentencizer")
    texts = ["Le maire a parlé. Il a promis un pont."] * 50
    parse = time_parse_pass(nlp, texts, {"sentencizer"}, batch_size=8)
    assert parse["component"].tolist() == [
        "tokenizer", "sentencizer", "added_sentencizer", "serialising docs and rows"
    ]  # fmt: skip
    assert parse["from_model"].tolist() == [True, True, False, False]
    assert (parse["seconds"] >= 0).all()
    results = pd.DataFrame(
        {"n_articles": [10], "ratio_to_spacy": [3.0], "cached_share_of_cold": [0.05],
         "peak_gib": [1.0], "seconds_pipeline": [30.0], "seconds_bare_spacy": [10.0]}
    )  # fmt: skip
    assert (
        f"the floor under the marginal ratio: {1 + added_share(parse)}"
        in verdicts(results, parse)[-1]
    )
