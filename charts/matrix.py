"""Chart 4: which action aims at which service factor, with each factor's latest value."""

from __future__ import annotations

from matplotlib.figure import Figure

from charts.fit import CHAR_EM, chars_in, text_inches
from charts.nki import area_text
from charts.style import (
    BLACK,
    LABELS,
    OVERDUE_COLOUR,
    Style,
    add_notes,
    applied,
    figure_title,
    message_figure,
    new_figure,
    number,
    plain_texts,
    set_row_tips,
    short_distinct,
    signed,
)
from models.chart_data import FactorSummary, MatrixData
from models.stats import PRELIMINARY_NOTE


def factor_header(summary: FactorSummary) -> str:
    """The column head: the factor, its latest value and its change, in Swedish."""
    lines = [summary.factor.label]
    if summary.value is None or summary.year is None:
        return "\n".join([*lines, "inget värde", "", ""])
    value = number(summary.value, 0 if summary.value.is_integer() else 1)
    lines.append(f"{value} år {summary.year}")
    if summary.preliminary:
        lines.append("(preliminärt)")
    if summary.difference is not None and summary.previous_year is not None:
        arrow = "↑" if summary.difference > 0 else "↓" if summary.difference < 0 else "→"
        verdict = {True: "säkerställd", False: "inom felm.", None: "felm. okänd"}[summary.real]
        if summary.real is None and summary.note == PRELIMINARY_NOTE:
            verdict = "preliminärt"
        lines += [f"{arrow} {signed(summary.difference)} mot {summary.previous_year}", verdict]
    elif summary.previous_year is not None:
        lines += ["ej jämförbar", f"med {summary.previous_year}"]
    else:
        lines += ["första året", ""]
    return "\n".join(lines)


def matrix_chart(data: MatrixData, style: Style | None = None, fig: Figure | None = None) -> Figure:
    style = style or Style()
    if not data.actions:
        return message_figure(
            LABELS["no_actions"], style, fig, "Lägg till åtgärder under Åtgärder."
        )
    actions = data.actions
    factors = [s.factor for s in data.factors]
    rows = len(actions)
    headers = [factor_header(s) for s in data.factors]
    widest = max((len(line) for h in headers for line in h.split("\n")), default=10)
    # the columns take what their heads need; the titles on the left what is over, their
    # full text in the window's tooltip; the heads get smaller before the titles get too short
    header_size = style.small
    titles_in = style.width - len(factors) * text_inches(widest + 1, header_size) - 0.5
    if titles_in < text_inches(18, style.small):
        titles_in = text_inches(18, style.small)
        column_in = (style.width - titles_in - 0.5) / max(1, len(factors))
        header_size = max(6.0, column_in * 72 / ((widest + 1) * CHAR_EM))
    title_length = min(60, max(14, chars_in(titles_in, style.small) - 12))
    with applied(style):
        row_in = 0.36 if style.large else 0.28
        natural = 2.6 * style.scale + row_in * (rows + 1)
        fig = new_figure(style, natural, fig, least=natural)  # its rows need it all
        ax = fig.add_subplot()
        for row, action in enumerate(actions):
            y = rows - row
            for column, factor in enumerate(factors):
                if factor in action.factors:
                    ax.plot(
                        [column],
                        [y],
                        marker="o",
                        markersize=style.marker_size * 1.3,
                        color=BLACK,
                        linestyle="none",
                        gid=f"cell:{action.id}:{factor.value}",
                    )
        for column, factor in enumerate(factors):
            count = sum(1 for a in actions if factor in a.factors)
            ax.text(
                column,
                0,
                str(count),
                ha="center",
                va="center",
                fontsize=style.font,
                gid=f"count:{factor.value}",
            )
        ax.axhline(0.5, color=BLACK, linewidth=0.8)
        ax.set_xlim(-0.5, len(factors) - 0.5)
        ax.set_ylim(-0.6, rows + 0.6)
        ax.set_xticks(range(len(factors)))
        ax.set_xticklabels(headers, fontsize=header_size)
        ax.xaxis.tick_top()
        ax.set_yticks(range(rows + 1))
        titles = short_distinct([a.title for a in reversed(actions)], title_length)
        labels = ["Antal åtgärder"] + [
            f"{title} ({a.status.label.lower()})"
            for title, a in zip(titles, reversed(actions), strict=True)
        ]
        ax.set_yticklabels(labels)
        set_row_tips(
            fig,
            ax,
            [
                (rows - row - 0.5, rows - row + 0.5, f"{a.title} ({a.status.label.lower()})")
                for row, a in enumerate(actions)
            ],
        )
        for tick, action in zip(ax.get_yticklabels()[1:], reversed(actions), strict=True):
            if action.overdue:
                tick.set_color(OVERDUE_COLOUR)
        ax.set_xticks([c + 0.5 for c in range(len(factors) - 1)], minor=True)
        ax.set_yticks([r + 0.5 for r in range(1, rows)], minor=True)
        ax.grid(True, which="minor", color="#DDDDDD")
        ax.tick_params(which="both", length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        figure_title(
            fig,
            f"Åtgärder och servicefaktorer – senaste värde för {data.group.label.lower()}, "
            f"{area_text(data.area)}",
            style,
        )
        notes = [
            "● = åtgärden riktar sig mot faktorn. Förändringen är ”säkerställd” (statistiskt "
            "säkerställd) när den är större än den kombinerade felmarginalen √(m₁² + m₂²), "
            "”inom felm.” när den kan vara slump; med ett preliminärt värde bedöms den inte."
        ]
        if any(a.overdue for a in actions):
            notes.append("Röd titel: åtgärden är försenad.")
        add_notes(fig, notes, style)
    return plain_texts(fig)
