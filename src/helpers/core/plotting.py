"""Figures drawn from the stage tables; plotting never recomputes the analysis."""

from __future__ import annotations

import matplotlib.pyplot as plt
import seaborn as sns


def use_style() -> None:
    """One look for every figure of the project."""
    sns.set_theme(context="notebook", style="whitegrid", palette="colorblind")
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": 150, "axes.titleweight": "bold"})


from helpers.core.labels import short_id  # noqa: E402,F401  (figures label articles with it)
