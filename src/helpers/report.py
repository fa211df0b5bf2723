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


WITHHELD = "[withheld: share_text is false]"


def withhold(table, share_text: bool, columns: list[str]):
    """The table as it may be shown: article text replaced when ``share_text`` is false.

    Articles and their sentences are often copyrighted; with ``share_text = False``
    rendered notebooks and reports keep ids and counts but no text.
    """
    if share_text:
        return table
    return table.assign(**{c: WITHHELD for c in columns if c in table.columns})
