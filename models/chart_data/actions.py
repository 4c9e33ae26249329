"""The actions as the charts draw them (lanes, periods, counts): plain frozen data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from models.actions import list_actions
from models.codes import Area, Factor, Status
from models.entities import Action
from models.ranges import DATE_MAX, DATE_MIN, drawable


@dataclass(frozen=True)
class MilestoneItem:
    date: dt.date
    text: str
    done: bool = False


@dataclass(frozen=True)
class ActionItem:
    id: int
    title: str
    status: Status
    start: dt.date | None
    due: dt.date | None
    completed: dt.date | None
    progress: int
    milestones: tuple[MilestoneItem, ...] = ()
    factors: tuple[Factor, ...] = ()
    areas: tuple[Area, ...] = ()
    overdue: bool = False
    # Stored dates left out of the drawing (outside models.ranges' 1990–2100), as
    # "slutdatum 9999-12-31": a database written by an older version may hold them.
    undrawn: tuple[str, ...] = ()

    @property
    def end(self) -> dt.date | None:
        """Where the lane ends: the completion of a finished action, else the due date."""
        if self.status.is_closed and self.completed is not None:
            return self.completed
        return self.due

    @property
    def dated(self) -> bool:
        return any((self.start, self.due, self.completed)) or bool(self.milestones)

    def dates(self) -> list[dt.date]:
        found = [d for d in (self.start, self.due, self.completed) if d is not None]
        return found + [m.date for m in self.milestones]


@dataclass(frozen=True)
class TimelineData:
    actions: tuple[ActionItem, ...]
    today: dt.date


@dataclass(frozen=True)
class StatusData:
    counts: tuple[tuple[Status, int], ...]
    overdue: int
    undated: int
    today: dt.date
    overdue_titles: tuple[str, ...] = field(default=())

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def action_item(action: Action, today: dt.date) -> ActionItem:
    named = {"start": action.start, "slutdatum": action.due, "klar": action.completed}
    named.update({f"milstolpe {m.text[:30]}": m.date for m in action.milestones})
    undrawn = tuple(
        f"{what} {day.isoformat()}" for what, day in named.items()
        if day is not None and drawable(day) is None
    )
    return ActionItem(
        id=action.id,
        title=action.title,
        status=action.status,
        start=drawable(action.start),
        due=drawable(action.due),
        completed=drawable(action.completed),
        progress=action.progress,
        milestones=tuple(
            MilestoneItem(m.date, m.text, m.done) for m in action.milestones if drawable(m.date)
        ),
        factors=tuple(action.factors),
        areas=tuple(action.areas),
        overdue=action.is_overdue(today),
        undrawn=undrawn,
    )


def undrawn_note(actions: Iterable[ActionItem]) -> list[str]:
    """A note naming the stored dates a chart leaves out (see ActionItem.undrawn)."""
    found = [f"”{a.title[:60]}” ({', '.join(a.undrawn)})" for a in actions if a.undrawn]
    if not found:
        return []
    return [
        f"Datum utanför {DATE_MIN.year}–{DATE_MAX.year} ritas inte: {'; '.join(found[:5])}"
        + (f" och {len(found) - 5} till" if len(found) > 5 else "") + "."
    ]


def load_actions(session: Session, today: dt.date | None = None) -> tuple[ActionItem, ...]:
    today = today or dt.date.today()
    return tuple(action_item(a, today) for a in list_actions(session, today=today))


def load_timeline(session: Session, today: dt.date | None = None) -> TimelineData:
    today = today or dt.date.today()
    return TimelineData(load_actions(session, today), today)


def load_status(session: Session, today: dt.date | None = None) -> StatusData:
    today = today or dt.date.today()
    actions = load_actions(session, today)
    counts = tuple((s, sum(1 for a in actions if a.status == s)) for s in Status)
    late = tuple(a.title for a in actions if a.overdue)
    return StatusData(
        counts=counts,
        overdue=len(late),
        undated=sum(1 for a in actions if not a.dated),
        today=today,
        overdue_titles=late,
    )
