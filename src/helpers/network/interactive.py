"""The interactive network page: one self-contained HTML file, offline (plotly.js
embedded, no CDN), opened from the report or on its own.

The first view frames the main component; the small ones sit beside it (double-click
shows them all). The strongest nodes carry their names, every node its details on
hover, and every edge its count, weight and first evidence sentences. Every string
taken from the articles is HTML-escaped before it reaches the page, so a name such as
``<script>`` is shown, never run.
"""

from __future__ import annotations

import html
import math
import textwrap

import networkx as nx
import pandas as pd

from helpers.core.report import WITHHELD
from helpers.network.layout import MAX_NODES, main_box, packed_layout, strongest
from helpers.network.palette import community_colors, community_names, hex_colour

LABELLED = 30  # names always shown; the others on hover
EVIDENCE_SHOWN = 3  # sentences per edge on hover
PLOT_HEIGHT_PX = 700  # the plotting area; the page adds title and margins


def _wrap(text: str, width: int = 70) -> str:
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)) or ""


def _evidence_lines(refs: list[str], sentences: dict[str, str], share_text: bool) -> str:
    shown = refs[:EVIDENCE_SHOWN]
    more = f"<br>… and {len(refs) - len(shown)} more (edges.csv)" if len(refs) > len(shown) else ""
    if not share_text:
        return f"{WITHHELD}<br>sentences: {html.escape(', '.join(shown))}{more}"
    lines = [f"• {_wrap(sentences.get(ref, ref))}" for ref in shown]
    return "<br>".join(lines) + more


_PLACES = {  # plotly text position → label box offset, in label heights and widths
    "top center": (-0.5, 0.6), "bottom center": (-0.5, -1.6), "middle right": (0.1, -0.5),
    "middle left": (-1.1, -0.5),
}  # fmt: skip


def place_labels(
    order: list[str], positions: dict, sizes: dict, pixels_per_unit: float
) -> dict[str, str]:
    """A text position for each node of ``order`` whose label fits without covering an
    earlier label; the others go without (their names stay on hover)."""
    boxes, places = [], {}
    for node in order:
        x, y = (v * pixels_per_unit for v in positions[node])
        width, height, radius = 7.5 * len(node) + 4, 16.0, sizes[node] / 2
        for place, (dx, dy) in _PLACES.items():
            left = x + dx * width + (radius if dx > 0 else -radius if dx < -1 else 0)
            bottom = y + dy * height + (radius if dy > 0 else -radius if dy < -1 else 0)
            box = (left, bottom, left + width, bottom + height)
            if all(box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3]
                   for b in boxes):  # fmt: skip
                boxes.append(box)
                places[node] = place
                break
    return places


def interactive_html(
    graph: nx.Graph,
    nodes: pd.DataFrame,
    sentences: pd.DataFrame,
    seed: int,
    title: str,
    share_text: bool = True,
    min_stability: float | None = None,
) -> str:
    """The page's HTML: nodes coloured by community and sized by co-occurrences."""
    import plotly.graph_objects as go

    esc = html.escape
    total = graph.number_of_nodes()
    graph = strongest(graph, MAX_NODES)
    if graph.number_of_nodes() < total:
        title += f" — the {graph.number_of_nodes()} most connected of {total} entities"
    info = nodes.set_index("entity")
    colors, names = community_colors(nodes, min_stability), community_names(nodes)
    positions = packed_layout(graph, seed)
    shown = {
        r
        for _, _, d in graph.edges(data=True)
        for r in list(d.get("evidence", []))[:EVIDENCE_SHOWN]
    }
    refs = sentences["article_id"].astype(str) + "/" + sentences["sentence_id"].astype(str)
    wanted = refs.isin(shown)  # only the sentences the page shows, not the whole corpus
    text_of = dict(zip(refs[wanted], sentences.loc[wanted, "text"], strict=True))
    edge_x, edge_y, mid_x, mid_y, edge_text = [], [], [], [], []
    for u, v, data in graph.edges(data=True):
        (x0, y0), (x1, y1) = positions[u], positions[v]
        edge_x += [x0, x1, None]
        edge_y += [y0, y1, None]
        mid_x.append((x0 + x1) / 2)
        mid_y.append((y0 + y1) / 2)
        edge_text.append(
            f"<b>{esc(u)} — {esc(v)}</b><br>sentences together: {data.get('count')}"
            f" · weight {data.get('weight', 0):.3f}<br>"
            + _evidence_lines(list(data.get("evidence", [])), text_of, share_text)
        )
    traces = [
        go.Scatter(x=edge_x, y=edge_y, mode="lines", hoverinfo="skip",
                   line={"width": 0.6, "color": "rgba(90,90,90,0.3)"}, showlegend=False),
        go.Scatter(x=mid_x, y=mid_y, mode="markers", hoverinfo="text", hovertext=edge_text,
                   marker={"size": 7, "opacity": 0}, showlegend=False, name="edges"),
    ]  # fmt: skip
    strength = {n: graph.degree(n, weight="count") for n in graph}
    top = max(max(strength.values(), default=0), 1e-9)
    sizes = {n: 7 + 36 * math.sqrt(strength[n] / top) for n in graph}
    x_range, y_range = main_box(graph, positions)
    places = place_labels(
        sorted(graph, key=lambda n: (-strength[n], n))[:LABELLED], positions, sizes,
        pixels_per_unit=0.85 * PLOT_HEIGHT_PX / (y_range[1] - y_range[0]),  # a wide window
    )  # fmt: skip
    communities = sorted(set(info.loc[sorted(graph), "community"]), key=lambda c: (
        list(colors).index(c) if c in colors else len(colors), c))  # fmt: skip
    for community in communities:
        members = [n for n in graph if info.at[n, "community"] == community]
        traces.append(
            go.Scatter(
                x=[positions[n][0] for n in members], y=[positions[n][1] for n in members],
                mode="markers+text", text=[esc(n) if n in places else "" for n in members],
                textposition=[places.get(n, "top center") for n in members],
                textfont={"size": 12}, hoverinfo="text",
                name=esc(names.get(community, str(community))),
                hovertext=[
                    f"<b>{esc(n)}</b> ({esc(str(info.at[n, 'label']))})<br>community: "
                    f"{esc(names.get(community, str(community)))}<br>"
                    f"co-occurrences: {strength[n]} · neighbours: {graph.degree(n)}<br>"
                    f"articles: {info.at[n, 'n_articles']} · "
                    f"community stability: {info.at[n, 'stability']:.2f}"
                    for n in members
                ],
                marker={"size": [sizes[n] for n in members],
                        "color": hex_colour(colors.get(community)),
                        "line": {"width": 1, "color": "white"}},
            )
        )  # fmt: skip
    figure = go.Figure(traces)
    figure.update_layout(
        title={"text": esc(title) + "<br><sup>Hover a node or the middle of an edge for "
               "details; drag to zoom; double-click to see every component.</sup>"},
        template="plotly_white", height=PLOT_HEIGHT_PX + 150, hovermode="closest",
        xaxis={"visible": False, "range": x_range},
        yaxis={"visible": False, "range": y_range, "scaleanchor": "x"},
        legend={"title": {"text": "community (two most central members)"}},
        hoverlabel={"align": "left"},
    )  # fmt: skip
    return figure.to_html(
        include_plotlyjs=True, full_html=True, div_id="network", config={"displaylogo": False}
    )
