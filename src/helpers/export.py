"""Executed notebooks as self-contained HTML reports, readable offline without Jupyter.

Figures are embedded in the page. The two scripts nbconvert's template loads from
a CDN (MathJax and RequireJS) are removed: the notebooks use neither, and a report
must open with no network. Outputs keep nbconvert's escaping, so text from the
articles is shown, never run.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

_REMOTE_SCRIPT = re.compile(r'<script[^>]*\ssrc="https?://[^"]*"[^>]*>\s*</script>\s*', re.I)
_REMOTE_LINK = re.compile(r'<link[^>]*\shref="https?://[^"]*"[^>]*>\s*', re.I)


def notebook_to_html(path: Path) -> str:
    exporter = HTMLExporter(template_name="lab", embed_images=True)
    body, _ = exporter.from_notebook_node(nbformat.read(path, as_version=4))
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
    from .paths import project_root

    root = project_root()
    for path in export_reports(
        sorted((root / "notebooks").glob("[0-9][0-9]-*.ipynb")), root / "reports"
    ):
        print(f"wrote {path.relative_to(root)}")
