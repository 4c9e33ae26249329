"""The report's "Effekt hittills": the effect of each action in words, grouped by action,
the reasons explained, the footnote on chance and the forest plot; and each action's own
table on its page. A preliminary change is an early sign here too, never a verdict."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from matplotlib.figure import Figure

from charts.effect import effect_chart, lay_out
from charts.page_flow import MUTED, PT, TEXT, Cell, Flow
from charts.report.chart_pages import area_size, chart_area
from charts.style import BLUE, OVERDUE_COLOUR, Style
from models.chart_data import EffectData
from models.effect import (
    EXPLAINED,
    WORDS,
    Effect,
    Reason,
    Verdict,
    change_text,
    figure_text,
    number_text,
    shared_reason,
)
from models.report_data import ReportData

HEADERS = ["Mått, kundgrupp, område", "Före", "Efter", "Förändring", "Bedömning"]
WIDTHS = [130, 80, 90, 60, 170]
INTRO = (
    "För varje åtgärd och varje mått den siktar på (dess servicefaktorer och NKI), i dess "
    "myndighetsområden (totalt när den inte nämner något) och för varje kundgrupp med egna "
    "resultat: före är det sista mätåret före åtgärdens startår, efter det senaste mätåret "
    "efter det; startåret blandar ärenden från före och efter starten och räknas inte. En "
    "förändring är statistiskt säkerställd när den är större än den kombinerade "
    "felmarginalen √(m₁² + m₂²) för de båda åren; annars är den ingen säker förändring. "
    "Med ett preliminärt värde bedöms den inte."
)


def by_action(effects: Sequence[Effect]) -> list[list[Effect]]:
    groups: dict[int, list[Effect]] = {}
    for effect in effects:
        groups.setdefault(effect.action_id, []).append(effect)
    return list(groups.values())


def verdict_text(effect: Effect) -> str:
    if effect.judged:
        text = WORDS[effect.verdict]
    else:
        assert effect.reason is not None
        text = f"{WORDS[Verdict.KAN_INTE_BEDOMAS]}: {WORDS[effect.reason]}"
    if effect.early_sign is not None:
        text += f"; tidig signal: {figure_text(effect.early_sign)}"
    return text


def _row(effect: Effect) -> list[Cell]:
    change = "–"
    if effect.change is not None:
        change = change_text(effect.change)
        if effect.combined_margin is not None and effect.reason != Reason.PRELIMINAR:
            change += f" ±{number_text(effect.combined_margin)}"
        if effect.reason == Reason.PRELIMINAR:
            change += " (prel.)"
    colour = TEXT
    if effect.verdict == Verdict.OKAT:
        colour = BLUE
    elif effect.verdict == Verdict.MINSKAT:
        colour = OVERDUE_COLOUR
    elif not effect.judged:
        colour = MUTED
    return [
        Cell(effect.what),
        Cell(figure_text(effect.before) if effect.before else "–"),
        Cell(figure_text(effect.after) if effect.after else "–"),
        Cell(change, bold=effect.judged),
        Cell(verdict_text(effect), colour=colour),
    ]


def effect_table(flow: Flow, effects: Sequence[Effect]) -> None:
    """One action's rows; when none can be judged for one reason about the years (no start
    date, nothing before or after it yet), one sentence."""
    shared = shared_reason(list(effects))
    if shared is not None:
        flow.text(
            f"{WORDS[Verdict.KAN_INTE_BEDOMAS].capitalize()}: {WORDS[shared]} "
            f"({len(effects)} jämförelser).",
            size=9,
            colour=MUTED,
        )
        return
    flow.table(HEADERS, WIDTHS, [_row(e) for e in effects], size=8)


def _heading(first: Effect) -> str:
    start = f"start {first.start.isoformat()}" if first.start else "inget startdatum"
    return f"{first.action} – {start}"


def effect_section(flow: Flow, data: ReportData, footer_left: str) -> None:
    effect = data.effect
    if effect is None or not (effect.effects or effect.without_rows):
        return  # no actions: nothing to say that the first page does not
    flow.new_page()
    flow.heading("Effekt hittills", 18)
    flow.text(INTRO, size=9, colour=MUTED)
    flow.space(6)
    if not effect.effects:
        flow.text(
            "Inga jämförelser ännu: ingen åtgärd har egna resultat i de myndighetsområden "
            "den siktar på.",
            size=9.5,
        )
        for line in effect.without_rows:
            flow.text(f"{line}.", size=9, bullet=True)
        return
    for effects in by_action(effect.effects):
        flow.heading(_heading(effects[0]), 11.5, after=40)
        flow.continued = f"Effekt hittills – {effects[0].action}"
        effect_table(flow, effects)
        flow.continued = ""
        flow.space(6)
    for line in effect.without_rows:
        flow.text(f"{line}.", size=9, bullet=True)
    flow.space(4)
    if effect.chance:
        flow.text(effect.chance, size=9, bold=True)
        flow.space(4)
    reasons = [r for r in Reason if any(e.reason == r for e in effect.effects)]
    if reasons:
        flow.heading("Varför en jämförelse inte kan bedömas", 11.5, after=30)
        for reason in reasons:
            flow.text(f"{WORDS[reason].capitalize()}: {EXPLAINED[reason]}", size=9, bullet=True)
    _forest_pages(flow, effect, footer_left)


def _forest_pages(flow: Flow, effect: EffectData, footer_left: str) -> None:
    """The forest plot over landscape pages, as many rows a page as their wrapped texts
    leave room for; none when nothing can be judged (the table above says why for every
    row). A page that needs less than the page's height keeps its rows' own height."""
    if not effect.judged:
        flow.space(6)
        flow.text(
            "Ingen jämförelse kan bedömas ännu, så diagrammet över effekterna visas inte.",
            size=9,
            colour=MUTED,
        )
        return
    width, room = area_size()
    style = Style(size=(width, room))

    def page(chunk: Sequence[Effect], last: bool = True) -> EffectData:
        return dataclasses.replace(
            effect,
            effects=tuple(chunk),
            without_rows=effect.without_rows if last else (),
            all_judged=effect.judged,
        )

    over = _overestimate(page(effect.effects[:1]), style, width, room)

    def height(chunk: Sequence[Effect], last: bool = True) -> float:
        return lay_out(page(chunk, last), style).height - over

    chunks = forest_chunks(effect.effects, lambda chunk: height(chunk) <= room)
    for index, chunk in enumerate(chunks, start=1):
        note = f"Effekt av åtgärderna, sida {index} av {len(chunks)}." if len(chunks) > 1 else ""
        last = index == len(chunks)
        area = chart_area(flow, note, footer_left, height(chunk, last) * PT)
        effect_chart(page(chunk, last), style, area)  # type: ignore[arg-type]


def _overestimate(probe: EffectData, style: Style, width: float, room: float) -> float:
    """How much taller `lay_out` reckons the chart than it is on a page, in inches.

    Its height is generous for the window (title, axis and notes are estimated); a page
    by it would stretch its rows and start new pages early. One row drawn on a page tells
    the room its title, axis and notes really take; each further note is still reckoned
    at least as tall as it is (one or two lines)."""
    fig = effect_chart(probe, style, Figure(figsize=(width, room), dpi=PT))
    fig.draw_without_rendering()
    key, rows = fig.axes[0], fig.axes[1]  # the legend's axes, the rows' labels
    inches = (key.get_position().height + rows.get_position().height) * room
    lay = lay_out(probe, style)
    return max(0.0, (lay.height - lay.legend_in - lay.span * lay.line_in) - (room - inches))


def forest_chunks(
    effects: Sequence[Effect], fits: Callable[[list[Effect]], bool]
) -> list[list[Effect]]:
    """The effects split into pages that each `fits`: an action whole where it fits on the
    page begun, else on a new one; an action too long for one page over as many as it needs
    (each part under its own heading). Every page has at least one effect."""
    chunks: list[list[Effect]] = [[]]
    for group in by_action(effects):
        if fits(chunks[-1] + group):
            chunks[-1].extend(group)
            continue
        if chunks[-1]:
            chunks.append([])
        for one in group:
            if chunks[-1] and not fits(chunks[-1] + [one]):
                chunks.append([])
            chunks[-1].append(one)
    return chunks
