"""Figures drawn from the stage tables; plotting never recomputes the analysis."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns


def use_style() -> None:
    """One look for every figure of the project."""
    sns.set_theme(context="notebook", style="whitegrid", palette="colorblind")
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": 150, "axes.titleweight": "bold"})


def short_id(article_id: str, width: int = 12) -> str:
    """Article ids can be long hashes; figures show their start."""
    return article_id if len(article_id) <= width else article_id[: width - 1] + "…"


def plot_article_lengths(articles: pd.DataFrame) -> plt.Figure:
    """Cleaned length and paragraph count of each article, side by side."""
    data = articles.assign(article=articles["article_id"].map(short_id))
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 0.5 * len(data) + 2), sharey=True)
    sns.barplot(data=data, y="article", x="n_chars", ax=left, color="C0")
    left.set(title="Cleaned body length", xlabel="characters", ylabel="article")
    sns.barplot(data=data, y="article", x="n_paragraphs", ax=right, color="C1")
    right.set(title="Paragraphs", xlabel="paragraphs", ylabel="")
    fig.suptitle("Size of each article after boilerplate removal")
    fig.tight_layout()
    return fig


def plot_removed_lines(removed: pd.DataFrame) -> plt.Figure:
    """Removed boilerplate lines per reason and article."""
    counts = (
        removed.assign(article=removed["article_id"].map(short_id))
        .groupby(["reason", "article"])
        .size()
        .unstack(fill_value=0)
        .sort_index()
    )
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


def plot_entity_heatmap(counts: pd.DataFrame) -> plt.Figure:
    """Mentions of the top entities (rows) in each article (columns)."""
    data = counts.rename(columns=short_id)
    fig, ax = plt.subplots(figsize=(1.1 * data.shape[1] + 4, 0.35 * data.shape[0] + 1.8))
    sns.heatmap(data, annot=True, fmt="d", cmap="Blues", cbar_kws={"label": "mentions"}, ax=ax)
    ax.set(title="Most mentioned entities by article", xlabel="article", ylabel="entity")
    ax.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    return fig


def plot_entity_types(mentions: pd.DataFrame) -> plt.Figure:
    """Distinct entities of each type in each article."""
    counts = (
        mentions.drop_duplicates(["article_id", "entity"])
        .assign(article=lambda d: d["article_id"].map(short_id))
        .groupby(["article", "label"])
        .size()
        .unstack(fill_value=0)
    )
    counts = counts.reindex(columns=[c for c in ("PER", "ORG", "LOC", "MISC") if c in counts])
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(counts) + 2))
    counts.plot.barh(stacked=True, ax=ax, width=0.7)
    ax.invert_yaxis()
    ax.set(title="Distinct entities per type and article", xlabel="entities", ylabel="article")
    ax.legend(title="type", bbox_to_anchor=(1.02, 1), loc="upper left")
    fig.tight_layout()
    return fig
