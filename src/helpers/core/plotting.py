"""Figures drawn from the stage tables; plotting never recomputes the analysis."""

from __future__ import annotations

import matplotlib.pyplot as plt
import seaborn as sns


def use_style() -> None:
    """One look for every figure of the project."""
    sns.set_theme(context="notebook", style="whitegrid", palette="colorblind")
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": 150, "axes.titleweight": "bold"})


def short_id(article_id: str, width: int = 12) -> str:
    """Article ids can be long hashes; figures show their start."""
    return article_id if len(article_id) <= width else article_id[: width - 1] + "…"
