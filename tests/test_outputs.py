import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from helpers.core.outputs import format_table, read_table, save_figure, write_table  # noqa: E402


def test_cell_formats_and_code_point_order(tmp_path):
    df = pd.DataFrame(
        {
            "name": ["été", "Zoé", "abc", "e\u0301t\u00e9x"],
            "flag": [True, False, True, False],
            "score": [1 / 3, -0.0000001, 2.0, float("nan")],
            "tags": [["b", "a"], [], ["é"], ["z", "y"]],
        }
    )
    out = format_table(df, ["name", "flag", "score", "tags"], ["name"])
    assert out["name"].tolist() == ["Zoé", "abc", "été", "étéx"]  # code point: Z < a < é
    assert out["flag"].tolist() == ["false", "true", "true", "false"]
    assert out["score"].tolist() == [0.0, 2.0, 0.333333, ""]
    assert out["tags"].tolist() == ["[]", '["é"]', '["a", "b"]', '["y", "z"]']
    path = write_table(df, tmp_path / "t.csv", ["name", "score"], ["name"])
    assert path.read_bytes().startswith(b"name,score\nZo\xc3\xa9,0.0\n")
    assert read_table(path)["name"].tolist() == ["Zoé", "abc", "été", "étéx"]


def test_figures_are_byte_stable(tmp_path):
    def draw():
        fig, ax = plt.subplots()
        ax.plot([0, 1], [1, 0], label="x")
        ax.set_title("titre")
        return fig

    first = save_figure(draw(), tmp_path / "a" / "fig", formats=("png", "svg"))
    second = save_figure(draw(), tmp_path / "b" / "fig", formats=("png", "svg"))
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert b"Matplotlib" not in first[0].read_bytes()


def test_ids_stay_strings_when_they_look_numeric(tmp_path):
    df = pd.DataFrame({"article_id": ["1", "2"], "paragraph_id": [0, 1]})
    path = write_table(df, tmp_path / "t.csv", ["article_id", "paragraph_id"], ["article_id"])
    back = read_table(path)
    assert back["article_id"].tolist() == ["1", "2"]
    assert back["paragraph_id"].tolist() == [0, 1]
