"""Parameter checks that run before any work starts.

Every problem is collected and reported at once, each with what to fix, so a
user never waits for stage 02 to learn that stage 04's frame file is malformed.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import nbformat

from .engine import ENGINES
from .frames import FrameError, load_frames
from .gazetteer import GazetteerError, load_gazetteer
from .network import UNITS, WEIGHTS
from .nlp import MODELS


class ParameterError(ValueError):
    """One or more parameters are wrong; the message lists them all."""


def declared_parameters(notebook: Path) -> dict[str, Any]:
    """The defaults of a notebook's ``parameters`` cell."""
    nb = nbformat.read(notebook, as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    if len(cells) != 1:
        raise ParameterError(f"{notebook.name} needs exactly one cell tagged `parameters`.")
    values = {}
    for node in ast.parse(cells[0].source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            values[node.targets[0].id] = ast.literal_eval(node.value)
    return values


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, type(default))


def check(notebook: str, values: dict[str, Any], declared: dict[str, Any], resolve) -> list[str]:
    """Problems with one notebook's parameters, as sentences that say what to fix."""
    problems = []
    for key in sorted(set(values) - set(declared)):
        problems.append(
            f"{notebook}: unknown parameter `{key}` (known: {', '.join(sorted(declared))})."
        )
    for key in sorted(set(values) & set(declared)):
        if not _same_kind(values[key], declared[key]):
            problems.append(
                f"{notebook}: `{key}` = {values[key]!r} should be a {type(declared[key]).__name__} "
                f"like the default {declared[key]!r}."
            )
    v = {**declared, **values}
    if "corpus_dir" in values and not resolve(v["corpus_dir"]).exists():
        problems.append(f"{notebook}: the corpus {v['corpus_dir']} does not exist.")
    if "model" in values:
        import spacy.util

        if v["model"] not in MODELS:
            problems.append(f"{notebook}: `model` must be one of {', '.join(MODELS)}.")
        elif not spacy.util.is_package(v["model"]):
            problems.append(
                f"{notebook}: the spaCy model {v['model']} is not installed; run `make env`."
            )
    for key, loader, error in (
        ("gazetteer", load_gazetteer, GazetteerError),
        ("frames", load_frames, FrameError),
    ):
        if key in values:
            try:
                loader(resolve(v[key]))
            except error as exc:
                problems.append(f"{notebook}: {exc}")
    choices = {"unit": UNITS, "weight": WEIGHTS, "engine": ENGINES}
    for key, allowed in choices.items():
        if key in values and v[key] not in allowed:
            problems.append(
                f"{notebook}: `{key}` = {v[key]!r} must be one of {', '.join(allowed)}."
            )
    ranges = {
        "alpha": (0, 1), "near_duplicate_threshold": (0, 1), "resolution": (0, None),
        "n_bootstrap": (0, None), "min_body_chars": (0, None), "max_chars": (100, None),
        "batch_size": (1, None), "prior_strength": (0, None), "top_entities": (1, None),
        "max_figure_articles": (1, None), "n_process": (-1, None),
    }  # fmt: skip
    for key, (low, high) in ranges.items():
        if key in values and _same_kind(v[key], 0.0):
            if v[key] < low or (high is not None and v[key] > high):
                bound = f"between {low} and {high}" if high is not None else f"at least {low}"
                problems.append(f"{notebook}: `{key}` = {v[key]} must be {bound}.")
    if v.get("scheduler_address") and v.get("engine") != "dask":
        problems.append(
            f"{notebook}: `scheduler_address` is set but `engine` is {v.get('engine')!r}: "
            "set `engine` to 'dask' to use the cluster, or empty `scheduler_address`."
        )
    if values.get("n_process") == 0:
        problems.append(f"{notebook}: `n_process` = 0: use 1 (one process) or -1 (all cores).")
    return problems
