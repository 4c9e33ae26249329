"""Chart 1: NKI over the years, with the actions on the same time axis below it."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from charts.fit import chars_in, key_legend, legend_below, legend_rows_inches
from charts.lanes import action_dates, draw_lanes, status_handles
from charts.series import draw_series, extra_handles, value_range
from charts.style import (
    BLACK,
    HIGH_BAND_COLOUR,
    LABELS,
    Style,
    add_notes,
    applied,
    figure_title,
    message_figure,
    natural_size,
    new_figure,
    notes_inches,
    number,
    plain_texts,
    side_legend,
    swedish_ticks,
    title_inches,
)
from charts.targets import draw_targets, target_values, target_years
from charts.timeaxis import mark_break, year_span, year_ticks
from models.chart_data import NkiData
from models.codes import Area


def area_text(area: Area) -> str:
    return "alla myndighetsområden (totalt)" if area == Area.TOTALT else area.label.lower()


def nki_chart(data: NkiData, style: Style | None = None, fig: Figure | None = None) -> Figure:
    style = style or Style()
    if not any(s.shown for s in data.series):
        hidden = any(s.points for s in data.series)
        return message_figure(
            "Inga NKI-värden att visa" if hidden else LABELS["no_results"],
            style,
            fig,
            "Alla värden har för få svar för att visas."
            if hidden
            else f"Det finns inga NKI-resultat för {area_text(data.area)} än. "
            "Lägg in dem under Resultat eller importera dem.",
        )
    dated = [a for a in data.actions if a.dated]
    undated = [a for a in data.actions if not a.dated]
    notes = list(data.notes)
    if undated:
        names = ", ".join(f"”{a.title}”" for a in undated)
        notes.append(f"Ej daterade åtgärder, utan bana på tidsaxeln ({len(undated)}): {names}.")
    years = [p.year for s in data.series for p in s.points] + target_years(data.targets)
    left, right = year_span(years, action_dates(dated, data.today))
    title = "NKI över åren"
    if data.municipality_name:
        title += f" – {data.municipality_name}"
    title = f"{title}, {area_text(data.area)}"
    with applied(style):
        lane_height = 0.42 if style.large else 0.3
        lanes_in = max(1.0, lane_height * len(dated) + 0.6) if dated else 0.0
        frame = title_inches(title, style) + notes_inches(notes, style) + 0.6 * style.scale
        key_in = 1.2 * style.scale if style.narrow else 0.0
        least_plot = 2.4 * style.scale
        natural = (5.6 if style.large else 4.2) + lanes_in + notes_inches(notes, style)
        fig = new_figure(style, natural, fig, least=frame + key_in + lanes_in + least_plot)
        plot_in = max(least_plot, natural_size(fig)[1] - frame - key_in - lanes_in)
        ratios = [plot_in] + ([lanes_in] if dated else [])
        grid = fig.add_gridspec(len(ratios) + 1, 1, height_ratios=[*ratios, 0.01])
        ax = fig.add_subplot(grid[0])
        lanes = fig.add_subplot(grid[1], sharex=ax) if dated else None
        handles: list[object] = list(draw_series(ax, data.series, style, _label_values(data)))
        low, high = value_range(data.series) or (50.0, 80.0)
        if data.target is not None:
            low, high = min(low, data.target), max(high, data.target)
        for value in target_values(data.targets):
            low, high = min(low, value), max(high, value)
        if data.high_from is not None:
            high = max(high, data.high_from + 4)
        bottom = max(0.0, (low - 6) // 5 * 5)
        top = min(100.0, (high + 8) // 5 * 5)
        if data.high_from is not None and data.high_from < top:
            ax.axhspan(data.high_from, 100, color=HIGH_BAND_COLOUR, zorder=0, gid="high_band")
            handles.append(
                Patch(
                    color=HIGH_BAND_COLOUR,
                    label=f"{data.high_label.capitalize()} (≥ {number(data.high_from)})",
                )
            )
        if data.target is not None:
            ax.axhline(data.target, color=BLACK, linestyle=(0, (6, 3)), linewidth=1.3, gid="target")
            handles.append(
                Line2D(
                    [],
                    [],
                    color=BLACK,
                    linestyle=(0, (6, 3)),
                    linewidth=1.3,
                    label=f"{LABELS['target']} {number(data.target)}",
                )
            )
        handles.extend(draw_targets(ax, data.targets, style))
        if any(s.crosses_break() for s in data.series):
            mark_break(ax, style)
        handles.extend(extra_handles(data.series, style))
        ax.set_ylim(bottom, top)
        swedish_ticks(ax.yaxis)
        ax.set_ylabel(LABELS["nki"])
        figure_title(fig, title, style)
        ax.grid(True, axis="y", color="#E5E5E5")
        year_ticks(ax, left, right, label=lanes is None)
        if lanes is None:
            ax.set_xlabel(LABELS["year"])
        else:
            title_length = min(40, max(14, chars_in(0.2 * style.width, style.small)))
            draw_lanes(lanes, dated, style, data.today, (left, right), title_length=title_length)
            year_ticks(lanes, left, right)
            lanes.set_xlabel(LABELS["year"])
            lanes.set_title(LABELS["actions"], loc="left", fontsize=style.font)
            ax.tick_params(axis="x", labelbottom=False)
        lane_handles = status_handles(dated, style, data.today) if lanes is not None else []
        if legend_below([*handles, *lane_handles], style):
            # too narrow for legends beside the plot: one legend in a row below it
            key = fig.add_subplot(grid[-1])
            grid.set_height_ratios([*ratios, legend_rows_inches([*handles, *lane_handles], style)])
            key_legend(key, [*handles, *lane_handles], style)
        else:
            if lanes is not None:
                side_legend(lanes, lane_handles, style)
            side_legend(ax, handles, style)
        add_notes(fig, notes, style)
    return plain_texts(fig)


def _label_values(data: NkiData) -> bool:
    """Numbers beside the points while there are few enough not to crowd each other."""
    return sum(len(s.shown) for s in data.series) <= 14
