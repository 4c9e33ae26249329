"""What the meeting report ("Mötesunderlag") says, read from a session into plain data.

charts/report/ lays it out on A4 pages. Here: the latest NKI and whether its change is
larger than the margins, the actions by status, the late and soon-due ones, what happened
since the last meeting (from the change log and the comments), every action with its
milestones and comments, and where the figures come from; one module for each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, selectinload

from models import chart_data
from models import settings as db_settings
from models.actions import actions_query
from models.codes import Status
from models.entities import Action, local_time, utcnow
from models.placeholders import once_unnamed
from models.report_data.actions import ActionReport, CommentItem, action_report
from models.report_data.factors import ActionTrend, action_trends
from models.report_data.footnotes import footnotes
from models.report_data.nki import NkiLine, nki_lines
from models.report_data.since import Event, SinceSection, load_since
from models.targets import TargetCheck, judge_targets

__all__ = [
    "ActionReport",
    "ActionTrend",
    "CommentItem",
    "Event",
    "NkiLine",
    "ReportData",
    "SinceSection",
    "load_report",
    "record_report",
]


@dataclass(frozen=True)
class ReportData:
    municipality_name: str
    municipality_code: str
    made_at: dt.datetime  # local time
    today: dt.date
    nki: tuple[NkiLine, ...]
    counts: tuple[tuple[Status, int], ...]
    overdue: tuple[ActionReport, ...]
    due_soon: tuple[ActionReport, ...]
    due_soon_days: int
    since: SinceSection
    actions: tuple[ActionReport, ...]
    footnotes: tuple[str, ...] = field(default=())
    nki_chart: chart_data.NkiData | None = None
    timeline: chart_data.TimelineData | None = None
    # The trend of each action's factors in its own areas (by the action's id).
    trends: dict[int, ActionTrend] = field(default_factory=dict)
    targets: tuple[TargetCheck, ...] = ()
    effect: chart_data.EffectData | None = None


def load_report(
    session: Session,
    since: dt.date | dt.datetime | None = None,
    today: dt.date | None = None,
    now_utc: dt.datetime | None = None,
) -> ReportData:
    now_utc = now_utc or utcnow()
    today = today or local_time(now_utc).date()
    town = db_settings.load(session)
    actions = list(
        session.scalars(
            actions_query()
            .options(selectinload(Action.comments))
            .order_by(Action.due.is_(None), Action.due, Action.title)
        )
    )
    unnamed = once_unnamed(session)
    reports = tuple(
        action_report(a, today, town.due_soon_days, a.id in unnamed) for a in actions
    )
    nki = nki_lines(session, town, today)
    targets = tuple(judge_targets(session, today))
    return ReportData(
        municipality_name=town.municipality_name,
        municipality_code=town.municipality_code,
        made_at=local_time(now_utc),
        today=today,
        nki=nki,
        counts=tuple((s, sum(1 for a in reports if a.status == s)) for s in Status),
        overdue=tuple(a for a in reports if a.overdue),
        due_soon=tuple(a for a in reports if a.due_soon),
        due_soon_days=town.due_soon_days,
        since=load_since(session, town, since, now_utc),
        actions=reports,
        footnotes=footnotes(session, town, nki),
        nki_chart=chart_data.load_nki(session, today=today),
        timeline=chart_data.load_timeline(session, today=today),
        trends=action_trends(session, actions, targets),
        targets=targets,
        effect=chart_data.load_effect(session, today=today),
    )


def record_report(session: Session, at: dt.datetime | None = None) -> None:
    """Remember when a report was made: the next one's "Sedan förra mötet" starts here."""
    db_settings.save(session, last_report_at=(at or utcnow()).isoformat())
