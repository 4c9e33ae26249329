"""The report's "Sedan förra mötet": the net changes since the last report, from the log.

Actions by their titles now ("(hette: …)" when renamed in the period), comments by their
own date, one typed in afterwards marked so."""

from __future__ import annotations

from collections.abc import Sequence

from charts.page_flow import MUTED, Cell, Flow
from models.report_data import (
    Event,
    ReportData,
)


def _events(flow: Flow, heading: str, events: Sequence[Event], with_text: bool = True) -> None:
    flow.heading(f"{heading} ({len(events)})", 11.5, after=30)
    if not events:
        flow.text("Inga.", colour=MUTED, size=9)
        flow.space(4)
        return
    if with_text:
        rows = [
            [
                Cell(f"{e.at:%Y-%m-%d}" + (f" ({e.note})" if e.note else "")),
                Cell(e.title, bold=True),
                Cell(e.text),
                Cell(e.who, colour=MUTED),
            ]
            for e in events
        ]
        flow.table(["Datum", "Åtgärd", "Vad", "Vem"], [55, 150, 210, 75], rows, size=8.5)
    else:
        rows = [
            [Cell(f"{e.at:%Y-%m-%d}"), Cell(e.title, bold=True), Cell(e.who, colour=MUTED)]
            for e in events
        ]
        flow.table(["Datum", "Åtgärd", "Vem"], [55, 360, 75], rows, size=8.5)
    flow.space(8)


def since_page(flow: Flow, data: ReportData) -> None:
    since = data.since
    flow.new_page()
    flow.heading("Sedan förra mötet", 18)
    flow.text(f"Det som hänt {since.reason}.", colour=MUTED)
    flow.space(8)
    if since.empty:
        flow.text(
            "Inga ändringar av status eller slutdatum, inga nya kommentarer och inga nya "
            "eller avslutade åtgärder under perioden."
        )
        return
    _events(flow, "Nya åtgärder", since.new_actions, with_text=False)
    _events(flow, "Klara åtgärder", since.finished, with_text=False)
    _events(flow, "Ändrad status", since.status_changes)
    _events(flow, "Ändrat slutdatum", since.due_changes)
    if since.renamed:
        _events(flow, "Nytt namn", since.renamed)
    _events(flow, "Nya kommentarer", since.comments)
    if since.removed:
        _events(flow, "Borttagna åtgärder", since.removed, with_text=False)
