"""Pieces shared by the figure modules."""

from __future__ import annotations

from matplotlib.axes import Axes


def empty_panel(ax: Axes, message: str) -> None:
    """Say in the middle of ``ax`` why it is empty, and hide its axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
