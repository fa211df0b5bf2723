"""Parameter checks that run before any work starts.

Every problem is collected and reported at once, each with what to fix, so a
user never waits for stage 02 to learn that stage 04's study file is malformed.
The checks come from the stage declarations (``Param``: choices, ranges, a check
function); the kinds come from each notebook's ``parameters`` cell.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from helpers.core.stage import COMMON_PARAMETERS, Param, Stage
from helpers.pipeline.ipynb import read_cells


class ParameterError(ValueError):
    """One or more parameters are wrong; the message lists them all."""


def declared_parameters(notebook: Path) -> dict[str, Any]:
    """The defaults of a notebook's ``parameters`` cell."""
    cells = [c for c in read_cells(notebook) if "parameters" in c.tags]
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


def _check_one(key: str, value: Any, spec: Param) -> list[str]:
    if spec.choices is not None and value not in spec.choices:
        return [f"`{key}` = {value!r} must be one of {', '.join(map(str, spec.choices))}."]
    problems = []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if (spec.low is not None and value < spec.low) or (
            spec.high is not None and value > spec.high
        ):
            bound = (
                f"between {spec.low} and {spec.high}" if spec.high is not None
                else f"at least {spec.low}"
            )  # fmt: skip
            problems.append(f"`{key}` = {value} must be {bound}.")
    if spec.check is not None and not problems:
        problem = spec.check(value)
        if problem:
            problems.append(f"`{key}`: {problem}")
    return problems


def check(stage: Stage, values: dict[str, Any], declared: dict[str, Any], resolve) -> list[str]:
    """Problems with one stage's parameters, as sentences that say what to fix."""
    name = stage.notebook
    specs = {**COMMON_PARAMETERS, **stage.parameters}
    problems = []
    for key in sorted(set(values) - set(declared)):
        problems.append(
            f"{name}: unknown parameter `{key}` (known: {', '.join(sorted(declared))})."
        )
    for key in sorted(set(values) & set(declared)):
        if not _same_kind(values[key], declared[key]):
            problems.append(
                f"{name}: `{key}` = {values[key]!r} should be a {type(declared[key]).__name__} "
                f"like the default {declared[key]!r}."
            )
        elif key in specs:
            problems += [f"{name}: {p}" for p in _check_one(key, values[key], specs[key])]
    v = {**declared, **values}
    if "corpus_dir" in values and not resolve(v["corpus_dir"]).exists():
        problems.append(f"{name}: the corpus {v['corpus_dir']} does not exist.")
    if v.get("scheduler_address") and v.get("engine") != "dask":
        problems.append(
            f"{name}: `scheduler_address` is set but `engine` is {v.get('engine')!r}: "
            "set `engine` to 'dask' to use the cluster, or empty `scheduler_address`."
        )
    return problems


def check_study(stages, corpus_dir: str, study: str) -> list[str]:
    """Problems with the study file and the files it names, checked before a run."""
    from helpers.core.paths import resolve
    from helpers.core.study import StudyError, load_study, locate_study

    try:
        loaded = load_study(locate_study(resolve(corpus_dir), study))
    except StudyError as error:
        return [f"study: {error}"]
    problems = []
    for stage in stages:
        if stage.check_study is not None:
            problems += [p for p in stage.check_study(loaded) if p not in problems]
    return problems
