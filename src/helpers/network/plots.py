"""Figures of the co-occurrence network, drawn from its tables and graphs."""

from __future__ import annotations

import math
import textwrap

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
import seaborn as sns
from adjustText import adjust_text
from matplotlib.lines import Line2D

from helpers.core.plotting import article_name
from helpers.network.graph import canonical
from helpers.network.layout import MAX_NODES, packed_layout, strongest
from helpers.network.palette import OTHER_RGB, community_colors, community_names

LEGEND_WIDTH = 34  # characters per legend line, so the legend leaves the network its width
MAX_LABELS = 40  # names beyond these overlap; the interactive network shows them all


def draw_network(
    graph: nx.Graph,
    nodes: pd.DataFrame,
    seed: int,
    title: str,
    ax=None,
    legend: bool = True,
    colors: dict[int, tuple] | None = None,
    min_stability: float | None = None,
):
    """Nodes coloured by community and sized by their co-occurrence count in ``graph``
    (weighted degree by count), the ``MAX_LABELS`` strongest named, labels kept apart."""
    total = graph.number_of_nodes()
    graph = strongest(graph, MAX_NODES)
    if graph.number_of_nodes() < total:
        title += f"\n(the {graph.number_of_nodes()} most connected of {total} entities)"
    own = ax is None
    if own:
        fig, ax = plt.subplots(figsize=(13, 10))
    info = nodes.set_index("entity")
    colors = colors or community_colors(nodes, min_stability)
    positions = packed_layout(graph, seed)
    strength = pd.Series({n: graph.degree(n, weight="count") for n in sorted(graph)}, dtype=float)
    scale = 2200 / max(strength.max(), 1e-9) if own else 600 / max(strength.max(), 1e-9)
    counts = [graph.edges[e].get("count", 1) for e in graph.edges]
    nx.draw_networkx_edges(
        graph, positions, ax=ax, width=[0.6 + 0.6 * math.log1p(c) for c in counts],
        alpha=0.35, edge_color="#555555",
    )  # fmt: skip
    ordered = sorted(graph)
    sizes = {n: 40 + scale * strength[n] for n in ordered}
    nx.draw_networkx_nodes(
        graph, positions, nodelist=ordered, ax=ax, linewidths=0.8, edgecolors="white",
        node_size=[sizes[n] for n in ordered],
        node_color=[colors.get(info.at[n, "community"], OTHER_RGB) for n in ordered],
    )  # fmt: skip
    ax.margins(x=0.12, y=0.06)  # room for the labels of the outermost nodes
    labelled = sorted(ordered, key=lambda n: (-strength[n], n))[:MAX_LABELS]
    below = _points_to_data_height(ax)  # a label starts under its disc, not on it
    texts = [
        ax.text(positions[n][0], positions[n][1] - below * (math.sqrt(sizes[n]) / 2 + 2), n,
                fontsize=11 if own else 8, ha="center", va="top",
                fontweight="bold" if strength[n] >= strength.quantile(0.8) else "normal")
        for n in sorted(labelled)
    ]  # fmt: skip
    if texts:
        # A fixed number of iterations, not adjustText's default time limit: same picture
        # on any machine. Each call redraws the whole figure, and its arrows are slow to
        # draw, so the panels of a small multiple get plain leader lines instead.
        centres = [positions[n] for n in ordered]  # labels also keep off the nodes
        adjust_text(
            texts, ax=ax, x=[x for x, _ in centres], y=[y for _, y in centres],
            expand=(1.2, 1.4), iter_lim=300 if own else 150,
            arrowprops={"arrowstyle": "-", "lw": 0.4} if own else None,
        )  # fmt: skip
        if not own:
            _leader_lines(ax, texts, positions)
    if legend:
        ax.legend(handles=_legend_handles(graph, nodes, colors), loc="upper left",
                  title="community, named by its two most\ncentral members in the whole\n"
                        "network (members drawn here,\nif others)",
                  bbox_to_anchor=(1.0, 1.0), frameon=False)  # fmt: skip
    ax.set_title(title)
    ax.set_axis_off()
    if own:
        fig.tight_layout()
        return fig
    return ax


def _points_to_data_height(ax) -> float:
    """The data height of one typographic point on ``ax`` as it is now drawn."""
    (_, y0), (_, y1) = ax.transData.inverted().transform([(0, 0), (0, ax.figure.dpi / 72)])
    return abs(y1 - y0)


def _legend_handles(graph: nx.Graph, nodes: pd.DataFrame, colors: dict) -> list[Line2D]:
    """One entry per coloured community drawn, under the corpus's name for it (as in the
    interactive page), with the members drawn here when its named ones are not; one grey
    entry for the smaller communities that share grey."""
    names = community_names(nodes)
    drawn = nodes[nodes["entity"].isin(graph)]
    members = {
        c: group.sort_values(["weighted_degree", "entity"], ascending=[False, True])["entity"]
        for c, group in drawn.groupby("community")
    }
    handles = []
    for community, colour in colors.items():
        if community not in members or colour == OTHER_RGB:
            continue
        label = names[community]
        if not set(label.split(" · ")) & set(members[community]):
            label += f" (here: {', '.join(members[community].head(2))})"
        label = "\n".join(textwrap.wrap(label, LEGEND_WIDTH, subsequent_indent="  "))
        handles.append(Line2D([], [], marker="o", ls="", markersize=10, color=colour, label=label))
    grey = [c for c in members if colors.get(c, OTHER_RGB) == OTHER_RGB]
    if grey:
        label = f"{len(grey)} smaller {'community' if len(grey) == 1 else 'communities'}"
        handles.append(Line2D([], [], marker="o", ls="", markersize=10, color=OTHER_RGB,
                              label=label))  # fmt: skip
    return handles


def _leader_lines(ax, texts, positions) -> None:
    """A thin line from each node to its label, under a label moved away from it."""
    for text in texts:
        (x, y), (tx, ty) = positions[text.get_text()], text.get_position()
        if (x, y) != (tx, ty):
            ax.plot([x, tx], [y, ty], color="#888888", lw=0.4, zorder=0)
            text.set_bbox({"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8})


def draw_small_multiples(
    graphs: dict[str, nx.Graph],
    nodes: pd.DataFrame,
    seed: int,
    top: int = 15,
    min_stability: float | None = None,
) -> plt.Figure:
    """One panel per article: its own network of the ``top`` best connected entities."""
    ids = sorted(graphs)
    columns = min(3, max(len(ids), 1))
    rows = math.ceil(max(len(ids), 1) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(6.5 * columns, 5.5 * rows), squeeze=False)
    colors = community_colors(nodes, min_stability)  # the corpus's colours in every panel
    for ax in axes.flat:
        ax.set_visible(False)  # label placement redraws the figure: only the panel at work
    for ax, article_id in zip(axes.flat, ids, strict=False):
        ax.set_visible(True)
        graph = graphs[article_id]
        keep = sorted(graph, key=lambda n: (-graph.degree(n, weight="count"), n))[:top]
        sub = canonical(graph.subgraph(keep))
        local = nodes[nodes["entity"].isin(keep)]
        draw_network(sub, local, seed, article_name(article_id), ax, False, colors)
        ax.set_visible(False)
    for ax in list(axes.flat)[: len(ids)]:
        ax.set_visible(True)
    fig.suptitle(f"Each article's own network (its {top} best connected entities; "
                 "colours are the corpus communities)")  # fmt: skip
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.3 / fig.get_figheight()))  # room for the title
    return fig


def plot_centrality(
    nodes: pd.DataFrame, top: int = 15, min_stability: float | None = None
) -> plt.Figure:
    """The most central entities by three measures, side by side."""
    measures = [("weighted_degree", "weighted degree"), ("betweenness", "betweenness"),
                ("eigenvector", "eigenvector")]  # fmt: skip
    fig, axes = plt.subplots(1, 3, figsize=(15, 0.35 * top + 1.8))
    colors = community_colors(nodes, min_stability)
    for ax, (column, label) in zip(axes, measures, strict=True):
        ranked = nodes.sort_values([column, "entity"], ascending=[False, True]).head(top)
        ax.barh(ranked["entity"], ranked[column],
                color=[colors.get(c, OTHER_RGB) for c in ranked["community"]])  # fmt: skip
        ax.invert_yaxis()
        ax.set(title=label.capitalize(), xlabel=label)
    fig.suptitle("Most central entities (bars coloured by community)")
    fig.tight_layout()
    return fig


def plot_edge_sharing(sharing: pd.DataFrame, overlap: pd.DataFrame) -> plt.Figure:
    """Edges each article shares with others or has alone, and pairwise edge overlap."""
    counts = (
        sharing.assign(kind=sharing["unique"].map({True: "unique", False: "shared"}))
        .groupby(["article_id", "kind"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=["shared", "unique"], fill_value=0)
        .rename(index=article_name)
    )
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, 0.5 * len(counts) + 3.5))
    counts.plot.barh(stacked=True, ax=left, color=["#4c72b0", "#dd8452"], width=0.7)
    left.invert_yaxis()
    left.set(title="Co-occurrence edges per article", xlabel="edges", ylabel="article")
    # an article's overlap with itself (1) is left blank: it would set the colour scale
    # and wash out the pairs a reader compares
    self_pairs = np.eye(len(overlap), dtype=bool)
    pairs = overlap.to_numpy()[~self_pairs]
    sns.heatmap(
        overlap.rename(index=article_name, columns=article_name), annot=True, fmt=".2f",
        cmap="Greens", vmin=0, vmax=max(float(pairs.max(initial=0)), 0.01), ax=right,
        mask=self_pairs, cbar_kws={"label": "Jaccard similarity of edge sets"},
    )  # fmt: skip
    right.set(title="Shared edges between articles", xlabel="article", ylabel="")
    right.grid(False)  # the style's grid would cross the blank diagonal
    right.tick_params(axis="x", labelrotation=30)
    for label in right.get_xticklabels():
        label.set_horizontalalignment("right")
    fig.tight_layout()
    return fig
