"""Targets (mål) in a chart: a star at the target's year and value, never a line across the
years, with its status in words beside it or in the notes."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from charts.style import BLACK, GROUP_LOOKS, LABELS, Style, number, year_x
from models.targets import TargetCheck

MARKER = "*"


def draw_targets(
    ax: Axes, checks: Sequence[TargetCheck], style: Style, words: bool = True
) -> list[Line2D]:
    """A star per target, its status beside it when `words`; the legend's handle ("Mål")."""
    if not checks:
        return []
    per_year: dict[int, int] = {}
    for check in checks:
        target = check.target
        look = GROUP_LOOKS[target.group]
        ax.plot(
            [year_x(target.year)],
            [target.value],
            linestyle="none",
            marker=MARKER,
            markersize=style.marker_size * 2.0,
            markerfacecolor="white",
            markeredgecolor=look.colour,
            markeredgewidth=1.6,
            zorder=6,
            gid=f"target:{target.measure.value}:{target.group.value}:{target.year}",
        )
        if words:
            stacked = per_year.get(target.year, 0)
            per_year[target.year] = stacked + 1
            ax.annotate(
                f"{LABELS['target']} {number(target.value, 0 if target.value.is_integer() else 1)}"
                f": {check.status_words}",
                (year_x(target.year), target.value),
                xytext=(9, -4 - 11 * style.scale * stacked),
                textcoords="offset points",
                fontsize=style.small,
                color=BLACK,
                ha="left",
                va="center",
                zorder=6,
                gid=f"target_status:{target.group.value}:{target.year}",
            )
    return [handle(style)]


def handle(style: Style) -> Line2D:
    return Line2D(
        [],
        [],
        linestyle="none",
        marker=MARKER,
        markersize=style.marker_size * 1.6,
        markerfacecolor="white",
        markeredgecolor=BLACK,
        markeredgewidth=1.4,
        label=LABELS["target"],
    )


def target_years(checks: Sequence[TargetCheck]) -> list[int]:
    return [c.target.year for c in checks]


def target_values(checks: Sequence[TargetCheck]) -> list[float]:
    return [c.target.value for c in checks]
