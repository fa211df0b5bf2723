"""Skipping stages whose inputs did not change (the spaCy projects habit).

A stage's key hashes exactly what its declaration says it depends on: its
notebook's code cells, its own subpackage, the shared code (``helpers.core``, and
``helpers.parsing`` for a stage that parses), its parameters, the project files
it declares (general gazetteer, frames), the study files when it uses study
settings, the package versions, and the tables it declares it reads (for stage
01, the corpus files). Editing a stage's figure code therefore reruns that stage
only: the tables it writes are unchanged, so the stages reading them keep their
keys. The manifest records each stage's key and the files it wrote; a later run
into the same place with the same key copies those files instead of executing.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from helpers.core.paths import project_root, resolve
from helpers.core.provenance import package_versions, sha256_bytes
from helpers.core.schemas import TABLES
from helpers.core.stage import Stage
from helpers.core.study import Study
from helpers.pipeline.ipynb import read_cells

RESULT_PARTS = ("data/processed", "figures")
SHARED_PACKAGES = ("core",)


def file_hashes(folder: Path, exclude: tuple[str, ...] = ()) -> dict[str, str]:
    """SHA-256 of every result file under ``folder``, by relative path."""
    hashes = {}
    for part in RESULT_PARTS:
        for path in sorted((folder / part).rglob("*")):
            relative = path.relative_to(folder).as_posix()
            if path.is_file() and relative not in exclude:
                hashes[relative] = sha256_bytes(path.read_bytes())
    return hashes


def code_hashes(stage: Stage, root: Path | None = None) -> dict[str, str]:
    """The source files a stage runs: its own subpackage and the shared ones."""
    package_root = (root or project_root()) / "src" / "helpers"
    packages = [stage.name, *SHARED_PACKAGES, *(["parsing"] if stage.parses else [])]
    hashes = {"__init__.py": sha256_bytes((package_root / "__init__.py").read_bytes())}
    for package in packages:
        for path in sorted((package_root / package).rglob("*.py")):
            hashes[path.relative_to(package_root).as_posix()] = sha256_bytes(path.read_bytes())
    return hashes


def input_hashes(stage: Stage, staging: Path, corpus: dict[str, str]) -> dict[str, str]:
    """The declared input tables, as this run's earlier stages left them."""
    hashes = dict(corpus) if stage.reads_corpus else {}
    for name in stage.reads:
        path = staging / "data" / "processed" / TABLES[name].file
        hashes[name] = sha256_bytes(path.read_bytes()) if path.is_file() else "missing"
    return hashes


def stage_key(
    stage: Stage,
    notebook: Path,
    parameters: dict[str, Any],
    study: Study,
    inputs: dict[str, str],
) -> str:
    sources = [c.source for c in read_cells(notebook) if "injected-parameters" not in c.tags]
    resources = {
        name: sha256_bytes(path.read_bytes()) if (path := resolve(name)).is_file() else "missing"
        for name in stage.resources
    }  # a copy of the project without tests/ has no dev-set scores: the notebook says so
    payload = {
        "sources": sources, "parameters": parameters, "code": code_hashes(stage),
        "resources": resources, "study": study.fingerprint() if stage.settings else {},
        "versions": package_versions(), "inputs": inputs,
    }  # fmt: skip
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def reuse(
    stage: str, key: str, previous: dict, target: Path, executed: Path, staging: Path
) -> dict[str, str] | None:
    """Copy a stage's results from the previous run if its key and files still match.

    Returns the reused outputs (path → hash), or None when the stage must run.
    """
    record = previous.get("stages", {}).get(stage)
    notebook = target / "notebooks" / executed.name
    if not record or record.get("key") != key or not notebook.is_file():
        return None
    outputs = record.get("outputs", {})
    for relative, digest in outputs.items():
        path = target / relative
        if not path.is_file() or sha256_bytes(path.read_bytes()) != digest:
            return None
    for relative in outputs:
        destination = staging / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(target / relative, destination)
    if notebook.resolve() != executed.resolve():
        shutil.copy2(notebook, executed)
    return outputs
