"""Entity co-occurrence networks: counts, association weights, backbone, communities.

Pure functions from the mentions table to tables and networkx graphs; the
notebook of stage 03 draws and exports them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx
import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix

from helpers.core.schemas import columns
from helpers.network.options import UNITS, WEIGHTS  # noqa: F401  (re-exported)

Unit = tuple[str, dict[str, frozenset[int]]]  # article_id, {entity: sentence ids}


def units_of(mentions: pd.DataFrame, unit: str = "sentence") -> list[Unit]:
    """The co-occurrence units (sentences or paragraphs) and the entities in each."""
    if unit not in UNITS:
        raise ValueError(f"unit {unit!r} must be one of {', '.join(UNITS)}")
    key = UNITS[unit]
    grouped: dict[tuple, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for row in mentions[["article_id", key, "sentence_id", "entity"]].itertuples(index=False):
        grouped[(str(row[0]), int(row[1]))][row[3]].add(int(row[2]))
    return [
        (article_id, {e: frozenset(s) for e, s in entities.items()})
        for (article_id, _), entities in sorted(grouped.items())
    ]


def count_pairs(units: list[Unit]) -> tuple[Counter, Counter]:
    """Units per entity pair and units per entity."""
    pairs, occurrences = Counter(), Counter()
    for _, entities in units:
        occurrences.update(entities.keys())
        pairs.update(combinations(sorted(entities), 2))
    return pairs, occurrences


def cooccurrences(
    mentions: pd.DataFrame, unit: str = "sentence", units: list[Unit] | None = None
) -> tuple[pd.DataFrame, dict]:
    """Pairs of entities found in the same unit, with their evidence.

    Returns the edge table (``source`` < ``target`` by code point; ``count`` of
    units; ``articles``; ``evidence`` as ``article_id/sentence_id`` references)
    and the unit statistics needed for association weights: the number of units
    and the number of units each entity occurs in. ``collaboration`` counts each unit
    of k entities as 1/(k − 1) for each of its pairs (Newman 2001), so one sentence
    listing ten brands does not weigh as much as ten sentences. ``units``: the
    ``units_of(mentions, unit)`` already made (the bootstrap reuses them), if any.
    """
    units = units_of(mentions, unit) if units is None else units
    pairs, occurrences = count_pairs(units)
    articles, evidence = defaultdict(set), defaultdict(set)
    shared = defaultdict(float)
    for article_id, entities in units:
        for pair in combinations(sorted(entities), 2):
            articles[pair].add(article_id)
            shared[pair] += 1 / (len(entities) - 1)
            source, target = (entities[e] for e in pair)
            evidence[pair].update(
                f"{article_id}/{sid}" for sid in (source & target or source | target)
            )
    edges = pd.DataFrame(
        [
            {"source": s, "target": t, "count": pairs[(s, t)], "articles": sorted(articles[(s, t)]),
             "evidence": sorted(evidence[(s, t)], key=_ref_key),
             "collaboration": round(shared[(s, t)], 9)}
            for s, t in sorted(pairs)
        ],
        columns=["source", "target", "count", "articles", "evidence", "collaboration"],
    )  # fmt: skip
    paired = sum(1 for _, entities in units if len(entities) > 1)
    return edges, {"n_units": len(units), "n_units_paired": paired,
                   "occurrences": dict(occurrences)}  # fmt: skip


def _ref_key(reference: str) -> tuple[str, int]:
    article_id, _, sentence_id = reference.rpartition("/")
    return article_id, int(sentence_id)


def association(count, n_x, n_y, n_units: int, weight: str):
    """Association of two entities from unit counts, for numbers or numpy arrays.

    ``npmi``: normalised pointwise mutual information (Bouma 2009), from -1 to 1;
    ``jaccard``: shared units over units of either; ``dice``: 2 × shared over the sum.
    A pair that shares no unit gets 0 whatever the weight.
    """
    count, n_x, n_y = (np.asarray(a, dtype=float) for a in (count, n_x, n_y))
    if weight not in WEIGHTS:
        raise ValueError(f"weight {weight!r} must be one of {', '.join(WEIGHTS)}")
    with np.errstate(divide="ignore", invalid="ignore"):
        if weight == "count":
            value = count
        elif weight == "jaccard":
            value = count / (n_x + n_y - count)
        elif weight == "dice":
            value = 2 * count / (n_x + n_y)
        else:
            p_xy, p_x, p_y = count / n_units, n_x / n_units, n_y / n_units
            value = np.where(p_xy >= 1.0, 1.0, np.log(p_xy / (p_x * p_y)) / -np.log(p_xy))
        value = np.where(count > 0, value, 0.0)
    return float(value) if value.ndim == 0 else value


def weighted_edges(edges: pd.DataFrame, stats: dict, weight: str = "npmi") -> pd.DataFrame:
    """The edge table with a ``weight`` column."""
    occurrences, n_units = stats["occurrences"], stats["n_units"]
    n_x = [occurrences[e] for e in edges["source"]]
    n_y = [occurrences[e] for e in edges["target"]]
    return edges.assign(weight=association(edges["count"], n_x, n_y, n_units, weight).tolist())


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
    keep = {edge for edge, value in significance.items() if value < alpha}
    return canonical(graph.edge_subgraph(keep))


def canonical(graph: nx.Graph) -> nx.Graph:
    """A copy with nodes and edges in code-point order, each edge as (smaller, larger).

    networkx keeps insertion order, and subgraphs inherit the order of Python sets,
    which changes from process to process; layouts and drawings follow that order.
    """
    out = nx.Graph()
    out.add_nodes_from(sorted(graph.nodes(data=True)))
    out.add_edges_from(
        sorted((min(u, v), max(u, v), data) for u, v, data in graph.edges(data=True))
    )
    return out


def communities(
    graph: nx.Graph, resolution: float = 1.0, seed: int = 42, weight: str = "weight"
) -> tuple[dict[str, int], float]:
    """Louvain communities (Blondel et al. 2008), seeded, and their modularity.

    Communities are numbered by size, largest first, ties by their first name,
    so the numbering is stable across runs.
    """
    ordered = _louvain(graph, resolution, seed, weight)
    if graph.number_of_edges() == 0:
        return _numbered(ordered), 0.0
    modularity = nx.community.modularity(graph, ordered, weight=weight, resolution=resolution)
    return _numbered(ordered), modularity


def _louvain(graph: nx.Graph, resolution: float, seed: int, weight: str) -> list[set]:
    """The communities, largest first, ties by their first name (singletons without edges)."""
    edges = [(u, v, d.get(weight, 1.0)) for u, v, d in graph.edges(data=True)]
    return _multilevel(list(graph), edges, resolution, seed)


def _multilevel(
    nodes: list[str], edges: list[tuple[str, str, float]], resolution: float, seed: int
) -> list[set]:
    """Louvain (Blondel et al. 2008) with igraph's implementation in C: the bootstrap runs
    it once per resample, and networkx's, in Python, made it the network stage's cost.
    Seeded through its own generator, so a run never depends on another's draws."""
    import random

    import igraph

    if not edges:
        return [{node} for node in sorted(nodes)]
    index = {node: i for i, node in enumerate(nodes)}
    graph = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v, _ in edges])
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clusters = graph.community_multilevel(
            weights=[w for _, _, w in edges], resolution=resolution
        )
    finally:
        igraph.set_random_number_generator(random)
    found = [{nodes[i] for i in members} for members in clusters]
    return sorted(found, key=lambda c: (-len(c), min(c)))


def _numbered(ordered: list[set]) -> dict[str, int]:
    return {node: i for i, members in enumerate(ordered) for node in members}


def bootstrap(
    units: list[Unit],
    weight: str,
    partition: dict[str, int],
    n_resamples: int = 200,
    seed: int = 42,
    resolution: float = 1.0,
    progress: bool = False,
) -> tuple[pd.DataFrame, dict[str, float]]:
    """Edge-weight intervals and community stability by resampling units.

    Units (sentences by default) are drawn with replacement ``n_resamples``
    times. Each edge gets the 2.5 and 97.5 percentiles of its weight (0 when a
    resample lacks the pair). Each node gets the mean Jaccard similarity between
    its community in a resample and in the full graph: 1 means it always falls
    with the same companions, values near 0 mean its community is noise.
    """
    from tqdm.auto import tqdm

    rng = np.random.default_rng(seed)
    names = sorted({e for _, entities in units for e in entities})
    index = {e: i for i, e in enumerate(names)}
    rows = [u for u, (_, entities) in enumerate(units) for _ in entities]
    columns = [index[e] for _, entities in units for e in entities]
    # units × entities: a resample's pair counts are Uᵀ·diag(w)·U, with w how often
    # each unit was drawn, so no resample loops over units in Python
    incidence = csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(units), len(names)))
    pairs, _ = count_pairs(units)
    edge_index = {pair: i for i, pair in enumerate(sorted(pairs))}
    sources = np.array([index[s] for s, _ in edge_index], dtype=int)
    targets = np.array([index[t] for _, t in edge_index], dtype=int)
    samples = np.zeros((n_resamples, len(edge_index)))
    members = defaultdict(set)
    for node, community in partition.items():
        members[community].add(node)
    stability = defaultdict(float)
    for r in tqdm(range(n_resamples), desc="bootstrap", disable=not progress):
        drawn = np.bincount(rng.integers(0, len(units), len(units)), minlength=len(units))
        occurrences = incidence.T @ drawn
        counts = incidence.T @ incidence.multiply(drawn[:, None]).tocsr()
        shared = np.asarray(counts[sources, targets]).ravel() if len(sources) else np.zeros(0)
        samples[r] = association(
            shared, occurrences[sources], occurrences[targets], len(units), weight
        )
        # nodes and edges in code-point order: the graph `canonical(positive(…))` would
        # give, without building it
        nodes = [name for name, n in zip(names, occurrences, strict=True) if n]
        kept = [
            (names[s], names[t], w)
            for s, t, c, w in zip(sources, targets, shared, samples[r], strict=True)
            if c and w > 0
        ]
        resampled = _numbered(_multilevel(nodes, kept, resolution, seed))
        groups = defaultdict(set)
        for node, community in resampled.items():
            groups[community].add(node)
        for node, community in partition.items():
            if node in resampled:
                mine, theirs = members[community], groups[resampled[node]]
                stability[node] += len(mine & theirs) / len(mine | theirs)
    low, high = np.percentile(samples, [2.5, 97.5], axis=0) if n_resamples else (samples, samples)
    intervals = pd.DataFrame(
        [{"source": s, "target": t, "weight_low": low[i], "weight_high": high[i]}
         for (s, t), i in edge_index.items()],
        columns=["source", "target", "weight_low", "weight_high"],
    )  # fmt: skip
    return intervals, {node: stability[node] / max(n_resamples, 1) for node in partition}


def positive(graph: nx.Graph) -> nx.Graph:
    """The graph without edges of weight ≤ 0 (pairs that co-occur less than chance under
    NPMI): community detection and centralities need positive weights."""
    kept = nx.Graph()
    kept.add_nodes_from(graph.nodes(data=True))
    kept.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if d["weight"] > 0)
    return canonical(kept)


def node_table(
    graph: nx.Graph, mentions: pd.DataFrame, partition: dict[str, int], stability: dict[str, float]
) -> pd.DataFrame:
    """One row per entity of the graph with its centralities.

    Betweenness treats 1/weight as a distance (strong ties are short). Eigenvector
    centrality uses the collaboration weight: on association weights a single list
    sentence is a clique of perfect pairs and would top the ranking.
    """
    structure = positive(graph)
    for _, _, data in structure.edges(data=True):
        data["distance"] = 1 / data["weight"]
    pivots = BETWEENNESS_PIVOTS if structure.number_of_nodes() > BETWEENNESS_PIVOTS else None
    betweenness = betweenness_centrality(structure, pivots, "distance", seed=0)
    eigenvector = _eigenvector(structure)
    if "wikidata" not in mentions:  # mentions tables written before QIDs were linked
        mentions = mentions.assign(wikidata="")
    info = mentions.groupby("entity").agg(
        label=("label", "first"), wikidata=("wikidata", "first"),
        n_articles=("article_id", "nunique"),
    )  # fmt: skip
    rows = []
    for node in sorted(graph):
        rows.append(
            {
                "entity": node,
                "label": info.at[node, "label"],
                "wikidata": info.at[node, "wikidata"],
                "community": partition.get(node, -1),
                "degree": graph.degree(node),
                "weighted_degree": structure.degree(node, weight="weight"),
                "betweenness": betweenness.get(node, 0.0),
                "eigenvector": eigenvector.get(node, 0.0),
                "n_articles": int(info.at[node, "n_articles"]),
                "stability": stability.get(node, 0.0),
            }
        )
    return pd.DataFrame(rows, columns=NODE_COLUMNS)


def betweenness_centrality(
    graph: nx.Graph, k: int | None, weight: str, seed: int
) -> dict[str, float]:
    """``nx.betweenness_centrality(graph, k, normalized=True, weight=weight, seed=seed)``
    on an undirected graph, bit for bit: the same pivots, the same Dijkstra (the same heap
    entries, hence the same ties) and the same sums in the same order (Brandes 2001), but
    over integer-indexed adjacency lists built once rather than networkx's dictionaries
    and weight function at each step, which made betweenness the network stage's cost."""
    import random
    from heapq import heappop, heappush

    from networkx.algorithms.centrality.betweenness import _rescale

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    adjacency = [[(index[w], data.get(weight, 1)) for w, data in graph[v].items()] for v in nodes]
    if k == len(nodes):
        k = None
    pivots = None if k is None else random.Random(seed).sample(nodes, k)
    sources = range(len(nodes)) if pivots is None else [index[v] for v in pivots]
    totals = [0.0] * len(nodes)
    for s in sources:
        order, preds, sigma, settled, seen = [], {}, {s: 1.0}, set(), {s: 0}
        counter = 0
        queue = [(0, 0, s, s)]
        while queue:
            dist, _, pred, v = heappop(queue)
            if v in settled:
                continue
            sigma[v] += sigma[pred]  # the source adds its own count (2.0), as in networkx
            order.append(v)
            settled.add(v)
            for w, length in adjacency[v]:
                vw_dist = dist + length
                if w not in settled and (w not in seen or vw_dist < seen[w]):
                    seen[w] = vw_dist
                    counter += 1
                    heappush(queue, (vw_dist, counter, v, w))
                    sigma[w] = 0.0
                    preds[w] = [v]
                elif vw_dist == seen[w]:
                    sigma[w] += sigma[v]
                    preds[w].append(v)
        delta = dict.fromkeys(order, 0)
        while order:
            w = order.pop()
            coeff = (1 + delta[w]) / sigma[w]
            for v in preds.get(w, ()):
                delta[v] += sigma[v] * coeff
            if w != s:
                totals[w] += delta[w]
    raw = dict(zip(nodes, totals, strict=True))
    return _rescale(raw, len(nodes), normalized=True, directed=False, endpoints=False,
                    sampled_nodes=pivots)  # fmt: skip


# Above this many nodes, betweenness is estimated from this many seeded source nodes
# (Brandes & Pich 2007): exact betweenness costs nodes × edges, so it would grow with
# the square of the corpus; the estimate keeps the ranking of the central entities.
BETWEENNESS_PIVOTS = 500
NODE_COLUMNS = columns("nodes")
EDGE_COLUMNS = columns("edges")


def _eigenvector(graph: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality per connected component, scaled by component size, so a
    disconnected graph does not make the power iteration fail."""
    result = {}
    total = graph.number_of_nodes()
    for component in sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c))):
        sub = graph.subgraph(sorted(component))
        if sub.number_of_edges() == 0:
            result.update(dict.fromkeys(component, 0.0))
            continue
        values = _power_iteration(sub, "collaboration", max_iter=10000, tol=1e-10)
        result.update({n: v * len(component) / total for n, v in values.items()})
    return result


def _power_iteration(graph: nx.Graph, weight: str, max_iter: int, tol: float) -> dict:
    """networkx's ``eigenvector_centrality`` (iterating x ← (A + I)x from a uniform
    start, stopping when the L1 change falls below n·tol), on a sparse matrix: the same
    values, without a Python loop over the edges at each step."""
    nodes = list(graph)
    matrix = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight=weight, format="csr")
    x = np.full(len(nodes), 1 / len(nodes))
    for _ in range(max_iter):
        previous, x = x, x + matrix @ x
        x = x / (np.linalg.norm(x) or 1)
        if np.abs(x - previous).sum() < len(nodes) * tol:
            return dict(zip(nodes, x.tolist(), strict=True))
    raise nx.PowerIterationFailedConvergence(max_iter)


def edge_sharing(edges: pd.DataFrame) -> pd.DataFrame:
    """For each article and each of its edges, how many other articles have it.

    A count, not the list of those articles: an edge common to a whole corpus
    would otherwise fill the table with a list per article, growing with the
    square of the corpus (``edges.csv`` keeps the list once per edge).
    """
    rows = []
    for row in edges.itertuples():
        for article_id in row.articles:
            others = len(row.articles) - 1
            rows.append(
                {"article_id": article_id, "source": row.source, "target": row.target,
                 "count": row.count, "n_other_articles": others, "unique": others == 0}
            )  # fmt: skip
    return pd.DataFrame(
        rows, columns=["article_id", "source", "target", "count", "n_other_articles", "unique"]
    )


def shared_edge_matrix(sharing: pd.DataFrame) -> pd.DataFrame:
    """Jaccard similarity of the edge sets of each pair of articles."""
    sets = {
        a: set(zip(g["source"], g["target"], strict=True)) for a, g in sharing.groupby("article_id")
    }
    ids = sorted(sets)
    return pd.DataFrame(
        [[len(sets[a] & sets[b]) / len(sets[a] | sets[b]) for b in ids] for a in ids],
        index=ids,
        columns=ids,
    )


def export_graph(graph: nx.Graph, gexf_path, graphml_path) -> list:
    """GEXF and GraphML for Gephi and others, byte-stable.

    List attributes become ``;``-joined strings (GraphML rejects lists, GEXF
    would read them as dynamic spells) and GEXF's ``lastmodifieddate`` is fixed.
    """
    import re

    flat = nx.Graph()
    for node, data in sorted(graph.nodes(data=True)):
        flat.add_node(node, **{k: _flat(v) for k, v in sorted(data.items())})
    for u, v, data in sorted(graph.edges(data=True)):
        flat.add_edge(u, v, **{k: _flat(x) for k, x in sorted(data.items())})
    gexf = "\n".join(nx.generate_gexf(flat))
    gexf = re.sub(r'lastmodifieddate="[^"]*"', 'lastmodifieddate="2000-01-01"', gexf)
    gexf_path.parent.mkdir(parents=True, exist_ok=True)
    gexf_path.write_text(gexf + "\n", encoding="utf-8")
    nx.write_graphml(flat, graphml_path, encoding="utf-8")
    return [gexf_path, graphml_path]


def _flat(value):
    if isinstance(value, (list, tuple, set)):
        return ";".join(map(str, value))
    if isinstance(value, float):
        return round(value, 6)
    if hasattr(value, "item"):  # numpy scalars
        return _flat(value.item())
    return value


def pick_edge(edges: pd.DataFrame, wanted: list[str]) -> tuple[str, str]:
    """The ``wanted`` pair if it is an edge, else the edge with the highest count, so the
    notebook runs on any corpus."""
    a, b = sorted(wanted) if len(wanted) == 2 else ("", "")
    if ((edges["source"] == a) & (edges["target"] == b)).any():
        return a, b
    if edges.empty:
        raise KeyError("the network has no edge")
    best = edges.sort_values(["count", "source", "target"], ascending=[False, True, True]).iloc[0]
    return best["source"], best["target"]


def edge_evidence(
    source: str, target: str, edges: pd.DataFrame, sentences: pd.DataFrame
) -> pd.DataFrame:
    """The sentences that support an edge, in article and sentence order."""
    a, b = sorted((source, target))
    row = edges[(edges["source"] == a) & (edges["target"] == b)]
    if row.empty:
        raise KeyError(f"no edge between {a!r} and {b!r}")
    refs = [r.rpartition("/") for r in row["evidence"].iat[0]]
    wanted = pd.DataFrame(
        [(article, int(sentence)) for article, _, sentence in refs],
        columns=["article_id", "sentence_id"],
    )
    return wanted.merge(
        sentences[["article_id", "sentence_id", "text"]], on=["article_id", "sentence_id"]
    )


def community_table(nodes: pd.DataFrame) -> pd.DataFrame:
    """One row per community: size, mean stability and members, most central first."""
    rows = []
    for community, group in nodes.groupby("community"):
        ranked = group.sort_values(["weighted_degree", "entity"], ascending=[False, True])
        rows.append(
            {"community": int(community), "n_entities": len(group),
             "mean_stability": group["stability"].mean(), "members": list(ranked["entity"])}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=["community", "n_entities", "mean_stability", "members"])


def graph_with_attributes(
    graph: nx.Graph, nodes: pd.DataFrame, edges: pd.DataFrame, spine: nx.Graph
) -> nx.Graph:
    """The whole network with the node and edge table columns as attributes."""
    out = nx.Graph()
    for row in nodes.to_dict("records"):
        out.add_node(row.pop("entity"), **row)
    for row in edges.to_dict("records"):
        source, target = row.pop("source"), row.pop("target")
        out.add_edge(source, target, **row, backbone=spine.has_edge(source, target))
    return out
