"""Independent stages share a wave; each notebook's writes are told apart by its room."""

from helpers.core.stage import Stage
from helpers.pipeline.registry import STAGES
from helpers.pipeline.schedule import close_room, input_bytes, open_room, waves


def _stage(name, reads=(), writes=()):
    return Stage(name=name, notebook=name, reads=reads, writes=writes, parameters={})


def test_stages_reading_only_earlier_waves_run_side_by_side():
    stages = [
        _stage("a", writes=("articles",)),
        _stage("b", reads=("articles",), writes=("mentions",)),
        _stage("c", reads=("mentions",), writes=("nodes",)),
        _stage("d", reads=("articles", "mentions"), writes=("salience",)),
        _stage("e", reads=("nodes", "salience"), writes=("frames",)),
    ]
    assert waves(stages) == [[0], [1], [2, 3], [4]]


def test_the_network_and_the_narratives_share_the_last_wave():
    assert waves(list(STAGES)) == [[0], [1], [2, 3]]


def test_a_wave_weighs_its_declared_inputs_and_the_corpus_of_the_stage_reading_it(tmp_path):
    staging, corpus = tmp_path / "staging", tmp_path / "corpus"
    (staging / "data" / "processed").mkdir(parents=True)
    (staging / "data" / "processed" / "articles.csv").write_text("x" * 10)
    (staging / "data" / "processed" / "mentions.csv").write_text("x" * 100)
    corpus.mkdir()
    (corpus / "a.txt").write_text("x" * 1000)
    reader = _stage("b", reads=("articles",))
    both = _stage("c", reads=("articles", "mentions"))
    assert input_bytes([reader], staging, corpus) == 10
    assert input_bytes([reader, both], staging, corpus) == 110  # a shared input counts once
    first = Stage(name="a", notebook="a", reads=(), writes=(), parameters={}, reads_corpus=True)
    assert input_bytes([first], staging, corpus) == 1000


def test_a_room_sees_the_staged_tables_and_hands_back_only_what_was_written(tmp_path):
    staging = tmp_path / "staging"
    (staging / "data" / "processed").mkdir(parents=True)
    (staging / "data" / "processed" / "articles.csv").write_text("article_id\na\n")
    room, linked = open_room(staging, "03-network")
    assert (room / "data" / "processed" / "articles.csv").read_text() == "article_id\na\n"
    (room / "data" / "processed" / "nodes.csv").write_text("entity\nX\n")
    (room / "figures").mkdir()
    (room / "figures" / "network.png").write_bytes(b"png")
    moved = close_room(room, linked, staging)
    assert moved == ["data/processed/nodes.csv", "figures/network.png"]
    assert (staging / "data" / "processed" / "nodes.csv").read_text() == "entity\nX\n"
    assert (staging / "figures" / "network.png").is_file()
    assert not room.exists()
    assert (staging / "data" / "processed" / "articles.csv").read_text() == "article_id\na\n"


def test_a_kernel_warms_up_with_its_notebooks_imports_only(tmp_path):
    import nbformat

    from helpers.pipeline.kernels import imports_of

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# Title"),
        nbformat.v4.new_code_cell(
            "%load_ext autoreload\n%autoreload 2\n\nimport pandas as pd\n"
            "from helpers.network.plots import (\n    draw_network,\n    plot_centrality,\n)\n"
            "use_style()\n"
        ),
        nbformat.v4.new_code_cell("import seaborn"),
    ]
    path = tmp_path / "03-network.ipynb"
    nbformat.write(notebook, path)
    assert imports_of(path) == (
        "import pandas as pd\nfrom helpers.network.plots import draw_network, plot_centrality"
    )


def _notebook(path, *sources):
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nbformat.write(notebook, path)
    return path


def test_a_kernel_that_dies_mid_cell_fails_the_notebook_instead_of_hanging(tmp_path):
    import papermill
    import pytest

    from helpers.pipeline.kernels import Kernel
    from helpers.pipeline.run import KERNEL_NAME, RunError, _run_in_room

    notebook = _notebook(tmp_path / "99-crash.ipynb", "import os", "os._exit(1)  # as if killed")
    staging = tmp_path / "staging"
    (staging / "notebooks").mkdir(parents=True)
    kernel = Kernel(KERNEL_NAME, tmp_path, {}, notebook)
    with pytest.raises(RunError, match="kernel died"):
        _run_in_room(papermill, notebook, staging, {}, False, kernel)
    assert not kernel.manager.has_kernel
    assert not (staging / ".rooms" / "99-crash").exists()
