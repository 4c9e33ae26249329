"""Drawing a measure over the years: lines that stop at breaks, margins, hollow preliminaries."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.text import Annotation
from matplotlib.transforms import blended_transform_factory

from charts.fit import keep_clear
from charts.style import (
    BLACK,
    COMPARISON_LOOKS,
    GREY,
    GROUP_LOOKS,
    Look,
    Style,
    number,
    year_x,
)
from models.chart_data import Point, Series

OFFSET_DAYS = 22.0


def look_of(series: Series) -> Look:
    return (COMPARISON_LOOKS if series.comparison else GROUP_LOOKS)[series.group]


def draw_series(
    ax: Axes, all_series: Sequence[Series], style: Style, value_labels: bool = True
) -> list[Line2D]:
    """Draw each series; returns one legend handle per series."""
    handles: list[Line2D] = []
    labels: list[Annotation] = []
    count = len(all_series)
    hidden_years: set[int] = set()
    for index, series in enumerate(all_series):
        look = look_of(series)
        # Side by side within the year, so that margins of several series do not cover each other.
        shift = (index - (count - 1) / 2) * OFFSET_DAYS if count > 1 else 0.0
        width = style.line_width * (0.8 if series.comparison else 1.0)
        for n, run in enumerate(series.segments()):
            ax.plot(
                [year_x(p.year) + shift for p in run],
                [_value(p) for p in run],
                color=look.colour,
                linestyle=look.linestyle,
                linewidth=width,
                gid=f"line:{series.label}:{n}",
                zorder=3,
            )
        shown = series.shown
        with_margin = [p for p in shown if p.margin is not None]
        if with_margin:
            ax.errorbar(
                [year_x(p.year) + shift for p in with_margin],
                [_value(p) for p in with_margin],
                yerr=[p.margin or 0.0 for p in with_margin],
                fmt="none",
                ecolor=look.colour,
                elinewidth=1.2,
                capsize=4 * style.scale,
                alpha=0.9,
                zorder=2,
                gid=f"margin:{series.label}",
            )
        for preliminary in (False, True):
            points = [p for p in shown if p.preliminary == preliminary]
            if not points:
                continue
            ax.plot(
                [year_x(p.year) + shift for p in points],
                [_value(p) for p in points],
                linestyle="none",
                marker=look.marker,
                markersize=style.marker_size,
                markeredgecolor=look.colour,
                markeredgewidth=1.8,
                markerfacecolor="white" if preliminary else look.colour,
                gid=f"{'preliminary' if preliminary else 'points'}:{series.label}",
                zorder=4,
            )
        if value_labels:
            for p in shown:
                assert p.value is not None
                text = number(p.value, 0 if p.value.is_integer() else 1)
                if p.preliminary:
                    text += " prel."
                # The first series is labelled on its left, the others on their right; where
                # that is taken, above, below or on the other side (fit.keep_clear).
                labels.append(
                    ax.annotate(
                        text,
                        (year_x(p.year) + shift, p.value),
                        xytext=(-7 if index == 0 else 7, 5),
                        textcoords="offset points",
                        fontsize=style.small,
                        color=BLACK,
                        zorder=5,
                        ha="right" if index == 0 else "left",
                        va="bottom",
                    )
                )
        hidden_years.update(p.year for p in series.points if p.hidden)
        handles.append(
            Line2D(
                [],
                [],
                color=look.colour,
                linestyle=look.linestyle,
                marker=look.marker,
                linewidth=width,
                markersize=style.marker_size,
                label=series.label,
            )
        )
    keep_clear(ax, labels, ((0, 8), (0, -9), (7, 5), (-7, 5), (7, -7), (-7, -7)))
    where = blended_transform_factory(ax.transData, ax.transAxes)
    for year in sorted(hidden_years):
        ax.text(
            year_x(year),
            0.03,
            "för få svar",
            transform=where,
            ha="center",
            va="bottom",
            fontsize=style.small,
            color=GREY,
            style="italic",
            gid=f"hidden:{year}",
        )
    return handles


def _value(point: Point) -> float:
    assert point.value is not None  # only shown points are drawn
    return point.value


def value_range(all_series: Sequence[Series]) -> tuple[float, float] | None:
    lows: list[float] = []
    highs: list[float] = []
    for series in all_series:
        for p in series.shown:
            assert p.value is not None
            lows.append(p.value - (p.margin or 0))
            highs.append(p.value + (p.margin or 0))
    if not lows:
        return None
    return min(lows), max(highs)


def extra_handles(all_series: Sequence[Series], style: Style) -> list[Line2D]:
    handles: list[Line2D] = []
    # the marker the preliminary points have (a hollow diamond where only Totalt's are)
    markers = {look_of(s).marker for s in all_series for p in s.shown if p.preliminary}
    if markers:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker=markers.pop() if len(markers) == 1 else "o",
                markerfacecolor="white",
                markeredgecolor=BLACK,
                markersize=style.marker_size,
                label="Preliminärt värde",
            )
        )
    if any(p.margin is not None for s in all_series for p in s.shown):
        handles.append(
            Line2D(
                [],
                [],
                color=BLACK,
                marker="|",
                markersize=14,
                markeredgewidth=1.2,
                linestyle="none",
                label="Felmarginal (95 %)",
            )
        )
    return handles
