"""The report's table of all actions and one page per action."""

from __future__ import annotations

from charts.page_flow import MUTED, Cell, Flow
from charts.report.common import date_text
from charts.report.effect import effect_table
from charts.report.factor_trend import factor_trend, where
from charts.style import (
    OVERDUE_COLOUR,
)
from models.report_data import (
    ActionReport,
    ReportData,
)

COMMENT_CHARS = 220  # of the latest comment in the table of actions; all of it on the action's page


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + " …"


def action_table(flow: Flow, data: ReportData) -> None:
    flow.space(16)
    flow.heading(f"Alla åtgärder ({len(data.actions)})", 18, after=80)
    if not data.actions:
        flow.text("Inga åtgärder ännu.", colour=MUTED)
        return
    rows = []
    for a in data.actions:
        latest = a.latest_comment
        comment = f"{latest.date}: {_shorten(latest.text, COMMENT_CHARS)}" if latest else ""
        due = date_text(a.due) + (" försenad" if a.overdue else "")
        rows.append(
            [
                Cell(a.title, bold=True),
                Cell(a.owner),
                Cell(a.unit),
                Cell(a.status.label),
                Cell(due, bold=a.overdue, colour=OVERDUE_COLOUR if a.overdue else "#111111"),
                Cell(f"{a.progress} %"),
                Cell(comment),
            ]
        )
    flow.continued = "Alla åtgärder"
    flow.table(
        ["Åtgärd", "Ansvarig", "Enhet", "Status", "Klart senast", "Fram-steg", "Senaste kommentar"],
        [124, 62, 62, 54, 56, 34, 160],
        rows,
        size=7.5,
    )
    flow.continued = ""


# ------------------------------------------------------------------ 5. one page per action


def action_page(flow: Flow, data: ReportData, action: ActionReport) -> None:
    flow.new_page()
    flow.continued = action.title
    flow.heading(action.title, 15, after=60)
    status = f"{action.status.label}, {action.progress} %"
    if action.overdue:
        status += " – FÖRSENAD"
    flow.fields(
        [
            ("Status", status),
            ("Bedömning", action.assessment),
            ("Ansvarig", action.owner),
            ("Enhet", action.unit),
            ("Start", date_text(action.start)),
            ("Klart senast", date_text(action.due)),
            ("Klar datum", date_text(action.completed)),
            ("Servicefaktorer", ", ".join(action.factors)),
            ("Myndighetsområden", ", ".join(action.areas)),
            ("Beskrivning", action.description),
            ("Förväntad effekt", action.expected_effect),
            ("Senast ändrad", f"{action.updated} (version {action.version})"),
        ]
    )
    flow.space(6)
    flow.heading("Milstolpar", 11.5, after=14)
    if action.milestones:
        for m in action.milestones:
            flow.text("• " + m, size=9.5, indent=6)
    else:
        flow.text("Inga milstolpar.", size=9.5, colour=MUTED)
    flow.space(6)
    factor_trend(flow, data, action)
    flow.space(6)
    mine = [e for e in (data.effect.effects if data.effect else ()) if e.action_id == action.id]
    flow.heading(f"Effekt ({where(action)})", 11.5, after=40)
    if mine:
        effect_table(flow, mine)
    else:
        flow.text(
            f"Inga egna resultat för {where(action)} ännu att jämföra före och efter starten.",
            size=9,
            colour=MUTED,
        )
    flow.space(6)
    count = len(action.comments)
    flow.heading(
        f"Uppföljning ({count} {'kommentar' if count == 1 else 'kommentarer'}"
        f"{', senaste först' if count > 1 else ''})",
        11.5,
        after=24,
    )
    if not action.comments:
        flow.text("Inga kommentarer ännu.", size=9.5, colour=MUTED)
    for c in action.comments:
        flow.text(
            f"{c.date} · {c.author} · {c.status.label}, {c.progress} %",
            size=8.5,
            bold=True,
            colour=MUTED,
        )
        flow.text(c.text, size=9.5, indent=8, keep=1)
        flow.space(4)
    flow.continued = ""
