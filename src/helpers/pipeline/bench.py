"""`make bench`: the pipeline's cost against bare spaCy, on corpora of growing size.

The corpora are **recombined real text**: each generated article is a seeded
draw of sentences from the shipped articles, so every article is distinct (no
deduplication or cache hit by accident) while the language stays real news
French. Each article also names people and organisations drawn from a pool that
grows with the corpus (half as many names as articles), so the steps whose cost
depends on the number of distinct entities (alias matching, canonicalisation,
the network) are measured at scale. For each size, in the same run:

- the whole pipeline (`helpers.pipeline.run`, all four notebooks) from an empty cache;
- bare spaCy, ``nlp.pipe`` over the same paragraphs with the same model, batch
  size and processes, model loading included;
- the pipeline again, with the cache warm.

Wall time per stage, the pipeline/spaCy ratio, the peak memory of the whole
process tree (runner, kernels, parsing workers) and the cached time go to
``data/bench/bench.csv`` and ``data/bench/bench_scaling.png``. Ratios are what to
compare: the machines are shared and absolute times vary. Memory is measured as
PSS, which counts the pages that forked workers share with their parent once.

Last, the parse pass of the largest corpus is timed component by component in one
process (``data/bench/parse_pass.csv``): what the model's own components take, and what
the pipeline adds inside the same pass (the gazetteer's rulers, the extraction, the
serialised DocBins and rows). It is the floor under the marginal ratio: no stage after
the parse can make each added article cost less than the parse pass does.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd

from helpers.core.paths import CACHE_ENV, project_root

SIZES = (5, 10, 50, 500, 2000)
SENTENCES_PER_ARTICLE = 20
SENTENCES_PER_PARAGRAPH = 4
TARGETS = {
    "fixed_ratio_at_10": 4.0,  # pipeline / bare spaCy on 10 articles: the fixed cost
    "marginal_ratio_500_2000": 1.15,  # each added article's cost / bare spaCy's
    "ratio_to_spacy_at_2000": 1.4,
    "cached_share_of_cold": 0.10,  # at every size
    "peak_gib": 2.0,  # at the largest size (20,000 articles when run with --sizes 20000)
}
_FIRST = (
    "Claire",
    "Hugo",
    "Inès",
    "Marc",
    "Nadia",
    "Paul",
    "Sofia",
    "Yann",
    "Léa",
    "Omar",
    "Julie",
    "Karim",
    "Anne",
    "Bruno",
    "Chloé",
    "Denis",
    "Elsa",
    "Farid",
    "Gaëlle",
    "Henri",
)
_LAST = (
    "Martin",
    "Bernard",
    "Robert",
    "Richard",
    "Durand",
    "Lefèvre",
    "Morel",
    "Girard",
    "Bonnet",
    "Dupuis",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Vincent",
    "Muller",
    "Faure",
    "André",
    "Mercier",
    "Blanc",
    "Guérin",
    "Boyer",
    "Garnier",
    "Chevalier",
    "François",
    "Legrand",
    "Gauthier",
    "Perrin",
    "Robin",
    "Clément",
    "Morin",
    "Nicolas",
    "Henry",
    "Roussel",
    "Mathieu",
    "Gautier",
    "Masson",
    "Marchand",
    "Duval",
    "Denis",
    "Dumont",
)
_ORG = ("Groupe {}", "Fondation {}", "Banque {}", "Institut {}", "Compagnie {}")
_TEMPLATES = (
    "{a} a rencontré {b} pour discuter de l’accord.",
    "Selon {a}, {b} prépare une nouvelle offre.",
    "{a} et {b} ont signé un partenariat la semaine dernière.",
)  # fmt: skip


def entity_pool(n_names: int) -> list[str]:
    """``n_names`` distinct names of people and organisations, always in the same order."""
    people = [f"{f} {last}" for last in _LAST for f in _FIRST]
    orgs = [pattern.format(last) for pattern in _ORG for last in _LAST]
    pool = [name for pair in zip(people, orgs, strict=False) for name in pair]
    pool += people[len(orgs) :]
    if n_names > len(pool):  # beyond 1,000 names: numbered branches of the organisations
        pool += [f"{orgs[i % len(orgs)]} {i // len(orgs) + 2}" for i in range(n_names - len(pool))]
    return pool[:n_names]


def generate_corpus(sentences: list[str], n_articles: int, folder: Path, seed: int = 0) -> None:
    """``n_articles`` distinct articles of real sentences drawn with a seeded generator,
    each closing with a sentence naming two entities of a pool that grows with the corpus."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    pool = entity_pool(max(n_articles // 2, 4))
    seen = set()
    while len(seen) < n_articles:
        draw = tuple(rng.sample(range(len(sentences)), SENTENCES_PER_ARTICLE))
        if draw in seen:
            continue
        seen.add(draw)
        paragraphs = [
            " ".join(sentences[i] for i in draw[k : k + SENTENCES_PER_PARAGRAPH])
            for k in range(0, SENTENCES_PER_ARTICLE, SENTENCES_PER_PARAGRAPH)
        ]
        a, b = rng.sample(pool, 2)
        paragraphs.append(rng.choice(_TEMPLATES).format(a=a, b=b))
        (folder / f"bench_{len(seen):05d}.txt").write_text("\n".join(paragraphs) + "\n")


def _measure(command: list[str], env: dict) -> tuple[float, float, float]:
    """Wall seconds and peak memory (GiB) of a command and all its descendants.

    Memory is the proportional set size (PSS): a page shared by several processes
    (the model's weights in forked parsing workers) counts once in all, where the
    sum of their RSS would count it once per process. That sum is returned too.
    """
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=project_root(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    peak_pss = peak_rss = 0
    done = threading.Event()

    def sample():
        nonlocal peak_pss, peak_rss
        root = psutil.Process(process.pid)
        while not done.is_set():
            pss = rss = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        info = p.memory_full_info()
                    except psutil.Error:  # the process ended meanwhile
                        continue
                    pss, rss = pss + info.pss, rss + info.rss
            except psutil.Error:
                pass
            peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
            done.wait(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, stderr = process.communicate()
    done.set()
    watcher.join()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command[:4])}… failed:\n{stderr.decode()[-3000:]}")
    return time.perf_counter() - started, peak_pss / 2**30, peak_rss / 2**30


BARE_SPACY = """
import sys, spacy, pandas as pd
paragraphs = pd.read_csv(sys.argv[1])["text"].tolist()
nlp = spacy.load(sys.argv[2])
processes = int(sys.argv[4]) if len(paragraphs) >= int(sys.argv[5]) else 1
for _ in nlp.pipe(paragraphs, batch_size=int(sys.argv[3]), n_process=processes):
    pass
"""


def bench_size(n: int, sentences: list[str], work: Path, params: dict) -> dict:
    corpus, out, cache = work / f"corpus_{n}", work / f"out_{n}", work / f"cache_{n}"
    generate_corpus(sentences, n, corpus)
    env = {**os.environ, CACHE_ENV: str(cache)}
    run = [sys.executable, "-m", "helpers.pipeline.run", "--corpus", str(corpus), "--out", str(out)]
    cold_timings = work / f"cold_{n}.json"
    cold, cold_peak, cold_rss = _measure([*run, "--timings", str(cold_timings)], env)
    from helpers.parsing.nlp import MIN_TEXTS_FOR_PROCESSES

    parsing = params["02-entities"]
    bare, bare_peak, _ = _measure(
        [sys.executable, "-c", BARE_SPACY, str(out / "data/processed/paragraphs.csv"),
         parsing["model"], str(parsing["batch_size"]), str(parsing["n_process"]),
         str(MIN_TEXTS_FOR_PROCESSES)],
        env,
    )  # fmt: skip
    cached, _, _ = _measure(run, env)
    stages = json.loads(cold_timings.read_text())
    return {
        "n_articles": n, "n_paragraphs": len(pd.read_csv(out / "data/processed/paragraphs.csv")),
        **{f"seconds_{stage}": round(t, 2) for stage, t in stages.items()},
        "seconds_pipeline": round(cold, 2), "seconds_bare_spacy": round(bare, 2),
        "ratio_to_spacy": round(cold / bare, 3), "seconds_cached": round(cached, 2),
        "cached_share_of_cold": round(cached / cold, 3), "peak_gib": round(cold_peak, 3),
        "peak_gib_rss_sum": round(cold_rss, 3),
        "peak_gib_bare_spacy": round(bare_peak, 3),
        "seconds_per_article": round(cold / n, 4),
    }  # fmt: skip


def time_parse_pass(nlp, texts: list[str], model_pipes: set[str], batch_size: int) -> pd.DataFrame:
    """Seconds of each component of ``nlp`` over ``texts`` (tokenizer first), then of
    serialising the Docs and the extracted rows as the cache does; ``from_model`` tells
    a component of the bare model (``model_pipes``) from one the pipeline adds."""
    from spacy.tokens import DocBin

    rows = []

    def timed(component: str, from_model: bool, work):
        started = time.perf_counter()
        result = work()
        rows.append({"component": component, "from_model": from_model,
                     "seconds": round(time.perf_counter() - started, 2)})  # fmt: skip
        return result

    docs = timed("tokenizer", True, lambda: [nlp.make_doc(text) for text in texts])
    for name, component in nlp.pipeline:
        docs = timed(
            name, name in model_pipes, functools.partial(_apply, component, docs, batch_size)
        )
    timed("serialising docs and rows", False, lambda: (
        DocBin(store_user_data=False, docs=docs).to_bytes(),
        json.dumps([doc.user_data.get("news_extract") for doc in docs], ensure_ascii=False),
    ))  # fmt: skip
    table = pd.DataFrame(rows)
    model_seconds = table.loc[table["from_model"], "seconds"].sum()
    table["share_of_model"] = (table["seconds"] / max(model_seconds, 1e-9)).round(3)
    return table


def _apply(component, docs: list, batch_size: int) -> list:
    if hasattr(component, "pipe"):
        return list(component.pipe(docs, batch_size=batch_size))
    return [component(doc) for doc in docs]


def parse_pass(paragraphs: list[str], params: dict) -> pd.DataFrame:
    """The parse pass of ``paragraphs`` timed per component, with the run's gazetteer."""
    import spacy

    from helpers.parsing.gazetteer import gazetteer_for
    from helpers.parsing.model import load_pipeline

    parsing = params["02-entities"]
    nlp = load_pipeline(parsing["model"], gazetteer_for(None), extract=True)
    model_pipes = set(spacy.load(parsing["model"]).pipe_names)
    list(nlp.pipe(paragraphs[:20]))  # warm: the first batch allocates
    return time_parse_pass(nlp, paragraphs, model_pipes, parsing["batch_size"])


def added_share(parse: pd.DataFrame) -> float:
    """What the pipeline adds to the parse pass, as a share of the model's own time."""
    return round(float(parse.loc[~parse["from_model"], "share_of_model"].sum()), 3)


def plot(results: pd.DataFrame, path: Path) -> None:
    import matplotlib.pyplot as plt

    from helpers.core.outputs import save_figure
    from helpers.core.plotting import use_style

    use_style()
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    for column, label in [("seconds_pipeline", "pipeline (cold cache)"),
                          ("seconds_bare_spacy", "bare spaCy nlp.pipe"),
                          ("seconds_cached", "pipeline (warm cache)")]:  # fmt: skip
        left.plot(results["n_articles"], results[column], "o-", label=label)
    left.set(xscale="log", yscale="log", xlabel="articles (recombined real text)",
             ylabel="wall time (s)", title="Scaling")  # fmt: skip
    left.legend()
    right.plot(results["n_articles"], results["peak_gib"], "o-", color="C3")
    right.axhline(TARGETS["peak_gib"], ls="--", color="grey", label="2 GiB target")
    right.set(xscale="log", xlabel="articles", ylabel="peak memory of the process tree (PSS, GiB)",
              title="Memory", ylim=(0, max(2.2, results["peak_gib"].max() * 1.1)))  # fmt: skip
    right.legend()
    fig.tight_layout()
    save_figure(fig, path)


def _checks(results: pd.DataFrame) -> list[tuple[str, float, str, bool | None]]:
    """``(name, value, target, met)`` per target; ``met`` None for context."""
    by_size = results.set_index("n_articles")
    cost, spacy = by_size["seconds_pipeline"], by_size["seconds_bare_spacy"]
    checks = []

    def marginal(a: int, b: int) -> float:
        return round((cost[b] - cost[a]) / max(spacy[b] - spacy[a], 1e-9), 3)

    if 10 in by_size.index:
        ratio = by_size.at[10, "ratio_to_spacy"]
        checks.append(("fixed cost: pipeline / bare spaCy on 10 articles", ratio, "≤ 4",
                       ratio <= 4))  # fmt: skip
    if {500, 2000} <= set(by_size.index):
        value = marginal(500, 2000)
        checks.append(("marginal ratio to bare spaCy, 500→2000 articles", value, "≤ 1.15",
                       value <= 1.15))  # fmt: skip
    if {50, 500} <= set(by_size.index):
        checks.append(("marginal ratio to bare spaCy, 50→500 articles", marginal(50, 500), "",
                       None))  # fmt: skip
    if 2000 in by_size.index:
        ratio = by_size.at[2000, "ratio_to_spacy"]
        checks.append(("pipeline / bare spaCy at 2,000 articles", ratio, "≤ 1.4", ratio <= 1.4))
    worst = by_size["cached_share_of_cold"].max()
    worst_at = by_size["cached_share_of_cold"].idxmax()
    checks.append((f"cached rerun / cold run, worst size ({worst_at} articles)", worst, "≤ 0.10",
                   worst <= 0.10))  # fmt: skip
    largest = by_size.index.max()
    peak = by_size.at[largest, "peak_gib"]
    checks.append((f"peak memory (PSS) at {largest:,} articles (GiB)", peak, "≤ 2",
                   peak <= 2))  # fmt: skip
    return checks


def verdicts(results: pd.DataFrame, parse: pd.DataFrame | None = None) -> list[str]:
    """A PASS or FAIL line per target, with the measured value; INFO lines for context."""
    lines = [
        f"INFO  {name}: {value}"
        if met is None
        else f"{'PASS' if met else 'FAIL'}  {name}: {value} (target {target})"
        for name, value, target, met in _checks(results)
    ]
    if parse is not None:
        lines.append(
            "INFO  parse pass, one process: added components / the model's own: "
            f"{added_share(parse)} (the floor under the marginal ratio: {1 + added_share(parse)})"
        )
    return lines


README_START = "<!-- bench:start (generated by `make bench` from data/bench/bench.csv) -->"
README_END = "<!-- bench:end -->"


def readme_block(results: pd.DataFrame, parse: pd.DataFrame | None = None) -> str:
    """The README's table of the committed run and what it says of the targets."""
    lines = [
        "| articles | pipeline | bare spaCy | ratio | cached rerun | peak memory (PSS) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results.sort_values("n_articles").itertuples():
        lines.append(
            f"| {r.n_articles:,} | {r.seconds_pipeline:.0f} s | {r.seconds_bare_spacy:.0f} s "
            f"| {r.ratio_to_spacy:.2f} | {100 * r.cached_share_of_cold:.1f} % "
            f"| {r.peak_gib:.2f} GiB |"
        )
    checks = [c for c in _checks(results) if c[3] is not None]
    met = [f"{name}: {value:g} (target {target})" for name, value, target, ok in checks if ok]
    missed = [
        f"{name}: {value:g} (target {target})" for name, value, target, ok in checks if not ok
    ]
    said = []
    if met:
        said.append(f"Met: {'; '.join(met)}.")
    if missed:
        said.append(f"Missed: {'; '.join(missed)}.")
    largest = results.loc[results["n_articles"].idxmax()]
    stages = {
        "the entity stage (parse, extraction, quotes and its figures)": "02-entities",
        "ingestion": "01-ingestion", "the network": "03-network",
        "the narratives": "04-narratives",
    }  # fmt: skip
    times = [
        f"{name} {largest[f'seconds_{stage}']:.0f} s"
        for name, stage in stages.items()
        if f"seconds_{stage}" in largest
    ]
    if times:
        said.append(
            f"At {int(largest['n_articles']):,} articles bare spaCy took "
            f"{largest['seconds_bare_spacy']:.0f} s; " + ", ".join(times) + "."
        )
    if parse is not None:
        model = parse.loc[parse["from_model"], "seconds"].sum()
        added = parse.loc[~parse["from_model"]]
        pieces = ", ".join(f"{r.component} {r.seconds:.1f} s" for r in added.itertuples())
        said.append(
            f"Timed alone in one process, the parse pass of those articles spent {model:.0f} s "
            f"in the model's components and {added['seconds'].sum():.0f} s in what the pipeline "
            f"adds to it ({pieces}): "
            f"{100 * added_share(parse):.0f} % of the model's time, so each added article cannot "
            f"cost less than {1 + added_share(parse):.2f} times its bare parse."
        )
    return "\n".join(lines) + "\n\n" + "\n".join(said)


def update_readme(readme: Path, results: pd.DataFrame, parse: pd.DataFrame | None = None) -> None:
    """Rewrite the README's bench block from ``results``; a test checks it is current."""
    text = readme.read_text(encoding="utf-8")
    if README_START not in text or README_END not in text:
        raise ValueError(f"the README lacks the markers {README_START!r} … {README_END!r}")
    before, rest = text.split(README_START, 1)
    _, after = rest.split(README_END, 1)
    updated = f"{before}{README_START}\n{readme_block(results, parse)}\n{README_END}{after}"
    if updated != text:
        readme.write_text(updated, encoding="utf-8")


def batch_size_sweep(
    sentences: list[str], work: Path, params: dict, n_articles: int, batch_sizes: list[int]
) -> pd.DataFrame:
    """Bare spaCy over the paragraphs of ``n_articles`` generated articles, per batch size
    and number of processes: the evidence behind the defaults in params.yaml."""
    corpus = work / f"sweep_{n_articles}"
    generate_corpus(sentences, n_articles, corpus)
    paragraphs = [line for path in sorted(corpus.glob("*.txt"))
                  for line in path.read_text().splitlines() if line]  # fmt: skip
    texts = work / "sweep_paragraphs.csv"
    pd.DataFrame({"text": paragraphs}).to_csv(texts, index=False)
    rows = []
    for processes in (1, -1):
        for batch_size in batch_sizes:
            seconds, peak, _ = _measure(
                [sys.executable, "-c", BARE_SPACY, str(texts), params["02-entities"]["model"],
                 str(batch_size), str(processes), "0"],
                dict(os.environ),
            )  # fmt: skip
            rows.append({"n_paragraphs": len(paragraphs), "n_process": processes,
                         "batch_size": batch_size, "seconds": round(seconds, 2),
                         "peak_gib": round(peak, 3)})  # fmt: skip
            print("  " + json.dumps(rows[-1]), flush=True)
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    from helpers.core.params import load_params

    parser = argparse.ArgumentParser(description="Benchmark the pipeline against bare spaCy.")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--name", default="bench",
                        help="output name: data/bench/<name>.csv, <name>_scaling.png, "
                             "<name>_verdicts.txt (the committed run is `bench`)")  # fmt: skip
    parser.add_argument("--batch-sizes", type=int, nargs="+",
                        help="instead: time bare spaCy per batch size on 500 articles")  # fmt: skip
    args = parser.parse_args(argv)
    root = project_root()
    sentences = pd.read_csv(root / "data/processed/sentences.csv")["text"]
    sentences = sorted({s.strip() for s in sentences if len(s.split()) >= 6})
    params = load_params()
    out = root / "data/bench"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        if args.batch_sizes:
            sweep = batch_size_sweep(sentences, work, params, 500, args.batch_sizes)
            sweep.to_csv(out / "batch_sizes.csv", index=False, lineterminator="\n")
            return 0
        rows = []
        for n in args.sizes:
            print(f"{n} articles of recombined real text…", flush=True)
            rows.append(bench_size(n, sentences, work, params))
            print("  " + json.dumps(rows[-1]), flush=True)
        largest = max(args.sizes)
        print(f"the parse pass of {largest} articles, per component…", flush=True)
        paragraphs = pd.read_csv(work / f"out_{largest}" / "data/processed/paragraphs.csv")
        parse = parse_pass(paragraphs["text"].tolist(), params)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results = pd.DataFrame(rows)
    results.to_csv(out / f"{args.name}.csv", index=False, lineterminator="\n")
    # beside the table: figures/ belongs to `make run`, which replaces it whole
    plot(results, out / f"{args.name}_scaling")
    parse_name = "parse_pass" if args.name == "bench" else f"{args.name}_parse_pass"
    parse.to_csv(out / f"{parse_name}.csv", index=False, lineterminator="\n")
    lines = verdicts(results, parse)
    verdict_file = "verdicts.txt" if args.name == "bench" else f"{args.name}_verdicts.txt"
    (out / verdict_file).write_text("\n".join(lines) + "\n")
    if args.name == "bench" and args.sizes == list(SIZES):  # the committed run
        update_readme(root / "README.md", results, parse)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
