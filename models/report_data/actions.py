"""Every action as the report shows it: fields, milestones and comments, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.codes import Status
from models.entities import Action, local_time
from models.placeholders import FIELDS, is_placeholder


@dataclass(frozen=True)
class CommentItem:
    date: dt.date
    author: str
    text: str
    status: Status
    progress: int


@dataclass(frozen=True)
class ActionReport:
    id: int
    title: str
    description: str
    unit: str
    owner: str
    status: Status
    assessment: str
    start: dt.date | None
    due: dt.date | None
    completed: dt.date | None
    progress: int
    factors: tuple[str, ...]
    factor_codes: tuple[str, ...]
    areas: tuple[str, ...]  # labels; none named: the action aims at area totalt
    expected_effect: str
    milestones: tuple[str, ...]
    comments: tuple[CommentItem, ...]  # newest first
    overdue: bool
    due_soon: bool
    version: int
    updated: str
    # Fields whose text is the example data's placeholder (models/placeholders.py): the
    # report says "ej ifylld" instead of printing it as the group's.
    placeholders: tuple[str, ...] = ()

    @property
    def latest_comment(self) -> CommentItem | None:
        return self.comments[0] if self.comments else None


def action_report(
    action: Action, today: dt.date, soon_days: int, unnamed_once: bool = False
) -> ActionReport:
    comments = tuple(
        CommentItem(c.date, c.author, c.text, c.status, c.progress)
        for c in sorted(action.comments, key=lambda c: (c.date, c.id), reverse=True)
    )
    milestones = tuple(
        f"{m.date.isoformat()}{' ' + m.time_span if m.time_span else ''}: {m.text}"
        + (f" (✓ avklarad {m.done_date.isoformat()})" if m.done and m.done_date else "")
        for m in action.milestones
    )
    updated = ""
    if action.updated_at:
        updated = f"{local_time(action.updated_at):%Y-%m-%d %H:%M}"
        if action.updated_by:
            updated += f" av {action.updated_by}"
    return ActionReport(
        id=action.id,
        title=action.title,
        description=action.description,
        unit=action.unit.name if action.unit else "",
        owner=action.owner.name if action.owner else "",
        status=action.status,
        assessment=action.assessment.label if action.assessment else "",
        start=action.start,
        due=action.due,
        completed=action.completed,
        progress=action.progress,
        factors=tuple(f.label for f in action.factors),
        factor_codes=tuple(f.value for f in action.factors),
        areas=tuple(a.label for a in action.areas),
        expected_effect=action.expected_effect,
        milestones=milestones,
        comments=comments,
        overdue=action.is_overdue(today),
        due_soon=action.is_due_soon(today, soon_days),
        version=action.version,
        updated=updated,
        placeholders=tuple(
            f for f in FIELDS if is_placeholder(f, getattr(action, f) or "", unnamed_once)
        ),
    )
