"""Independent stages share a wave; each notebook's writes are told apart by its room."""

from helpers.core.stage import Stage
from helpers.pipeline.registry import STAGES
from helpers.pipeline.schedule import close_room, open_room, waves


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
