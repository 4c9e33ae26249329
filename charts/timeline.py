"""Chart 2: the actions as a Gantt chart: status, progress, milestones, today, the late ones."""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from charts.fit import (
    chars_in,
    key_legend,
    legend_below,
    legend_inches,
    legend_rows_inches,
    text_inches,
)
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
    natural_size,
    new_figure,
    notes_inches,
    plain_texts,
    side_legend,
    swedish_date,
    title_inches,
)
from charts.timeaxis import month_ticks
from models.chart_data import ActionItem, TimelineData

LANES_GID = "lanes"  # the axes with the actions' lanes (the legend may have axes of its own)


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
    parts = [f"{len(actions)} åtgärder", f"{late} försenade"]
    if undated:
        parts.append(f"{undated} ej daterade")
    title = "Åtgärdernas tidslinje (" + ", ".join(parts) + ")"
    notes = [
        "Tjock stapel: planerad tid (start till slutdatum eller klar). Smal stapel "
        "och procent: hur långt åtgärden har kommit."
    ]
    if undated:
        notes.append("Ej daterad: åtgärden har varken start, slutdatum eller milstolpe.")
    with applied(style):
        row_in = 0.42 if style.large else 0.32
        handles = status_handles(actions, style, data.today)
        handles.append(Line2D([], [], color=BLACK, linewidth=1.6, label=LABELS["today"]))
        below = legend_below(handles, style, 0.22)
        key_in = legend_rows_inches(handles, style) if below else 0.0
        frame = title_inches(title, style) + notes_inches(notes, style) + 0.9 * style.scale
        rows_in = row_in * len(actions)
        fig = new_figure(style, frame + rows_in + 0.3, fig, least=frame + rows_in + key_in)
        lanes_in = max(rows_in, natural_size(fig)[1] - frame - key_in)
        if below:
            grid = fig.add_gridspec(2, 1, height_ratios=[lanes_in, key_in])
            ax = fig.add_subplot(grid[0])
            key_legend(fig.add_subplot(grid[1]), handles, style)
        else:
            ax = fig.add_subplot()
        ax.set_gid(LANES_GID)
        title_length = min(60, max(16, chars_in(0.24 * style.width, style.small)))
        longest = max(len(a.title[:title_length]) for a in actions)
        legend_in = 0.0 if below else legend_inches(handles, style)
        axis_inches = style.width - text_inches(longest, style.small) - legend_in - 0.6
        right = draw_lanes(
            ax,
            actions,
            style,
            data.today,
            (left, right),
            detailed=True,
            title_length=title_length,
            axis_inches=max(axis_inches, 2.0),
        )
        month_ticks(ax, left, right)
        today_x = date_x(data.today)
        ax.axvline(today_x, color=BLACK, linewidth=1.6, zorder=5, gid="today")
        late_half = today_x > (left + right) / 2
        ax.text(
            today_x,
            1.0,
            f" {LABELS['today']} {swedish_date(data.today)} ",
            transform=ax.get_xaxis_transform(),
            ha="right" if late_half else "left",
            va="bottom",
            fontsize=style.small,
        )
        figure_title(fig, title, style)
        if not below:
            side_legend(ax, handles, style)
        add_notes(fig, notes, style)
    return plain_texts(fig)
