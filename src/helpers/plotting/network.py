"""Static figures for actor networks and co-occurrence tables.

Every function takes tables or a graph computed elsewhere
(:mod:`helpers.cooccurrence`, :mod:`helpers.network`) and returns a
:class:`matplotlib.figure.Figure`; nothing is shown or saved here.
Figures are sized for a notebook column (about 10 inches wide).
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib as mpl
import matplotlib.patheffects as pe
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ._base import empty_panel

__all__ = [
    "plot_network",
    "plot_ego_network",
    "plot_cooccurrence_heatmap",
    "plot_topic_actor_heatmap",
    "plot_edge_timeline",
]

_HALO = [pe.withStroke(linewidth=3, foreground="white")]


def _new_figure(figsize) -> tuple[Figure, Axes]:
    fig = Figure(figsize=figsize, layout="constrained")
    return fig, fig.add_subplot()


def _colours(values: Sequence, cmap: str = "tab10") -> tuple[list, dict]:
    def order(g: str):
        return (g == "None", not g.lstrip("-").isdigit(), int(g) if g.lstrip("-").isdigit() else 0, g)

    groups = sorted({str(v) for v in values}, key=order)
    palette = mpl.colormaps[cmap if len(groups) <= 10 else "tab20"]
    mapping = {g: palette(i % palette.N) for i, g in enumerate(groups)}
    return [mapping[str(v)] for v in values], mapping


def _node_sizes(G: nx.Graph, nodes, smallest: float = 60, largest: float = 1400) -> np.ndarray:
    mentions = np.array([float(G.nodes[n].get("mentions") or 0) for n in nodes])
    top = mentions.max() if len(mentions) and mentions.max() > 0 else 1.0
    return smallest + (largest - smallest) * np.sqrt(mentions / top)


def _edge_widths(G: nx.Graph, edges, weight: str, thinnest: float = 0.4, thickest: float = 5.0) -> np.ndarray:
    w = np.array([float(G.edges[e].get(weight, 1.0)) for e in edges])
    if len(w) == 0:
        return w
    span = w.max() - w.min()
    return thinnest + (thickest - thinnest) * ((w - w.min()) / span if span > 0 else np.ones_like(w))


def _component_layout(H: nx.Graph, seed: int) -> dict:
    """Positions in [0, 1]² for one connected component."""
    n = H.number_of_nodes()
    if n == 1:
        return {next(iter(H)): np.array([0.5, 0.5])}
    if n == 2:
        a, b = list(H)
        return {a: np.array([0.0, 0.5]), b: np.array([1.0, 0.5])}
    if n <= 400:
        pos = nx.kamada_kawai_layout(H, weight=None)
    else:
        pos = nx.spring_layout(H, seed=seed, iterations=100)
    xy = np.array([pos[v] for v in H])
    xy = (xy - xy.min(axis=0)) / np.maximum(np.ptp(xy, axis=0), 1e-9)
    return dict(zip(H, xy))


def _layout(G: nx.Graph, seed: int) -> dict:
    """Largest component in the unit square, the others in rows of small boxes below it.

    Laying components out together lets a force layout push small ones to the
    edges and squeeze the main one into a corner; packing them keeps labels legible.
    """
    components = sorted(nx.connected_components(G), key=lambda c: (-len(c), min(map(str, c))))
    pos = {}
    main = components[0]
    for node, xy in _component_layout(G.subgraph(main), seed).items():
        pos[node] = xy
    # Smaller components fill rows below, each in a box that grows with its size.
    x, top, row_height = 0.0, -0.08, 0.0
    for comp in components[1:]:
        n = len(comp)
        width = min(1.0, 0.12 * np.sqrt(n))
        height = 0.04 if n <= 2 else min(0.5, 0.08 * np.sqrt(n))
        if x + width > 1.0 + 1e-9:
            x, top, row_height = 0.0, top - row_height - 0.1, 0.0
        origin = np.array([x + 0.1 * width, top - height])
        for node, xy in _component_layout(G.subgraph(comp), seed).items():
            pos[node] = origin + xy * np.array([0.8 * width, height])
        x += width
        row_height = max(row_height, height)
    return pos


def _repel_labels(fig: Figure, ax, texts, anchors_px: np.ndarray, iterations: int = 250) -> np.ndarray:
    """Move label centres (pixels) apart until their boxes stop overlapping (a small adjustText)."""
    renderer = fig.canvas.get_renderer()
    sizes = np.array([[t.get_window_extent(renderer).width, t.get_window_extent(renderer).height]
                      for t in texts]) + 2.0
    centre = anchors_px.astype(float).copy()
    half = sizes / 2
    for _ in range(iterations):
        delta = centre[:, None, :] - centre[None, :, :]
        overlap = (half[:, None, :] + half[None, :, :]) - np.abs(delta)
        hit = (overlap[..., 0] > 0) & (overlap[..., 1] > 0)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        # push along the axis of the smaller overlap, half each way
        along_y = overlap[..., 1] <= overlap[..., 0] * 1.5
        sign = np.sign(delta)
        sign[sign == 0] = 1
        push = np.zeros_like(delta)
        push[..., 1] = np.where(hit & along_y, sign[..., 1] * overlap[..., 1] / 2, 0)
        push[..., 0] = np.where(hit & ~along_y, sign[..., 0] * overlap[..., 0] / 2, 0)
        centre += push.sum(axis=1) * 0.5
        centre += (anchors_px - centre) * 0.02
    return centre


def _draw(G: nx.Graph, ax, *, color_by: str, weight: str, seed: int, label_nodes, font_size: float,
          highlight=None) -> None:
    nodes = list(G.nodes)
    edges = list(G.edges)
    pos = _layout(G, seed)
    colours, mapping = _colours([G.nodes[n].get(color_by) for n in nodes])
    widths = _edge_widths(G, edges, weight)
    nx.draw_networkx_edges(G, pos, ax=ax, edgelist=edges, width=widths, edge_color="#9a9a9a", alpha=0.55)
    sizes = _node_sizes(G, nodes)
    edgecolors = ["black" if highlight is not None and n == highlight else "white" for n in nodes]
    nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=nodes, node_size=sizes, node_color=colours,
                           edgecolors=edgecolors, linewidths=1.0)
    ax.set_axis_off()
    xy = np.array([pos[n] for n in nodes])
    pad = 0.06
    ax.set_xlim(xy[:, 0].min() - pad, xy[:, 0].max() + pad)
    ax.set_ylim(xy[:, 1].min() - pad, xy[:, 1].max() + pad)
    label_nodes = list(label_nodes)
    texts = [ax.text(*pos[n], str(G.nodes[n].get("name", n)), fontsize=font_size, ha="center", va="center",
                     path_effects=_HALO, zorder=5) for n in label_nodes]
    if texts:
        if not hasattr(ax.figure.canvas, "get_renderer"):
            FigureCanvasAgg(ax.figure)  # text extents need a renderer
        anchors = ax.transData.transform(np.array([pos[n] for n in label_nodes]))
        moved = _repel_labels(ax.figure, ax, texts, anchors)
        inverse = ax.transData.inverted()
        for text, anchor, centre in zip(texts, anchors, moved):
            text.set_position(inverse.transform(centre))
            if np.hypot(*(centre - anchor)) > 1.2 * font_size:
                ax.plot(*inverse.transform(np.array([anchor, centre])).T, color="#555555", linewidth=0.5,
                        zorder=4)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=c, label=g) for g, c in mapping.items()]
    if 1 < len(handles) <= 20:
        ax.legend(handles=handles, title=color_by, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
                  fontsize=9)


def plot_network(
    G: nx.Graph,
    *,
    color_by: str = "community",
    weight: str = "weight",
    max_nodes: int | None = 60,
    max_labels: int | None = None,
    seed: int = 0,
    font_size: float = 9,
    figsize: tuple[float, float] = (10, 8),
    title: str | None = None,
) -> Figure:
    """Actor network: node size by mentions, colour by ``color_by``, labels with a white halo.

    Parameters
    ----------
    G : networkx.Graph
        From :func:`helpers.network.build_graph` (with ``community`` from
        :func:`helpers.network.detect_communities` when colouring by it).
    color_by : str, default "community"
        Node attribute: ``"community"``, ``"type"`` or ``"country"``.
    weight : str, default "weight"
        Edge attribute for the layout and edge width.
    max_nodes : int, optional
        Draw only the most mentioned nodes (and edges among them).
    max_labels : int, optional
        Label only the most mentioned nodes; default all drawn nodes.
    seed : int, default 0
        Layout seed.
    font_size : float, default 9
    figsize : tuple, default (10, 8)
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    ranked = sorted(G.nodes, key=lambda n: (-(G.nodes[n].get("mentions") or 0), str(n)))
    keep = ranked if max_nodes is None else ranked[:max_nodes]
    H = G.subgraph(keep).copy()
    labels = keep if max_labels is None else keep[:max_labels]
    fig, ax = _new_figure(figsize)
    if H.number_of_nodes() == 0:
        empty_panel(ax, "no edges to draw")
        return fig
    _draw(H, ax, color_by=color_by, weight=weight, seed=seed, label_nodes=labels, font_size=font_size)
    ax.set_title(title or f"Actor network: {H.number_of_nodes()} actors, {H.number_of_edges()} links "
                          f"(size = mentions, colour = {color_by})", fontsize=11)
    return fig


def plot_ego_network(
    G: nx.Graph,
    actor: str,
    *,
    radius: int = 1,
    max_neighbours: int | None = 25,
    color_by: str = "community",
    weight: str = "weight",
    seed: int = 0,
    font_size: float = 9,
    figsize: tuple[float, float] = (9, 7),
) -> Figure:
    """Ego network of ``actor``: its neighbours within ``radius`` and the links among them.

    Parameters
    ----------
    G : networkx.Graph
    actor : str
        Node (actor id) at the centre; see
        :func:`helpers.cooccurrence.resolve_actor` to turn a name into an id.
    radius : int, default 1
    max_neighbours : int, optional
        Keep the neighbours with the strongest direct link (by ``weight``).
    color_by, weight, seed, font_size, figsize
        As in :func:`plot_network`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    if actor not in G:
        raise KeyError(f"actor {actor!r} is not a node of the graph (it may have no links after filtering); "
                       "pick one from centrality(G)['actor_id']")
    ego = nx.ego_graph(G, actor, radius=radius)
    if max_neighbours is not None and ego.number_of_nodes() - 1 > max_neighbours:
        strength = {n: (G.edges[actor, n].get(weight, 0.0) if G.has_edge(actor, n) else 0.0)
                    for n in ego.nodes if n != actor}
        top = sorted(strength, key=lambda n: (-strength[n], str(n)))[:max_neighbours]
        ego = ego.subgraph([actor, *top]).copy()
    fig, ax = _new_figure(figsize)
    _draw(ego, ax, color_by=color_by, weight=weight, seed=seed, label_nodes=list(ego.nodes),
          font_size=font_size, highlight=actor)
    name = G.nodes[actor].get("name", actor)
    ax.set_title(f"Ego network of {name}: {ego.number_of_nodes() - 1} linked actors", fontsize=11)
    return fig


def plot_cooccurrence_heatmap(
    cooc: pd.DataFrame,
    actors: pd.DataFrame | None = None,
    *,
    measure: str = "npmi",
    top: int = 25,
    window: str | None = None,
    figsize: tuple[float, float] | None = None,
    cmap: str | None = None,
) -> Figure:
    """Heatmap of a measure between the most mentioned actors.

    Parameters
    ----------
    cooc : DataFrame
        :func:`helpers.cooccurrence.cooccurrence` output.
    actors : DataFrame, optional
        ``actor_id, name, mentions`` to choose the top actors and label them;
        default: actors ranked by ``n_a``/``n_b`` in ``cooc``.
    measure : str, default "npmi"
        Any measure column; pairs absent from ``cooc`` are blank.
    top : int, default 25
    window : str, optional
        Select one window when ``cooc`` holds several.
    figsize : tuple, optional
    cmap : str, optional
        Default a diverging map for ``npmi``/``pmi`` (centred on 0), sequential otherwise.

    Returns
    -------
    matplotlib.figure.Figure
    """
    if window is not None:
        cooc = cooc[cooc["window"] == window]
    elif "window" in cooc.columns and cooc["window"].nunique() > 1:
        raise ValueError("cooc holds several windows; pass window='sentence' (or paragraph/article)")
    marg = pd.concat([cooc[["actor_a", "n_a"]].set_axis(["actor_id", "n"], axis=1),
                      cooc[["actor_b", "n_b"]].set_axis(["actor_id", "n"], axis=1)]).groupby("actor_id")["n"].max()
    names = {}
    if actors is not None:
        ranked = actors.assign(actor_id=actors["actor_id"].astype(str))
        ranked = ranked[ranked["actor_id"].isin(marg.index)]
        if "mentions" in ranked.columns:
            ranked = ranked.sort_values(["mentions", "actor_id"], ascending=[False, True])
        order = list(ranked["actor_id"])[:top]
        names = dict(zip(ranked["actor_id"], ranked.get("name", ranked["actor_id"])))
    else:
        order = list(marg.sort_values(ascending=False, kind="stable").index[:top])
    idx = {a: i for i, a in enumerate(order)}
    M = np.full((len(order), len(order)), np.nan)
    sub = cooc[cooc["actor_a"].isin(idx) & cooc["actor_b"].isin(idx)]
    for a, b, v in zip(sub["actor_a"], sub["actor_b"], sub[measure].astype(float)):
        M[idx[a], idx[b]] = M[idx[b], idx[a]] = v
    diverging = measure in ("npmi", "pmi")
    finite = M[np.isfinite(M)]
    if diverging:
        bound = max(abs(finite).max(), 1e-9) if finite.size else 1.0
        vmin, vmax = -bound, bound
    else:
        vmin, vmax = (finite.min(), finite.max()) if finite.size else (0, 1)
    size = figsize or (min(10, 3 + 0.3 * len(order)) + 1.5, min(10, 3 + 0.3 * len(order)))
    fig, ax = _new_figure(size)
    M = np.where(np.isfinite(M), M, np.nan)
    image = ax.imshow(np.ma.masked_invalid(M), cmap=cmap or ("RdBu_r" if diverging else "viridis"),
                      vmin=vmin, vmax=vmax)
    labels = [str(names.get(a, a)) for a in order]
    ax.set_xticks(range(len(order)), labels, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(order)), labels, fontsize=8)
    ax.set_facecolor("#bdbdbd")  # pairs that never co-occur
    fig.colorbar(image, ax=ax, shrink=0.7, label=measure)
    win = window or (cooc["window"].iloc[0] if "window" in cooc.columns and len(cooc) else "")
    ax.set_title(f"{measure} between the {len(order)} most mentioned actors ({win} window; grey = never together)",
                 fontsize=10)
    return fig


def plot_topic_actor_heatmap(
    table: pd.DataFrame,
    *,
    value: str = "share",
    figsize: tuple[float, float] | None = None,
    cmap: str = "magma_r",
    annotate: bool = True,
) -> Figure:
    """Topic × actor heatmap from :func:`helpers.cooccurrence.actors_by_topic`.

    Parameters
    ----------
    table : DataFrame
        ``topic_id, topic_label, actor_id, name, documents, share``.
    value : {"share", "documents"}, default "share"
        Share of the topic's documents mentioning the actor, or the count.
    figsize : tuple, optional
    cmap : str, default "magma_r"
    annotate : bool, default True
        Write the values in cells when the grid is small enough.

    Returns
    -------
    matplotlib.figure.Figure
    """
    labelled = table.assign(topic=table["topic_id"].astype(str) + ": " + table["topic_label"].astype(str),
                            actor=table["name"].fillna(table["actor_id"]).astype(str))
    grid = labelled.pivot_table(index="topic", columns="actor", values=value, aggfunc="sum", fill_value=0)
    order = labelled.groupby("actor")["documents"].sum().sort_values(ascending=False, kind="stable").index
    grid = grid[[a for a in order if a in grid.columns]]
    topic_order = labelled.drop_duplicates("topic").sort_values("topic_id")["topic"]
    grid = grid.reindex(topic_order)
    n_rows, n_cols = grid.shape
    size = figsize or (min(10, 3 + 0.38 * n_cols), min(9, 2 + 0.45 * n_rows))
    fig, ax = _new_figure(size)
    image = ax.imshow(grid.to_numpy(float), aspect="auto", cmap=cmap)
    ax.set_xticks(range(n_cols), grid.columns, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(n_rows), [t if len(t) <= 40 else t[:39] + "…" for t in grid.index], fontsize=8)
    if annotate and n_rows * n_cols <= 400:
        top = np.nanmax(grid.to_numpy(float)) if grid.size else 1
        for (r, c), v in np.ndenumerate(grid.to_numpy(float)):
            if v > 0:
                text = f"{v:.0%}" if value == "share" else f"{int(v)}"
                ax.text(c, r, text, ha="center", va="center", fontsize=6,
                        color="white" if v > 0.6 * top else "black")
    fig.colorbar(image, ax=ax, shrink=0.8, label="share of topic documents" if value == "share" else value)
    ax.set_title("Actors by topic", fontsize=11)
    return fig


def plot_edge_timeline(
    edges_by_period: pd.DataFrame,
    pairs: Sequence[tuple[str, str]] | None = None,
    actors: pd.DataFrame | None = None,
    *,
    measure: str = "n_ab",
    top: int = 8,
    window: str | None = None,
    figsize: tuple[float, float] = (10, 5),
) -> Figure:
    """Line per edge over periods (from :func:`helpers.cooccurrence.cooccurrence_by_period`).

    Parameters
    ----------
    edges_by_period : DataFrame
        ``period, window, actor_a, actor_b`` and measure columns.
    pairs : sequence of (actor_a, actor_b), optional
        Edges to draw; default the ``top`` edges by total ``n_ab``.
    actors : DataFrame, optional
        ``actor_id, name`` for legend labels.
    measure : str, default "n_ab"
        ``"n_ab"``, ``"rate"`` (n_ab / n_windows) or any measure column.
        Periods where the edge is absent are drawn as 0 for counts and rates
        and as gaps otherwise.
    top : int, default 8
    window : str, optional
        Select one window when the table holds several.
    figsize : tuple, default (10, 5)

    Returns
    -------
    matplotlib.figure.Figure
    """
    table = edges_by_period
    if window is not None:
        table = table[table["window"] == window]
    elif "window" in table.columns and table["window"].nunique() > 1:
        raise ValueError("edges_by_period holds several windows; pass window='sentence' (or paragraph/article)")
    table = table.assign(rate=table["n_ab"] / table["n_windows"])
    periods = sorted(table["period"].unique())
    if pairs is None:
        totals = table.groupby(["actor_a", "actor_b"])["n_ab"].sum().sort_values(ascending=False, kind="stable")
        pairs = list(totals.index[:top])
    pairs = [tuple(sorted(map(str, p))) for p in pairs]
    names = dict(zip(actors["actor_id"].astype(str), actors["name"])) if actors is not None else {}
    fig, ax = _new_figure(figsize)
    x = np.arange(len(periods))
    fill = 0.0 if measure in ("n_ab", "rate") else np.nan
    for a, b in pairs:
        one = table[(table["actor_a"] == a) & (table["actor_b"] == b)].set_index("period")[measure]
        y = one.reindex(periods).astype(float).fillna(fill).to_numpy()
        ax.plot(x, y, marker="o", markersize=3, linewidth=1.6,
                label=f"{names.get(a, a)} – {names.get(b, b)}")
    step = max(1, len(periods) // 12)
    ax.set_xticks(x[::step], [periods[i] for i in range(0, len(periods), step)], rotation=45, ha="right",
                  fontsize=8)
    ax.set_ylabel({"n_ab": "co-occurring windows", "rate": "share of windows"}.get(measure, measure))
    ax.grid(alpha=0.3)
    if pairs:
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.set_title(f"Edges over time ({measure})", fontsize=11)
    return fig
