"""Figures for notebook 01 (cleaning): rule counts and length distributions."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ._base import empty_panel

__all__ = ["plot_rule_counts", "plot_length_distributions"]


def plot_rule_counts(removed_spans: pd.DataFrame, *, top: int = 25, figsize=(7, 4.5)) -> Figure:
    """Horizontal bars: how many spans (and documents) each cleaning rule removed.

    Parameters
    ----------
    removed_spans : DataFrame
        The ``removed_spans`` table (``doc_id``, ``position``, ``text``, ``rule``).
    top : int
        Show the ``top`` most frequent rules.
    """
    from ..cleaning import rule_counts

    counts = rule_counts(removed_spans).head(top).iloc[::-1]
    fig = Figure(figsize=figsize)
    ax = fig.subplots()
    if counts.empty:
        empty_panel(ax, "no spans removed")
        return fig
    y = np.arange(len(counts))
    ax.barh(y, counts["spans"], color="#4c72b0", label="spans")
    ax.barh(y, counts["documents"], color="#dd8452", height=0.4, label="documents")
    ax.set_yticks(y, counts["rule"])
    ax.set_xlabel("count")
    ax.set_title("Removed spans by cleaning rule")
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig


def plot_length_distributions(articles: pd.DataFrame, *, bins: int = 40, figsize=(9, 3.8)) -> Figure:
    """Histograms of body length (characters) and sentences per document, by status.

    Parameters
    ----------
    articles : DataFrame
        The ``articles`` table (``n_chars``, ``n_sentences``, ``status``).
    """
    fig = Figure(figsize=figsize)
    axes = fig.subplots(1, 2)
    colors = {"kept": "#4c72b0", "duplicate": "#dd8452", "rejected": "#c44e52"}
    for ax, col, label in ((axes[0], "n_chars", "body length (characters)"),
                           (axes[1], "n_sentences", "sentences per document")):
        values = articles[col].astype(float)
        positive = values[values > 0]
        ax.set_xlabel(label)
        if positive.empty:
            ax.text(0.5, 0.5, "no non-empty bodies", ha="center", va="center", transform=ax.transAxes)
            continue
        edges = np.histogram_bin_edges(positive, bins=min(bins, max(int(positive.nunique()), 1)))
        for status, color in colors.items():
            v = values[(articles["status"] == status) & (values > 0)]
            if len(v):
                ax.hist(v, bins=edges, alpha=0.6, color=color, label=f"{status} ({len(v)})")
        ax.set_ylabel("documents")
        ax.legend(fontsize="small")
    fig.suptitle("Length distributions after cleaning")
    fig.tight_layout()
    return fig
