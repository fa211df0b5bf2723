"""The README's case study is generated from the committed findings, never typed."""

from helpers.pipeline.readme import END, START, case_study_text, with_case_study
from tests.conftest import ROOT


def test_readme_case_study_matches_the_committed_findings():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    expected = with_case_study(readme, case_study_text(ROOT / "data/processed/findings"))
    assert readme == expected, "the README's case study is stale: run `make run`"


def test_case_study_block_is_replaced_whole():
    text = f"intro\n{START}\nold words\n{END}\nrest\n"
    assert with_case_study(text, "new") == f"intro\n{START}\nnew\n{END}\nrest\n"
