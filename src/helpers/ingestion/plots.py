"""Figures of the ingestion stage, drawn from its tables."""

from __future__ import annotations

import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd
import seaborn as sns

from helpers.core.plotting import article_name


def plot_article_lengths(articles: pd.DataFrame) -> plt.Figure:
    """Cleaned length and paragraph count of each article, side by side."""
    data = articles.assign(article=articles["article_id"].map(article_name))
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 0.5 * len(data) + 2), sharey=True)
    sns.barplot(data=data, y="article", x="n_chars", ax=left, color="C0")
    left.set(title="Cleaned body length", xlabel="characters", ylabel="article")
    left.xaxis.set_major_formatter(mticker.FuncFormatter(lambda x, _: f"{x:,.0f}"))
    left.xaxis.set_major_locator(mticker.MaxNLocator(5))
    sns.barplot(data=data, y="article", x="n_paragraphs", ax=right, color="C1")
    right.set(title="Paragraphs", xlabel="paragraphs", ylabel="")
    fig.suptitle("Size of each article after boilerplate removal")
    fig.tight_layout()
    return fig


def plot_removed_lines(removed: pd.DataFrame) -> plt.Figure:
    """Removed boilerplate lines per reason and article, the most frequent reason first."""
    counts = (
        removed.assign(article=removed["article_id"].map(article_name))
        .groupby(["reason", "article"])
        .size()
        .unstack(fill_value=0)
    )
    if not counts.empty:  # the most frequent reason on top, ties by name
        counts = counts.loc[sorted(counts.index, key=lambda r: (-counts.loc[r].sum(), r))]
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(len(counts), 1) + 2))
    if counts.empty:
        ax.text(0.5, 0.5, "no line removed", ha="center", va="center")
        ax.set_axis_off()
    else:
        counts.plot.barh(stacked=True, ax=ax, width=0.7)
        ax.invert_yaxis()
        ax.legend(title="article", bbox_to_anchor=(1.02, 1), loc="upper left")
    ax.set(title="Boilerplate lines removed, by reason", xlabel="lines", ylabel="reason")
    fig.tight_layout()
    return fig
