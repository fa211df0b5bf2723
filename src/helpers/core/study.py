"""Study settings: what belongs to one story, kept beside its corpus.

A study file (``study.yaml`` in the corpus folder, beside an export file, or given
with ``make run STUDY=path``) holds the settings that belong to one story: the
actors whose roles are compared and the entities each stands for, the entity of
the concordance, the pair whose evidence is printed, a gazetteer added to the
general one, a frame dictionary replacing the general one, and hand annotations
for evaluation. Paths in it are relative to the study file. Without a study file
each stage computes its defaults from the data and says what it chose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from helpers.core.paths import resolve
from helpers.core.provenance import STUDY_FILE, sha256_bytes

STUDY_KEYS = (
    "title", "actors", "concordance_entity", "evidence_pair", "gazetteer", "frames",
    "annotations",
)  # fmt: skip
_FILE_KEYS = ("gazetteer", "frames", "annotations")


class StudyError(ValueError):
    """A study file that cannot be used; the message lists every problem."""


@dataclass(frozen=True)
class Study:
    path: Path | None = None
    title: str = ""
    actors: dict[str, list[str]] = field(default_factory=dict)
    concordance_entity: str = ""
    evidence_pair: tuple[str, ...] = ()
    gazetteer: Path | None = None
    frames: Path | None = None
    annotations: Path | None = None

    def files(self) -> list[Path]:
        """The study file and every file it names, for the stage cache."""
        named = [self.gazetteer, self.frames, self.annotations]
        return [p for p in [self.path, *named] if p is not None]

    def fingerprint(self) -> dict[str, str]:
        return {p.name: sha256_bytes(p.read_bytes()) for p in self.files() if p.is_file()}


def locate_study(corpus: Path, study: str = "") -> Path | None:
    """The study file of a run: the one given, else ``study.yaml`` beside the corpus."""
    if study:
        return resolve(study)
    folder = corpus if corpus.is_dir() else corpus.parent
    candidate = folder / STUDY_FILE
    return candidate if candidate.is_file() else None


def load_study(path: Path | None) -> Study:
    """Read and check a study file; ``None`` gives the empty study (every default)."""
    if path is None:
        return Study()
    if not path.is_file():
        raise StudyError(f"The study file {path} does not exist. Give STUDY=<a study.yaml>.")
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise StudyError(f"{path} is not valid YAML: {error}") from None
    if not isinstance(document, dict):
        raise StudyError(f"{path} must be a mapping of settings ({', '.join(STUDY_KEYS)}).")
    problems = [
        f"unknown setting `{key}` (known: {', '.join(STUDY_KEYS)})"
        for key in sorted(set(document) - set(STUDY_KEYS))
    ]
    actors = document.get("actors") or {}
    if not isinstance(actors, dict) or not all(
        isinstance(v, list) and all(isinstance(e, str) for e in v) for v in actors.values()
    ):
        problems.append("`actors` must map each actor to a list of entity names")
        actors = {}
    pair = document.get("evidence_pair") or []
    if not (
        isinstance(pair, list) and len(pair) in (0, 2) and all(isinstance(p, str) for p in pair)
    ):
        problems.append("`evidence_pair` must be a list of two entity names")
        pair = []
    concordance = document.get("concordance_entity") or ""
    if not isinstance(concordance, str):
        problems.append("`concordance_entity` must be an entity name")
        concordance = ""
    files: dict[str, Path | None] = {}
    for key in _FILE_KEYS:
        value = document.get(key)
        files[key] = (path.parent / value).resolve() if value else None
        if value and not files[key].is_file():
            problems.append(
                f"`{key}`: {value} does not exist (paths are relative to the study file)"
            )
    if problems:
        raise StudyError(f"{path}:\n- " + "\n- ".join(problems))
    return Study(
        path=path, title=str(document.get("title") or ""),
        actors={str(k): list(v) for k, v in actors.items()},
        concordance_entity=concordance, evidence_pair=tuple(pair), **files,
    )  # fmt: skip


def study_for(corpus_dir: str | Path, study: str = "") -> Study:
    """The study of a notebook's run, from its ``corpus_dir`` and ``study`` parameters."""
    return load_study(locate_study(resolve(corpus_dir), study))


def as_dict(study: Study) -> dict[str, Any]:
    return {
        "path": study.path.name if study.path else "",
        "actors": study.actors, "concordance_entity": study.concordance_entity,
        "evidence_pair": list(study.evidence_pair),
    }  # fmt: skip
