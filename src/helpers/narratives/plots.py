"""Figures of the narrative comparison, drawn from its tables."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from scipy.cluster.hierarchy import dendrogram, linkage
from scipy.spatial.distance import squareform

from helpers.core.plotting import article_name


def plot_salience(salience: pd.DataFrame, top: int = 15) -> plt.Figure:
    """Share of each article's mentions, for the entities some article puts in front."""
    table = salience.pivot(index="entity", columns="article_id", values="share").fillna(0)
    order = table.max(axis=1).sort_values(ascending=False, kind="stable")
    table = table.loc[sorted(order.index, key=lambda e: (-order[e], e))[:top]]
    lead = salience.pivot(index="entity", columns="article_id", values="in_lead")
    lead = lead.reindex(index=table.index, columns=table.columns)
    labels = np.where(lead.fillna(False).astype(bool), "*", "")
    annot = (table * 100).round(0).astype(int).astype(str) + "%" + labels
    fig, ax = plt.subplots(figsize=(1.2 * table.shape[1] + 4, 0.38 * len(table) + 2))
    sns.heatmap(table.rename(columns=article_name), annot=annot.values, fmt="", cmap="Purples",
                cbar_kws={"label": "share of the article's mentions"}, ax=ax)  # fmt: skip
    ax.set(title="Who each article puts in front (* = in the title or lead)", xlabel="article",
           ylabel="entity")  # fmt: skip
    ax.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    return fig


OTHER_ARTICLES = "other articles"


def _named(article_id: str) -> str:
    """An article's name; the bar that sums the others keeps its own."""
    return article_id if article_id == OTHER_ARTICLES else article_name(article_id)


def _largest_rows(table: pd.DataFrame, n: int, rest: str) -> pd.DataFrame:
    """The ``n`` rows with the largest sums, largest first, and the others summed into one
    row named ``rest``: a figure of a large corpus stays readable."""
    order = sorted(table.index, key=lambda r: (-table.loc[r].sum(), str(r)))
    kept = table.loc[order[:n]]
    if len(order) > n:
        kept = pd.concat([kept, table.loc[order[n:]].sum().rename(rest).to_frame().T])
    return kept


def plot_voices(voices: pd.DataFrame, top: int = 20, max_articles: int = 12) -> plt.Figure:
    """Quoted words per speaker and article, the largest voice on top; on a large corpus
    the ``top`` speakers, coloured by the ``max_articles`` articles that quote most."""
    table = voices.pivot_table(index="speaker", columns="article_id", values="words",
                               aggfunc="sum", fill_value=0)  # fmt: skip
    n_speakers = len(table)
    table = table.loc[sorted(table.index, key=lambda s: (-table.loc[s].sum(), s))[:top]]
    table = _largest_rows(table.T, max_articles, OTHER_ARTICLES).T
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(len(table), 1) + 2))
    if table.empty:
        ax.text(0.5, 0.5, "no attributed quote", ha="center", va="center")
        ax.set_axis_off()
    else:
        table.rename(columns=_named).plot.barh(stacked=True, ax=ax, width=0.7)
        ax.invert_yaxis()
        ax.legend(title="article", bbox_to_anchor=(1.02, 1), loc="upper left")
    shown = f" (the {top} of {n_speakers} speakers with most words)" if n_speakers > top else ""
    ax.set(title=f"Who speaks: words of direct quotation{shown}", xlabel="quoted words",
           ylabel="speaker")  # fmt: skip
    fig.tight_layout()
    return fig


GENDER_COLOURS = {"female": "#7b3294", "male": "#008837", "unknown": "#bababa"}


def plot_gender(voices: pd.DataFrame, articles: pd.DataFrame, max_rows: int = 12) -> plt.Figure:
    """Quoted words by the speaker's gender, per article and per outlet (the ``max_rows``
    that quote most; the others summed in one bar)."""
    people = voices[voices["speaker_type"].isin(["person", "description"])]
    people = people.assign(speaker_gender=people["speaker_gender"].replace("", "unknown"))
    outlets = articles.set_index("article_id")["outlet"].fillna("").astype(str)
    people = people.assign(outlet=people["article_id"].map(outlets).replace("", "(no outlet)"))
    n_bars = min(people["article_id"].nunique(), max_rows + 1)
    fig, axes = plt.subplots(1, 2, figsize=(11, 0.4 * max(n_bars, 3) + 2))
    if people.empty:
        for ax in axes:
            ax.text(0.5, 0.5, "no quote from a person", ha="center", va="center")
            ax.set_axis_off()
        return fig
    panels = ((axes[0], "article_id", "per article"), (axes[1], "outlet", "per outlet"))
    for ax, by, title in panels:
        table = people.pivot_table(index=by, columns="speaker_gender", values="words",
                                   aggfunc="sum", fill_value=0)  # fmt: skip
        table = table[[g for g in GENDER_COLOURS if g in table.columns]]
        rest = OTHER_ARTICLES if by == "article_id" else "other outlets"
        table = _largest_rows(table, max_rows, rest)
        if by == "article_id":
            table = table.rename(index=_named)
        table.plot.barh(stacked=True, ax=ax, width=0.7,
                        color=[GENDER_COLOURS[g] for g in table.columns])  # fmt: skip
        ax.invert_yaxis()
        ax.set(title=f"Quoted words by speaker gender, {title}", xlabel="quoted words", ylabel="")
        ax.legend(title="gender (in-text cues)")
    fig.tight_layout()
    return fig


def plot_roles(roles: pd.DataFrame) -> plt.Figure:
    """How often each main actor is the agent or the patient of a verb, per article."""
    fig, axes = plt.subplots(1, 2, figsize=(13, 0.5 * roles["actor"].nunique() + 2.5), sharey=True)
    # one colour scale for both panels: the same shade is the same count of triples
    top = max(int(roles[["as_agent", "as_patient"]].to_numpy().max(initial=0)), 1)
    for ax, column, title in zip(
        axes, ["as_agent", "as_patient"], ["acts (agent)", "is acted upon (patient)"], strict=True
    ):
        table = (
            roles.pivot(index="actor", columns="article_id", values=column).fillna(0).astype(int)
        )
        sns.heatmap(
            table.rename(columns=article_name),
            annot=True,
            fmt="d",
            cmap="Oranges",
            vmin=0,
            vmax=top,
            ax=ax,
            cbar=False,
        )
        ax.set(
            title=f"Actor {title}", xlabel="article", ylabel="actor" if column == "as_agent" else ""
        )
        ax.tick_params(axis="x", rotation=30)
    fig.suptitle("Agency of the main actors (agent–verb–patient triples; one colour scale)")
    fig.tight_layout()
    return fig


def plot_frames(frames: pd.DataFrame, labels: dict[str, str]) -> plt.Figure:
    """The score that decides each article's dominant frame (its row's highest)."""
    table = frames.pivot(index="article_id", columns="frame", values="score").fillna(0)
    table = table.rename(index=article_name, columns=lambda f: textwrap.fill(labels.get(f, f), 16))
    fig, ax = plt.subplots(figsize=(11, 0.55 * len(table) + 2.5))
    sns.heatmap(table, annot=True, fmt=".1f", cmap="YlGnBu", ax=ax,
                cbar_kws={"label": "hits per 1,000 words per 10 dictionary entries"})  # fmt: skip
    ax.set(title="Frames: score (the highest in a row is the article's dominant frame)",
           xlabel="frame", ylabel="article")  # fmt: skip
    ax.tick_params(axis="x", rotation=0)
    fig.tight_layout()
    return fig


KEYNESS_Z = 2  # the threshold the notebook's text cites


def plot_keyness(keyness: pd.DataFrame, top: int = 8, max_articles: int = 12) -> plt.Figure:
    ids = sorted(keyness["article_id"].unique())[:max_articles]
    columns = min(3, max(len(ids), 1))
    rows = -(-max(len(ids), 1) // columns)
    fig, axes = plt.subplots(
        rows, columns, figsize=(5 * columns, 0.32 * top * rows + 1.5 * rows), squeeze=False
    )
    for ax, article_id in zip(axes.flat, ids, strict=False):
        data = keyness[keyness["article_id"] == article_id].nlargest(top, "zscore").iloc[::-1]
        ax.barh(data["term"], data["zscore"], color="C2")
        ax.axvline(KEYNESS_Z, color="0.4", ls="--", lw=1)  # below it, not distinctive
        ax.set(title=article_name(article_id), xlabel="z-score (log-odds); dashed: z = 2")
    for ax in list(axes.flat)[len(ids) :]:
        ax.set_axis_off()
    fig.suptitle("Distinctive words of each article against the others (Monroe et al. 2008)")
    fig.tight_layout()
    return fig


def plot_similarity(similarity: pd.DataFrame, cosine: np.ndarray, ids: list[str]) -> plt.Figure:
    names = [article_name(i) for i in ids]
    jaccard = np.eye(len(ids))
    index = {a: i for i, a in enumerate(ids)}
    for row in similarity.itertuples():
        i, j = index[row.article_a], index[row.article_b]
        jaccard[i, j] = jaccard[j, i] = row.entity_jaccard
    fig, axes = plt.subplots(1, 3, figsize=(18, 5.5))
    for ax, matrix, title in [
        (axes[0], cosine, "TF-IDF cosine (words)"),
        (axes[1], jaccard, "Jaccard (entity sets)"),
    ]:
        pairs = matrix[~np.eye(len(ids), dtype=bool)]  # the diagonal (1.00) is no finding
        low, high = (float(pairs.min()), float(pairs.max())) if pairs.size else (0.0, 1.0)
        sns.heatmap(pd.DataFrame(matrix, index=names, columns=names), annot=True, fmt=".2f",
                    cmap="Greens", vmin=low, vmax=max(high, low + 1e-9), ax=ax, cbar=False,
                    mask=np.eye(len(ids), dtype=bool))  # fmt: skip
        median = float(np.median(pairs)) if pairs.size else float("nan")
        ax.set(title=f"{title}; median pair {median:.2f}")
    distance = np.clip(1 - cosine, 0, None)
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), method="average")
    dendrogram(tree, labels=names, ax=axes[2], orientation="right", color_threshold=0)
    axes[2].set(title="Clustering by words (average linkage)", xlabel="1 − cosine")
    fig.suptitle("How alike the articles are")
    fig.tight_layout()
    return fig


def plot_timeline(timeline: pd.DataFrame) -> plt.Figure:
    dated = timeline[timeline["date_start"] != ""].copy()
    fig, ax = plt.subplots(figsize=(12, 0.6 * max(timeline["article_id"].nunique(), 1) + 2))
    if dated.empty:
        ax.text(0.5, 0.5, "no resolvable date", ha="center", va="center")
        ax.set_axis_off()
        return fig
    dated["start"] = pd.to_datetime(dated["date_start"])
    dated["end"] = pd.to_datetime(dated["date_end"])
    ids = sorted(timeline["article_id"].unique())
    for row in dated.itertuples():
        y = ids.index(row.article_id)
        if (row.end - row.start).days > 0:
            ax.plot(
                [row.start, row.end], [y, y], lw=6, alpha=0.35, color="C0", solid_capstyle="butt"
            )
        else:
            ax.plot(row.start, y, "o", color="C3", ms=6)
    ax.set_yticks(range(len(ids)), [article_name(i) for i in ids])
    ax.set(title="Dates each article cites (bars: months or years; dots: days)", xlabel="date",
           ylabel="article")  # fmt: skip
    fig.tight_layout()
    return fig
