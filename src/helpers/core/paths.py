"""Where the project lives and where a run reads and writes.

Relative paths resolve from the project root, never from the kernel's working
directory, so a notebook behaves the same from JupyterLab, papermill or nbval.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# The runner and the tests set this to execute into a staging folder, so that
# committed results change only when every stage has succeeded.
OUTPUT_ROOT_ENV = "HELPERS_OUTPUT_ROOT"


def project_root() -> Path:
    """The folder holding ``pyproject.toml`` and ``notebooks/``."""
    here = Path(__file__).resolve()
    for candidate in [*here.parents, *Path.cwd().resolve().parents, Path.cwd().resolve()]:
        if (candidate / "pyproject.toml").is_file() and (candidate / "notebooks").is_dir():
            return candidate
    raise RuntimeError(
        "Cannot find the project root (a folder with pyproject.toml and notebooks/). "
        "Install the project with `make run` or `pip install -e .` from its folder."
    )


def resolve(path: str | os.PathLike) -> Path:
    """Resolve ``path`` against the project root unless it is absolute."""
    path = Path(os.path.expanduser(os.fspath(path)))
    return path if path.is_absolute() else (project_root() / path).resolve()


@dataclass(frozen=True)
class RunPaths:
    """The folders one run reads from and writes to."""

    corpus: Path
    out: Path

    @property
    def processed(self) -> Path:
        return self.out / "data" / "processed"

    @property
    def figures(self) -> Path:
        return self.out / "figures"

    def display(self, path: Path) -> str:
        """A path as a reader should see it: relative to the output root."""
        try:
            return path.relative_to(self.out).as_posix()
        except ValueError:
            return path.name


def run_paths(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike) -> RunPaths:
    """Resolve a notebook's ``corpus_dir`` and ``out_dir`` parameters.

    ``HELPERS_OUTPUT_ROOT``, when set by the runner or the tests, replaces
    ``out_dir`` so that outputs land in a staging folder.
    """
    staged = os.environ.get(OUTPUT_ROOT_ENV)
    out = Path(staged).resolve() if staged else resolve(out_dir)
    return RunPaths(corpus=resolve(corpus_dir), out=out)


CACHE_ENV = "HELPERS_CACHE_DIR"


def cache_dir() -> Path:
    """The parse cache, shared by all runs and ignored by git (``HELPERS_CACHE_DIR``
    moves it, e.g. to an empty folder for a cold benchmark)."""
    return Path(os.environ[CACHE_ENV]) if os.environ.get(CACHE_ENV) else project_root() / ".cache"
