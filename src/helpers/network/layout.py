"""Which nodes are drawn (the most connected) and where: ForceAtlas2 per component,
components packed side by side.

A force layout of the whole graph throws the small components far from the main one
and leaves the main one a hairball in a corner. Laying each component out on its own
(Jacomy et al. 2014, networkx's ``forceatlas2_layout``) and packing the boxes in rows,
largest first, keeps every component readable at one zoom. Packing is not in networkx,
hence these few lines.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

from helpers.network.graph import canonical

GAP = 0.25  # space between component boxes, in units of the smallest box side
FA2_ITERATIONS = 150
MAX_NODES = 600  # beyond this a force layout is a blot; the GEXF holds every node
FA2_SCALING = 2.0  # repulsion against attraction: higher mixes the communities here


def strongest(graph: nx.Graph, limit: int) -> nx.Graph:
    """The subgraph of the ``limit`` nodes with the most co-occurrences."""
    if graph.number_of_nodes() <= limit:
        return canonical(graph)
    keep = sorted(graph, key=lambda n: (-graph.degree(n, weight="count"), n))[:limit]
    return canonical(graph.subgraph(keep))


def component_layout(graph: nx.Graph, seed: int) -> dict[str, np.ndarray]:
    """Seeded ForceAtlas2 positions of one connected graph, centred in a unit box."""
    nodes = sorted(graph)
    if len(nodes) == 1:
        return {nodes[0]: np.zeros(2)}
    if len(nodes) == 2:
        return {nodes[0]: np.array([-0.35, 0.0]), nodes[1]: np.array([0.35, 0.0])}
    strength = {n: graph.degree(n, weight="count") for n in nodes}
    top = max(strength.values()) or 1
    with np.errstate(invalid="ignore", divide="ignore"):  # networkx divides by the 0 self-distance
        positions = nx.forceatlas2_layout(
            canonical(graph), max_iter=FA2_ITERATIONS, scaling_ratio=FA2_SCALING, gravity=1.0,
            linlog=True, seed=seed, node_size={n: 0.5 + strength[n] / top for n in nodes},
        )  # fmt: skip  # linlog spreads hubs apart; node sizes keep big nodes from overlapping
    points = np.array([positions[n] for n in nodes], dtype=float)
    if not np.isfinite(points).all():  # a degenerate start: fall back to a spring layout
        spring = nx.spring_layout(canonical(graph), seed=seed)
        points = np.array([spring[n] for n in nodes], dtype=float)
    points -= (points.max(axis=0) + points.min(axis=0)) / 2
    span = float(np.abs(points).max()) or 1.0
    return {n: points[i] / (2 * span) for i, n in enumerate(nodes)}


def packed_layout(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Every node's position; component boxes of side √size, packed in shelves.

    The largest component comes first, at the left; the others fill rows to its right,
    largest first, in a column as wide as the largest box or three of the second.
    """
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    positions: dict[str, tuple[float, float]] = {}
    if not components:
        return positions
    sides = [math.sqrt(len(c)) for c in components]
    gap = GAP * min(sides)
    shelf_left = sides[0] + gap
    shelf_width = max(sides[0], 3 * sides[1]) if len(sides) > 1 else 0
    x, y, row_height = shelf_left, sides[0] / 2, 0.0  # shelves fill downwards from the top
    for index, (members, side) in enumerate(zip(components, sides, strict=True)):
        if index == 0:
            centre = (sides[0] / 2, 0.0)
        else:
            if x + side > shelf_left + shelf_width and x > shelf_left:
                x, y, row_height = shelf_left, y - row_height - gap, 0.0
            centre = (x + side / 2, y - side / 2)
            x += side + gap
            row_height = max(row_height, side)
        local = component_layout(graph.subgraph(members), seed)
        for node in members:
            px, py = local[node] * side
            positions[node] = (float(centre[0] + px), float(centre[1] + py))
    return positions


def main_box(graph: nx.Graph, positions: dict, margin: float = 0.08) -> tuple[list, list]:
    """The x and y ranges that frame the largest component, for the first view."""
    if not graph.number_of_nodes():
        return [-1, 1], [-1, 1]
    largest = min(nx.connected_components(graph), key=lambda c: (-len(c), sorted(c)[0]))
    points = np.array([positions[n] for n in largest])
    low, high = points.min(axis=0), points.max(axis=0)
    pad = (high - low).max() * margin + 0.3
    return [float(low[0] - pad), float(high[0] + pad)], [float(low[1] - pad), float(high[1] + pad)]
