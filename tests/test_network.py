"""Backbone, graph, communities, centrality, export and network figures."""

from __future__ import annotations

import itertools
import json
import re

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

from helpers import cooccurrence as co
from helpers import network as nw
from helpers.plotting import network as pn


def edge_frame(edges) -> pd.DataFrame:
    return pd.DataFrame(edges, columns=["actor_a", "actor_b", "n_ab"])


def brute_force_alpha(edges: pd.DataFrame) -> list[float]:
    strength, degree = {}, {}
    for a, b, w in edges.itertuples(index=False):
        for n in (a, b):
            strength[n] = strength.get(n, 0) + w
            degree[n] = degree.get(n, 0) + 1
    out = []
    for a, b, w in edges.itertuples(index=False):
        alphas = [(1 - w / strength[n]) ** (degree[n] - 1) for n in (a, b)]
        out.append(min(alphas))
    return out


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.tuples(st.integers(0, 7), st.integers(0, 7)).filter(lambda p: p[0] < p[1]),
                       st.integers(1, 50), min_size=1, max_size=28))
def test_disparity_alpha_matches_definition(weights):
    edges = edge_frame([(f"N{a}", f"N{b}", w) for (a, b), w in weights.items()])
    got = nw.disparity_alpha(edges)["alpha"].to_numpy()
    np.testing.assert_allclose(got, brute_force_alpha(edges), rtol=1e-12, atol=1e-15)
    kept = nw.disparity_filter(edges, alpha=0.3)
    assert len(kept) == int((np.array(brute_force_alpha(edges)) < 0.3).sum())


def test_disparity_filter_keeps_dominant_links():
    # hub H spreads weight evenly except one heavy link; leaves of degree 1 cannot judge their own edge
    edges = edge_frame([("H", f"L{i}", 1) for i in range(10)] + [("H", "X", 100), ("X", "Y", 1), ("X", "Z", 1)])
    kept = nw.disparity_filter(edges, alpha=0.05)
    pairs = set(zip(kept.actor_a, kept.actor_b))
    assert ("H", "X") in pairs
    assert not any(a == "H" and b.startswith("L") for a, b in pairs)
    assert "disparity_alpha" in kept.columns and (kept.disparity_alpha < 0.05).all()


def test_disparity_filter_rejects_non_positive_weights():
    with pytest.raises(ValueError, match="positive"):
        nw.disparity_filter(edge_frame([("A", "B", 0)]))
    with pytest.raises(ValueError, match="alpha"):
        nw.disparity_filter(edge_frame([("A", "B", 1)]), alpha=0)


def two_cliques():
    edges = [(f"A{i}", f"A{j}", 5) for i, j in itertools.combinations(range(5), 2)]
    edges += [(f"B{i}", f"B{j}", 5) for i, j in itertools.combinations(range(5), 2)]
    edges += [("A0", "B0", 1)]
    table = edge_frame(edges).assign(window="sentence", npmi=0.5)
    actors = pd.DataFrame({"actor_id": [f"{g}{i}" for g in "AB" for i in range(5)],
                           "name": [f"Name {g}{i}" for g in "AB" for i in range(5)],
                           "type": ["person"] * 5 + ["country"] * 5,
                           "country": [None] * 10, "mentions": np.arange(10) + 1})
    return table, actors


def test_graph_communities_and_centrality():
    edges, actors = two_cliques()
    G = nw.build_graph(edges, actors, weight="n_ab")
    assert G.number_of_nodes() == 10 and G.number_of_edges() == 21
    assert G.nodes["A1"]["name"] == "Name A1" and G.nodes["B3"]["type"] == "country"
    assert G.edges["A0", "B0"]["weight"] == 1.0 and G.edges["A0", "B0"]["npmi"] == 0.5
    membership = nw.detect_communities(G, seed=7)
    assert membership == nw.detect_communities(G.copy(), seed=7)
    assert len(set(membership.values())) == 2
    assert len({membership[f"A{i}"] for i in range(5)}) == 1
    table = nw.centrality(G)
    assert list(table.columns) == ["actor_id", "name", "type", "community", "mentions", "degree",
                                   "weighted_degree", "betweenness"]
    bridge = table.set_index("actor_id")
    assert bridge.betweenness.idxmax() in {"A0", "B0"}
    assert bridge.loc["A0", "degree"] == 5 and bridge.loc["A0", "weighted_degree"] == 21


def test_build_graph_refuses_negative_weights_and_mixed_windows():
    edges, actors = two_cliques()
    with pytest.raises(ValueError, match="positive"):
        nw.build_graph(edges.assign(npmi=-0.1), actors, weight="npmi")
    mixed = pd.concat([edges, edges.assign(window="article")])
    with pytest.raises(ValueError, match="windows"):
        nw.build_graph(mixed, actors, weight="n_ab")


def test_graphml_round_trip_with_missing_values(tmp_path):
    edges, actors = two_cliques()
    G = nw.build_graph(edges.assign(pmi=np.where(edges.n_ab > 1, 1.0, -np.inf)), actors, weight="n_ab")
    nw.detect_communities(G, seed=0)
    path = nw.write_graphml(G, tmp_path / "network.graphml")
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(G.nodes)
    assert back.nodes["A1"]["name"] == "Name A1" and back.nodes["A1"]["country"] == ""
    assert back.nodes["A1"]["community"] == G.nodes["A1"]["community"]
    assert back.edges["A1", "A2"]["weight"] == 5.0


def test_html_is_self_contained(tmp_path):
    edges, actors = two_cliques()
    G = nw.build_graph(edges, actors.assign(name=actors.name.str.replace("Name", "Erdoğan")), weight="n_ab")
    nw.detect_communities(G, seed=0)
    path = nw.write_html(G, tmp_path / "network.html", title="Two cliques")
    page = path.read_text(encoding="utf-8")
    assert json.dumps("Erdoğan A1")[1:-1] in page and "Two cliques" in page  # labels are JSON in the page
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", page)  # nothing fetched from a CDN
    assert "vis.Network" in page or "new vis" in page


def test_seed_like_pipeline_end_to_end():
    """cooccurrence → significant links → backbone → graph on a small generated corpus."""
    rng = np.random.default_rng(5)
    rows = []
    for d in range(400):
        group = d % 2
        members = [f"G{group}_{k}" for k in range(6)]
        for s in range(5):
            chosen = rng.choice(members, size=2, replace=False)
            rows += [(f"d{d}", s // 2, s, a) for a in chosen]
    mentions = pd.DataFrame(rows, columns=["doc_id", "paragraph_index", "sentence_index", "actor_id"])
    table = co.cooccurrence(mentions, window="article", max_p=0.05)
    backbone = nw.disparity_filter(table, alpha=0.5)
    G = nw.build_graph(backbone, co.actor_table(mentions), weight="npmi")
    membership = nw.detect_communities(G, seed=0)
    groups = {n: n[:2] for n in G}
    for community in set(membership.values()):
        assert len({groups[n] for n, c in membership.items() if c == community}) == 1


# --------------------------------------------------------------------------- figures
def big_graph(n=30):
    rng = np.random.default_rng(0)
    edges = [(f"X{i:02d}", f"X{j:02d}", int(rng.integers(1, 20)))
             for i, j in itertools.combinations(range(n), 2) if rng.random() < 0.2]
    edges = edge_frame(edges).assign(window="sentence")
    actors = pd.DataFrame({"actor_id": [f"X{i:02d}" for i in range(n)], "name": [f"Actor number {i}" for i in range(n)],
                           "type": ["person", "country", "organisation"] * (n // 3), "country": None,
                           "mentions": rng.integers(1, 500, size=n)})
    return edges, actors


def test_network_figure_labels_every_node():
    edges, actors = big_graph()
    G = nw.build_graph(edges, actors, weight="n_ab", include_isolates=True)
    nw.detect_communities(G, seed=0)
    fig = pn.plot_network(G, max_nodes=None)
    assert isinstance(fig, Figure)
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert labels == set(actors.name)
    assert fig.get_figwidth() == 10
    by_type = pn.plot_network(G, color_by="type", max_nodes=20)
    assert len(by_type.axes[0].texts) == 20


def test_other_figures_return_figures():
    edges, actors = big_graph()
    G = nw.build_graph(edges, actors, weight="n_ab")
    nw.detect_communities(G, seed=0)
    ego = pn.plot_ego_network(G, "X00", max_neighbours=5)
    assert len(ego.axes[0].texts) <= 6
    with pytest.raises(KeyError, match="not a node"):
        pn.plot_ego_network(G, "nobody")
    cooc = edges.assign(n_a=50, n_b=40, n_windows=1000, npmi=np.linspace(-0.5, 0.8, len(edges)))
    heat = pn.plot_cooccurrence_heatmap(cooc, actors, top=12)
    assert len(heat.axes[0].get_xticklabels()) == 12
    periods = pd.concat([edges.assign(period=p, n_windows=100) for p in ["2025-01", "2025-02", "2025-03"]])
    assert isinstance(pn.plot_edge_timeline(periods, actors=actors, top=4), Figure)
    topic_table = pd.DataFrame({"topic_id": [0, 0, 1], "topic_label": ["war", "war", "trade"],
                                "actor_id": ["X00", "X01", "X00"], "name": ["A", "B", "A"],
                                "documents": [5, 2, 1], "topic_documents": [10, 10, 4], "share": [0.5, 0.2, 0.25]})
    topic_fig = pn.plot_topic_actor_heatmap(topic_table)
    assert [t.get_text() for t in topic_fig.axes[0].get_xticklabels()] == ["A", "B"]
