"""The report's first page: the latest NKI, the targets, the actions by status, the late
and the soon-due ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from charts.page_flow import MUTED, Cell, Flow
from charts.report.common import TITLE, date_text, place
from charts.style import (
    GREEN,
    OVERDUE_COLOUR,
    number,
    signed,
)
from models.report_data import (
    ActionReport,
    NkiLine,
    ReportData,
)
from models.targets import TargetStatus


def _nki_row(line: NkiLine) -> list[Cell]:
    value = number(line.value, 0 if line.value.is_integer() else 1)
    if line.preliminary:
        value += " (prel.)"
    if line.previous_year is None:
        change = "inget år före att jämföra med"
    elif line.difference is None:
        change = f"{line.previous_year}: {number(line.previous_value or 0)}; {line.change_note}"
    else:
        change = f"{signed(line.difference)} från {line.previous_year}; {line.change_note}"
    if line.preliminary_year is not None and line.preliminary_value is not None:
        shown = number(line.preliminary_value, 0 if line.preliminary_value.is_integer() else 1)
        counted = f", {line.preliminary_answers} svar" if line.preliminary_answers else ""
        change += (
            f". Nyare, preliminärt: {shown} ({line.preliminary_year}{counted}); "
            f"{line.preliminary_note}"
        )
    elif line.preliminary and line.preliminary_note:
        change += f"; {line.preliminary_note}"
    answers = str(line.answers) if line.answers is not None else "okänt"
    colour = (
        GREEN
        if line.real and (line.difference or 0) > 0
        else (OVERDUE_COLOUR if line.real else "#111111")
    )
    return [
        Cell(line.group.label, bold=True),
        Cell(str(line.year)),
        Cell(value, bold=True),
        Cell(answers),
        Cell(line.margin_note),
        Cell(change, colour=colour),
    ]


def first_page(flow: Flow, data: ReportData) -> None:
    flow.masthead(
        f"{TITLE} – {place(data)}",
        f"Insikt (NKI) och arbetsgruppens förbättringsåtgärder · {data.made_at:%Y-%m-%d}",
        22,
    )
    flow.heading("Senaste NKI", 13)
    if data.nki:
        flow.table(
            ["Kundgrupp", "År", "NKI", "Svar", "Felmarginal", "Förändring från året före"],
            [66, 30, 50, 35, 115, 209],
            [_nki_row(line) for line in data.nki],
            size=8.5,
        )
        flow.space(3)
        flow.text(
            "En förändring är statistiskt säkerställd bara om den är större än den kombinerade "
            "felmarginalen √(m₁² + m₂²) för de båda åren; med ett preliminärt värde bedöms den "
            "inte. Källor och förklaringar finns sist i underlaget.",
            size=8,
            colour=MUTED,
        )
    else:
        flow.text("Inga NKI-resultat för kommunen ännu.", colour=MUTED)
    flow.space(8)
    _targets(flow, data)
    flow.space(10)
    flow.heading("Åtgärder per status", 13)
    total = sum(n for _, n in data.counts)
    flow.table(
        [s.label for s, _ in data.counts] + ["Totalt", "Försenade"],
        [1] * (len(data.counts) + 2),
        [
            [Cell(str(n)) for _, n in data.counts]
            + [
                Cell(str(total), bold=True),
                Cell(
                    str(len(data.overdue)),
                    bold=bool(data.overdue),
                    colour=OVERDUE_COLOUR if data.overdue else "#111111",
                ),
            ]
        ],
        size=9,
        shade=False,
    )
    since = data.since
    flow.space(4)
    flow.text(
        f"Sedan förra mötet: {len(since.new_actions)} nya åtgärder, {len(since.finished)} klara, "
        f"{len(since.status_changes)} ändrade status, {len(since.comments)} nya kommentarer "
        f"({since.reason}; se avsnittet Sedan förra mötet).",
        size=9,
    )
    flow.space(10)
    flow.heading(f"Försenade åtgärder ({len(data.overdue)})", 13)
    _due_list(flow, data.overdue, data.today, "Inga försenade åtgärder.")
    flow.space(8)
    flow.heading(f"Ska vara klara inom {data.due_soon_days} dagar ({len(data.due_soon)})", 13)
    _due_list(flow, data.due_soon, data.today, "Inga åtgärder ska vara klara de närmaste dagarna.")


def _due_list(flow: Flow, actions: Sequence[ActionReport], today: dt.date, empty: str) -> None:
    if not actions:
        flow.text(empty, colour=MUTED)
        return
    rows = []
    for a in actions:
        days = (a.due - today).days if a.due else 0
        when = (
            f"{abs(days)} dagar sen" if days < 0 else ("idag" if days == 0 else f"om {days} dagar")
        )
        rows.append(
            [
                Cell(a.title, bold=True),
                Cell(
                    f"{date_text(a.due)} ({when})", colour=OVERDUE_COLOUR if days < 0 else "#111111"
                ),
                Cell(a.owner or "ingen ansvarig"),
                Cell(f"{a.status.label}, {a.progress} %"),
            ]
        )
    flow.table(
        ["Åtgärd", "Klart senast", "Ansvarig", "Status"], [190, 110, 100, 80], rows, size=8.5
    )


def _targets(flow: Flow, data: ReportData) -> None:
    """The targets with their status in words: "Mål NKI företag 2025: 75 – inte mätt ännu"."""
    flow.heading(f"Mål ({len(data.targets)})", 13, after=20)
    if not data.targets:
        flow.text(
            "Inga mål satta ännu (sätts under Resultat eller Diagram i programmet).",
            size=9,
            colour=MUTED,
        )
        return
    for check in data.targets:
        colour = GREEN if check.status == TargetStatus.NATT else "#111111"
        flow.text(check.headline, size=9, bullet=True, colour=colour)
