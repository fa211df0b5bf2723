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


def _with_parameter_table(notebook):
    """The run's parameters as one table after the title: the report hides the code,
    so the parameters cell (and papermill's copy of it) would otherwise be lost."""
    parameters: dict = {}
    for cell in notebook.cells:  # the defaults, then what papermill injected over them
        tags = cell.metadata.get("tags") or []
        if "parameters" in tags or "injected-parameters" in tags:
            parameters.update(_assignments(cell.source))
    if not parameters:
        return notebook
    rows = "\n".join(
        f"| `{k}` | `{repr(v).replace('|', '&#124;')}` |" for k, v in parameters.items()
    )
    cell = nbformat.v4.new_markdown_cell(
        "**Parameters of this run** (`params.yaml`, or papermill's `-p`):\n\n"
        "| parameter | value |\n|---|---|\n" + rows
    )
    cell.id = "report-parameters"
    notebook.cells.insert(1, cell)
    return notebook


def _assignments(source: str) -> dict:
    """``name = literal`` lines of a parameters cell."""
    import ast

    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return found


_DIV_TAG = re.compile(r"<div\b|</div>")


def _closing_div(body: str, start: int) -> int:
    """The offset just past the ``</div>`` that closes the ``<div`` at ``start``, or -1."""
    depth = 0
    for tag in _DIV_TAG.finditer(body, start):
        depth += 1 if tag.group() == "<div" else -1
        if depth == 0:
            return tag.end()
    return -1


def _collapse_environment(body: str, notebook) -> str:
    """The software-environment table, repeated in every report, folded away."""
    ids = [c.get("id") for c in notebook.cells if "environment_table(" in c.get("source", "")]
    for cell_id in ids:
        marker = f'id="cell-id={cell_id}"'
        start = body.find(marker)
        if start < 0:
            continue
        start = body.rfind("<div", 0, start)
        end = _closing_div(body, start)
        if end < 0:
            continue
        body = (body[:start] + "<details><summary>Software environment of this run</summary>"
                + body[start:end] + "</details>" + body[end:])  # fmt: skip
    return body


# sentences and quotes read from the left; numbers stay right-aligned by the theme
_READING_STYLE = (
    "<style>:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td, "
    ":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th "
    "{text-align: left; vertical-align: top;}</style>\n"
)


def _title(notebook, path: Path) -> str:
    """The notebook's first heading, else its file name."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip().replace("`", "")
    return path.stem


def notebook_to_html(path: Path) -> str:
    """The report: outputs and prose only (JupyterLab keeps the code)."""
    notebook = _with_parameter_table(nbformat.read(path, as_version=4))
    exporter = HTMLExporter(
        template_name="lab", embed_images=True, exclude_input=True,
        exclude_input_prompt=True, exclude_output_prompt=True,
    )  # fmt: skip
    exporter.log.setLevel("ERROR")  # the missing-alt warning: the captions are set below
    resources = {"metadata": {"name": _title(notebook, path)}}  # the browser tab's title
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    body = _collapse_environment(_figure_descriptions(body, notebook), notebook)
    body = body.replace("</head>", _READING_STYLE + "</head>", 1)
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
