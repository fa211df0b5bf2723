"""Findings of the network stage, and the sentences written from them."""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.core.labels import article_labels
from helpers.core.prose import join, name, plural, share, verb
from helpers.network.graph import BETWEENNESS_PIVOTS

TOP = 5


def findings(
    tables: dict[str, pd.DataFrame],
    articles: pd.DataFrame,
    spine,  # networkx.Graph
    stats: dict,
    modularity: float,
    pair: tuple[str, ...],
    evidence: pd.DataFrame | None,
    *,
    unit: str,
    weight: str,
    alpha: float,
    min_stability: float,
    n_bootstrap: int,
) -> dict[str, Any]:
    nodes, edges, groups = tables["nodes"], tables["edges"], tables["communities"]
    sharing = tables["edge_sharing"]
    weights = {
        (s, t): w for s, t, w in zip(edges["source"], edges["target"], edges["weight"], strict=True)
    }
    lows = (
        {
            (s, t): low
            for s, t, low in zip(edges["source"], edges["target"], edges["weight_low"], strict=True)
        }
        if "weight_low" in edges
        else {}
    )
    spine_edges = sorted(
        ({"source": min(u, v), "target": max(u, v), "count": int(d["count"]),
          "weight": float(weights[(min(u, v), max(u, v))])} for u, v, d in spine.edges(data=True)),
        key=lambda e: (-e["count"], -e["weight"], e["source"], e["target"]),
    )  # fmt: skip
    community_rows = [
        {"community": int(r.community), "n_entities": int(r.n_entities),
         "mean_stability": float(r.mean_stability), "members": list(r.members)[:TOP]}
        for r in groups.itertuples()
    ]  # fmt: skip
    per_article = (
        sharing.groupby("article_id")["unique"].agg(edges="size", unique="sum")
        if len(sharing) else pd.DataFrame(columns=["edges", "unique"])
    )  # fmt: skip
    shared = edges[edges["articles"].map(len) > 1] if len(edges) else edges
    shared_top = (
        shared.assign(n=shared["articles"].map(len))
        .sort_values(["n", "count", "source", "target"], ascending=[False, False, True, True])
        .head(TOP)
        if len(shared) else shared
    )  # fmt: skip
    return {
        "n_articles": int(articles["article_id"].nunique()),
        "labels": article_labels(articles),
        "unit": unit,
        "weight": weight,
        "alpha": alpha,
        "min_stability": min_stability,
        "n_bootstrap": n_bootstrap,
        "n_units": int(stats.get("n_units", 0)),
        "n_units_paired": int(stats.get("n_units_paired", 0)),
        "n_nodes": len(nodes),
        "n_edges": len(edges),
        "n_positive_edges": int((edges["weight"] > 0).sum()) if len(edges) else 0,
        # an association whose whole bootstrap interval is above 0: not one resampling of
        # the units makes the pair independent
        "n_confident_edges": (
            int((edges["weight_low"] > 0).sum())
            if n_bootstrap and len(edges) and "weight_low" in edges
            else None
        ),
        "modularity": float(modularity),
        "communities": community_rows,
        "backbone": {
            "n_nodes": spine.number_of_nodes(),
            "n_edges": spine.number_of_edges(),
            "n_nonpositive": sum(1 for e in spine_edges if e["weight"] <= 0),
            "top_positive": [e for e in spine_edges if e["weight"] > 0][:TOP],
            "n_positive_uncertain": sum(
                1
                for e in spine_edges
                if e["weight"] > 0 and lows.get((e["source"], e["target"]), 1) <= 0
            )
            if n_bootstrap
            else None,
        },  # fmt: skip
        "centrality": {
            measure: _ranked(nodes, measure)
            for measure in ("weighted_degree", "betweenness", "eigenvector")
        },
        "sharing": {
            "per_article": {
                a: {"edges": int(r["edges"]), "unique": int(r["unique"])}
                for a, r in per_article.iterrows()
            },
            "n_shared_edges": len(shared),
            "top_shared": [
                {"source": r.source, "target": r.target, "n_articles": int(r.n)}
                for r in shared_top.itertuples()
            ],
        },
        "evidence_pair": list(pair),
        "n_evidence": 0 if evidence is None else len(evidence),
    }


def _ranked(nodes: pd.DataFrame, measure: str) -> list[dict]:
    ranked = nodes[nodes[measure] > 0].sort_values([measure, "entity"], ascending=[False, True])
    return [
        {"entity": r.entity, "value": float(getattr(r, measure))}
        for r in ranked.head(TOP).itertuples()
    ]


def overview(f: dict) -> str:
    if not f["n_edges"]:
        return (
            f"⚠️ No two entities share a {f['unit']}: the network has no edge, and the "
            'sections below have nothing to show. A larger corpus, or `unit = "paragraph"`, '
            "may give one."
        )
    text = (
        f"{plural(f['n_units'], f['unit'])} name an entity, "
        f"{f.get('n_units_paired', f['n_units']):,} of them two or more; they join "
        f"{plural(f['n_nodes'], 'entity', 'entities')} by {plural(f['n_edges'], 'edge')}"
    )
    if f["weight"] == "npmi":
        negative = f["n_edges"] - f["n_positive_edges"]
        text += (
            f", of which {f['n_positive_edges']} link pairs that meet more often than their "
            f"frequencies alone would give (NPMI > 0) and {negative} pairs that meet no more "
            "often"
        )
        confident = f.get("n_confident_edges")
        if confident is not None:
            text += (
                f". Of the {f['n_positive_edges']} positive associations, "
                f"{confident:,} {verb(confident, 'has its', 'have their')} whole bootstrap "
                f"interval above 0 over {f['n_bootstrap']} resamplings of the {f['unit']}s; the "
                "others could be chance, above all those resting on one or two "
                f"{f['unit']}s"
            )
    return text + "."


def community_reading(f: dict) -> str:
    rows = f["communities"]
    if not rows or not f["n_edges"]:
        return ""
    firm = sorted(
        (r for r in rows if r["mean_stability"] >= f["min_stability"] and r["n_entities"] > 1),
        key=lambda r: (-r["mean_stability"], -r["n_entities"], r["community"]),
    )
    text = (
        f"Louvain finds {plural(len(rows), 'community', 'communities')} "
        f"(modularity Q = {f['modularity']:.2f}). "
    )
    if not f["n_bootstrap"]:
        return text + "With `n_bootstrap = 0` their stability was not measured."
    if firm:
        shown = [f"{_members(r)} (stability {r['mean_stability']:.2f})" for r in firm[:SHOWN]]
        if len(firm) > SHOWN:
            shown.append(f"{plural(len(firm) - SHOWN, 'more community', 'more communities')}")
        text += (
            f"{plural(len(firm), 'community', 'communities')} "
            f"{verb(len(firm), 'is', 'are')} stable under resampling (mean stability ≥ "
            f"{f['min_stability']}), most stable first: " + "; ".join(shown) + ". "
        )
    largest = max(rows, key=lambda r: (r["n_entities"], -r["community"]))
    if largest["mean_stability"] < f["min_stability"] and largest["n_entities"] > 1:
        text += (
            f"The largest, {_members(largest)} ({plural(largest['n_entities'], 'entity', 'entities')}), "
            f"is not stable ({largest['mean_stability']:.2f}): its members are linked, but "
            "how they split into groups changes from one resample to the next. "
        )
    tentative = len(rows) - len(firm)
    if tentative:
        text += (
            f"{plural(tentative, 'community', 'communities')} "
            f"{verb(tentative, 'falls', 'fall')} below that threshold: read "
            f"{verb(tentative, 'it', 'them')} as a tendency of the coverage, not as a partition "
            "of the actors."
        )
    return text


SHOWN = 4  # communities named in the reading


def _members(row: dict, limit: int = 3) -> str:
    """The community's first members, then how many more it has (not only those listed)."""
    shown = [name(m) for m in row["members"][:limit]]
    rest = row["n_entities"] - len(shown)
    return join(shown + ([f"{rest} more"] if rest > 0 else []))


# shares of the network's edges kept, past which the reading suggests another `alpha`
SPARSE_BACKBONE, DENSE_BACKBONE = 0.05, 0.5


def backbone_reading(f: dict) -> str:
    b = f["backbone"]
    if not b["n_edges"]:
        return f"No edge passes the filter at α = {f['alpha']}: raise `alpha` to see a backbone."
    share = b["n_edges"] / max(f["n_edges"], 1)
    text = (
        f"At α = {f['alpha']} the backbone keeps {plural(b['n_edges'], 'edge')} "
        f"({share:.0%} of the network's {f['n_edges']:,}) between "
        f"{plural(b['n_nodes'], 'entity', 'entities')}."
    )
    if share < SPARSE_BACKBONE:
        text += (
            " So few ties pass that a larger `alpha` would show more of the structure, at the"
            " cost of more ties that chance alone would give."
        )
    elif share > DENSE_BACKBONE:
        text += (
            " So many ties pass that the filter selects little: a smaller `alpha` (0.05 is"
            " the convention) gives a sparser backbone."
        )
    if b["top_positive"]:
        text += (
            " Its strongest positive links, by shared units: "
            + join(
                f"{name(e['source'])} – {name(e['target'])} ({e['count']})"
                for e in b["top_positive"]
            )
            + "."
        )
    uncertain = b.get("n_positive_uncertain")
    if uncertain:
        positive = b["n_edges"] - b["n_nonpositive"]
        text += (
            f" {uncertain} of its {positive} positive links {verb(uncertain, 'has', 'have')} a "
            "bootstrap interval that reaches 0: the filter keeps a tie that stands out in its "
            "nodes' weights, not one the resampled units always confirm; read "
            f"{verb(uncertain, 'it', 'them')} as leads to check in the evidence sentences."
        )
    if b["n_nonpositive"]:
        text += (
            f" {plural(b['n_nonpositive'], 'backbone edge')} "
            f"{verb(b['n_nonpositive'], 'has', 'have')} an association of 0 or less: "
            f"{verb(b['n_nonpositive'], 'that pair meets', 'those pairs meet')} often because "
            "both are everywhere, not because the coverage ties them; they are not links."
        )
    return text


def centrality_reading(f: dict) -> str:
    c = f["centrality"]
    if not c["weighted_degree"]:
        return ""
    text = "Highest weighted degree: " + join(name(e["entity"]) for e in c["weighted_degree"][:3])
    if c["betweenness"]:
        text += "; highest betweenness (bridges between groups): " + join(
            name(e["entity"]) for e in c["betweenness"][:3]
        )
    text += "."
    if f["n_nodes"] > BETWEENNESS_PIVOTS:
        text += (
            f" With {f['n_nodes']} entities, betweenness is estimated from shortest paths out "
            f"of {BETWEENNESS_PIVOTS} source entities drawn with a fixed seed (Brandes & Pich "
            "2007): its ranking of the main bridges holds, small values are approximate."
        )
    if f["weight"] == "npmi":
        text += (
            " Under NPMI a pair named together once and nowhere else scores high, so entities "
            "listed together in one sentence can top weighted degree: check their evidence."
        )
    return text


def sharing_reading(f: dict) -> str:
    per = f["sharing"]["per_article"]
    if len(per) < 2:
        return "Only one article has co-occurrences: there is nothing to compare."
    total = sum(v["edges"] for v in per.values())
    unique = sum(v["unique"] for v in per.values())
    text = (
        f"Of the {plural(total, 'article edge')} (an edge counted once per article that has "
        f"it), {share(unique, total)} belong to one article only."
    )
    top = f["sharing"]["top_shared"]
    if top:
        text += (
            " The most widely shared: "
            + join(
                f"{name(e['source'])} – {name(e['target'])} ({e['n_articles']} articles)"
                for e in top[:4]
            )
            + "."
        )
    else:
        text += " No edge is shared by two articles."
    return text


def evidence_reading(f: dict) -> str:
    pair = f["evidence_pair"]
    if not pair:
        return "No two entities share a sentence: the network has no edge."
    return f"{plural(f['n_evidence'], 'sentence')} join {name(pair[0])} and {name(pair[1])}:"


def limitations(f: dict) -> str:
    points = []
    if f["n_articles"] < 30:
        points.append(
            f"With {plural(f['n_articles'], 'article')} most pairs meet once or twice, so "
            "weights and communities rest on few sentences."
        )
    tentative = [r for r in f["communities"] if r["mean_stability"] < f["min_stability"]]
    if tentative and f["n_bootstrap"]:
        points.append(
            f"{plural(len(tentative), 'community', 'communities')} of {len(f['communities'])} "
            f"{verb(len(tentative), 'is', 'are')} below the stability threshold."
        )
    if f["n_bootstrap"]:
        points.append(
            f"The bootstrap resamples {f['unit']}s, as if each were drawn apart; those of one "
            "article share its angle and its sources, so the intervals and stabilities say how "
            "solid a result is within these articles, not whether other articles on the story "
            "would give it."
        )
    points.append(
        "Co-occurrence says that two names share a sentence, not how they relate: read the "
        "evidence sentences before reading a link."
    )
    return "**Limits of this stage.** " + " ".join(points)


def case_study(f: dict) -> str:
    parts = [overview(f), backbone_reading(f), community_reading(f), sharing_reading(f)]
    return "**Network** (`03-network.ipynb`): " + " ".join(p.strip() for p in parts if p)
