"""The change log and the version counter, kept by the session itself.

Whatever changes an action, comment, milestone, person, unit, survey result, target or
setting goes through a flush, so the log is written here rather than by each operation: no
operation can forget it. Before the flush, every action that changes (itself, its factors, areas or
milestones) gets the next version number and who changed it; after the flush, when new
rows have their ids, one log row per changed field is inserted.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from models.entities import (
    Action,
    ActionArea,
    ActionFactor,
    ChangeLogEntry,
    Comment,
    KoladaKpi,
    Milestone,
    Person,
    Setting,
    SurveyResult,
    Target,
    Unit,
    utcnow,
)

# entity name, the fields whose changes are logged, the field that names a row
_TRACKED: dict[type, tuple[str, tuple[str, ...], str]] = {
    Action: (
        "action",
        (
            "title", "description", "unit", "owner", "status", "assessment", "start", "due",
            "completed", "progress", "expected_effect", "factor_links", "area_links",
        ),
        "title",
    ),
    Comment: ("comment", ("date", "author", "text", "status", "progress"), "text"),
    Milestone: ("milestone", ("date", "time_span", "text", "done", "done_date"), "text"),
    Person: ("person", ("name", "email", "unit"), "name"),
    Unit: ("unit", ("name",), "name"),
    SurveyResult: (
        "result",
        (
            "value", "answers", "margin", "response_rate", "preliminary",
            "preliminary_as_of", "source",
        ),
        "value",
    ),
    Target: ("target", ("value",), "value"),
    Setting: ("setting", ("value",), "value"),
    KoladaKpi: ("kpi", ("title", "group", "area", "measure", "probable"), "kpi"),
}

# The log names the collections of an action by what a user calls them.
_FIELD_NAMES = {"factor_links": "factors", "area_links": "areas"}


def as_text(value: Any) -> str | None:
    """How a value is written in the log: codes, ISO dates, names."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, (Unit, Person)):
        return value.name
    if isinstance(value, ActionFactor):
        return value.factor.value
    if isinstance(value, ActionArea):
        return value.area.value
    return str(value)


def _join(items: Iterable[Any]) -> str:
    return ",".join(sorted(str(as_text(i)) for i in items))


def _field_changes(obj: Any, fields: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    state = inspect(obj)
    changes: list[tuple[str, str | None, str | None]] = []
    for name in fields:
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        old: str | None
        new: str | None
        if name in ("factor_links", "area_links"):
            old = _join([*history.unchanged, *history.deleted])
            new = _join([*history.unchanged, *history.added])
        else:
            old = as_text(history.deleted[0]) if history.deleted else None
            new = as_text(history.added[0]) if history.added else None
        if old != new:
            changes.append((_FIELD_NAMES.get(name, name), old, new))
    return changes


def _action_of(session: Session, obj: Any) -> Action | None:
    if isinstance(obj, Action):
        return obj
    if isinstance(obj, (Comment, Milestone)):
        # A milestone taken out of its action's list no longer points at it.
        if obj.action is None and obj.action_id is not None:
            return session.get(Action, obj.action_id)
        return obj.action
    return None


def _field_name(obj: Any, field: str) -> str:
    """Rows keyed by text rather than an id name the row in the field: "U07455 measure"."""
    if isinstance(obj, Setting):
        return obj.key
    if isinstance(obj, KoladaKpi):
        return f"{obj.kpi} {field}".strip()
    return field


def _user(session: Session) -> str:
    return str(session.info.get("user", ""))


def _touched_actions(session: Session) -> set[Action]:
    """Actions whose own row or milestones, factors or areas change in this flush."""
    touched: set[Action] = set()
    for obj in session.dirty:
        if isinstance(obj, Action) and session.is_modified(obj):
            touched.add(obj)
        elif isinstance(obj, Milestone) and session.is_modified(obj) and obj.action is not None:
            touched.add(obj.action)
    for obj in (*session.new, *session.deleted):
        if isinstance(obj, Milestone) and obj.action is not None:
            touched.add(obj.action)
    return {a for a in touched if a not in session.deleted and a not in session.new}


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    user, now = _user(session), utcnow()
    # One user action is one transaction and one new version, however often it flushes.
    bumped: set[Action] = session.info.setdefault("bumped_actions", set())
    for obj in session.new:
        if isinstance(obj, Action):
            bumped.add(obj)
            obj.version = 1
            obj.created_by = obj.updated_by = user
            obj.created_at = obj.updated_at = now
    for action in _touched_actions(session):
        if action not in bumped:
            action.version = (action.version or 0) + 1
            bumped.add(action)
        action.updated_by = user
        action.updated_at = now


def _transaction_over(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop("bumped_actions", None)


def _after_flush(session: Session, _context: Any) -> None:
    user, now = _user(session), utcnow()
    rows: list[dict[str, Any]] = []

    def log(obj: Any, operation: str, field: str = "", old: Any = None, new: Any = None) -> None:
        entity = _TRACKED[type(obj)][0]
        action = _action_of(session, obj)
        rows.append(
            {
                "at": now,
                "user": user,
                "entity": entity,
                "entity_id": getattr(obj, "id", 0),
                "action_id": action.id if action is not None else None,
                "action_version": action.version if action is not None else None,
                "operation": operation,
                "field": _field_name(obj, field),
                "old_value": old,
                "new_value": new,
            }
        )

    for obj in session.new:
        if type(obj) in _TRACKED:
            label = _TRACKED[type(obj)][2]
            log(obj, "create", new=as_text(getattr(obj, label)))
    for obj in session.dirty:
        if type(obj) in _TRACKED and session.is_modified(obj):
            for field, old, new in _field_changes(obj, _TRACKED[type(obj)][1]):
                log(obj, "update", field, old, new)
    for obj in session.deleted:
        if type(obj) not in _TRACKED:
            continue
        parent = _action_of(session, obj)
        if parent is not None and parent is not obj and parent in session.deleted:
            continue  # removed with its action; the action's removal is logged
        label = _TRACKED[type(obj)][2]
        log(obj, "delete", old=as_text(getattr(obj, label)))

    if rows:
        session.connection().execute(insert(ChangeLogEntry), rows)


def log_written(
    session: Session, entity_class: type, created: list[tuple[int, Any]],
    updated: list[tuple[int, str, Any, Any]],
) -> None:
    """The log rows of rows written in bulk, past the flush (models/importers' apply).

    The same rows `_after_flush` would write for them: one "create" per new row (`created`:
    its id and the value of the field that names it) and one "update" per changed field
    (`updated`: id, field, old and new value), the values written as `as_text` writes
    them and a field left out when its text is unchanged; in one executemany.
    """
    entity = _TRACKED[entity_class][0]
    user, now = _user(session), utcnow()
    base = {"at": now, "user": user, "entity": entity, "action_id": None,
            "action_version": None}
    rows: list[dict[str, Any]] = [
        {**base, "entity_id": row_id, "operation": "create", "field": "", "old_value": None,
         "new_value": as_text(label)}
        for row_id, label in created
    ]
    for row_id, field, old, new in updated:
        old_text, new_text = as_text(old), as_text(new)
        if old_text != new_text:
            rows.append({**base, "entity_id": row_id, "operation": "update", "field": field,
                         "old_value": old_text, "new_value": new_text})
    if rows:
        session.connection().execute(insert(ChangeLogEntry), rows)


def changes_after(session: Session, last_id: int) -> list[ChangeLogEntry]:
    """The log rows written after `last_id` (by this copy or any other), oldest first."""
    return list(
        session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.id > last_id).order_by(ChangeLogEntry.id)
        )
    )


def _refuse_log_edits(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, ChangeLogEntry):
            raise PermissionError("Ändringsloggen kan inte ändras eller raderas.")


def install(session_class: type[Session]) -> None:
    """Attach the change tracking to a Session class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _refuse_log_edits)
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)
        event.listen(session_class, "after_transaction_end", _transaction_over)
