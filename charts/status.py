"""Chart 5: how many actions have each status, with the late ones counted."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from charts.style import (
    BLACK,
    LABELS,
    OVERDUE_COLOUR,
    STATUS_LOOKS,
    Style,
    add_notes,
    applied,
    message_figure,
    new_figure,
    plain_texts,
    short,
    swedish_date,
    swedish_ticks,
)
from models.chart_data import StatusData


def status_chart(data: StatusData, style: Style | None = None, fig: Figure | None = None) -> Figure:
    style = style or Style()
    if data.total == 0:
        return message_figure(
            LABELS["no_actions"], style, fig, "Lägg till åtgärder under Åtgärder."
        )
    rows = [(s.label, n, STATUS_LOOKS[s].colour, STATUS_LOOKS[s].hatch) for s, n in data.counts]
    rows.append(("Varav försenade", data.overdue, "white", "\\\\"))
    rows.append(("Ej daterade", data.undated, "white", ""))
    with applied(style):
        fig = new_figure(style, 4.6 * style.scale, fig, least=3.6 * style.scale)
        ax = fig.add_subplot()
        positions = list(range(len(rows)))[::-1]
        for y, (label, count, colour, hatch) in zip(positions, rows, strict=True):
            late = label == "Varav försenade"
            ax.barh(
                y,
                count,
                color=colour,
                hatch=hatch,
                height=0.65,
                edgecolor=OVERDUE_COLOUR if late else BLACK,
                linewidth=2.0 if late else 0.8,
                gid=f"bar:{label}",
            )
            ax.text(
                count,
                y,
                f"  {count}",
                va="center",
                ha="left",
                fontsize=style.font,
                color=OVERDUE_COLOUR if late and count else BLACK,
            )
        ax.axhline(positions[len(data.counts)] + 0.5, color="#999999", linewidth=0.8)
        ax.set_yticks(positions)
        ax.set_yticklabels([r[0] for r in rows])
        for tick, row in zip(ax.get_yticklabels(), rows, strict=True):
            if row[0] == "Varav försenade" and data.overdue:
                tick.set_color(OVERDUE_COLOUR)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        swedish_ticks(ax.xaxis)
        most = max(r[1] for r in rows)
        ax.set_xlim(0, most * 1.15 + 1)
        ax.set_xlabel("Antal åtgärder")
        ax.grid(True, axis="x", color="#E5E5E5")
        ax.set_axisbelow(True)
        ax.set_title(
            # from the axes' left edge: about three quarters of the width are left for it
            style.wrap(
                f"Åtgärder per status: {data.total} åtgärder, {data.overdue} försenade "
                f"({swedish_date(data.today)})",
                0.72,
                style.font * 1.1,
            ),
            loc="left",
            fontweight="bold",
        )
        if data.overdue_titles:
            names = ", ".join(f"”{short(t, 40)}”" for t in data.overdue_titles)
            add_notes(fig, [f"Försenade: {names}."], style)
    return plain_texts(fig)
