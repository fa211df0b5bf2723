"""The parameters in ``params.yaml``: one place, read by the runner and the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from helpers.core.paths import project_root


def load_params(path: Path | None = None) -> dict[str, dict[str, Any]]:
    path = path or project_root() / "params.yaml"
    with path.open(encoding="utf-8") as handle:
        params = yaml.safe_load(handle) or {}
    if not isinstance(params, dict) or not isinstance(params.get("common"), dict):
        raise ValueError(f"{path} must be a mapping with a `common` section")
    return params


def notebook_params(notebook_stem: str, params: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The parameters one notebook receives: ``common`` then its own section."""
    return {**params["common"], **(params.get(notebook_stem) or {})}
