"""The development-set scores committed under ``tests/devset/``, for the notebooks.

The scores are measured by ``python -m helpers.pipeline.devset`` on real French news
the rules were not written from (the texts stay outside the repository). The
notebooks show the pooled rows, with the date and commit of each measurement, so a
reader sees how far the extractor can be trusted on text other than the corpus.
"""

from __future__ import annotations

import pandas as pd

from helpers.core.paths import project_root

ENTITY_SCORES = "tests/devset/entity_scores.csv"
QUOTE_SCORES = "tests/devset/quote_scores.csv"
F1_GOAL = 0.96  # the entity goal the project set itself
_KEEP = {
    ENTITY_SCORES: ["precision", "recall", "f1", "type_accuracy", "fragmentation"],
    QUOTE_SCORES: ["precision", "recall", "f1", "speaker_accuracy", "found_with_right_speaker"],
}


def pooled_scores(path: str) -> pd.DataFrame:
    """One row per measurement, split and system: the pooled figures (empty when the
    file is missing)."""
    file = project_root() / path
    if not file.is_file():
        return pd.DataFrame()
    table = pd.read_csv(file, dtype={"article_id": str, "commit": str}, keep_default_na=False)
    pooled = table[table["article_id"] == "all"]
    columns = ["label", "split", "system", "n_gold", *_KEEP[path], "measured"]
    columns += ["commit"] if "commit" in pooled.columns else []
    # measurements in time: by day, then by the time of day where it was recorded; before
    # that, on one day by round (`before51`, `after51`, then `before69`…, a round named by
    # the number of texts it scored), its `before…` row first
    time = pooled["measured_time"] if "measured_time" in pooled.columns else ""
    pooled = pooled.assign(
        _time=time,
        _round=pooled["label"].str.replace(r"^(before|after)", "", regex=True),
        _first=~pooled["label"].str.startswith("before"),
    )
    order = ["measured", "_time", "_round", "_first", "label", "split", "system"]
    return pooled.sort_values(order)[columns].reset_index(drop=True)


def latest_scores(path: str) -> pd.DataFrame:
    """Each part's latest measurement, pipeline (and bare model) rows: what the extractor
    does now. Every earlier measurement stays in the file, in time (`pooled_scores`)."""
    pooled = pooled_scores(path)
    if pooled.empty:
        return pooled
    latest = pooled.groupby("split")["label"].transform("last")
    return _by_part(pooled[pooled["label"] == latest])


def first_scores(path: str) -> pd.DataFrame:
    """Each ``unseen…`` part's first measurement, pipeline (and bare model) rows: the
    extractor on text no rule had been written from, the fairest figure of what to
    expect on a new corpus (later rows of a part are tuned on it)."""
    pooled = pooled_scores(path)
    if pooled.empty:
        return pooled
    pooled = pooled[pooled["split"].str.startswith("unseen")]
    first = pooled.groupby("split")["label"].transform("first")
    return _by_part(pooled[pooled["label"] == first])


def _by_part(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows in the order the parts were built, the pipeline's before the bare model's."""
    order = sorted(rows["split"].unique(), key=_part_order)
    return (
        rows.assign(_part=rows["split"].map(order.index))
        .sort_values(["_part", "system"], ascending=[True, False])
        .drop(columns="_part")
        .reset_index(drop=True)
    )


def first_score_reading(path: str) -> str:
    """What the first scores say, in one sentence computed from them: the range over the
    never-read parts, against the bare model where it was measured."""
    first = first_scores(path)
    if first.empty:
        return "No part of the development set has been scored."
    pipeline = first[first["system"] == "pipeline"].set_index("split")
    n = len(pipeline)
    if path == QUOTE_SCORES:
        share = pipeline["found_with_right_speaker"]
        return (
            f"On the {n} parts no rule writer had read, at their first score, the extractor "
            f"found {share.min():.0%} to {share.max():.0%} of the direct quotes with the "
            f"right speaker (median {share.median():.0%}), with a precision of "
            f"{pipeline['precision'].min():.2f} to {pipeline['precision'].max():.2f}."
        )
    bare = first[first["system"] != "pipeline"].set_index("split")["f1"]
    above = int((pipeline["f1"] > bare.reindex(pipeline.index)).sum())
    at_goal = int((pipeline["f1"] >= F1_GOAL).sum())
    return (
        f"On the {n} parts no rule writer had read, at their first score, the pipeline's "
        f"entity F1 was {pipeline['f1'].min():.3f} to {pipeline['f1'].max():.3f}, against "
        f"{bare.min():.3f} to {bare.max():.3f} for the bare model: above it on {above} of "
        f"the {n} parts; {at_goal or 'none'} of them at the goal of {F1_GOAL}."
    )


def _part_order(split: str) -> tuple[int, int]:
    """tune, heldout, then the unseen parts in the order they were built."""
    fixed = {"tune": 0, "heldout": 1}
    if split in fixed:
        return fixed[split], 0
    digits = split.removeprefix("unseen")
    return 2, int(digits) if digits.isdigit() else 1
