"""The register's rows in one quick read: plain values, no ORM objects.

The window reads every action each time something changes (its own saves, other copies'
changes), so this is a column query with two joins and one query for the factors, rather
than loading full Action objects (ten times slower with thousands of actions).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.codes import Assessment, Factor, Status
from models.deadlines import is_due_soon, is_overdue

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLAlchemy and the entities are imported inside register_rows: the window's first paint
# imports RegisterRow (ui/window/register/table.py) before SQLAlchemy is loaded (models/register_file.py).


@dataclass(frozen=True)
class RegisterRow:
    id: int
    version: int
    title: str
    description: str
    expected_effect: str
    owner: str
    unit: str
    status: Status
    assessment: Assessment | None
    start: dt.date | None
    due: dt.date | None
    completed: dt.date | None
    progress: int
    factors: tuple[Factor, ...]

    def is_overdue(self, today: dt.date) -> bool:
        return is_overdue(self.due, self.status, today)

    def is_due_soon(self, today: dt.date, days: int) -> bool:
        return is_due_soon(self.due, self.status, today, days)


def register_rows(session: Session) -> list[RegisterRow]:
    """Every action by due date (those without one last), then title."""
    from sqlalchemy import select

    from models.entities import Action, ActionFactor, Person, Unit

    factors: dict[int, list[Factor]] = defaultdict(list)
    for action_id, factor in session.execute(
        select(ActionFactor.action_id, ActionFactor.factor)
    ):
        factors[action_id].append(factor)
    order = list(Factor)
    query = (
        select(
            Action.id, Action.version, Action.title, Action.description,
            Action.expected_effect, Person.name, Unit.name, Action.status, Action.assessment,
            Action.start, Action.due, Action.completed, Action.progress,
        )
        .outerjoin(Person, Action.owner_id == Person.id)
        .outerjoin(Unit, Action.unit_id == Unit.id)
        .order_by(Action.due.is_(None), Action.due, Action.title)
    )
    return [
        RegisterRow(
            id=r[0], version=r[1], title=r[2], description=r[3] or "",
            expected_effect=r[4] or "", owner=r[5] or "", unit=r[6] or "", status=r[7],
            assessment=r[8], start=r[9], due=r[10], completed=r[11], progress=r[12],
            factors=tuple(sorted(factors.get(r[0], ()), key=order.index)),
        )
        for r in session.execute(query)
    ]
