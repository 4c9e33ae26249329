"""Chart 2: the actions as a Gantt chart: status, progress, milestones, today, the late ones."""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from charts.lanes import action_dates, draw_lanes, status_handles
from charts.style import (
    BLACK,
    LABELS,
    Style,
    add_notes,
    applied,
    date_x,
    figure_title,
    message_figure,
    new_figure,
    plain_texts,
    side_legend,
    swedish_date,
)
from charts.timeaxis import month_ticks
from models.chart_data import ActionItem, TimelineData


def ordered(actions: tuple[ActionItem, ...]) -> list[ActionItem]:
    """Dated actions by their first date, then the undated ones, each by title."""
    return sorted(
        actions,
        key=lambda a: (not a.dated, min(a.dates()) if a.dated else dt.date.max, a.title.lower()),
    )


def timeline_chart(
    data: TimelineData, style: Style | None = None, fig: Figure | None = None
) -> Figure:
    style = style or Style()
    if not data.actions:
        return message_figure(
            LABELS["no_actions"], style, fig, "Lägg till åtgärder under Åtgärder."
        )
    actions = ordered(data.actions)
    dates = action_dates(actions, data.today) + [data.today]
    first, last = min(dates), max(dates)
    if (last - first).days < 120:
        first, last = first - dt.timedelta(days=60), last + dt.timedelta(days=60)
    pad = (last - first) * 0.04
    left, right = date_x(first - pad), date_x(last + pad)
    late = sum(1 for a in actions if a.overdue)
    undated = sum(1 for a in actions if not a.dated)
    with applied(style):
        row_in = 0.42 if style.large else 0.32
        fig = new_figure(style, 1.9 * style.scale + row_in * len(actions), fig)
        ax = fig.add_subplot()
        longest = max(len(a.title[:40]) for a in actions)
        axis_inches = style.width - longest * style.small * 0.58 / 72 - 2.4 * style.scale
        right = draw_lanes(
            ax,
            actions,
            style,
            data.today,
            (left, right),
            detailed=True,
            title_length=40,
            axis_inches=max(axis_inches, 3.0),
        )
        month_ticks(ax, left, right)
        today_x = date_x(data.today)
        ax.axvline(today_x, color=BLACK, linewidth=1.6, zorder=5, gid="today")
        ax.text(
            today_x,
            1.0,
            f" {LABELS['today']} {swedish_date(data.today)}",
            transform=ax.get_xaxis_transform(),
            ha="left",
            va="bottom",
            fontsize=style.small,
        )
        parts = [f"{len(actions)} åtgärder", f"{late} försenade"]
        if undated:
            parts.append(f"{undated} ej daterade")
        figure_title(fig, "Åtgärdernas tidslinje (" + ", ".join(parts) + ")", style)
        handles = status_handles(actions, style, data.today)
        handles.append(Line2D([], [], color=BLACK, linewidth=1.6, label=LABELS["today"]))
        side_legend(ax, handles, style)
        notes = [
            "Tjock stapel: planerad tid (start till slutdatum eller klar). Smal stapel "
            "och procent: hur långt åtgärden har kommit."
        ]
        if undated:
            notes.append("Ej daterad: åtgärden har varken start, slutdatum eller milstolpe.")
        add_notes(fig, notes, style)
    return plain_texts(fig)
