"""Chart 3: one small panel per service factor, with the periods of the actions aimed at it."""

from __future__ import annotations

import textwrap

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from charts.fit import chars_in, key_legend, legend_below, legend_rows_inches
from charts.lanes import action_dates, lane_end
from charts.nki import area_text
from charts.series import draw_series, extra_handles, value_range
from charts.style import (
    BLACK,
    GREY,
    SHADE_COLOUR,
    Style,
    add_notes,
    applied,
    date_x,
    figure_title,
    message_figure,
    natural_size,
    new_figure,
    number,
    plain_texts,
    side_legend,
    swedish_ticks,
)
from charts.targets import draw_targets, target_values, target_years
from charts.targets import handle as target_handle
from charts.timeaxis import BREAK_MARK_NOTE, mark_break, spans_break, year_span, year_ticks
from models.chart_data import BREAK_NOTE, FactorPanel, FactorsData
from models.codes import Area

COLUMNS = 3


def factors_chart(
    data: FactorsData, style: Style | None = None, fig: Figure | None = None
) -> Figure:
    style = style or Style()
    all_series = [s for p in data.panels for s in p.series]
    dated = [a for p in data.panels for a in p.actions if a.dated]
    if not any(s.shown for s in all_series) and not dated:
        return message_figure(
            "Inga resultat för servicefaktorerna ännu",
            style,
            fig,
            f"Det finns inga värden för {data.group.label.lower()}, {area_text(data.area)} "
            "och inga daterade åtgärder riktade mot en servicefaktor.",
        )
    targets = [t for p in data.panels for t in p.targets]
    years = [p.year for s in all_series for p in s.points] + target_years(targets)
    left, right = year_span(years, action_dates(dated, data.today))
    low, high = value_range(all_series) or (55.0, 85.0)
    for value in target_values(targets):
        low, high = min(low, value), max(high, value)
    bottom, top = max(0.0, (low - 5) // 5 * 5), min(100.0, (high + 7) // 5 * 5)
    few = sum(len(s.shown) for s in all_series) <= 6 * 5
    breaks = data.area == Area.TOTALT and spans_break(left, right)
    # three panels abreast where their titles and years have room, else two
    columns = COLUMNS if style.width * 72 / style.font >= 70 else 2
    with applied(style):
        rows = (len(data.panels) + columns - 1) // columns
        panel_in = 2.7 if not style.large else 3.4
        frame = 1.4 * style.scale + 0.5
        fig = new_figure(
            style, panel_in * rows + 1.6 * style.scale, fig, least=frame + 2.0 * style.scale * rows
        )
        grid = fig.add_gridspec(rows + 1, columns, height_ratios=[*([1.0] * rows), 0.01])
        axes = [[fig.add_subplot(grid[r, c]) for c in range(columns)] for r in range(rows)]
        for row in axes:
            for one in row:
                if one is not axes[0][0]:
                    one.sharex(axes[0][0])
                    one.sharey(axes[0][0])
        title_chars = chars_in(style.width / columns - 0.7 * style.scale, style.font)
        handles: list[object] = []
        for index, panel in enumerate(data.panels):
            ax = axes[index // columns][index % columns]
            series_handles = draw_series(ax, panel.series, style, value_labels=few)
            if not handles and series_handles:
                handles = list(series_handles)
            _shade_actions(ax, panel, data, style)
            draw_targets(ax, panel.targets, style, words=False)
            if breaks:
                mark_break(ax, style, f"break:{panel.factor.value}", words=index == 0)
            if not any(s.shown for s in panel.series):
                ax.text(
                    0.5,
                    0.5,
                    "inga värden ännu",
                    transform=ax.transAxes,
                    ha="center",
                    va="center",
                    color=GREY,
                    style="italic",
                    fontsize=style.small,
                )
            ax.set_title(_panel_title(panel, title_chars), loc="left", fontsize=style.font)
            ax.grid(True, axis="y", color="#E5E5E5")
            last_row = index + columns >= len(data.panels)
            year_ticks(ax, left, right, label=last_row, most=5)
            if not last_row:
                ax.tick_params(axis="x", labelbottom=False)
            if index % columns == 0:
                ax.set_ylabel("Index (0–100)")
            else:
                ax.tick_params(axis="y", labelleft=False)
        for index in range(len(data.panels), rows * columns):
            axes[index // columns][index % columns].set_visible(False)
        axes[0][0].set_ylim(bottom, top)
        for row in axes:
            for ax in row:
                swedish_ticks(ax.yaxis)
        handles.extend(extra_handles(all_series, style))
        if targets:
            handles.append(target_handle(style))
        handles.append(
            Patch(
                facecolor=SHADE_COLOUR,
                alpha=0.45,
                edgecolor=BLACK,
                linewidth=0.5,
                label="Period med åtgärd\nmot faktorn",
            )
        )
        town = f"{data.municipality_name}, " if data.municipality_name else ""
        title = f"Servicefaktorerna – {town}{data.group.label.lower()}, {area_text(data.area)}"
        figure_title(fig, title, style)
        if legend_below(handles, style, 0.2):
            panel_high = max(1.5, (natural_size(fig)[1] - frame - 1.0) / rows)
            key_in = legend_rows_inches(handles, style)
            grid.set_height_ratios([*([1.0] * rows), key_in / panel_high])
            key_legend(fig.add_subplot(grid[-1, :]), handles, style)
        else:
            side_legend(axes[0][columns - 1], handles, style)
        notes = list(data.notes)
        if not any(s.shown for s in all_series):
            notes.append(
                "Inga värden för servicefaktorerna ännu: lägg in dem under Resultat eller "
                "importera dem."
            )
        if breaks and BREAK_NOTE not in notes:
            notes.append(BREAK_MARK_NOTE)
        notes += [f"{check.headline}." for check in targets]
        notes += [
            "Skuggat: tiden från start till slutdatum (eller klar) för åtgärder riktade mot "
            "faktorn; mörkare där flera pågår samtidigt. Tunn linje: milstolpe eller bara slutdatum."
        ]
        add_notes(fig, notes, style)
    return plain_texts(fig)


def _panel_title(panel: FactorPanel, chars: int = 40) -> str:
    """The factor, and under it the latest own value and how many actions aim at it."""
    facts: list[str] = []
    own = [s for s in panel.series if not s.comparison]
    if own and own[0].shown:
        last = max(own[0].shown, key=lambda p: p.year)
        assert last.value is not None
        value = number(last.value, 0 if last.value.is_integer() else 1)
        facts.append(f"{value} år {last.year}" + (" (prel.)" if last.preliminary else ""))
    count = len(panel.actions)
    undated = sum(1 for a in panel.actions if not a.dated)
    facts.append(f"{count} åtgärd{'er' if count != 1 else ''}" if count else "inga åtgärder")
    if undated:
        facts[-1] += f" ({undated} ej daterade)"
    # each fact on a line of its own where the panel is too narrow for them together
    lines = [panel.factor.label]
    for fact in facts:
        if len(lines) > 1 and len(lines[-1]) + len(fact) + 2 <= chars:
            lines[-1] += ", " + fact
        else:
            lines.append(textwrap.fill(fact, max(12, chars)))
    return "\n".join(lines)


def _shade_actions(ax: object, panel: FactorPanel, data: FactorsData, style: Style) -> None:
    for action in panel.actions:
        end, _open = lane_end(action, data.today)
        if action.start is not None and end is not None:
            ax.axvspan(  # type: ignore[attr-defined]
                date_x(action.start),
                date_x(end),
                color=SHADE_COLOUR,
                alpha=0.3,
                zorder=0,
                linewidth=0,
                gid=f"period:{panel.factor.value}:{action.id}",
            )
        else:
            for day in ([end] if end is not None else []) + [m.date for m in action.milestones]:
                ax.axvline(  # type: ignore[attr-defined]
                    date_x(day),
                    color="#8A7A00",
                    linewidth=1.0,
                    zorder=1,
                    gid=f"period:{panel.factor.value}:{action.id}",
                )
