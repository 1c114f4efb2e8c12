"""Actor networks: graph building, disparity-filter backbone, communities, centrality, export.

The edge list is the :func:`helpers.cooccurrence.cooccurrence` table (one
window).  The backbone is extracted on that table with vectorised numpy, so it
scales to millions of edges; a :class:`networkx.Graph` is built afterwards for
communities, centrality and export.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

__all__ = [
    "disparity_alpha",
    "disparity_filter",
    "build_graph",
    "detect_communities",
    "centrality",
    "write_graphml",
    "write_html",
]


# --------------------------------------------------------------------------- backbone
def disparity_alpha(
    edges: pd.DataFrame,
    *,
    weight: str = "n_ab",
    source: str = "actor_a",
    target: str = "actor_b",
) -> pd.DataFrame:
    """Disparity-filter significance of every edge, seen from each endpoint.

    Serrano, Boguñá & Vespignani (2009), *Extracting the multiscale backbone of
    complex weighted networks*, PNAS 106(16).  For node *i* with degree
    ``k_i`` and strength ``s_i``, the null hypothesis spreads ``s_i``
    uniformly at random over its ``k_i`` edges; the probability of an edge at
    least as heavy as ``w_ij`` is ``α_ij = (1 - w_ij / s_i) ** (k_i - 1)``.

    A node of degree 1 gives ``α = 1`` (``0 ** 0``): its only edge cannot be
    judged from its side, so it survives only if it is significant for the
    other endpoint, as in the paper.

    Parameters
    ----------
    edges : DataFrame
        One row per undirected edge (no duplicates) with ``source``,
        ``target`` and a positive ``weight`` column.
    weight : str, default "n_ab"
        Weight column; the filter assumes additive weights such as counts.
    source, target : str

    Returns
    -------
    DataFrame
        ``alpha_a``, ``alpha_b`` (from each endpoint) and ``alpha`` (their
        minimum), aligned with ``edges.index``.
    """
    w = edges[weight].to_numpy(np.float64)
    if np.any(~np.isfinite(w)) or np.any(w <= 0):
        raise ValueError(f"disparity filter needs finite positive weights; column {weight!r} has "
                         "zero, negative or missing values (filter them, or use weight='n_ab')")
    codes, nodes = pd.factorize(pd.concat([edges[source], edges[target]], ignore_index=True))
    m = len(edges)
    src, dst = codes[:m], codes[m:]
    strength = np.bincount(src, weights=w, minlength=len(nodes)) + np.bincount(dst, weights=w, minlength=len(nodes))
    degree = np.bincount(src, minlength=len(nodes)) + np.bincount(dst, minlength=len(nodes))

    def from_side(side: np.ndarray) -> np.ndarray:
        share = np.clip(1.0 - w / strength[side], 0.0, 1.0)
        return np.power(share, degree[side] - 1.0)

    alpha_a, alpha_b = from_side(src), from_side(dst)
    return pd.DataFrame({"alpha_a": alpha_a, "alpha_b": alpha_b, "alpha": np.minimum(alpha_a, alpha_b)},
                        index=edges.index)


def disparity_filter(
    edges: pd.DataFrame,
    *,
    alpha: float = 0.05,
    weight: str = "n_ab",
    source: str = "actor_a",
    target: str = "actor_b",
) -> pd.DataFrame:
    """Backbone of a weighted network: keep edges significant for either endpoint.

    An edge is kept when ``α_ij < alpha`` from the point of view of at least
    one of its endpoints (see :func:`disparity_alpha`).  Smaller ``alpha``
    gives a sparser backbone.

    Parameters
    ----------
    edges : DataFrame
        Edge list, e.g. one window of :func:`helpers.cooccurrence.cooccurrence`.
    alpha : float, default 0.05
    weight, source, target : str

    Returns
    -------
    DataFrame
        The kept rows of ``edges`` with a column ``disparity_alpha`` (the
        smaller α of the two endpoints), index reset.
    """
    if not 0 < alpha <= 1:
        raise ValueError(f"alpha must be in (0, 1], got {alpha}")
    if len(edges) == 0:
        return edges.assign(disparity_alpha=pd.Series(dtype="float64"))
    alphas = disparity_alpha(edges, weight=weight, source=source, target=target)["alpha"].to_numpy()
    keep = alphas < alpha
    return edges[keep].assign(disparity_alpha=alphas[keep]).reset_index(drop=True)


# --------------------------------------------------------------------------- graph
def _node_attributes(actors: pd.DataFrame | None, ids: Iterable[str]) -> pd.DataFrame:
    ids = pd.Index(sorted(set(map(str, ids))), name="actor_id")
    if actors is None:
        table = pd.DataFrame(index=ids)
    else:
        table = actors.assign(actor_id=actors["actor_id"].astype(str)).drop_duplicates("actor_id")
        table = table.set_index("actor_id").reindex(ids)
    for col in ("name", "type", "country"):
        if col not in table.columns:
            table[col] = None
    if "mentions" not in table.columns:
        table["mentions"] = 0
    table["name"] = table["name"].where(table["name"].notna(), pd.Series(ids, index=ids))
    table["mentions"] = table["mentions"].fillna(0).astype(np.int64)
    return table


def build_graph(
    edges: pd.DataFrame,
    actors: pd.DataFrame | None = None,
    *,
    weight: str = "npmi",
    include_isolates: bool = False,
) -> nx.Graph:
    """Undirected actor graph from a co-occurrence edge list.

    Parameters
    ----------
    edges : DataFrame
        One window of :func:`helpers.cooccurrence.cooccurrence`
        (filtered as you need: significant links, backbone, ...).
    actors : DataFrame, optional
        Node attributes: ``actor_id, name, type, country, mentions``
        (``actors.parquet`` or :func:`helpers.cooccurrence.actor_table`).
    weight : str, default "npmi"
        Column copied to the edge attribute ``weight``; it must be positive
        (Louvain and the layout need positive weights), so with ``npmi``/``pmi``
        keep positive associations only (e.g. ``filter_links(max_p=...)``).
    include_isolates : bool, default False
        Add every actor of ``actors`` even without edges.

    Returns
    -------
    networkx.Graph
        Nodes are actor ids with ``name, type, country, mentions``; edges carry
        ``weight`` and every numeric measure column of ``edges``.
    """
    if weight not in edges.columns:
        raise ValueError(f"weight column {weight!r} is not in the edge table ({list(edges.columns)})")
    if len(edges) and (~np.isfinite(edges[weight].to_numpy(float)) | (edges[weight].to_numpy(float) <= 0)).any():
        raise ValueError(f"edge weights ({weight!r}) must be finite and positive; keep positive associations "
                         "(filter_links(max_p=..., positive_only=True) or npmi > 0) or use weight='n_ab'")
    if "window" in edges.columns and edges["window"].nunique() > 1:
        raise ValueError("edges mix several windows; select one, e.g. edges[edges.window == 'sentence']")
    ids = set(edges["actor_a"].astype(str)) | set(edges["actor_b"].astype(str))
    if include_isolates and actors is not None:
        ids |= set(actors["actor_id"].astype(str))
    nodes = _node_attributes(actors, ids)
    G = nx.Graph()
    for actor_id, row in nodes.iterrows():
        G.add_node(actor_id, name=str(row["name"]), type=row["type"], country=row["country"],
                   mentions=int(row["mentions"]))
    numeric = [c for c in edges.columns
               if c not in ("actor_a", "actor_b") and pd.api.types.is_numeric_dtype(edges[c])]
    records = edges[["actor_a", "actor_b", *numeric]].assign(weight=edges[weight].astype(float))
    for rec in records.itertuples(index=False):
        data = rec._asdict()
        a, b = str(data.pop("actor_a")), str(data.pop("actor_b"))
        G.add_edge(a, b, **{k: (v.item() if hasattr(v, "item") else v) for k, v in data.items()})
    G.graph["weight"] = weight
    if "window" in edges.columns and len(edges):
        G.graph["window"] = str(edges["window"].iloc[0])
    return G


def detect_communities(
    G: nx.Graph,
    *,
    weight: str = "weight",
    resolution: float = 1.0,
    seed: int = 0,
) -> dict[str, int]:
    """Louvain communities, numbered by size (0 = largest), stored as node attribute ``community``.

    Parameters
    ----------
    G : networkx.Graph
        Modified in place (node attribute ``community``).
    weight : str, default "weight"
    resolution : float, default 1.0
        Above 1 favours smaller communities.
    seed : int, default 0

    Returns
    -------
    dict
        actor id → community number.
    """
    if G.number_of_nodes() == 0:
        return {}
    parts = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    parts = sorted(parts, key=lambda c: (-len(c), min(map(str, c))))
    membership = {node: k for k, part in enumerate(parts) for node in part}
    nx.set_node_attributes(G, membership, "community")
    return membership


def centrality(G: nx.Graph, *, weight: str = "weight", normalized: bool = True) -> pd.DataFrame:
    """Degree, weighted degree and betweenness of every node.

    Betweenness uses shortest paths with edge *distance* ``1 / weight``
    (strongly associated actors are close); weights must be positive.

    Returns
    -------
    DataFrame
        ``actor_id, name, type, community, mentions, degree,
        weighted_degree, betweenness`` sorted by weighted degree.
    """
    H = G.copy()
    for _, _, data in H.edges(data=True):
        data["_distance"] = 1.0 / float(data[weight])
    between = nx.betweenness_centrality(H, weight="_distance", normalized=normalized)
    rows = [{
        "actor_id": n, "name": d.get("name", n), "type": d.get("type"), "community": d.get("community"),
        "mentions": d.get("mentions"), "degree": G.degree(n), "weighted_degree": G.degree(n, weight=weight),
        "betweenness": between[n],
    } for n, d in G.nodes(data=True)]
    table = pd.DataFrame(rows, columns=["actor_id", "name", "type", "community", "mentions", "degree",
                                        "weighted_degree", "betweenness"])
    return table.sort_values(["weighted_degree", "actor_id"], ascending=[False, True]).reset_index(drop=True)


# --------------------------------------------------------------------------- export
def _graphml_value(value):
    if value is None or (isinstance(value, float) and not np.isfinite(value)) or value is pd.NA:
        return ""
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def write_graphml(G: nx.Graph, path: str | Path) -> Path:
    """Write ``G`` as GraphML (missing/None/inf values become empty strings).

    GraphML needs one type per attribute, so every None, NaN or infinite
    value is written as ``""``: numeric attributes holding such values are
    written as strings.  Returns the path written.
    """
    from helpers.paths import resolve

    path = resolve(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    H = nx.Graph()
    H.graph.update({k: _graphml_value(v) for k, v in G.graph.items()})
    for n, d in G.nodes(data=True):
        H.add_node(str(n), **{k: _graphml_value(v) for k, v in d.items()})
    for a, b, d in G.edges(data=True):
        H.add_edge(str(a), str(b), **{k: _graphml_value(v) for k, v in d.items()})
    # one type per key: if a key has both "" and numbers, write all as str
    for items in (H.nodes(data=True), H.edges(data=True)):
        datas = [x[-1] for x in items]
        keys = {k for d in datas for k in d}
        for k in keys:
            kinds = {type(d[k]) for d in datas if k in d}
            if len(kinds) > 1:
                for d in datas:
                    if k in d:
                        d[k] = str(d[k])
    tmp = path.with_suffix(path.suffix + ".tmp")
    nx.write_graphml(H, tmp, encoding="utf-8")
    tmp.replace(path)
    return path


_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
            "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94"]


def write_html(
    G: nx.Graph,
    path: str | Path,
    *,
    color_by: str = "community",
    title: str = "",
    height: str = "750px",
    seed: int = 0,
) -> Path:
    """Interactive HTML view of ``G`` (pyvis / vis-network), readable offline.

    The vis-network library is inlined in the file (``cdn_resources="in_line"``)
    and pyvis' Bootstrap links are removed, so the page needs no network.
    Node size follows ``mentions``, colour ``color_by`` (a node attribute),
    edge width ``weight``; hovering shows the measures.

    Returns
    -------
    Path
        The file written.
    """
    from pyvis.network import Network

    from helpers.paths import resolve

    path = resolve(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    net = Network(height=height, width="100%", heading="", cdn_resources="in_line", notebook=False)
    groups = sorted({str(d.get(color_by)) for _, d in G.nodes(data=True)})
    colour = {g: _PALETTE[i % len(_PALETTE)] for i, g in enumerate(groups)}
    mentions = np.array([d.get("mentions") or 0 for _, d in G.nodes(data=True)], dtype=float)
    top = mentions.max() if len(mentions) and mentions.max() > 0 else 1.0
    for n, d in G.nodes(data=True):
        size = 8 + 32 * np.sqrt((d.get("mentions") or 0) / top)
        tip = "\n".join(f"{k}: {v}" for k, v in d.items())
        net.add_node(str(n), label=str(d.get("name", n)), title=tip, size=float(size),
                     color=colour[str(d.get(color_by))], group=str(d.get(color_by)))
    weights = np.array([d.get("weight", 1.0) for _, _, d in G.edges(data=True)], dtype=float)
    wmax = weights.max() if len(weights) else 1.0
    for a, b, d in G.edges(data=True):
        tip = "\n".join(f"{k}: {v:.3g}" if isinstance(v, float) else f"{k}: {v}" for k, v in d.items())
        net.add_edge(str(a), str(b), value=float(d.get("weight", 1.0)) / wmax, title=tip)
    net.set_options(json.dumps({
        "physics": {"solver": "barnesHut", "barnesHut": {"gravitationalConstant": -8000, "springLength": 150},
                    "stabilization": {"iterations": 300}},
        "layout": {"randomSeed": int(seed)},
        "interaction": {"hover": True},
    }))
    page = net.generate_html()
    page = re.sub(r'<link[^>]*bootstrap[^>]*>\s*', "", page)
    page = re.sub(r'<script[^>]*bootstrap[^>]*>\s*</script>\s*', "", page)
    if title:
        page = page.replace("<body>", f"<body>\n<h3 style='font-family:sans-serif'>{html.escape(title)}</h3>", 1)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path
