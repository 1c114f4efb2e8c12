"""Figures for notebook 03 (actors): top actors by type, mention kinds.

Each function takes a table from :mod:`helpers.actors` and returns a matplotlib Figure.
"""

from __future__ import annotations

import math

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from ._base import empty_panel

__all__ = ["TYPE_COLOURS", "plot_mention_kinds", "plot_top_actors"]

#: One colour per actor type, shared by every actor figure.
TYPE_COLOURS = {
    "country": "#4c72b0",
    "person": "#dd8452",
    "organisation": "#55a868",
    "armed_group": "#c44e52",
    "location": "#8172b3",
}



def plot_top_actors(
    actors: pd.DataFrame,
    n: int = 10,
    *,
    by: str = "documents",
    types: list[str] | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """Horizontal bar charts of the most frequent actors, one panel per actor type.

    Parameters
    ----------
    actors : DataFrame
        The ``actors`` table (actor_id, name, type, mentions, documents, ...).
    n : int, default 10
        Actors shown per type.
    by : {"documents", "mentions"}, default "documents"
        What the bars measure (and the ranking).
    types : list of str, optional
        Types to show, in order; defaults to the types present, most frequent first.
    figsize : (float, float), optional
        Defaults to a size that fits the panels.

    Returns
    -------
    Figure
    """
    if by not in ("documents", "mentions"):
        raise ValueError(f"by must be 'documents' or 'mentions', got {by!r}.")
    if actors is None or len(actors) == 0:
        fig = Figure(figsize=figsize or (6, 3))
        ax = fig.subplots()
        empty_panel(ax, "no actors found")
        return fig
    if types is None:
        types = actors.groupby("type")[by].sum().sort_values(ascending=False).index.tolist()
    n_panels = max(1, len(types))
    n_cols = min(2, n_panels)
    n_rows = math.ceil(n_panels / n_cols)
    fig = Figure(figsize=figsize or (6.5 * n_cols, 0.32 * n * n_rows + 1.2 * n_rows))
    axes = fig.subplots(n_rows, n_cols, squeeze=False)
    for ax, actor_type in zip(axes.flat, types):
        top = actors[actors["type"] == actor_type].nlargest(n, by).iloc[::-1]
        if top.empty:
            empty_panel(ax, f"no {actor_type} actors")
            continue
        ax.barh(top["name"], top[by], color=TYPE_COLOURS.get(actor_type, "#937860"))
        ax.set_title(f"{actor_type.replace('_', ' ')} (top {len(top)})")
        ax.set_xlabel(f"{by}")
        ax.tick_params(axis="y", labelsize=9)
        for y, value in enumerate(top[by]):
            ax.text(value, y, f" {value}", va="center", fontsize=8)
        ax.margins(x=0.15)
    for ax in list(axes.flat)[len(types) :]:
        ax.set_axis_off()
    fig.suptitle(f"Most frequent actors by type ({by})")
    fig.tight_layout()
    return fig


def plot_mention_kinds(mentions: pd.DataFrame, *, figsize: tuple[float, float] = (7, 3.5)) -> Figure:
    """Stacked bars: how actors of each type were found (name, demonym, capital, surname, title...).

    Parameters
    ----------
    mentions : DataFrame
        The ``actor_mentions`` table with its ``kind`` column.

    Returns
    -------
    Figure
    """
    fig = Figure(figsize=figsize)
    ax = fig.subplots()
    if mentions is None or len(mentions) == 0 or "kind" not in mentions:
        empty_panel(ax, "no mentions (or no 'kind' column)")
        return fig
    table = pd.crosstab(mentions["type"], mentions["kind"])
    table = table.loc[table.sum(axis=1).sort_values().index]
    left = pd.Series(0, index=table.index)
    cmap = matplotlib.colormaps["tab10"]
    for i, kind in enumerate(table.columns):
        ax.barh(table.index, table[kind], left=left, label=kind, color=cmap(i % 10))
        left = left + table[kind]
    ax.set_xlabel("mentions")
    ax.set_title("How actors are mentioned")
    ax.legend(fontsize=8, ncol=2, loc="lower right")
    fig.tight_layout()
    return fig
