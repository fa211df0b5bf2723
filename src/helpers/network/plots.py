"""Figures of the co-occurrence network, drawn from its tables and graphs."""

from __future__ import annotations

import html
import math

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import seaborn as sns
from adjustText import adjust_text
from matplotlib.lines import Line2D

from helpers.core.plotting import article_name
from helpers.network.graph import canonical

_MAX_LEGEND = 8
MAX_LABELS = 40  # names beyond these overlap; the interactive network shows them all


def community_colors(nodes: pd.DataFrame) -> dict[int, tuple]:
    """One colour per community, the largest first; small ones share grey."""
    palette = sns.color_palette("tab10", _MAX_LEGEND)
    sizes = nodes["community"].value_counts()
    ranked = sorted(sizes.index, key=lambda c: (-sizes[c], c))
    return {c: palette[i] if i < _MAX_LEGEND else (0.7, 0.7, 0.7) for i, c in enumerate(ranked)}


def community_names(nodes: pd.DataFrame) -> dict[int, str]:
    """A community is named after its two most central members."""
    names = {}
    for community, group in nodes.groupby("community"):
        top = group.sort_values(["weighted_degree", "entity"], ascending=[False, True])
        names[community] = " · ".join(top["entity"].head(2))
    return names


def layout(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Seeded force-directed layout (Fruchterman & Reingold 1991)."""
    ordered = canonical(graph)
    k = 2.5 / math.sqrt(max(graph.number_of_nodes(), 1))
    return nx.spring_layout(ordered, seed=seed, k=k, iterations=200, weight=None)


def draw_network(
    graph: nx.Graph,
    nodes: pd.DataFrame,
    seed: int,
    title: str,
    ax=None,
    legend: bool = True,
    colors: dict[int, tuple] | None = None,
):
    """Nodes coloured by community and sized by their co-occurrence count in ``graph``
    (weighted degree by count), the ``MAX_LABELS`` strongest named, labels kept apart."""
    graph = canonical(graph)
    own = ax is None
    if own:
        fig, ax = plt.subplots(figsize=(13, 10))
    info = nodes.set_index("entity")
    colors = colors or community_colors(nodes)
    positions = layout(graph, seed)
    strength = pd.Series({n: graph.degree(n, weight="count") for n in sorted(graph)}, dtype=float)
    scale = 2200 / max(strength.max(), 1e-9) if own else 600 / max(strength.max(), 1e-9)
    counts = [graph.edges[e].get("count", 1) for e in graph.edges]
    nx.draw_networkx_edges(
        graph, positions, ax=ax, width=[0.6 + 0.6 * math.log1p(c) for c in counts],
        alpha=0.35, edge_color="#555555",
    )  # fmt: skip
    ordered = sorted(graph)
    nx.draw_networkx_nodes(
        graph, positions, nodelist=ordered, ax=ax, linewidths=0.8, edgecolors="white",
        node_size=[40 + scale * strength[n] for n in ordered],
        node_color=[colors.get(info.at[n, "community"], (0.7, 0.7, 0.7)) for n in ordered],
    )  # fmt: skip
    labelled = sorted(ordered, key=lambda n: (-strength[n], n))[:MAX_LABELS]
    texts = [
        ax.text(*positions[n], n, fontsize=11 if own else 8, ha="center", va="center",
                fontweight="bold" if strength[n] >= strength.quantile(0.8) else "normal")
        for n in sorted(labelled)
    ]  # fmt: skip
    if texts:
        # A fixed number of iterations, not adjustText's default time limit: same picture
        # on any machine. Each call redraws the whole figure, and its arrows are slow to
        # draw, so the panels of a small multiple get plain leader lines instead.
        adjust_text(
            texts, ax=ax, expand=(1.2, 1.4), iter_lim=300 if own else 150,
            arrowprops={"arrowstyle": "-", "lw": 0.4} if own else None,
        )  # fmt: skip
        if not own:
            _leader_lines(ax, texts, positions)
    if legend:
        names = community_names(nodes[nodes["entity"].isin(graph)])
        shown = [c for c in colors if c in names][:_MAX_LEGEND]
        handles = [
            Line2D([], [], marker="o", ls="", markersize=10, color=colors[c], label=names[c])
            for c in shown
        ]
        ax.legend(handles=handles, title="community (two most central members)",
                  loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)  # fmt: skip
    ax.set_title(title)
    ax.set_axis_off()
    if own:
        fig.tight_layout()
        return fig
    return ax


def _leader_lines(ax, texts, positions) -> None:
    """A thin line from each node to its label, under a label moved away from it."""
    for text in texts:
        (x, y), (tx, ty) = positions[text.get_text()], text.get_position()
        if (x, y) != (tx, ty):
            ax.plot([x, tx], [y, ty], color="#888888", lw=0.4, zorder=0)
            text.set_bbox({"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8})


def draw_small_multiples(
    graphs: dict[str, nx.Graph], nodes: pd.DataFrame, seed: int, top: int = 15
) -> plt.Figure:
    """One panel per article: its own network of the ``top`` best connected entities."""
    ids = sorted(graphs)
    columns = min(3, max(len(ids), 1))
    rows = math.ceil(max(len(ids), 1) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(6.5 * columns, 5.5 * rows), squeeze=False)
    colors = community_colors(nodes)  # the corpus's colours in every panel
    for ax, article_id in zip(axes.flat, ids, strict=False):
        graph = graphs[article_id]
        keep = sorted(graph, key=lambda n: (-graph.degree(n, weight="count"), n))[:top]
        sub = canonical(graph.subgraph(keep))
        local = nodes[nodes["entity"].isin(keep)]
        draw_network(sub, local, seed, article_name(article_id), ax, False, colors)
    for ax in list(axes.flat)[len(ids) :]:
        ax.set_axis_off()
    fig.suptitle(f"Each article's own network (its {top} best connected entities; "
                 "colours are the corpus communities)")  # fmt: skip
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.3 / fig.get_figheight()))  # room for the title
    return fig


def plot_centrality(nodes: pd.DataFrame, top: int = 15) -> plt.Figure:
    """The most central entities by three measures, side by side."""
    measures = [("weighted_degree", "weighted degree"), ("betweenness", "betweenness"),
                ("eigenvector", "eigenvector")]  # fmt: skip
    fig, axes = plt.subplots(1, 3, figsize=(15, 0.35 * top + 1.8))
    colors = community_colors(nodes)
    for ax, (column, label) in zip(axes, measures, strict=True):
        ranked = nodes.sort_values([column, "entity"], ascending=[False, True]).head(top)
        ax.barh(ranked["entity"], ranked[column],
                color=[colors.get(c, (0.7, 0.7, 0.7)) for c in ranked["community"]])  # fmt: skip
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
    sns.heatmap(
        overlap.rename(index=article_name, columns=article_name), annot=True, fmt=".2f",
        cmap="Greens", vmin=0, vmax=1, ax=right,
        cbar_kws={"label": "Jaccard similarity of edge sets"},
    )  # fmt: skip
    right.set(title="Shared edges between articles", xlabel="article", ylabel="article")
    fig.tight_layout()
    return fig


def interactive_html(graph: nx.Graph, nodes: pd.DataFrame, seed: int, title: str) -> str:
    """A self-contained, offline HTML network (plotly.js embedded, no CDN).

    Every string taken from the articles is HTML-escaped before it reaches the
    page, so a name such as ``<script>`` is shown, never run.
    """
    import plotly.graph_objects as go

    esc = html.escape
    graph = canonical(graph)
    info = nodes.set_index("entity")
    colors = community_colors(nodes)
    names = community_names(nodes)
    positions = layout(graph, seed)
    edge_x, edge_y, mid_x, mid_y, edge_text = [], [], [], [], []
    for u, v, data in sorted(graph.edges(data=True)):
        (x0, y0), (x1, y1) = positions[u], positions[v]
        edge_x += [x0, x1, None]
        edge_y += [y0, y1, None]
        mid_x.append((x0 + x1) / 2)
        mid_y.append((y0 + y1) / 2)
        evidence = data.get("evidence", [])
        edge_text.append(
            f"<b>{esc(u)} — {esc(v)}</b><br>count: {data.get('count')}"
            f"<br>weight: {data.get('weight', 0):.3f}<br>articles: "
            f"{esc(', '.join(data.get('articles', [])))}<br>evidence: "
            f"{esc(', '.join(evidence[:8]))}{' …' if len(evidence) > 8 else ''}"
        )
    traces = [
        go.Scatter(x=edge_x, y=edge_y, mode="lines", hoverinfo="skip",
                   line={"width": 0.7, "color": "rgba(90,90,90,0.35)"}, showlegend=False),
        go.Scatter(x=mid_x, y=mid_y, mode="markers", hoverinfo="text", hovertext=edge_text,
                   marker={"size": 6, "opacity": 0}, showlegend=False),
    ]  # fmt: skip
    strength = {n: graph.degree(n, weight="count") for n in graph}
    top = max(max(strength.values(), default=0), 1e-9)
    for community in sorted(set(info.loc[sorted(graph), "community"])):
        members = [n for n in sorted(graph) if info.at[n, "community"] == community]
        rgb = colors.get(community, (0.7, 0.7, 0.7))
        traces.append(
            go.Scatter(
                x=[positions[n][0] for n in members], y=[positions[n][1] for n in members],
                mode="markers+text", text=[esc(n) for n in members], textposition="top center",
                hoverinfo="text", name=esc(names.get(community, str(community))),
                hovertext=[
                    f"<b>{esc(n)}</b> ({esc(str(info.at[n, 'label']))})<br>community "
                    f"{community}<br>degree {info.at[n, 'degree']}<br>articles "
                    f"{info.at[n, 'n_articles']}<br>stability {info.at[n, 'stability']:.2f}"
                    for n in members
                ],
                marker={"size": [8 + 40 * math.sqrt(strength[n] / top) for n in members],
                        "color": "rgb({},{},{})".format(*(int(255 * c) for c in rgb)),
                        "line": {"width": 1, "color": "white"}},
            )
        )  # fmt: skip
    figure = go.Figure(traces)
    figure.update_layout(
        title=esc(title), template="plotly_white", height=850, hovermode="closest",
        xaxis={"visible": False}, yaxis={"visible": False},
        legend={"title": {"text": "community"}},
    )  # fmt: skip
    return figure.to_html(
        include_plotlyjs=True, full_html=True, div_id="network",
        config={"displaylogo": False},
    )  # fmt: skip
