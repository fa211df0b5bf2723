"""Small pieces of notebook prose built from results."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from IPython.display import Markdown

from .paths import RunPaths


def outputs_written(paths: RunPaths, files: Iterable[Path]) -> Markdown:
    """A Markdown list of the files a notebook wrote, relative to its output folder."""
    lines = [f"- `{paths.display(f)}`" for f in sorted(files)]
    return Markdown("**Files written by this notebook:**\n\n" + "\n".join(lines))
