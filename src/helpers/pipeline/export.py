"""Executed notebooks as self-contained HTML reports, readable offline without Jupyter.

Figures are embedded in the page. The two scripts nbconvert's template loads from
a CDN (MathJax and RequireJS) are removed: the notebooks use neither, and a report
must open with no network. Outputs keep nbconvert's escaping, so text from the
articles is shown, never run. Each figure's alternative text is its caption.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

_REMOTE_SCRIPT = re.compile(r'<script[^>]*\ssrc="https?://[^"]*"[^>]*>\s*</script>\s*', re.I)
_REMOTE_LINK = re.compile(r'<link[^>]*\shref="https?://[^"]*"[^>]*>\s*', re.I)


_NO_ALT = 'alt="No description has been provided for this image"'


def _figure_descriptions(body: str, notebook) -> str:
    """Give a figure the alternative text of its cell's ``alt`` metadata (its caption),
    for screen readers: nbconvert's lab template leaves it to a placeholder."""
    parts = re.split(r'(id="cell-id=[^"]*")', body)
    alts = {c.get("id"): c.metadata.get("alt") for c in notebook.cells}
    for i in range(1, len(parts) - 1, 2):
        alt = alts.get(parts[i][len('id="cell-id=') : -1])
        if alt:
            parts[i + 1] = parts[i + 1].replace(_NO_ALT, f'alt="{html.escape(alt)}"')
    return "".join(parts)


def notebook_to_html(path: Path) -> str:
    notebook = nbformat.read(path, as_version=4)
    exporter = HTMLExporter(template_name="lab", embed_images=True)
    exporter.log.setLevel("ERROR")  # the missing-alt warning: the captions are set below
    body, _ = exporter.from_notebook_node(notebook)
    body = _figure_descriptions(body, notebook)
    return _REMOTE_LINK.sub("", _REMOTE_SCRIPT.sub("", body))


def export_reports(notebooks: list[Path], reports: Path) -> list[Path]:
    """One HTML file per notebook, same name, in ``reports``."""
    reports.mkdir(parents=True, exist_ok=True)
    written = []
    for notebook in sorted(notebooks):
        target = reports / notebook.with_suffix(".html").name
        target.write_text(notebook_to_html(notebook), encoding="utf-8", newline="\n")
        written.append(target)
    return written


if __name__ == "__main__":  # make report
    from helpers.core.paths import project_root

    root = project_root()
    for path in export_reports(
        sorted((root / "notebooks").glob("[0-9][0-9]-*.ipynb")), root / "reports"
    ):
        print(f"wrote {path.relative_to(root)}")
