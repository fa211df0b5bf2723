"""The project's own consistency: parameters, environments, notebooks."""

import re
import tomllib

import pytest
import yaml

from helpers.core.params import load_params, notebook_params
from helpers.pipeline.validate import declared_parameters
from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_defaults_match_params_yaml(path):
    assert declared_parameters(path) == notebook_params(path.stem, load_params())


def test_every_params_section_names_a_notebook():
    stems = {p.stem for p in NOTEBOOKS}
    assert set(load_params()) - {"common"} <= stems


def _pins(requirements):
    pins = {}
    for item in requirements:
        match = re.match(r"^([A-Za-z0-9_.-]+)\s*==?\s*([\w.]+)$", item.strip())
        if match:
            pins[match.group(1).lower().replace("_", "-")] = match.group(2)
    return pins


def test_environment_yml_agrees_with_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = _pins(project["dependencies"] + project["optional-dependencies"]["dev"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    declared = {**_pins(conda), **_pins(pip)}
    assert declared.pop("python") == "3.11"
    assert declared == wanted
    assert "-e .[dev]" in pip


def test_every_direct_dependency_is_pinned_in_the_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = _pins(project["dependencies"] + project["optional-dependencies"]["dev"])
    locked = _pins((ROOT / "requirements.lock").read_text().splitlines())
    assert {name: locked.get(name) for name in wanted} == wanted


def test_committed_reports_match_the_committed_notebooks():
    from helpers.pipeline.export import notebook_to_html

    for notebook in NOTEBOOKS:
        report = ROOT / "reports" / notebook.with_suffix(".html").name
        assert report.read_text(encoding="utf-8") == notebook_to_html(notebook), (
            f"{report.name} is stale: run `make run` (or `make report`)"
        )
        assert "cdnjs.cloudflare.com/ajax/libs/require.js" not in report.read_text()
        assert "No description has been provided" not in report.read_text()  # every figure


def test_a_report_is_titled_by_its_notebooks_first_heading(tmp_path):
    import nbformat

    from helpers.pipeline.export import notebook_to_html

    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("Intro\n\n# 05 · Timeline of `coverage`\n\nText")]
    )
    path = tmp_path / "05-timeline.ipynb"
    nbformat.write(notebook, path)
    assert "<title>05 · Timeline of coverage</title>" in notebook_to_html(path)
