"""Entity co-occurrence networks: counts, association weights, backbone, communities.

Pure functions from the mentions table to tables and networkx graphs; the
notebook of stage 03 draws and exports them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

import networkx as nx
import pandas as pd

UNITS = {"sentence": "sentence_id", "paragraph": "paragraph_id"}
WEIGHTS = ("count", "npmi", "jaccard", "dice")


def cooccurrences(mentions: pd.DataFrame, unit: str = "sentence") -> tuple[pd.DataFrame, dict]:
    """Pairs of entities found in the same unit, with their evidence.

    Returns the edge table (``source`` < ``target`` by code point; ``count`` of
    units; ``articles``; ``evidence`` as ``article_id/sentence_id`` references)
    and the unit statistics needed for association weights: the number of units
    and the number of units each entity occurs in.
    """
    if unit not in UNITS:
        raise ValueError(f"unit {unit!r} must be one of {', '.join(UNITS)}")
    key = UNITS[unit]
    units: dict[tuple, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for row in mentions[["article_id", key, "sentence_id", "entity"]].itertuples(index=False):
        units[(row[0], row[1])][row[3]].add(int(row[2]))
    pairs: dict[tuple[str, str], dict] = {}
    occurrences: dict[str, int] = defaultdict(int)
    for (article_id, _), entities in units.items():
        for entity in entities:
            occurrences[entity] += 1
        for source, target in combinations(sorted(entities), 2):
            pair = pairs.setdefault(
                (source, target), {"count": 0, "articles": set(), "evidence": set()}
            )
            pair["count"] += 1
            pair["articles"].add(article_id)
            shared = entities[source] & entities[target] or entities[source] | entities[target]
            pair["evidence"].update(f"{article_id}/{sid}" for sid in shared)
    edges = pd.DataFrame(
        [
            {"source": s, "target": t, "count": p["count"],
             "articles": sorted(p["articles"]), "evidence": sorted(p["evidence"], key=_ref_key)}
            for (s, t), p in sorted(pairs.items())
        ],
        columns=["source", "target", "count", "articles", "evidence"],
    )  # fmt: skip
    return edges, {"n_units": len(units), "occurrences": dict(occurrences)}


def _ref_key(reference: str) -> tuple[str, int]:
    article_id, _, sentence_id = reference.rpartition("/")
    return article_id, int(sentence_id)


def association(count: int, n_x: int, n_y: int, n_units: int, weight: str) -> float:
    """Association of two entities from unit counts.

    ``npmi``: normalised pointwise mutual information (Bouma 2009), from -1 to 1;
    ``jaccard``: shared units over units of either; ``dice``: 2 × shared over the sum.
    """
    if weight == "count":
        return float(count)
    if weight == "jaccard":
        return count / (n_x + n_y - count)
    if weight == "dice":
        return 2 * count / (n_x + n_y)
    if weight == "npmi":
        p_xy, p_x, p_y = count / n_units, n_x / n_units, n_y / n_units
        if p_xy >= 1.0:
            return 1.0
        return math.log(p_xy / (p_x * p_y)) / -math.log(p_xy)
    raise ValueError(f"weight {weight!r} must be one of {', '.join(WEIGHTS)}")


def weighted_edges(edges: pd.DataFrame, stats: dict, weight: str = "npmi") -> pd.DataFrame:
    """The edge table with a ``weight`` column."""
    occurrences, n_units = stats["occurrences"], stats["n_units"]
    return edges.assign(
        weight=[
            association(c, occurrences[s], occurrences[t], n_units, weight)
            for s, t, c in zip(edges["source"], edges["target"], edges["count"], strict=True)
        ]
    )


def build_graph(edges: pd.DataFrame, weight_column: str = "weight") -> nx.Graph:
    """An undirected graph whose edges carry the columns of ``edges``."""
    graph = nx.Graph()
    for row in edges.sort_values(["source", "target"]).to_dict("records"):
        source, target = row.pop("source"), row.pop("target")
        graph.add_edge(source, target, **row)
        graph.edges[source, target]["weight"] = row[weight_column]
    return graph


def disparity_alpha(graph: nx.Graph, weight: str = "count") -> dict[tuple[str, str], float]:
    """Significance of each edge under the disparity filter (Serrano, Boguñá & Vespignani 2009).

    For node i of degree k and strength s, an edge of weight w has
    α = (1 − w/s)^(k−1): the probability that a uniform split of the node's
    strength gives an edge at least that heavy. The edge's α is the smaller of
    its two endpoints' (a node of degree 1 gives no evidence: α = 1).
    """
    alphas = {}
    for u, v, data in graph.edges(data=True):
        values = []
        for node in (u, v):
            degree = graph.degree(node)
            strength = graph.degree(node, weight=weight)
            if degree > 1 and strength > 0:
                values.append((1 - data[weight] / strength) ** (degree - 1))
            else:
                values.append(1.0)
        alphas[tuple(sorted((u, v)))] = min(values)
    return alphas


def backbone(graph: nx.Graph, alpha: float = 0.05, weight: str = "count") -> nx.Graph:
    """The edges significant at level ``alpha``, and the nodes they join."""
    significance = disparity_alpha(graph, weight)
    keep = [edge for edge, value in significance.items() if value < alpha]
    return graph.edge_subgraph(keep).copy()


def communities(
    graph: nx.Graph, resolution: float = 1.0, seed: int = 42, weight: str = "weight"
) -> tuple[dict[str, int], float]:
    """Louvain communities (Blondel et al. 2008), seeded, and their modularity.

    Communities are numbered by size, largest first, ties by their first name,
    so the numbering is stable across runs.
    """
    if graph.number_of_edges() == 0:
        return {node: i for i, node in enumerate(sorted(graph))}, 0.0
    found = nx.community.louvain_communities(graph, weight=weight, resolution=resolution, seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    membership = {node: i for i, members in enumerate(ordered) for node in members}
    return membership, nx.community.modularity(graph, ordered, weight=weight, resolution=resolution)
