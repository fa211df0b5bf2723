"""`make bench`: the pipeline's cost against bare spaCy, on corpora of growing size.

The corpora are **recombined real text**: each generated article is a seeded
draw of sentences from the shipped articles, so every article is distinct (no
deduplication or cache hit by accident) while the language stays real news
French. For each size, in the same run:

- the whole pipeline (`helpers.run`, all four notebooks) from an empty cache;
- bare spaCy, ``nlp.pipe`` over the same paragraphs with the same model, batch
  size and processes, model loading included;
- the pipeline again, with the cache warm.

Wall time per stage, the pipeline/spaCy ratio, the peak memory of the whole
process tree (runner, kernels, parsing workers) and the cached time go to
``data/bench/bench.csv`` and ``data/bench/bench_scaling.png``. Ratios are what to
compare: the machines are shared and absolute times vary.
"""

from __future__ import annotations

import argparse
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

from .paths import CACHE_ENV, project_root

SIZES = (5, 50, 500, 2000)
SENTENCES_PER_ARTICLE = 20
SENTENCES_PER_PARAGRAPH = 4
TARGETS = {
    "ratio_to_spacy_at_500": 1.25,
    "cached_share_of_cold": 0.10,
    "peak_gib_at_2000": 2.0,
}


def generate_corpus(sentences: list[str], n_articles: int, folder: Path, seed: int = 0) -> None:
    """``n_articles`` distinct articles of real sentences drawn with a seeded generator."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
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
        (folder / f"bench_{len(seen):05d}.txt").write_text("\n".join(paragraphs) + "\n")


def _measure(command: list[str], env: dict) -> tuple[float, float]:
    """Wall seconds and peak RSS (GiB) of a command and all its descendants."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=project_root(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        root = psutil.Process(process.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            done.wait(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, stderr = process.communicate()
    done.set()
    watcher.join()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command[:4])}… failed:\n{stderr.decode()[-3000:]}")
    return time.perf_counter() - started, peak / 2**30


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
    run = [sys.executable, "-m", "helpers.run", "--corpus", str(corpus), "--out", str(out)]
    cold_timings = work / f"cold_{n}.json"
    cold, cold_peak = _measure([*run, "--timings", str(cold_timings)], env)
    from .nlp import MIN_TEXTS_FOR_PROCESSES

    parsing = params["02-entities"]
    bare, bare_peak = _measure(
        [sys.executable, "-c", BARE_SPACY, str(out / "data/processed/paragraphs.csv"),
         parsing["model"], str(parsing["batch_size"]), str(parsing["n_process"]),
         str(MIN_TEXTS_FOR_PROCESSES)],
        env,
    )  # fmt: skip
    cached, _ = _measure(run, env)
    stages = json.loads(cold_timings.read_text())
    return {
        "n_articles": n, "n_paragraphs": len(pd.read_csv(out / "data/processed/paragraphs.csv")),
        **{f"seconds_{stage}": round(t, 2) for stage, t in stages.items()},
        "seconds_pipeline": round(cold, 2), "seconds_bare_spacy": round(bare, 2),
        "ratio_to_spacy": round(cold / bare, 3), "seconds_cached": round(cached, 2),
        "cached_share_of_cold": round(cached / cold, 3), "peak_gib": round(cold_peak, 3),
        "peak_gib_bare_spacy": round(bare_peak, 3),
        "seconds_per_article": round(cold / n, 4),
    }  # fmt: skip


def plot(results: pd.DataFrame, path: Path) -> None:
    import matplotlib.pyplot as plt

    from .outputs import save_figure
    from .plotting import use_style

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
    right.axhline(TARGETS["peak_gib_at_2000"], ls="--", color="grey", label="2 GiB target")
    right.set(xscale="log", xlabel="articles", ylabel="peak memory of the process tree (GiB)",
              title="Memory")  # fmt: skip
    right.legend()
    fig.tight_layout()
    save_figure(fig, path)


def verdicts(results: pd.DataFrame) -> list[str]:
    by_size = results.set_index("n_articles")
    lines = []

    def report(name, value, target, ok):
        lines.append(f"{'PASS' if ok else 'FAIL'}  {name}: {value} (target {target})")

    if 500 in by_size.index:
        ratio = by_size.at[500, "ratio_to_spacy"]
        report("pipeline / bare spaCy at 500 articles", ratio, "≤ 1.25", ratio <= 1.25)
    largest = by_size.index.max()
    share = by_size.at[largest, "cached_share_of_cold"]
    report(f"cached rerun / cold run at {largest} articles", share, "≤ 0.10", share <= 0.10)
    if 2000 in by_size.index:
        peak = by_size.at[2000, "peak_gib"]
        report("peak memory at 2,000 articles (GiB)", peak, "≤ 2", peak <= 2)
    per_article = by_size["seconds_per_article"]
    big = [n for n in by_size.index if n >= 50]
    if len(big) >= 2:
        growth = per_article[big[-1]] / per_article[big[0]]
        report(f"seconds per article, {big[-1]} vs {big[0]} articles", round(growth, 3),
               "≤ 1.5 (flat)", growth <= 1.5)  # fmt: skip
    return lines


def main(argv: list[str] | None = None) -> int:
    from .params import load_params

    parser = argparse.ArgumentParser(description="Benchmark the pipeline against bare spaCy.")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args(argv)
    root = project_root()
    sentences = pd.read_csv(root / "data/processed/sentences.csv")["text"]
    sentences = sorted({s.strip() for s in sentences if len(s.split()) >= 6})
    params = load_params()
    rows = []
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        for n in args.sizes:
            print(f"{n} articles of recombined real text…", flush=True)
            rows.append(bench_size(n, sentences, work, params))
            print("  " + json.dumps(rows[-1]), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results = pd.DataFrame(rows)
    (root / "data/bench").mkdir(parents=True, exist_ok=True)
    results.to_csv(root / "data/bench/bench.csv", index=False, lineterminator="\n")
    # beside the table: figures/ belongs to `make run`, which replaces it whole
    plot(results, root / "data/bench/bench_scaling")
    print("\n".join(verdicts(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
