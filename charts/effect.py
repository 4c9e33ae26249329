"""Chart 6: did it work? A forest plot of the effect of each action on what it aims at.

One row per action × measure × area × customer group (models.effect): the change from the
last year before the start to the latest year after it as a point, the combined margin
√(m₁² + m₂²) as a bar around it, a line at zero. The verdict is read from the marker's
shape and fill as well as its colour (▲ filled: a statistically sure increase, ▼ filled: a
decrease, ○ hollow: no sure change), so the chart reads in black and white. Rows that
cannot be judged have no point: the column on the right gives the reason in words. A
preliminary change is never drawn; it is an early sign, not a verdict.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import blended_transform_factory

from charts.fit import legend_columns
from charts.style import (
    BLACK,
    BLUE,
    GREY,
    ROW_TIPS,
    VERMILLION,
    RowTips,
    Style,
    add_notes,
    applied,
    figure_title,
    message_figure,
    new_figure,
    plain_texts,
    swedish_ticks,
)
from models.chart_data import EffectData
from models.effect import (
    WORDS,
    Effect,
    Reason,
    Verdict,
    change_text,
    effect_line,
    figure_text,
    number_text,
    shared_reason,
)


@dataclass(frozen=True)
class VerdictLook:
    marker: str
    colour: str
    filled: bool
    label: str


VERDICT_LOOKS = {
    Verdict.OKAT: VerdictLook("^", BLUE, True, "Statistiskt säkerställd ökning"),
    Verdict.MINSKAT: VerdictLook("v", VERMILLION, True, "Statistiskt säkerställd minskning"),
    Verdict.INGEN_SAKER_FORANDRING: VerdictLook("o", BLACK, False, "Ingen säker förändring"),
}
LABEL_LINES = 2  # at most, in the left column; the full text is in the tooltip and report
COLUMNS = (3.0, 3.4, 3.6)  # label, plot, words: shares of the width


@dataclass(frozen=True)
class Row:
    """One line of the plot: an action's heading, an effect, or an action's rows in one."""

    label: str
    words: str
    tip: str
    effect: Effect | None = None
    heading: bool = False


def rows_of(data: EffectData) -> list[Row]:
    """The rows top down: each action's heading, then its effect rows.

    When no row of an action can be judged for one reason about the years (no start date,
    nothing before or after it yet), its rows are one line that says so, rather than a
    column of the same reason.
    """
    rows: list[Row] = []
    by_action: dict[int, list[Effect]] = {}
    for effect in data.effects:
        by_action.setdefault(effect.action_id, []).append(effect)
    for found in by_action.values():
        first = found[0]
        start = f"start {first.start.isoformat()}" if first.start else "inget startdatum"
        if not data.action_title:
            rows.append(Row(first.action, start, f"{first.action} ({start})", heading=True))
        shared = shared_reason(found)
        if shared is not None:
            rows.append(
                Row(
                    f"alla {len(found)} jämförelser",
                    f"{WORDS[Verdict.KAN_INTE_BEDOMAS]}: {WORDS[shared]}",
                    f"{first.action}: {len(found)} jämförelser kan inte bedömas: {WORDS[shared]}",
                )
            )
            continue
        rows.extend(Row(e.what, words_of(e), effect_line(e), e) for e in found)
    return rows


def words_of(effect: Effect) -> str:
    """The right-hand column: the figures and the verdict, or why there is none."""
    figures = ""
    if effect.before is not None and effect.after is not None:
        figures = (
            f"{number_text(effect.before.value)} → {number_text(effect.after.value)} "
            f"({effect.before.year}–{effect.after.year}"
            f"{', prel.' if effect.after.preliminary or effect.before.preliminary else ''})"
        )
    if effect.judged:
        assert effect.change is not None and effect.combined_margin is not None
        text = (
            f"{figures}: {change_text(effect.change)} "
            f"±{number_text(effect.combined_margin)}; {WORDS[effect.verdict]}"
        )
    else:
        assert effect.reason is not None
        reason = WORDS[effect.reason]
        if effect.reason == Reason.PRELIMINAR and effect.change is not None:
            # an early sign in words only: never a point, never a verdict
            text = f"{figures}: {change_text(effect.change)}; {reason}"
        else:
            text = f"{WORDS[Verdict.KAN_INTE_BEDOMAS]}: {reason}"
    if effect.early_sign is not None:
        text += f"; tidig signal: {figure_text(effect.early_sign)}"
    return text


def _wrap(text: str, inches: float, size: float, lines: int | None = None) -> str:
    """Broken into lines that fill `inches` at `size` points; cut with "…" after `lines`."""
    chars = max(12, int(inches * 72 / (size * 0.62)))
    wrapped = textwrap.wrap(text, chars) or [""]
    if lines is not None and len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: chars - 1].rstrip() + "…"
    return "\n".join(wrapped)


@dataclass(frozen=True)
class Layout:
    """The forest plot's rows laid out for a style: each row as tall as its longest wrapped
    text, and the height the whole chart needs for them (the report pages by it)."""

    columns: tuple[float, ...]
    rows: list[tuple[Row, str, str, float]]  # row, label, words, height in lines
    span: float  # lines, all rows
    line_in: float  # inches a line
    notes: list[str]
    legend_columns: int
    legend_in: float
    height: float  # inches: title, legend, rows, axis and notes


def lay_out(data: EffectData, style: Style, words: bool = True) -> Layout:
    rows = rows_of(data)
    columns = COLUMNS if words else COLUMNS[:2]
    total = sum(columns)
    label_in = style.width * columns[0] / total * 0.92
    words_in = style.width * COLUMNS[2] / total * 0.92
    size = style.small
    laid: list[tuple[Row, str, str, float]] = []
    for row in rows:
        label = _wrap(row.label, label_in, size, LABEL_LINES)
        text = _wrap(row.words, words_in, size, 3) if words else ""
        lines = max(label.count("\n"), text.count("\n")) + 1
        laid.append((row, label, text, lines + (0.5 if row.heading else 0.7)))
    span = float(sum(h for *_, h in laid))
    line_in = size * 1.3 / 72
    notes = _notes(data, rows)
    # two columns of the key when they fit the width (large text in a narrow window: one)
    columns_key = min(2 if words else 1, legend_columns(_handles(style), style))
    key_rows = -(-(len(VERDICT_LOOKS) + 1) // columns_key)  # the verdicts and the margin
    legend_in = 0.25 * key_rows * style.scale
    height = (
        1.4 * style.scale
        + legend_in
        + span * line_in
        + 0.17 * style.scale * (len(notes) + 1) * (1.6 if words else 3.2)
    )
    return Layout(columns, laid, span, line_in, notes, columns_key, legend_in, height)


def effect_chart(
    data: EffectData, style: Style | None = None, fig: Figure | None = None, words: bool = True
) -> Figure:
    """The forest plot; without `words`, only the labels and the plot (for a narrow panel
    that lists the rows in words itself)."""
    style = style or Style()
    title = (
        f"Effekt av ”{data.action_title}”"
        if data.action_title
        else "Effekt av åtgärderna"
        + (f" – {data.municipality_name}" if data.municipality_name else "")
    )
    if not data.effects:
        detail = "Ingen åtgärd har egna resultat före och efter sin start att jämföra."
        if data.without_rows:
            detail += " " + "; ".join(data.without_rows) + "."
        return message_figure("Inga jämförelser ännu", style, fig, detail)
    lay = lay_out(data, style, words)
    laid, span, notes, size = lay.rows, lay.span, lay.notes, style.small
    with applied(style):
        fig = new_figure(style, lay.height, fig, least=lay.height)  # its rows need it all
        grid = fig.add_gridspec(
            2,
            len(lay.columns),
            width_ratios=lay.columns,
            height_ratios=[lay.legend_in, span * lay.line_in],
            wspace=0.02,
        )
        key = fig.add_subplot(grid[0, :])
        label_ax = fig.add_subplot(grid[1, 0])
        ax = fig.add_subplot(grid[1, 1], sharey=label_ax)
        words_ax = fig.add_subplot(grid[1, 2], sharey=label_ax) if words else None
        row_axes = [label_ax, ax] + ([words_ax] if words_ax is not None else [])
        tips: list[tuple[float, float, str]] = []
        top = float(span)
        widest = 5.0
        for index, (row, label, text, tall) in enumerate(laid):
            y = top - tall / 2
            tips.append((top - tall, top, row.tip))
            top -= tall
            weight = "bold" if row.heading else "normal"
            _column_text(label_ax, y, label, size, weight, BLACK, f"label:{index}")
            judged = row.effect is not None and row.effect.judged
            if words_ax is not None:
                colour = BLACK if judged or row.heading else "#555555"
                _column_text(words_ax, y, text, size, "normal", colour, f"words:{index}")
            if row.heading and index:
                for axes in row_axes:
                    axes.axhline(y + tall / 2, color="#CCCCCC", linewidth=0.8, zorder=0)
            if judged:
                assert row.effect is not None
                widest = max(widest, _draw_effect(ax, row.effect, y, style, index))
        setattr(fig, ROW_TIPS, RowTips(tuple(row_axes), tuple(tips)))
        for axes in row_axes:
            if axes is not ax:
                axes.set_axis_off()
        ax.tick_params(axis="y", left=False, labelleft=False)
        ax.set_ylim(0, span)
        ax.spines["left"].set_visible(False)
        limit = widest * 1.15
        ax.set_xlim(-limit, limit)
        ax.axvline(0, color=GREY, linewidth=1.2, zorder=1, gid="zero")
        ax.grid(True, axis="x", color="#E5E5E5")
        swedish_ticks(ax.xaxis)
        ax.set_xlabel(
            "Förändring (indexenheter): efter − före" if words else "Förändring: efter − före"
        )
        key.set_axis_off()
        key.legend(
            handles=_handles(style),
            loc="center",
            ncols=lay.legend_columns,
            frameon=False,
            fontsize=style.small,
        )
        figure_title(fig, title, style)
        add_notes(fig, notes, style)
    return plain_texts(fig)


def _column_text(
    ax: Axes, y: float, text: str, size: float, weight: str, colour: str, gid: str
) -> None:
    ax.text(
        0.0,
        y,
        text,
        transform=blended_transform_factory(ax.transAxes, ax.transData),
        ha="left",
        va="center",
        fontsize=size,
        fontweight=weight,
        color=colour,
        linespacing=1.15,
        parse_math=False,
        gid=gid,
    )


def _draw_effect(ax: Axes, effect: Effect, y: float, style: Style, index: int) -> float:
    """The point and its bar; returns how far from zero they reach."""
    assert effect.change is not None and effect.combined_margin is not None
    look = VERDICT_LOOKS[effect.verdict]
    ax.errorbar(
        [effect.change],
        [y],
        xerr=[effect.combined_margin],
        fmt="none",
        ecolor=look.colour,
        elinewidth=1.6,
        capsize=4 * style.scale,
        zorder=2,
        gid=f"margin:{index}",
    )
    ax.plot(
        [effect.change],
        [y],
        linestyle="none",
        marker=look.marker,
        markersize=style.marker_size * 1.15,
        markeredgecolor=look.colour,
        markeredgewidth=1.6,
        markerfacecolor=look.colour if look.filled else "white",
        zorder=3,
        gid=f"verdict:{index}:{effect.verdict.value}",
    )
    return abs(effect.change) + effect.combined_margin


def _handles(style: Style) -> list[Line2D]:
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=look.marker,
            markersize=style.marker_size,
            markeredgecolor=look.colour,
            markeredgewidth=1.6,
            markerfacecolor=look.colour if look.filled else "white",
            label=look.label,
        )
        for look in VERDICT_LOOKS.values()
    ]
    handles.append(
        Line2D(
            [],
            [],
            color=BLACK,
            marker="|",
            markersize=10,
            linewidth=1.6,
            label="Den kombinerade felmarginalen √(m₁² + m₂²)",
        )
    )
    return handles


def _notes(data: EffectData, rows: Sequence[Row]) -> list[str]:
    effects = [r.effect for r in rows if r.effect is not None]
    notes = [
        "Punkten är förändringen från det sista mätåret före åtgärdens startår till det "
        "senaste efter det (startåret blandar ärenden från före och efter starten och räknas "
        "inte); strecket är den kombinerade felmarginalen √(m₁² + m₂²) för de båda åren. "
        "Förändringen är statistiskt säkerställd när hela strecket ligger på ena sidan om noll."
    ]
    if data.chance:
        notes.append(data.chance)
    if any(e.reason == Reason.PRELIMINAR for e in effects):
        notes.append(
            "Preliminära värden ritas inte: en förändring med ett preliminärt värde är en "
            "tidig signal som bedöms först med de slutliga siffrorna."
        )
    if any(v is not None and v.margin_estimated for e in effects for v in (e.before, e.after)):
        notes.append("Felmarginalen är uppskattad från antalet svar där den inte är angiven.")
    notes.extend(f"{line}." for line in data.without_rows)
    return notes
