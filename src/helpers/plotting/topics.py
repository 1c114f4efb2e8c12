"""Figures for notebook 02 (topics): k selection, sizes, top terms, 2-D map, topics over time.

Each function takes a table from :mod:`helpers.topics` and returns a
:class:`matplotlib.figure.Figure` built without pyplot: no global figure state is touched,
so a notebook cell ending with ``fig`` shows the figure exactly once, and nothing needs
``plt.close``. Save with ``fig.savefig(path)``.
"""

from __future__ import annotations

import math

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ._base import empty_panel

__all__ = [
    "plot_k_selection",
    "plot_topic_sizes",
    "plot_top_terms",
    "plot_topic_map",
    "plot_topics_over_time",
]


def _topic_colours(n: int) -> list:
    cmap = matplotlib.colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(n)]



def plot_k_selection(k_selection: pd.DataFrame, chosen_k: int | None = None, *, figsize=(7, 4)) -> Figure:
    """Stability, silhouette and their product per candidate k (the ``select_k`` table).

    Parameters
    ----------
    k_selection : DataFrame
        Columns k, stability, silhouette, criterion.
    chosen_k : int or None
        Marked with a vertical line (defaults to the k of the largest criterion).
    """
    fig = Figure(figsize=figsize)
    ax = fig.subplots()
    if k_selection is None or len(k_selection) == 0:
        empty_panel(ax, "no k selection (k fixed or corpus too small)")
        return fig
    df = k_selection.sort_values("k")
    if chosen_k is None:
        chosen_k = int(df.loc[df["criterion"].idxmax(), "k"])
    ax.plot(df["k"], df["stability"], "o-", label="stability (mean ARI across seeds)")
    ax.set_xlabel("number of topics k")
    ax.set_ylabel("stability")
    ax.set_ylim(min(0, df["stability"].min()), 1.05)
    right = ax.twinx()
    right.plot(df["k"], df["silhouette"], "s--", color="#dd8452", label="silhouette (cosine)")
    right.plot(df["k"], df["criterion"], "^-", color="#55a868", label="criterion = stability × silhouette")
    right.set_ylabel("silhouette / criterion")
    ax.axvline(chosen_k, color="grey", linestyle=":", label=f"chosen k = {chosen_k}")
    handles = ax.get_legend_handles_labels()[0] + right.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="lower right", fontsize="small")
    ax.set_xticks(df["k"])
    ax.set_title("Choosing the number of topics")
    fig.tight_layout()
    return fig


def plot_topic_sizes(topics: pd.DataFrame, *, figsize=(7, 4)) -> Figure:
    """Horizontal bars: documents per topic, from ``topics.parquet``."""
    fig = Figure(figsize=figsize)
    ax = fig.subplots()
    if topics.empty:
        empty_panel(ax, "no documents")
        return fig
    sizes = topics.groupby(["topic_id", "topic_label"]).size().rename("n").reset_index().sort_values("topic_id")
    y = np.arange(len(sizes))[::-1]
    ax.barh(y, sizes["n"], color=_topic_colours(len(sizes)))
    ax.set_yticks(y, [f"{t}: {label}" for t, label in zip(sizes["topic_id"], sizes["topic_label"])])
    for yi, n in zip(y, sizes["n"]):
        ax.text(n, yi, f" {n}", va="center", fontsize="small")
    ax.set_xlabel("documents")
    ax.set_title("Topic sizes")
    fig.tight_layout()
    return fig


def plot_top_terms(
    terms: pd.DataFrame,
    topics: pd.DataFrame | None = None,
    *,
    n_terms: int = 8,
    ncols: int = 3,
    panel_size=(3.2, 2.4),
) -> Figure:
    """Small multiples: one horizontal bar chart of term scores (``topic_terms``) per topic.

    Parameters
    ----------
    terms : DataFrame
        ``topic_terms.parquet`` (topic_id, rank, term, score).
    topics : DataFrame or None
        ``topics.parquet``; adds the label and size to each panel title.
    """
    topic_ids = sorted(terms["topic_id"].unique()) if not terms.empty else []
    if not topic_ids:
        fig = Figure(figsize=panel_size)
        ax = fig.subplots()
        empty_panel(ax, "no terms")
        return fig
    ncols = max(1, min(ncols, len(topic_ids)))
    nrows = math.ceil(len(topic_ids) / ncols)
    fig = Figure(figsize=(panel_size[0] * ncols, panel_size[1] * nrows))
    axes = fig.subplots(nrows, ncols, squeeze=False)
    colours = _topic_colours(max(topic_ids) + 1)
    titles = {}
    if topics is not None and not topics.empty:
        grouped = topics.groupby("topic_id")
        titles = {t: f"{t}: {g['topic_label'].iloc[0]} (n={len(g)})" for t, g in grouped}
    for ax, topic in zip(axes.flat, topic_ids):
        top = terms[terms["topic_id"] == topic].sort_values("rank").head(n_terms).iloc[::-1]
        ax.barh(np.arange(len(top)), top["score"], color=colours[topic])
        ax.set_yticks(np.arange(len(top)), top["term"], fontsize="small")
        ax.set_title(titles.get(topic, f"topic {topic}"), fontsize="small")
        ax.tick_params(axis="x", labelsize="x-small")
    for ax in list(axes.flat)[len(topic_ids):]:
        ax.set_axis_off()
    fig.suptitle("Distinctive terms per topic (class-based score)")
    fig.tight_layout()
    return fig


def plot_topic_map(coords: pd.DataFrame, *, figsize=(7, 6), annotate: bool = True) -> Figure:
    """Scatter of documents in 2-D (from ``topic_map_coordinates``) coloured by topic."""
    fig = Figure(figsize=figsize)
    ax = fig.subplots()
    if coords.empty:
        empty_panel(ax, "no documents")
        return fig
    topic_ids = sorted(coords["topic_id"].unique())
    colours = _topic_colours(max(topic_ids) + 1)
    for topic in topic_ids:
        part = coords[coords["topic_id"] == topic]
        ax.scatter(part["x"], part["y"], s=12, alpha=0.7, color=colours[topic],
                   label=f"{topic}: {part['topic_label'].iloc[0]}")
        if annotate:
            ax.annotate(str(topic), (part["x"].median(), part["y"].median()), fontsize="large",
                        fontweight="bold", ha="center", va="center")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title("Documents coloured by topic (2-D projection)")
    ax.legend(fontsize="x-small", loc="best", markerscale=1.5)
    fig.tight_layout()
    return fig


def plot_topics_over_time(shares: pd.DataFrame, *, kind: str = "area", figsize=(8, 4)) -> Figure:
    """Topic shares per period (``topic_shares_by_period`` table) as stacked area or lines."""
    fig = Figure(figsize=figsize)
    ax = fig.subplots()
    if shares.empty:
        empty_panel(ax, "no dated documents")
        return fig
    wide = shares.pivot_table(index="period_start", columns="topic_id", values="share", fill_value=0.0).sort_index()
    labels = shares.drop_duplicates("topic_id").set_index("topic_id")["topic_label"]
    colours = _topic_colours(int(wide.columns.max()) + 1)
    names = [f"{t}: {labels[t]}" for t in wide.columns]
    cols = [colours[t] for t in wide.columns]
    if kind == "area" and len(wide) > 1:
        ax.stackplot(wide.index, wide.T.values, labels=names, colors=cols, alpha=0.85)
        ax.set_ylim(0, 1)
    else:
        for t, name, colour in zip(wide.columns, names, cols):
            ax.plot(wide.index, wide[t], "o-", label=name, color=colour)
    ax.set_ylabel("share of documents")
    ax.set_title("Topics over time")
    ax.legend(fontsize="x-small", loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig
