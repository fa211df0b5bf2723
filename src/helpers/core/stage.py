"""What a stage is: its declaration (reads, parameters, writes) and its result.

The pipeline layer (runner, stage cache, validation, export) knows a stage only
through its :class:`Stage`; a notebook calls the stage's ``run()`` and receives a
:class:`StageResult`: the tables to write, the data each figure needs, the
findings its readings are written from, and the settings it chose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from helpers.core.paths import RunPaths
from helpers.core.schemas import TABLES


@dataclass(frozen=True)
class Param:
    """How one parameter is checked before a run (its default lives in params.yaml)."""

    help: str
    choices: tuple[Any, ...] | None = None
    low: float | None = None
    high: float | None = None
    check: Callable[[Any], str | None] | None = None  # a problem, or None


@dataclass(frozen=True)
class Stage:
    name: str  # the subpackage, e.g. "network"
    notebook: str  # the notebook stem, e.g. "03-network"
    reads: tuple[str, ...]  # tables of the registry written by earlier stages
    writes: tuple[str, ...]  # tables of the registry
    parameters: dict[str, Param]
    settings: tuple[str, ...] = ()  # study settings it uses (see helpers.core.study)
    reads_corpus: bool = False
    parses: bool = False  # loads the spaCy pipeline (the parse cache is shared)
    resources: tuple[str, ...] = ()  # project files it reads, e.g. data/frames.yaml
    check_study: Callable[[Any], list[str]] | None = None  # problems with the study's files
    case_study: Callable[[dict], str] | None = None  # findings → README paragraph
    summary: str = ""

    @property
    def package(self) -> str:
        return f"helpers.{self.name}"

    def __post_init__(self) -> None:
        unknown = [t for t in (*self.reads, *self.writes) if t not in TABLES]
        if unknown:
            raise ValueError(f"stage {self.name}: tables {unknown} are not in the registry")


# Parameters every notebook receives (the `common` section of params.yaml).
COMMON_PARAMETERS = {
    "corpus_dir": Param("a folder of articles, or one .csv/.jsonl export"),
    "out_dir": Param("where tables, figures and notebooks go"),
    "study": Param("a study file; empty = study.yaml beside the corpus"),
    "progress": Param("progress bars on the long steps"),
    "share_text": Param("false: reports show ids, never article text"),
    "max_figure_articles": Param("per-article figures show at most this many", low=1),
}


@dataclass(frozen=True)
class Setting:
    """A study setting as one run used it, and where it came from."""

    name: str
    value: Any
    source: str  # "study file", "computed from the data" or "none"
    how: str = ""  # how a computed value was chosen
    warning: str = ""  # e.g. an actor absent from the corpus


@dataclass
class StageResult:
    tables: dict[str, pd.DataFrame]
    findings: dict[str, Any] = field(default_factory=dict)  # JSON-able facts for readings
    figures: dict[str, Any] = field(default_factory=dict)  # the data each figure needs
    settings: list[Setting] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # tables shown but not written

    def table(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def read_inputs(stage: Stage, paths: RunPaths) -> dict[str, pd.DataFrame]:
    """The tables a stage declares it reads, from this run's ``data/processed``."""
    from helpers.core.outputs import read_table

    return {name: read_table(paths.processed / TABLES[name].file) for name in stage.reads}


def findings_path(paths: RunPaths, stage: Stage):
    return paths.processed / "findings" / f"{stage.name}.json"


def write_result(stage: Stage, result: StageResult, paths: RunPaths) -> list:
    """Write the tables a stage declares, in the registry's format, and its findings."""
    from helpers.core.outputs import write_json, write_table

    missing = sorted(set(stage.writes) - set(result.tables))
    if missing:
        raise ValueError(f"stage {stage.name} declares {missing} but its result lacks them")
    written = []
    for name in stage.writes:
        table = TABLES[name]
        written.append(
            write_table(result.tables[name], paths.processed / table.file, table.columns,
                        table.sort_by)
        )  # fmt: skip
    settings = {s.name: {"value": s.value, "source": s.source, "how": s.how,
                         "warning": s.warning} for s in result.settings}  # fmt: skip
    findings = {**result.findings, "settings": settings}
    written.append(write_json(findings, findings_path(paths, stage)))
    return written


def read_findings(paths: RunPaths, stage: Stage) -> dict[str, Any]:
    import json

    return json.loads(findings_path(paths, stage).read_text(encoding="utf-8"))
