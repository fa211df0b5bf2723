"""Rows of a table read column by column give what itertuples gives."""

import pandas as pd

from helpers.core.records import records


def test_records_are_the_rows_of_itertuples_without_the_index():
    frame = pd.DataFrame({"article_id": ["b", "a"], "start_char": [3, 0], "text": ["x", "y"]})
    assert [tuple(r) for r in records(frame)] == [tuple(r) for r in frame.itertuples(index=False)]
    assert next(records(frame)).text == "x"
