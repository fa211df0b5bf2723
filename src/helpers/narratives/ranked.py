"""The first values of each group in a given order, joined into one string.

Sorted once for the whole table, then cut per group: a sort per article would
cost a pandas call per article, the bulk of a stage at scale.
"""

from __future__ import annotations

import pandas as pd


def first_joined(
    table: pd.DataFrame,
    keys: list[str],
    by: list[str],
    ascending: list[bool],
    value: str,
    n: int | None,
    sep: str,
) -> pd.Series:
    """Per group of ``keys``, its first ``n`` (all if None) ``value``s ordered by ``by``."""
    ordered = table.sort_values([*keys, *by], ascending=[True] * len(keys) + ascending,
                                kind="stable")  # fmt: skip
    if n is not None:
        ordered = ordered.groupby(keys, sort=False).head(n)
    return ordered.groupby(keys)[value].agg(lambda values: sep.join(map(str, values)))
