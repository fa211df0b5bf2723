"""Small pieces of notebook prose built from results."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from IPython.display import Markdown

from helpers.core.paths import RunPaths


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


def settings_note(settings, stage_label: str = "This notebook") -> Markdown:
    """Which study settings a stage used and where each came from, with warnings."""
    from html import escape

    if not settings:
        return Markdown(f"{stage_label} uses no study setting.")
    lines = []
    for s in settings:
        value = s.value
        if isinstance(value, dict):
            shown = "; ".join(f"{k}: {', '.join(v)}" for k, v in value.items()) or "none"
        elif isinstance(value, (list, tuple)):
            shown = " – ".join(str(v) for v in value) or "none"
        else:
            shown = str(value) if value not in ("", None) else "none"
        origin = s.source + (f" ({s.how})" if s.how else "")
        lines.append(f"| `{s.name}` | {escape(shown)} | {escape(origin)} |")
    warnings = [f"⚠️ {escape(s.warning)}" for s in settings if s.warning]
    text = "**Study settings used here**\n\n| setting | value | from |\n|---|---|---|\n"
    text += "\n".join(lines)
    if warnings:
        text += "\n\n" + "\n\n".join(warnings)
    return Markdown(text)


SHOWN_WHOLE = 50  # rows: a longer table shows its top rows and says where the rest is
SHOWN_HEAD = 20


class TablePreview:
    """A table shown whole up to ``SHOWN_WHOLE`` rows; beyond, its first rows and a
    sentence naming the CSV that holds them all."""

    def __init__(self, table, source: str):
        self.table, self.source = table, source

    def _sentence(self) -> str:
        return (
            f"Showing the first {SHOWN_HEAD} of {len(self.table)} rows; "
            f"all of them are in `{self.source}`."
        )

    def _repr_html_(self) -> str:
        if len(self.table) <= SHOWN_WHOLE:
            return self.table._repr_html_()
        from html import escape

        sentence = escape(self._sentence()).replace("`", "")
        return self.table.head(SHOWN_HEAD)._repr_html_() + f"<p><em>{sentence}</em></p>"

    def __repr__(self) -> str:
        if len(self.table) <= SHOWN_WHOLE:
            return repr(self.table)
        return repr(self.table.head(SHOWN_HEAD)) + "\n" + self._sentence()


def preview(table, source: str) -> TablePreview:
    """``table`` as a notebook shows it; ``source`` is the file that holds every row."""
    return TablePreview(table, source)


def show_figure(fig, path_stem, formats=("png",)) -> list:
    """Save ``fig`` (``save_figure``; PNG always among ``formats``), show the saved PNG
    at the size the notebook would draw it, and close the figure.

    Showing the file rather than letting the notebook draw the figure again halves the
    drawing time, and the reader sees exactly the image that ``figures/`` holds.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Image, display

    from helpers.core.outputs import SAVE_DPI, save_figure

    written = save_figure(fig, path_stem, formats=tuple(dict.fromkeys(("png", *formats))))
    png = path_stem.with_suffix(".png").read_bytes()
    width = int.from_bytes(png[16:20], "big") * fig.dpi / SAVE_DPI  # the IHDR width
    plt.close(fig)
    display(Image(data=png, format="png", width=round(width)))
    return written
