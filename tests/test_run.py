"""The runner: staging, replacement of an earlier run, refusal to overwrite."""

import json

import pytest

from helpers.pipeline.run import MANIFEST, RunError, execute, strip_run_metadata
from tests.conftest import FRENCH_TEXT

pytestmark = pytest.mark.slow


def test_corpus_without_out_is_an_error(tmp_path):
    with pytest.raises(RunError, match="CORPUS and STUDY need OUT"):
        execute(corpus=str(tmp_path))


def test_out_holding_other_files_is_refused(write, tmp_path):
    write("a.txt", FRENCH_TEXT)
    out = tmp_path / "results"
    out.mkdir()
    (out / "thesis.docx").write_text("precious")
    with pytest.raises(RunError, match="not empty"):
        execute(corpus=str(write.corpus), out=str(out))
    assert (out / "thesis.docx").read_text() == "precious"


def test_out_alone_reruns_the_shipped_corpus_there_not_in_the_project(tmp_path):
    out = tmp_path / "results"
    out.mkdir()
    (out / "thesis.docx").write_text("precious")
    with pytest.raises(RunError, match="not empty"):  # the target is OUT, not the project
        execute(out=str(out))


def test_a_run_replaces_an_earlier_one_and_a_failed_run_keeps_it(write, tmp_path):
    write("a.txt", FRENCH_TEXT)
    out = tmp_path / "results"
    execute(corpus=str(write.corpus), out=str(out))
    manifest = json.loads((out / "data/processed" / MANIFEST).read_text())
    assert set(manifest) == {
        "corpus_files", "gazetteer_snapshot", "git_commit", "parameters", "source_formats",
        "stages", "study", "versions",
    }  # fmt: skip
    assert "a.txt" in manifest["corpus_files"]
    before = (out / "data/processed/articles.csv").read_bytes()

    (write.corpus / "a.txt").write_text("")  # now no valid article: stage 01 fails
    with pytest.raises(RunError, match="01-ingestion.ipynb failed"):
        execute(corpus=str(write.corpus), out=str(out))
    assert (out / "data/processed/articles.csv").read_bytes() == before


def test_strip_run_metadata_removes_timings(tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    nb.metadata["papermill"] = {"start_time": "now"}
    nb.cells[0].metadata["execution"] = {"iopub.execute_input": "now"}
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, path)
    strip_run_metadata(path)
    stripped = nbformat.read(path, as_version=4)
    assert "papermill" not in stripped.metadata and not stripped.cells[0].metadata


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"model": "fr_core_news_lg"}, "`model` = 'fr_core_news_lg' must be one of"),
        ({"weight": "pmi"}, "`weight` = 'pmi' must be one of"),
        ({"alpha": 2.0}, "`alpha` = 2.0 must be between 0 and 1"),
        ({"n_bootstrap": "many"}, "`n_bootstrap` = 'many' should be a int"),
        ({"study": "missing-study.yaml"}, "does not exist"),
        ({"colour": "red"}, "unknown parameter `colour`"),
        ({"engine": "spark"}, "`engine` = 'spark' must be one of local, dask"),
        ({"scheduler_address": "tcp://10.0.0.5:8786"}, "`scheduler_address` is set but"),
    ],
)
def test_bad_parameters_stop_the_run_before_any_work(tmp_path, overrides, message, monkeypatch):
    import helpers.pipeline.run as run

    calls = []
    monkeypatch.setattr("papermill.execute_notebook", lambda *a, **k: calls.append(a))
    with pytest.raises(RunError, match="need fixing") as error:
        run.execute(overrides=overrides)
    assert message in str(error.value)
    assert calls == []  # nothing was executed


def test_malformed_files_and_unknown_parameters_are_all_reported(tmp_path):
    from helpers.pipeline.registry import STAGES, stage_of
    from helpers.pipeline.validate import check, check_study, declared_parameters
    from tests.conftest import ROOT

    notebook = ROOT / "notebooks" / "04-narratives.ipynb"
    problems = check(
        stage_of("04-narratives"), {"colour": "red", "corpus_dir": str(tmp_path / "none")},
        declared_parameters(notebook), lambda p: __import__("pathlib").Path(p),
    )  # fmt: skip
    (tmp_path / "frames.yaml").write_text("frames: [not, a, mapping]\n")
    (tmp_path / "gazetteer.yaml").write_text("entities: {not: a list}\n")
    (tmp_path / "study.yaml").write_text("frames: frames.yaml\ngazetteer: gazetteer.yaml\n")
    problems += check_study(STAGES, str(tmp_path), "")
    text = "\n".join(problems)
    assert "unknown parameter `colour`" in text
    assert "top-level `frames:` mapping" in text
    assert "top-level `entities:` list" in text
    assert "does not exist" in text


def test_a_study_file_with_unknown_settings_or_missing_files_is_explained(tmp_path):
    from helpers.core.study import StudyError, load_study

    study = tmp_path / "study.yaml"
    study.write_text("actors: {A: [x]}\ncolour: red\nframes: nowhere.yaml\nevidence_pair: [a]\n")
    with pytest.raises(StudyError) as error:
        load_study(study)
    text = str(error.value)
    assert "unknown setting `colour`" in text
    assert "nowhere.yaml does not exist" in text
    assert "`evidence_pair` must be a list of two" in text


def test_a_rerun_skips_the_stages_whose_inputs_did_not_change(write, tmp_path, capsys):
    write("a.txt", FRENCH_TEXT + " Amazon et TikTok négocient avec Walmart.")
    out = tmp_path / "out"
    execute(corpus=str(write.corpus), out=str(out))
    capsys.readouterr()
    execute(corpus=str(write.corpus), out=str(out), overrides={"n_bootstrap": 10})
    printed = capsys.readouterr().out
    assert "reusing 01-ingestion" in printed and "reusing 02-entities" in printed
    assert "running 03-network" in printed
    assert "reusing 04-narratives" in printed  # it reads no table of stage 03
    assert (out / "data/processed/mentions.csv").is_file()
    manifest = json.loads((out / "data/processed" / MANIFEST).read_text())
    assert manifest["parameters"]["03-network"]["n_bootstrap"] == 10
    network, narratives = (
        set(manifest["stages"][s]["outputs"]) for s in ("03-network", "04-narratives")
    )
    assert (
        "data/processed/nodes.csv" in network and "data/processed/findings/network.json" in network
    )
    assert "data/processed/salience.csv" in narratives and not network & narratives
    execute(corpus=str(write.corpus), out=str(out), overrides={"n_bootstrap": 10})
    assert "running" not in capsys.readouterr().out


def test_one_notebook_at_a_time_gives_the_same_bytes(write, tmp_path):
    write("a.txt", FRENCH_TEXT + " Amazon et TikTok négocient avec Walmart.")
    side, alone = tmp_path / "side", tmp_path / "alone"
    execute(corpus=str(write.corpus), out=str(side), jobs=2)
    execute(corpus=str(write.corpus), out=str(alone), jobs=1)
    for part in ("data/processed", "figures"):  # notebooks name their own OUT
        for path in sorted((side / part).rglob("*")):
            if path.is_file() and path.name != MANIFEST:
                twin = alone / path.relative_to(side)
                assert twin.read_bytes() == path.read_bytes(), path.relative_to(side)
