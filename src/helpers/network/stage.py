"""Stage 03 · co-occurrence network: mentions to a weighted graph, its backbone,
communities with bootstrap stability, centralities and per-article comparison."""

from __future__ import annotations

import pandas as pd

from helpers.core.labels import use_article_names
from helpers.core.paths import RunPaths
from helpers.core.roles import in_body
from helpers.core.stage import Param, Setting, Stage, StageResult, read_inputs
from helpers.core.study import Study
from helpers.network.options import UNITS, WEIGHTS
from helpers.network.readings import case_study, findings

STAGE = Stage(
    name="network",
    notebook="03-network",
    reads=("articles", "paragraphs", "mentions", "sentences", "voices"),
    writes=("nodes", "edges", "edge_sharing", "communities"),
    parameters={
        "unit": Param("co-occurrence unit", choices=tuple(UNITS)),
        "weight": Param("edge weight", choices=WEIGHTS),
        "alpha": Param("disparity-filter significance", low=0, high=1),
        "resolution": Param("Louvain resolution", low=0),
        "seed": Param("seeds the layout, Louvain and the bootstrap"),
        "n_bootstrap": Param("resamples of the units", low=0),
        "top_per_article": Param("entities drawn in each article's panel", low=1),
        "min_stability": Param("below it a community is tentative", low=0, high=1),
    },
    settings=("evidence_pair",),
    case_study=case_study,
    summary="co-occurrence weights, backbone, communities, bootstrap, comparison",
)


def run(
    paths: RunPaths,
    *,
    study: Study,
    unit: str,
    weight: str,
    alpha: float,
    resolution: float,
    seed: int,
    n_bootstrap: int,
    min_stability: float,
    max_figure_articles: int,
    progress: bool = False,
) -> StageResult:
    from helpers.network.graph import (
        backbone,
        bootstrap,
        build_graph,
        communities,
        community_table,
        cooccurrences,
        edge_evidence,
        edge_sharing,
        graph_with_attributes,
        node_table,
        positive,
        shared_edge_matrix,
        units_of,
        weighted_edges,
    )

    inputs = read_inputs(STAGE, paths)
    use_article_names(inputs["articles"])  # figures name articles by outlet, date, title
    # captions, pull quotes and name lines repeat the body: only body text co-occurs
    mentions = in_body(inputs["mentions"], inputs["paragraphs"])
    sentences = inputs["sentences"]
    units = units_of(mentions, unit)  # made once: the edges and the bootstrap share them
    edges, stats = cooccurrences(mentions, unit, units)
    edges = weighted_edges(edges, stats, weight)
    graph = build_graph(edges)
    partition, modularity = communities(positive(graph), resolution=resolution, seed=seed)
    intervals, stability = bootstrap(
        units, weight, partition, n_resamples=n_bootstrap, seed=seed,
        resolution=resolution, progress=progress,
    )  # fmt: skip
    if not edges.empty:
        edges = edges.merge(intervals, on=["source", "target"], how="left")
    else:
        edges = edges.assign(weight_low=[], weight_high=[])
    nodes = node_table(graph, mentions, partition, stability)
    nodes = nodes.assign(n_quotes=_quotes_per_entity(nodes["entity"], inputs["voices"]))
    groups = community_table(nodes)
    # the disparity filter (Serrano et al. 2009) runs on the pairs that meet more often
    # than chance: a pair with NPMI ≤ 0 is never drawn or narrated as a link
    spine = backbone(positive(graph), alpha=alpha, weight="count")
    sharing = edge_sharing(edges)
    shown = sorted(mentions["article_id"].unique())[:max_figure_articles]
    article_graphs = {
        article_id: build_graph(weighted_edges(*cooccurrences(group, unit), "count"))
        for article_id, group in mentions[mentions["article_id"].isin(shown)].groupby("article_id")
    }
    pair_setting = _evidence_setting(study, edges, spine)
    pair = tuple(pair_setting.value)
    evidence = edge_evidence(*pair, edges, sentences) if pair else None
    shown_sharing = sharing[sharing["article_id"].isin(shown)]
    tables = {"nodes": nodes, "edges": edges, "edge_sharing": sharing, "communities": groups}
    return StageResult(
        tables=tables,
        findings=findings(
            tables,
            inputs["articles"],
            spine,
            stats,
            modularity,
            pair,
            evidence,
            unit=unit,
            weight=weight,
            alpha=alpha,
            min_stability=min_stability,
            n_bootstrap=n_bootstrap,
        ),  # fmt: skip
        figures={
            "graph": graph,
            "backbone": spine,
            "article_graphs": article_graphs,
            "sharing": shown_sharing,
            "sharing_matrix": shared_edge_matrix(shown_sharing) if len(shown_sharing) else None,
        },  # fmt: skip
        settings=[pair_setting],
        extra={
            "exported": graph_with_attributes(graph, nodes, edges, spine),
            "evidence": evidence,
            "pair": pair,
            "sentences": sentences,  # the interactive page shows the evidence sentences
        },
    )


def _quotes_per_entity(entities: pd.Series, voices: pd.DataFrame) -> list[int]:
    """Direct quotations each entity speaks, over the corpus (voices.csv)."""
    spoken = voices[voices["speaker_type"].isin(["person", "organisation"])]
    counts = spoken.groupby("speaker")["quotes"].sum()
    return [int(counts.get(entity, 0)) for entity in entities]


def _evidence_setting(study: Study, edges: pd.DataFrame, spine) -> Setting:
    default = _strongest_edge(edges, spine)
    how = "the backbone edge with the most shared sentences, then weight, then names"
    if study.evidence_pair:
        a, b = sorted(study.evidence_pair)
        if ((edges["source"] == a) & (edges["target"] == b)).any():
            return Setting("evidence_pair", [a, b], "study file")
        warning = (
            f"The study's evidence pair {a} – {b} is not an edge of this corpus's network; "
            + (f"the evidence of {default[0]} – {default[1]} is shown instead." if default
               else "the network has no edge to show.")
        )  # fmt: skip
        return Setting("evidence_pair", list(default), "computed from the data", how, warning)
    if not default:
        return Setting("evidence_pair", [], "none", "the network has no edge")
    return Setting("evidence_pair", list(default), "computed from the data", how)


def _strongest_edge(edges: pd.DataFrame, spine) -> tuple[str, ...]:
    if edges.empty:
        return ()
    in_spine = edges[
        [spine.has_edge(s, t) for s, t in zip(edges["source"], edges["target"], strict=True)]
    ]
    pool = in_spine if len(in_spine) else edges
    best = pool.sort_values(
        ["count", "weight", "source", "target"], ascending=[False, False, True, True]
    ).iloc[0]
    return (best["source"], best["target"])
