"""Every change in the database, newest first, filtered and read a page at a time.

The window's "Ändringslogg…" reads the change log (written by models/tracking.py) through
here: a count for the filter, then pages of rows before a given log id (keyset paging on the
primary key, so the ten-thousandth page costs what the first does). Each row says what it
concerns in words: the action's current title, a result's or target's municipality, year,
group, area and measure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from models.entities import Action, ChangeLogEntry, SurveyResult, Target, local_time

# The kinds of things the log names, in the order a user picks them.
ENTITIES = ("action", "comment", "milestone", "result", "target", "setting", "person", "unit",
            "kpi")
PAGE_ROWS = 500


@dataclass(frozen=True)
class ChangeFilter:
    """Which changes to show; None (or empty) means any. Dates are local and inclusive."""

    start: dt.date | None = None
    end: dt.date | None = None
    user: str = ""
    entity: str = ""


@dataclass(frozen=True)
class ChangeRow:
    """One logged change as the list shows it (the time in this computer's zone)."""

    id: int
    at: dt.datetime
    user: str
    entity: str
    operation: str  # create, update, delete
    field: str
    old_value: str | None
    new_value: str | None
    concerns: str


def _utc(day: dt.date) -> dt.datetime:
    """Local midnight at the start of `day`, as a stored (UTC, zone-less) time."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _conditions(chosen: ChangeFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if chosen.start is not None:
        where.append(ChangeLogEntry.at >= _utc(chosen.start))
    if chosen.end is not None:
        where.append(ChangeLogEntry.at < _utc(chosen.end + dt.timedelta(days=1)))
    if chosen.user:
        where.append(ChangeLogEntry.user == chosen.user)
    if chosen.entity:
        where.append(ChangeLogEntry.entity == chosen.entity)
    return where


def count(session: Session, chosen: ChangeFilter) -> int:
    """How many changes the filter lets through."""
    query = select(func.count()).select_from(ChangeLogEntry).where(*_conditions(chosen))
    return int(session.scalar(query) or 0)


def users(session: Session) -> list[str]:
    """Everyone who has changed something, in alphabetical order."""
    names = session.scalars(select(ChangeLogEntry.user).distinct())
    return sorted((n for n in names if n), key=str.casefold)


def page(session: Session, chosen: ChangeFilter, before_id: int | None = None,
         rows: int = PAGE_ROWS) -> list[ChangeRow]:
    """Up to `rows` changes older than the log row `before_id` (None: the newest)."""
    query = select(ChangeLogEntry).where(*_conditions(chosen))
    if before_id is not None:
        query = query.where(ChangeLogEntry.id < before_id)
    entries = list(session.scalars(query.order_by(ChangeLogEntry.id.desc()).limit(rows)))
    names = _concerns(session, entries)
    return [
        ChangeRow(
            id=e.id, at=local_time(e.at), user=e.user, entity=e.entity, operation=e.operation,
            field=e.field, old_value=e.old_value, new_value=e.new_value,
            concerns=names.get(e.id, ""),
        )
        for e in entries
    ]


def _concerns(session: Session, entries: Sequence[ChangeLogEntry]
              ) -> dict[int, str]:
    """What each row is about, looked up once per page."""
    action_ids = {e.action_id for e in entries if e.action_id is not None}
    result_ids = {e.entity_id for e in entries if e.entity == "result"}
    target_ids = {e.entity_id for e in entries if e.entity == "target"}
    titles: dict[int, str] = {
        row.id: row.title
        for row in session.execute(select(Action.id, Action.title).where(Action.id.in_(action_ids)))
    } if action_ids else {}
    results = {r.id: r for r in session.scalars(
        select(SurveyResult).where(SurveyResult.id.in_(result_ids)))} if result_ids else {}
    targets = {t.id: t for t in session.scalars(
        select(Target).where(Target.id.in_(target_ids)))} if target_ids else {}
    named: dict[int, str] = {}
    for e in entries:
        key = e.id
        if e.action_id is not None:
            named[key] = titles.get(e.action_id, f"åtgärd {e.action_id} (borttagen)")
        elif e.entity == "result":
            result = results.get(e.entity_id)
            named[key] = (
                f"{result.municipality} {result.year}, {result.group.label}, "
                f"{result.area.label}, {result.measure.label}"
                if result is not None else f"resultat {e.entity_id} (borttaget)"
            )
        elif e.entity == "target":
            target = targets.get(e.entity_id)
            named[key] = (
                f"mål {target.year}, {target.group.label}, {target.area.label}, "
                f"{target.measure.label}"
                if target is not None else f"mål {e.entity_id} (borttaget)"
            )
        elif e.entity in ("setting", "kpi"):
            # The log names the setting, or the KPI with its field ("U07455 measure").
            named[key] = e.field.split(" ")[0]
    return named
