"""Figures of the entity stage, drawn from its tables."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from helpers.core.plotting import article_name


def plot_entity_heatmap(counts: pd.DataFrame) -> plt.Figure:
    """Mentions of the top entities (rows) in each article (columns)."""
    data = counts.rename(columns=article_name)
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
        .assign(article=lambda d: d["article_id"].map(article_name))
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
