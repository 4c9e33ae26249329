"""An action's page: the trend of the service factors it aims at, in the areas it aims at,
with its period shaded, its targets marked and the 2024 break of the total marked."""

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
    Style,
    date_x,
    plain_texts,
    swedish_ticks,
    tick_number,
    year_x,
)
from charts.targets import draw_targets, target_years
from charts.timeaxis import BREAK_MARK_NOTE, mark_break, spans_break, year_span, year_ticks
from models.chart_data import ActionItem, Point, Series
from models.codes import Area
from models.ranges import drawable
from models.report_data import ActionReport, ReportData

FACTOR_COLOURS = (BLUE, VERMILLION, GREEN, PURPLE, "#E69F00", "#000000")
FACTOR_MARKERS = ("o", "s", "D", "^", "v", "P")
LINE_STYLES = ("-", "--", ":", "-.")  # one per area, when the action names several
MIN_SPAN = 20  # index points: the least a factor trend's y-scale spans


def where(action: ActionReport) -> str:
    """ "bygglov" or "bygglov, miljö- och hälsoskydd"; "totalt" when it names no area."""
    return ", ".join(a.lower() for a in action.areas) or "totalt"


def factor_trend(flow: Flow, data: ReportData, action: ActionReport) -> None:
    trend = data.trends.get(action.id)
    if not action.factor_codes or trend is None:
        return
    flow.heading(
        f"Servicefaktorerna åtgärden siktar på ({trend.group.label.lower()}, {where(action)})",
        11.5,
        after=190 if trend.series else 30,  # the chart, or a line saying there is none
    )
    if not trend.series:
        flow.text(
            f"Inga resultat för {', '.join(action.factors).lower()} i {where(action)} ännu; "
            "trenden visas när servicefaktorernas index finns under Resultat.",
            size=9,
            colour=MUTED,
        )
        return
    ax = flow.axes(185)
    if ax is None:  # measured, not drawn: the notes below are counted all the same
        notes = [f"{check.headline}." for check in trend.targets]
        notes += [floor_note(100), BREAK_MARK_NOTE]  # the most there can be
        for note in notes:
            flow.text(note, size=8, colour=MUTED)
        return
    years = [p.year for _, s in trend.series for p in s.points] + target_years(trend.targets)
    # A stored date outside 1990–2100 (an older version's database) is not drawn.
    start_, due_, completed_ = (drawable(d) for d in (action.start, action.due, action.completed))
    dates = [d for d in (start_, due_, completed_) if d]
    left, right = year_span(years, dates)
    areas = list(trend.areas)
    factors = list(dict.fromkeys(label.split(",")[0] for label, _ in trend.series))
    for label, one in trend.series:
        index = factors.index(label.split(",")[0])
        _draw_factor(
            ax,
            one,
            FACTOR_COLOURS[index % 6],
            FACTOR_MARKERS[index % 6],
            LINE_STYLES[areas.index(one.area) % 4],
            label,
        )
    start = start_ or due_
    if start is not None:
        item = ActionItem(
            action.id,
            action.title,
            action.status,
            start_,
            due_,
            completed_,
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
    style = Style()
    extra = draw_targets(ax, trend.targets, style, words=False)
    breaks = Area.TOTALT in trend.areas and spans_break(left, right)
    if breaks:
        mark_break(ax, style)
    floor = y_floor(ax)
    swedish_ticks(ax.yaxis)
    ax.set_ylabel("Index (0–100)", fontsize=8.5)
    ax.tick_params(labelsize=8)
    ax.grid(True, axis="y", color="#E5E5E5")
    year_ticks(ax, left, right)
    handles, _labels = ax.get_legend_handles_labels()
    ax.legend(
        handles=handles + extra,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
        frameon=False,
    )
    plain_texts(ax)
    notes = [f"{check.headline}." for check in trend.targets]
    if floor > 0:
        notes.append(floor_note(floor))
    if breaks:
        notes.append(BREAK_MARK_NOTE)
    for note in notes:
        flow.text(note, size=8, colour=MUTED)


def floor_note(floor: float) -> str:
    return (
        f"Axeln börjar vid {tick_number(floor)}, inte vid 0; den spänner minst "
        f"{MIN_SPAN} indexpoäng så att små skillnader inte ser stora ut."
    )


def y_floor(ax: Axes) -> float:
    """Widen the y-scale to at least MIN_SPAN index points within 0–100 (a 68–70,5 scale
    makes a small difference look large); returns where the axis now begins."""
    low, high = ax.get_ylim()
    if high - low < MIN_SPAN:
        middle = (low + high) / 2
        low = min(max(0.0, middle - MIN_SPAN / 2), 100.0 - MIN_SPAN)
        high = low + MIN_SPAN
    # whole fives within 0–100, so the axis begins at a round number the note can name
    low, high = max(0.0, 5 * (low // 5)), min(100.0, 5 * -(-high // 5))
    ax.set_ylim(low, high)
    return float(low)


def _xy(points: Sequence[Point]) -> tuple[list[float], list[float]]:
    """Where shown points sit: the middle of their year, and their value."""
    shown = [p for p in points if p.value is not None]
    return [year_x(p.year) for p in shown], [float(p.value or 0.0) for p in shown]


def _draw_factor(
    ax: Axes, series: Series, colour: str, marker: str, linestyle: str, label: str
) -> None:
    """A factor's trend: lines that stop at the 2024 break, margins, hollow preliminaries."""
    for run in series.segments():
        ax.plot(*_xy(run), color=colour, linewidth=1.6, linestyle=linestyle)
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
