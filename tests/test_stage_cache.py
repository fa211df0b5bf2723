"""Each stage is keyed on its own code: editing one stage's figure reruns that stage only."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow
COPIED = ("src", "notebooks", "data", "figures", "reports", "params.yaml", "pyproject.toml",
          "README.md")  # fmt: skip


def _run(project, env):
    result = subprocess.run(
        [sys.executable, "-m", "helpers.pipeline.run"], cwd=project, env=env,
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_editing_a_network_figure_reruns_stage_03_only(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    env = {**os.environ, "PYTHONPATH": str(project / "src")}
    env.setdefault("HELPERS_CACHE_DIR", str(ROOT / ".cache"))  # parses are reused, not redone
    _run(project, env)  # brings the copy up to date, whatever the state of the tree
    plots = project / "src" / "helpers" / "network" / "plots.py"
    source = plots.read_text(encoding="utf-8")
    docstring = '"""The most central entities'
    edited = source.replace(docstring, docstring.replace("The", "Edited. The"), 1)
    assert edited != source, "plot_centrality's docstring moved: update this test"
    plots.write_text(edited.replace("fig.tight_layout()", "fig.tight_layout(pad=1.2)", 1))
    printed = _run(project, env)
    assert "running 03-network" in printed, printed
    for stage in ("01-ingestion", "02-entities", "04-narratives"):
        assert f"reusing {stage}" in printed, printed
