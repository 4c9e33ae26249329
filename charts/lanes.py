"""One lane per action on a date axis: used under the NKI chart and as the Gantt chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from charts.style import (
    BLACK,
    LABELS,
    OVERDUE_COLOUR,
    STATUS_LOOKS,
    Style,
    date_x,
    set_row_tips,
    short_distinct,
)
from models.chart_data import ActionItem
from models.codes import Status


def lane_end(action: ActionItem, today: dt.date) -> tuple[dt.date | None, bool]:
    """Where an action's bar ends, and whether that end is open (no end date yet)."""
    if action.end is not None:
        return action.end, False
    if action.start is not None:
        return max(today, action.start + dt.timedelta(days=30)), True
    return None, False


def action_dates(actions: Sequence[ActionItem], today: dt.date) -> list[dt.date]:
    dates: list[dt.date] = []
    for action in actions:
        dates.extend(action.dates())
        end, open_end = lane_end(action, today)
        if end is not None and open_end:
            dates.append(end)
    return dates


def draw_lanes(
    ax: Axes,
    actions: Sequence[ActionItem],
    style: Style,
    today: dt.date,
    bounds: tuple[float, float],
    detailed: bool = False,
    title_length: int = 34,
    axis_inches: float = 6.0,
) -> float:
    """Bars from start to due or completion, coloured and hatched by status.

    `detailed` (the Gantt chart) adds the progress inside each bar and words after it
    (per cent, late, no end date); the right end of the axis then moves out so that the
    words fit (`axis_inches`: about how wide the axes are). Returns the right end.
    The lanes under the NKI chart stay without words: the legend explains them.
    """
    left, right = float(bounds[0]), float(bounds[1])
    span = right - left
    rows = len(actions)
    words: list[tuple[float, float, str, ActionItem]] = []
    for row, action in enumerate(actions):
        y = rows - 1 - row
        look = STATUS_LOOKS[action.status]
        end, open_end = lane_end(action, today)
        texts: list[str] = []
        text_x: float | None = None
        if action.start is not None and end is not None:
            x0, x1 = date_x(action.start), date_x(end)
            width = max(x1 - x0, span * 0.004)
            ax.barh(
                y,
                width,
                left=x0,
                height=0.62,
                color=to_rgba(look.colour, 0.4 if detailed else 0.8),
                hatch=look.hatch,
                edgecolor=OVERDUE_COLOUR if action.overdue else BLACK,
                linewidth=2.4 if action.overdue else 0.8,
                linestyle="--" if open_end else "-",
                gid=f"lane:{action.id}",
            )
            if detailed and action.progress > 0:
                ax.barh(
                    y,
                    width * action.progress / 100,
                    left=x0,
                    height=0.26,
                    color=look.colour,
                    edgecolor=BLACK,
                    linewidth=0.6,
                    gid=f"progress:{action.id}",
                )
            text_x = x0 + width
            if open_end:
                texts.append("inget slutdatum")
        elif end is not None:
            ax.plot(
                [date_x(end)],
                [y],
                marker="|",
                markersize=style.marker_size * 2.2,
                markeredgewidth=3,
                color=OVERDUE_COLOUR if action.overdue else look.colour,
                linestyle="none",
                gid=f"lane:{action.id}",
            )
            text_x = date_x(end)
            texts.append("startdatum saknas")
        for milestone in action.milestones:
            ax.plot(
                [date_x(milestone.date)],
                [y],
                marker="D",
                markersize=style.marker_size,
                # Filled when done, open while ahead: told apart in black and white too.
                markerfacecolor=BLACK if milestone.done else "white",
                markeredgecolor=BLACK,
                markeredgewidth=1.5,
                linestyle="none",
                gid=f"milestone:{action.id}",
                zorder=4,
            )
            text_x = max(text_x or left, date_x(milestone.date))
        if not action.dated:
            ax.text(
                left + span * 0.01,
                y,
                f"{LABELS['undated']} ({action.status.label.lower()})",
                va="center",
                ha="left",
                fontsize=style.small,
                style="italic",
                color="#444444",
                gid=f"undated:{action.id}",
            )
            continue
        if action.overdue:
            texts.append(LABELS["overdue"].upper())
        if detailed and text_x is not None:
            texts.insert(0, f"{action.progress} %")
            words.append((text_x, y, "  ".join(texts), action))
    if words:
        right = _room_for_words(words, left, right, style, axis_inches)
        for word_x, word_y, text, action in words:
            # Past half a milestone marker, which may sit at the end of the bar.
            ax.annotate(
                text,
                (word_x, word_y),
                xytext=(style.marker_size * 0.9 + 3, 0),
                textcoords="offset points",
                va="center",
                ha="left",
                fontsize=style.small,
                color=OVERDUE_COLOUR if action.overdue else "#222222",
                gid=f"words:{action.id}",
                zorder=6,  # over the line for today, on a light ground
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5, "alpha": 0.8},
            )
    ax.set_yticks(range(rows))
    ax.set_yticklabels(short_distinct([a.title for a in reversed(actions)], title_length))
    # the full title in the window's tooltip, over the lane or its label
    set_row_tips(
        ax.figure,
        ax,
        [
            (rows - 1 - row - 0.5, rows - 1 - row + 0.5, f"{a.title} ({a.status.label.lower()})")
            for row, a in enumerate(actions)
        ],
    )
    for tick, action in zip(ax.get_yticklabels(), reversed(actions), strict=True):
        if action.overdue:
            tick.set_color(OVERDUE_COLOUR)
            tick.set_fontweight("bold")
    ax.set_ylim(-0.7, rows - 0.3)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    return right


def _room_for_words(
    words: list[tuple[float, float, str, ActionItem]],
    left: float,
    right: float,
    style: Style,
    axis_inches: float,
) -> float:
    """The right end of the axis at which every text after a bar ends inside the axes."""
    for x, _y, text, _action in words:
        # Characters of DejaVu Sans average about 0.58 em; a little gap is added.
        share = (len(text) + 1) * style.small * 0.56 / 72 / axis_inches
        share = min(share, 0.8)
        right = max(right, (x - share * left) / (1 - share))
    return right


def status_handles(actions: Sequence[ActionItem], style: Style, today: dt.date) -> list[object]:
    """Legend entries for the statuses present, milestones and lateness."""
    # Only statuses that colour something: an action with nothing but milestones has no bar.
    coloured = [a for a in actions if a.start is not None or a.end is not None]
    present = [s for s in Status if any(a.status == s for a in coloured)]
    handles: list[object] = [
        Patch(
            facecolor=STATUS_LOOKS[s].colour,
            hatch=STATUS_LOOKS[s].hatch,
            edgecolor=BLACK,
            label=s.label,
        )
        for s in present
    ]
    for done, name in ((False, "milestone"), (True, "milestone_done")):
        if any(m.done == done for a in actions for m in a.milestones):
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="D",
                    markerfacecolor=BLACK if done else "white",
                    markeredgecolor=BLACK,
                    linestyle="none",
                    markersize=style.marker_size,
                    label=LABELS[name],
                )
            )
    if any(a.overdue for a in actions):
        handles.append(
            Patch(
                facecolor="white",
                edgecolor=OVERDUE_COLOUR,
                linewidth=2.4,
                # The colour is Okabe–Ito vermillion; the thick edge carries it in black and white.
                label="Försenad (tjock orangeröd kant)",
            )
        )
    if any(lane_end(a, today)[1] for a in actions):
        handles.append(
            Patch(facecolor="white", edgecolor=BLACK, linestyle="--", label="Inget slutdatum")
        )
    if any(a.start is None and a.end is not None for a in actions):
        handles.append(
            Line2D(
                [],
                [],
                marker="|",
                markersize=style.marker_size * 1.6,
                markeredgewidth=3,
                color=BLACK,
                linestyle="none",
                label="Bara slutdatum",
            )
        )
    return handles
