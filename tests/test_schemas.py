"""The table registry is the one source of columns and row order: the writers follow
it, and the codebook (data/README.md) documents every table and column it holds."""

import re

import pandas as pd
import pytest

from helpers.core.outputs import read_table
from helpers.core.schemas import TABLES
from tests.conftest import ROOT

CODEBOOK = (ROOT / "data" / "README.md").read_text(encoding="utf-8")


def _section(file: str) -> str:
    match = re.search(rf"^### `{re.escape(file)}`.*?(?=^#{{2,3}} |\Z)", CODEBOOK, re.M | re.S)
    assert match, f"data/README.md has no `### `{file}`` section"
    return match.group(0)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_codebook_documents_every_table_its_columns_and_its_order(name):
    table = TABLES[name]
    section = _section(table.file)
    heading = section.splitlines()[0]
    assert f"by `{', '.join(table.sort_by)}`" in heading, heading
    documented = {
        word for code in re.findall(r"`([^`]+)`", section) for word in re.findall(r"\w+", code)
    }
    assert set(table.columns) <= documented, set(table.columns) - documented


@pytest.mark.parametrize("name", sorted(TABLES))
def test_committed_tables_follow_the_registry(name):
    table = TABLES[name]
    path = ROOT / "data" / "processed" / table.file
    frame = read_table(path)
    assert list(frame.columns) == list(table.columns)
    if len(frame) > 1:
        from helpers.core.outputs import format_table

        ordered = format_table(frame, table.columns, table.sort_by)
        keys = list(table.sort_by)
        assert (frame[keys].astype(str).values == ordered[keys].astype(str).values).all()


def test_codebook_names_no_table_the_registry_lacks():
    files = set(re.findall(r"^### `([a-z_]+\.csv)`", CODEBOOK, re.M))
    others = {"metadata.csv", "bench.csv", "batch_sizes.csv", "parse_pass.csv"}
    assert files <= {t.file for t in TABLES.values()} | others


def test_write_table_sorts_rows_by_the_registry(tmp_path):
    from helpers.core.outputs import write_table

    table = TABLES["edges"]
    frame = pd.DataFrame(
        {c: ["b", "a"] if c in ("source", "target") else [1, 2] for c in table.columns}
    )
    path = write_table(frame, tmp_path / table.file, table.columns, table.sort_by)
    assert list(pd.read_csv(path)["source"]) == ["a", "b"]
