"""The report's table of all actions and one page per action."""

from __future__ import annotations

from functools import partial

from charts.page_flow import MUTED, Cell, Flow
from charts.report.common import date_text
from charts.report.effect import effect_table
from charts.report.factor_trend import factor_trend, where
from charts.style import (
    OVERDUE_COLOUR,
)
from models.progress import Progress
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
        ["Åtgärd", "Ansvarig", "Enhet", "Status", "Klart senast", "Framsteg", "Senaste kommentar"],
        [124, 62, 62, 54, 56, 34, 160],
        rows,
        size=7.5,
    )
    flow.continued = ""


# ------------------------------------------------------------------ 5. the actions one by one


def action_sections(flow: Flow, data: ReportData, progress: Progress | None = None) -> None:
    """Each action's section kept together, as many to a page as fit; one longer than a
    page flows over with its title repeated."""
    for done, action in enumerate(data.actions, start=1):
        flow.keep_together(partial(action_section, data=data, action=action), gap=22)
        if progress is not None:
            progress(done, 0)


NOT_FILLED = "ej ifylld"


def _text(action: ActionReport, name: str) -> str:
    """A field's text, or "ej ifylld" for the example data's placeholder."""
    return NOT_FILLED if name in action.placeholders else str(getattr(action, name)) or "–"


def _dates(action: ActionReport) -> str:
    text = f"start {date_text(action.start)} · klart senast {date_text(action.due)}"
    if action.completed:
        text += f" · klar {date_text(action.completed)}"
    return text


def action_section(flow: Flow, data: ReportData, action: ActionReport) -> None:
    """One action: its fields, milestones, factor trend, effect and comments; an empty part
    is one muted line, so that two or three actions share a page."""
    flow.continued = action.title
    flow.heading(action.title, 15, after=60)
    status = f"{action.status.label}, {action.progress} %"
    if action.overdue:
        status += " – FÖRSENAD"
    if action.assessment:
        status += f" · bedömning {action.assessment.lower()}"
    who = ", ".join(x for x in (action.owner, action.unit) if x)
    flow.fields(
        [
            ("Status", status),
            ("Ansvarig, enhet", who),
            ("Datum", _dates(action)),
            ("Servicefaktorer", ", ".join(action.factors)),
            ("Myndighetsområden", ", ".join(action.areas) or "inga namngivna (totalt)"),
            ("Beskrivning", _text(action, "description")),
            ("Förväntad effekt", _text(action, "expected_effect")),
            ("Senast ändrad", f"{action.updated} (version {action.version})"),
        ]
    )
    flow.space(4)
    if action.milestones:
        flow.heading("Milstolpar", 11.5, after=14)
        for m in action.milestones:
            flow.text("• " + m, size=9.5, indent=6)
    else:
        flow.text("Milstolpar: inga.", size=9.5, colour=MUTED)
    flow.space(4)
    factor_trend(flow, data, action)
    flow.space(4)
    mine = [e for e in (data.effect.effects if data.effect else ()) if e.action_id == action.id]
    if mine:
        flow.heading(f"Effekt ({where(action)})", 11.5, after=40)
        effect_table(flow, mine)
    else:
        flow.text(
            f"Effekt ({where(action)}): inga egna resultat ännu att jämföra före och efter "
            "starten.",
            size=9.5,
            colour=MUTED,
        )
    flow.space(4)
    count = len(action.comments)
    if not action.comments:
        flow.text("Uppföljning: inga kommentarer ännu.", size=9.5, colour=MUTED)
    else:
        flow.heading(
            f"Uppföljning ({count} {'kommentar' if count == 1 else 'kommentarer'}"
            f"{', senaste först' if count > 1 else ''})",
            11.5,
            after=24,
        )
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
