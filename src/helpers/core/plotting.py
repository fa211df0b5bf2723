"""Figures drawn from the stage tables; plotting never recomputes the analysis."""

from __future__ import annotations

import matplotlib.pyplot as plt
import seaborn as sns


def use_style() -> None:
    """One look for every figure and table of the project. Tables show evidence in full:
    no cell is cut, and up to 50 rows are shown whole."""
    import pandas as pd

    sns.set_theme(context="notebook", style="whitegrid", palette="colorblind")
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": 150, "axes.titleweight": "bold"})
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 50)
    pd.set_option("display.min_rows", 20)


from helpers.core.labels import article_name  # noqa: E402,F401  (figures name articles with it)
