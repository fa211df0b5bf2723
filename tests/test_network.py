"""Co-occurrence weights, NPMI and the disparity filter against values computed by hand."""

import math
import re

import networkx as nx
import pandas as pd
import pytest

from helpers.network.graph import (
    association,
    backbone,
    bootstrap,
    build_graph,
    communities,
    cooccurrences,
    disparity_alpha,
    edge_evidence,
    edge_sharing,
    export_graph,
    graph_with_attributes,
    node_table,
    pick_edge,
    positive,
    units_of,
    weighted_edges,
)
from helpers.network.interactive import interactive_html
from helpers.network.layout import main_box, packed_layout
from helpers.network.palette import OKABE_ITO, community_colors

# Four sentences in two articles:  s0: A B C   s1: A B   s2: A   (article x)   s0: C D (article y)
MENTIONS = pd.DataFrame(
    [("x", 0, 0, "A"), ("x", 0, 0, "B"), ("x", 0, 0, "C"), ("x", 0, 1, "A"), ("x", 0, 1, "B"),
     ("x", 1, 2, "A"), ("x", 1, 2, "A"), ("y", 0, 0, "C"), ("y", 0, 0, "D")],
    columns=["article_id", "paragraph_id", "sentence_id", "entity"],
)  # fmt: skip


def test_sentence_cooccurrence_counts_and_evidence():
    edges, stats = cooccurrences(MENTIONS, "sentence")
    table = edges.set_index(["source", "target"])
    assert table["count"].to_dict() == {
        ("A", "B"): 2, ("A", "C"): 1, ("B", "C"): 1, ("C", "D"): 1,
    }  # fmt: skip
    assert table.loc[("A", "B"), "evidence"] == ["x/0", "x/1"]
    assert table.loc[("C", "D"), "articles"] == ["y"]
    assert stats == {
        "n_units": 4,
        "n_units_paired": 3,
        "occurrences": {"A": 3, "B": 2, "C": 2, "D": 1},
    }  # fmt: skip  (s2 names A alone: a unit of the NPMI baseline, but no pair)


def test_paragraph_unit_joins_sentences():
    edges, stats = cooccurrences(MENTIONS, "paragraph")
    assert stats["n_units"] == 3  # x/p0, x/p1, y/p0
    assert edges.set_index(["source", "target"])["count"][("A", "B")] == 1


def test_npmi_jaccard_dice_by_hand():
    # A in 3 of 4 units, B in 2, both in 2.
    p_ab, p_a, p_b = 2 / 4, 3 / 4, 2 / 4
    expected = math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)  # = log(4/3) / log(2)
    assert association(2, 3, 2, 4, "npmi") == pytest.approx(expected)
    assert association(2, 3, 2, 4, "npmi") == pytest.approx(0.415037, abs=1e-6)
    assert association(2, 3, 2, 4, "jaccard") == pytest.approx(2 / 3)
    assert association(2, 3, 2, 4, "dice") == pytest.approx(0.8)
    assert association(1, 1, 1, 1, "npmi") == 1.0
    edges, stats = cooccurrences(MENTIONS)
    weights = weighted_edges(edges, stats, "jaccard").set_index(["source", "target"])["weight"]
    assert weights[("C", "D")] == pytest.approx(1 / 2)


def test_disparity_filter_by_hand():
    # Hub H with edges of weight 8, 1, 1 (degree 3, strength 10):
    # alpha = (1 - 8/10)^2 = 0.04 for the heavy edge, (1 - 1/10)^2 = 0.81 for the light ones.
    graph = nx.Graph()
    graph.add_edge("H", "a", count=8)
    graph.add_edge("H", "b", count=1)
    graph.add_edge("H", "c", count=1)
    alphas = disparity_alpha(graph, "count")
    assert alphas[("H", "a")] == pytest.approx(0.04)
    assert alphas[("H", "b")] == pytest.approx(0.81)
    kept = backbone(graph, alpha=0.05, weight="count")
    assert sorted(kept.edges) == [("H", "a")]


def test_seeded_communities_are_stable():
    graph = nx.Graph()
    for u, v in [
        ("a", "b"),
        ("b", "c"),
        ("a", "c"),
        ("d", "e"),
        ("e", "f"),
        ("d", "f"),
        ("c", "d"),
    ]:
        graph.add_edge(u, v, weight=1.0)
    first = communities(graph, seed=7)
    for _ in range(5):
        assert communities(graph, seed=7) == first
    membership, modularity = first
    assert membership["a"] == membership["b"] == membership["c"] != membership["d"]
    assert modularity == pytest.approx(5 / 14)


def test_graph_carries_edge_attributes():
    edges, stats = cooccurrences(MENTIONS)
    graph = build_graph(weighted_edges(edges, stats, "count"))
    assert graph.edges["A", "B"]["weight"] == 2.0
    assert graph.edges["A", "B"]["evidence"] == ["x/0", "x/1"]


def _corpus_graph():
    edges, stats = cooccurrences(MENTIONS)
    edges = weighted_edges(edges, stats, "npmi")
    return edges, build_graph(edges)


def test_bootstrap_is_seeded_and_brackets_the_weight():
    edges, graph = _corpus_graph()
    partition, _ = communities(positive(graph), seed=1)
    units = units_of(MENTIONS)
    first = bootstrap(units, "count", partition, n_resamples=50, seed=3)
    second = bootstrap(units, "count", partition, n_resamples=50, seed=3)
    pd.testing.assert_frame_equal(first[0], second[0])
    assert first[1] == second[1]
    intervals = first[0].set_index(["source", "target"])
    assert (intervals["weight_low"] <= intervals["weight_high"]).all()
    assert intervals.loc[("A", "B"), "weight_high"] >= 2  # observed count 2 lies inside
    assert all(0 <= v <= 1 for v in first[1].values())


def test_node_table_and_sharing():
    edges, graph = _corpus_graph()
    partition, _ = communities(positive(graph), seed=1)
    nodes = node_table(graph, MENTIONS.assign(label="ORG"), partition, {}).set_index("entity")
    assert nodes.loc["A", "degree"] == 2 and nodes.loc["D", "n_articles"] == 1
    sharing = edge_sharing(edges)
    assert sharing[sharing["unique"]].shape[0] == 4  # every edge is in one article only
    assert sharing.set_index(["article_id", "source", "target"]).loc[("y", "C", "D"), "count"] == 1


def test_pick_edge_falls_back_to_the_strongest():
    edges, _ = _corpus_graph()
    assert pick_edge(edges, ["B", "A"]) == ("A", "B")
    assert pick_edge(edges, ["A", "Z"]) == ("A", "B")


def test_edge_evidence_prints_the_sentences():
    edges, _ = _corpus_graph()
    sentences = pd.DataFrame(
        {"article_id": ["x", "x", "x", "y"], "sentence_id": [0, 1, 2, 0],
         "text": ["A B C.", "A B.", "A.", "C D."]}
    )  # fmt: skip
    assert edge_evidence("B", "A", edges, sentences)["text"].tolist() == ["A B C.", "A B."]


def test_exports_are_flat_and_byte_stable(tmp_path):
    edges, graph = _corpus_graph()
    partition, _ = communities(positive(graph), seed=1)
    nodes = node_table(graph, MENTIONS.assign(label="ORG"), partition, {})
    full = graph_with_attributes(graph, nodes, edges, backbone(graph, 0.5, "count"))
    first = export_graph(full, tmp_path / "a.gexf", tmp_path / "a.graphml")
    second = export_graph(full, tmp_path / "b.gexf", tmp_path / "b.graphml")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    gexf = first[0].read_text()
    assert 'lastmodifieddate="2000-01-01"' in gexf and "x/0;x/1" in gexf
    assert nx.read_graphml(first[1]).edges["A", "B"]["evidence"] == "x/0;x/1"


SENTENCES = pd.DataFrame(
    [("x", 0, "Une phrase où A, B et C paraissent ensemble."), ("x", 1, "A et B, encore."),
     ("x", 2, "A seul."), ("y", 0, "C rencontre D.")],
    columns=["article_id", "sentence_id", "text"],
)  # fmt: skip


def _hostile_page(share_text=True):
    hostile = MENTIONS.replace({"A": "<script>alert(1)</script>", "B": "B & \"Co\" 'x'"})
    edges, stats = cooccurrences(hostile)
    graph = build_graph(weighted_edges(edges, stats, "count"))
    partition, _ = communities(positive(graph), seed=1)
    nodes = node_table(graph, hostile.assign(label="ORG"), partition, {})
    return graph, nodes, interactive_html(graph, nodes, SENTENCES, 1, "t", share_text)


def test_interactive_html_is_offline_and_escapes_names():
    graph, nodes, page = _hostile_page()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)" in page  # shown as text, never as markup
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=\"http", page)
    assert page == interactive_html(graph, nodes, SENTENCES, 1, "t")


def test_edge_hover_shows_the_evidence_sentences_unless_text_is_withheld():
    assert "A et B, encore." in _hostile_page()[2]
    withheld = _hostile_page(share_text=False)[2]
    assert "A et B, encore." not in withheld and "withheld" in withheld


def test_components_are_packed_beside_the_main_one_and_the_first_view_frames_it():
    graph = nx.Graph()
    graph.add_edges_from([(f"m{i}", f"m{j}") for i in range(12) for j in range(i + 1, 12)
                          if (i + j) % 3], count=1)  # fmt: skip
    graph.add_edges_from([("p", "q"), ("r", "s"), ("t", "u")], count=1)
    graph.add_node("alone")
    positions = packed_layout(graph, seed=3)
    assert positions == packed_layout(graph, seed=3)  # seeded
    main = [positions[f"m{i}"] for i in range(12)]
    right_edge = max(x for x, _ in main)
    small = [positions[n] for n in ("p", "q", "r", "s", "t", "u", "alone")]
    assert all(x > right_edge for x, _ in small)  # beside the main component, not flung away
    span = max(x for x, _ in small) - min(x for x, _ in main)
    assert span < 3 * (right_edge - min(x for x, _ in main)) + 3
    (x0, x1), (y0, y1) = main_box(graph, positions)
    assert all(x0 < x < x1 and y0 < y < y1 for x, y in main)
    assert not all(x0 < x < x1 for x, _ in small)


def test_community_colours_are_colour_blind_safe_and_the_rest_grey():
    nodes = pd.DataFrame({"community": [0] * 5 + [1] * 4 + list(range(2, 12))})
    colours = community_colors(nodes)
    hexes = ["#{:02X}{:02X}{:02X}".format(*(round(255 * c) for c in colours[k])) for k in range(8)]
    assert hexes == list(OKABE_ITO)
    assert colours[10] == colours[11]  # beyond the palette: one grey


def test_a_list_sentence_weighs_less_than_repeated_sentences():
    # one sentence lists five brands; A and B share two sentences of their own
    rows = [("x", 0, 0, e) for e in "PQRST"] + [("x", 1, 1, "A"), ("x", 1, 1, "B"),
                                                ("x", 2, 2, "A"), ("x", 2, 2, "B")]  # fmt: skip
    edges, _ = cooccurrences(pd.DataFrame(rows, columns=MENTIONS.columns))
    table = edges.set_index(["source", "target"])["collaboration"]
    assert table[("A", "B")] == 2 and table[("P", "Q")] == pytest.approx(0.25)


def test_the_backbone_never_keeps_a_pair_that_meets_less_than_chance():
    # A and B share one sentence of six, each also fills sentences of its own: NPMI < 0
    rows = [("x", 0, 0, "A"), ("x", 0, 0, "B")]
    rows += [("x", 0, s, "A") for s in (1, 2)] + [("x", 0, s, "B") for s in (3, 4)]
    rows += [("x", 0, s, e) for s in (5, 6, 7) for e in ("C", "D")]
    edges, stats = cooccurrences(pd.DataFrame(rows, columns=MENTIONS.columns))
    graph = build_graph(weighted_edges(edges, stats, "npmi"))
    assert graph.edges["A", "B"]["weight"] < 0
    assert positive(graph).has_edge("C", "D") and not positive(graph).has_edge("A", "B")
    assert not backbone(positive(graph), alpha=1.0, weight="count").has_edge("A", "B")


@pytest.mark.parametrize("trial", range(6))
def test_betweenness_is_networkx_bit_for_bit(trial):
    import random

    from helpers.network.graph import betweenness_centrality

    draw = random.Random(trial)
    n = (8, 40, 160)[trial % 3]
    graph = nx.gnm_random_graph(n, n * (1 + trial % 2) * 2, seed=trial)
    graph = nx.relabel_nodes(graph, {i: f"e{draw.random():.6f}" for i in graph})
    for _, _, data in graph.edges(data=True):  # repeated lengths: ties between paths
        data["distance"] = 1 / draw.choice([0.1, 0.25, 0.5, 1.0, draw.random() + 0.01])
    k = 30 if n > 30 else None
    expected = nx.betweenness_centrality(graph, k=k, weight="distance", normalized=True, seed=0)
    found = betweenness_centrality(graph, k, "distance", seed=0)
    assert list(found) == list(expected)
    assert all(found[node] == expected[node] for node in expected)


def test_the_community_reading_counts_every_member_and_names_the_most_stable_first():
    from helpers.network.readings import community_reading

    def row(k, n, stability, members):
        return {"community": k, "n_entities": n, "mean_stability": stability, "members": members}

    rows = [
        row(0, 23, 0.26, ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"]),  # listed: 5 of 23
        row(1, 6, 0.55, ["Zeta", "Eta", "Theta", "Iota", "Kappa"]),
        *(row(k, 2, 0.5 + k / 100, [f"P{k}", f"Q{k}"]) for k in range(2, 7)),
    ]
    f = {"communities": rows, "n_edges": 40, "n_bootstrap": 50, "min_stability": 0.5,
         "modularity": 0.4}  # fmt: skip
    text = community_reading(f)
    assert "**Zeta**, **Eta**, **Theta** and 3 more" in text  # 6 members, not the 5 listed
    assert text.index("**P6**") < text.index("**P5**") < text.index("**P4**")  # most stable first
    assert "2 more communities" in text  # 6 stable, 4 named
    largest = "The largest, **Alpha**, **Beta**, **Gamma** and 20 more (23 entities), is not stable"
    assert largest in text


def test_the_backbone_reading_suggests_another_alpha_only_when_the_share_calls_for_it():
    from helpers.network.readings import backbone_reading

    def reading(kept: int) -> str:
        backbone = {"n_edges": kept, "n_nodes": 10, "n_nonpositive": 0, "top_positive": []}
        return backbone_reading({"alpha": 0.05, "n_edges": 200, "backbone": backbone})

    assert "larger `alpha`" in reading(4) and "(2% of the network's 200)" in reading(4)
    assert "alpha`" not in reading(40).split("200)")[1]
    assert "smaller `alpha`" in reading(150)


def test_the_overview_counts_paired_units_and_weighs_associations_by_their_intervals():
    from helpers.network.readings import backbone_reading, overview

    found = {"n_edges": 6, "n_units": 10, "n_units_paired": 4, "n_nodes": 5, "unit": "sentence",
             "weight": "npmi", "n_positive_edges": 5, "n_confident_edges": 1,
             "n_bootstrap": 200}  # fmt: skip
    text = overview(found)
    assert text.startswith("10 sentences name an entity, 4 of them two or more;")
    assert "1 has its whole bootstrap interval above 0 over 200 resamplings" in text
    backbone = {"n_edges": 4, "n_nodes": 5, "n_nonpositive": 1, "top_positive": [],
                "n_positive_uncertain": 2}  # fmt: skip
    reading = backbone_reading({"alpha": 0.05, "n_edges": 6, "backbone": backbone})
    assert "2 of its 3 positive links have a bootstrap interval that reaches 0" in reading


def test_stable_communities_take_their_colours_before_larger_ones():
    sizes = [9] * 8 + [2, 2]  # eight large communities, then two small ones
    nodes = pd.DataFrame(
        {"community": [c for c, n in enumerate(sizes) for _ in range(n)],
         "stability": [0.9 if c == 9 else 0.3 for c, n in enumerate(sizes) for _ in range(n)]}
    )  # fmt: skip
    by_size = community_colors(nodes)
    assert by_size[9] == by_size[8]  # grey: beyond the palette
    stable_first = community_colors(nodes, min_stability=0.5)
    assert stable_first[9] == by_size[7]  # the last colour, in order of size
    assert stable_first[7] == by_size[8]  # grey: the eighth largest gives its colour up
    assert [stable_first[c] for c in range(7)] == [by_size[c] for c in range(7)]
