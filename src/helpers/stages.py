"""Skipping stages whose inputs did not change (the spaCy projects habit).

Each stage (notebook) gets a key: the hash of its code cells, its parameters,
the files its parameters name (gazetteer, frames), the helpers' source, the
package versions, and every file the earlier stages produced (for stage 01, the
corpus). The manifest records each stage's key and the files it wrote. A later
run into the same place that computes the same key copies those files instead
of executing the notebook — so a rerun with nothing changed is nearly free, and
one that changes a downstream parameter reruns only from that stage on.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import nbformat

from .corpus import sha256_bytes
from .paths import project_root, resolve
from .provenance import package_versions

RESULT_PARTS = ("data/processed", "figures")


def file_hashes(folder: Path, exclude: tuple[str, ...] = ()) -> dict[str, str]:
    """SHA-256 of every result file under ``folder``, by relative path."""
    hashes = {}
    for part in RESULT_PARTS:
        for path in sorted((folder / part).rglob("*")):
            relative = path.relative_to(folder).as_posix()
            if path.is_file() and relative not in exclude:
                hashes[relative] = sha256_bytes(path.read_bytes())
    return hashes


def stage_key(notebook: Path, parameters: dict[str, Any], upstream: dict[str, str]) -> str:
    nb = nbformat.read(notebook, as_version=4)
    sources = [
        c.source for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])
    ]
    named_files = {}
    for value in parameters.values():
        if isinstance(value, str) and value.endswith((".yaml", ".yml", ".csv", ".jsonl")):
            path = resolve(value)
            if path.is_file():
                named_files[value] = sha256_bytes(path.read_bytes())
    code = {
        p.name: sha256_bytes(p.read_bytes())
        for p in sorted((project_root() / "src" / "helpers").glob("*.py"))
    }
    payload = {
        "sources": sources, "parameters": parameters, "files": named_files, "code": code,
        "versions": package_versions(), "upstream": upstream,
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
