"""An action's page: the trend of the service factors it aims at, with its period shaded."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes

from charts.lanes import lane_end
from charts.page_flow import MUTED, Flow
from charts.style import (
    BLUE,
    GREEN,
    PURPLE,
    SHADE_COLOUR,
    VERMILLION,
    date_x,
    year_x,
)
from charts.timeaxis import year_span, year_ticks
from models.chart_data import Point, Series
from models.report_data import (
    ActionReport,
    ReportData,
)

FACTOR_COLOURS = (BLUE, VERMILLION, GREEN, PURPLE, "#E69F00", "#000000")
FACTOR_MARKERS = ("o", "s", "D", "^", "v", "P")


def factor_trend(flow: Flow, data: ReportData, action: ActionReport) -> None:
    if not action.factor_codes:
        return
    series = [
        (code, data.factor_series[code])
        for code in action.factor_codes
        if code in data.factor_series
    ]
    group = data.factor_group.label.lower()
    flow.heading(f"Servicefaktorerna åtgärden siktar på ({group})", 11.5, after=190)
    if not series:
        flow.text(
            f"Inga resultat för {', '.join(action.factors).lower()} ännu; trenden visas när "
            "servicefaktorernas index finns under Resultat.",
            size=9,
            colour=MUTED,
        )
        return
    ax = flow.axes(185)
    years = [p.year for _, s in series for p in s.points]
    dates = [d for d in (action.start, action.due, action.completed) if d]
    left, right = year_span(years, dates)
    for index, (code, one) in enumerate(series):
        _draw_factor(
            ax,
            one,
            FACTOR_COLOURS[index % 6],
            FACTOR_MARKERS[index % 6],
            dict(zip(action.factor_codes, action.factors, strict=True))[code],
        )
    start = action.start or action.due
    if start is not None:
        from models.chart_data import ActionItem

        item = ActionItem(
            action.id,
            action.title,
            action.status,
            action.start,
            action.due,
            action.completed,
            action.progress,
        )
        end, _open = lane_end(item, data.today)
        ax.axvspan(
            date_x(start),
            date_x(end or data.today),
            color=SHADE_COLOUR,
            alpha=0.35,
            zorder=0,
            label="åtgärdens period",
        )
    ax.set_ylabel("Index (0–100)", fontsize=8.5)
    ax.tick_params(labelsize=8)
    ax.grid(True, axis="y", color="#E5E5E5")
    year_ticks(ax, left, right)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)


def _xy(points: Sequence[Point]) -> tuple[list[float], list[float]]:
    """Where shown points sit: the middle of their year, and their value."""
    shown = [p for p in points if p.value is not None]
    return [year_x(p.year) for p in shown], [float(p.value or 0.0) for p in shown]


def _draw_factor(ax: Axes, series: Series, colour: str, marker: str, label: str) -> None:
    """A factor's trend: lines that stop at the 2024 break, margins, hollow preliminaries."""
    for run in series.segments():
        ax.plot(*_xy(run), color=colour, linewidth=1.6)
    shown = series.shown
    with_margin = [p for p in shown if p.margin is not None]
    if with_margin:
        xs, ys = _xy(with_margin)
        margins = [float(p.margin or 0.0) for p in with_margin if p.value is not None]
        ax.errorbar(xs, ys, yerr=margins, fmt="none", ecolor=colour, elinewidth=1, capsize=3)
    ax.plot(*_xy(shown), linestyle="none", marker=marker, color=colour, label=label)
    hollow = [p for p in shown if p.preliminary]
    if hollow:
        ax.plot(
            *_xy(hollow), linestyle="none", marker=marker, color=colour, markerfacecolor="white"
        )
