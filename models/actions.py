"""Operations on actions, their milestones and follow-up comments.

Each takes a session and leaves the commit to the caller (one transaction per user
action). Values arrive as Python values or as text a person typed; either way they are
checked here, with Swedish messages, before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from models import action_fields as fields
from models import limits
from models.action_fields import parse_date
from models.codes import Factor, Status
from models.entities import Action, ActionFactor, ChangeLogEntry, Comment, Milestone
from models.errors import ConflictError, InputError, NotFoundError

# Every field label the change log may name: an action's fields, then those of its
# comments and milestones, people and results.
FIELD_LABELS = {
    **{f.name: f.label for f in fields.FIELDS},
    "date": "Datum",
    "time_span": "Tid",
    "text": "Text",
    "author": "Författare",
    "name": "Namn",
    "email": "E-post",
    "value": "Värde",
    "answers": "Antal svar",
    "margin": "Felmarginal",
    "response_rate": "Svarsfrekvens",
    "preliminary": "Preliminär",
    "source": "Källa",
    "done": "Avklarad",
    "done_date": "Avklarad den",
}


def _apply(
    session: Session, action: Action, values: dict[str, Any], today: dt.date
) -> None:
    was = action.status
    for one in fields.FIELDS:
        if one.name not in values:
            continue
        if one.name == "status":
            _set_status(action, values["status"], values.get("completed"), today)
        elif one.name != "completed":  # the completion date goes with the status
            one.store(session, action, values[one.name])
    if values.get("status") == Status.KLAR and was != Status.KLAR and "progress" not in values:
        # The one rule, as in the window: an action that becomes Klar is done (100 %)
        # unless a progress is given in the same step.
        action.progress = 100
    if "completed" in values and "status" not in values:
        if action.status == Status.KLAR:
            action.completed = values["completed"] or today
        elif error := fields.completion_error(action.status, values["completed"]):
            raise error
    for error in fields.date_errors(action.start, action.due, action.completed):
        raise error


def _set_status(
    action: Action, status: Status, completed: dt.date | None, today: dt.date
) -> None:
    was = action.status
    action.status = status
    if status == Status.KLAR:
        if was != Status.KLAR or completed is not None or action.completed is None:
            action.completed = completed or action.completed or today
    else:
        action.completed = None


def create_action(
    session: Session, today: dt.date | None = None, **values: Any
) -> Action:
    """A new action from the given fields (title required); returned flushed, with id."""
    today = today or dt.date.today()
    # A title is required: without one, its check is the first to speak.
    values = fields.parse(values if "title" in values else {"title": "", **values})
    action = Action(
        title=values["title"],
        description="",
        expected_effect="",
        status=Status.EJ_PABORJAD,
        progress=0,
    )
    session.add(action)
    with session.no_autoflush:  # one insert, logged once as created
        _apply(session, action, {k: v for k, v in values.items() if k != "title"}, today)
    session.flush()
    return action


def actions_query() -> Select[Action]:
    return select(Action).options(
        selectinload(Action.unit),
        selectinload(Action.owner),
        selectinload(Action.factor_links),
        selectinload(Action.area_links),
        selectinload(Action.milestones),
    )


def get_action(session: Session, action_id: int, full: bool = False) -> Action:
    query = actions_query().where(Action.id == action_id)
    if full:
        query = query.options(selectinload(Action.comments))
    action = session.scalar(query)
    if action is None:
        raise NotFoundError(f"Åtgärden med id {action_id} finns inte.")
    return action


def changes_since(session: Session, action_id: int, version: int) -> list[ChangeLogEntry]:
    """What was changed on an action after the given version, oldest first."""
    return list(
        session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.action_id == action_id)
            .where(ChangeLogEntry.action_version > version)
            .order_by(ChangeLogEntry.id)
        )
    )


def _check_version(session: Session, action: Action, expected: int | None) -> None:
    if expected is None or action.version == expected:
        return
    changes = [
        (FIELD_LABELS.get(c.field, c.field) if c.field else c.entity, c.old_value, c.new_value)
        for c in changes_since(session, action.id, expected)
    ]
    raise ConflictError(
        action.id, action.title, expected, action.version,
        action.updated_by, action.updated_at, changes,
    )


def update_action(
    session: Session,
    action_id: int,
    expected_version: int | None,
    today: dt.date | None = None,
    **changes: Any,
) -> Action:
    """Change fields of an action that the caller last saw at `expected_version`.

    A stale version raises ConflictError naming who changed what and when. None skips the
    check (the command line, where the user gives no version).
    """
    action = get_action(session, action_id)
    _check_version(session, action, expected_version)
    values = fields.parse(changes)
    _apply(session, action, values, today or dt.date.today())
    _flush(session, action)
    return action


def _flush(session: Session, action: Action) -> None:
    # Read before the flush: after a failed flush the session refuses to load anything.
    ident, title, seen = action.id, action.title, action.version
    try:
        session.flush()
    except StaleDataError as exc:
        # Another writer got in between this read and this write (possible on a server
        # database without SQLite's whole-file lock): the same answer as a stale version.
        raise ConflictError(ident, title, seen, seen + 1, "", None, []) from exc


def delete_action(session: Session, action_id: int, expected_version: int | None = None) -> str:
    action = get_action(session, action_id)
    _check_version(session, action, expected_version)
    title = action.title
    session.delete(action)
    session.flush()
    return title


def add_comment(
    session: Session,
    action_id: int,
    text: str,
    author: str | None = None,
    date: Any = None,
    status: Any = None,
    progress: Any = None,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> Comment:
    """A follow-up comment; a new status or progress given with it is set on the action too.

    The comment records the status and progress the action has after this step.
    """
    today = today or dt.date.today()
    cleaned_text = str(text or "").strip()
    if not cleaned_text:
        raise InputError("Kommentar: texten får inte vara tom.")
    _within("Kommentar", cleaned_text, limits.COMMENT_CHARS)
    writer = " ".join(str(author or session.info.get("user", "")).split()) or "okänd"
    _within("Författare", writer, limits.NAME_CHARS)
    action = get_action(session, action_id)
    _check_version(session, action, expected_version)
    changes: dict[str, Any] = {}
    if status is not None and str(status).strip():
        changes["status"] = status
    if progress is not None and str(progress).strip():
        changes["progress"] = progress
    if changes:
        _apply(session, action, fields.parse(changes), today)
    comment = Comment(
        action=action,
        date=parse_date(date, "Datum") or today,
        author=writer,
        text=cleaned_text,
        status=action.status,
        progress=action.progress,
    )
    session.add(comment)
    _flush(session, action)
    return comment


def _milestone_values(date: Any, text: str, time_span: str) -> tuple[dt.date, str, str]:
    when = parse_date(date, "Milstolpe, datum")
    if when is None:
        raise InputError("Milstolpe: datum saknas.")
    cleaned = " ".join(str(text or "").split())
    if not cleaned:
        raise InputError("Milstolpe: texten får inte vara tom.")
    _within("Milstolpe", cleaned, limits.MILESTONE_CHARS)
    span = str(time_span or "").strip()
    if len(span) > limits.MILESTONE_SPAN_CHARS:
        raise InputError(
            f"Milstolpe, tid: högst {limits.MILESTONE_SPAN_CHARS} tecken (t.ex. 15–18)."
        )
    return when, cleaned, span


def _within(what: str, text: str, most: int) -> None:
    """A text within its limit (models/limits.py), else an InputError: never cut."""
    if len(text) > most:
        raise InputError.about(what, "högst {most} tecken (nu {now}).",
                               most=limits.grouped(most), now=limits.grouped(len(text)))


def add_milestone(
    session: Session,
    action_id: int,
    date: Any,
    text: str,
    time_span: str = "",
    expected_version: int | None = None,
    done: bool = False,
    done_date: Any = None,
) -> Milestone:
    """A new milestone; one that is already done (an import, an undone removal) keeps its
    date of completion."""
    action = get_action(session, action_id)
    if len(action.milestones) >= limits.MILESTONES_PER_ACTION:
        raise InputError(
            f"Milstolpe: en åtgärd kan ha högst {limits.MILESTONES_PER_ACTION} milstolpar "
            "(alla ska rymmas i en cell när åtgärderna exporteras)."
        )
    _check_version(session, action, expected_version)
    when, cleaned, span = _milestone_values(date, text, time_span)
    finished = _done_date(done, done_date, dt.date.today())
    milestone = Milestone(
        action=action, date=when, text=cleaned, time_span=span, done=bool(done),
        done_date=finished,
    )
    session.add(milestone)
    _flush(session, action)
    return milestone


def _done_date(done: bool, when: Any, today: dt.date) -> dt.date | None:
    if not done:
        return None
    return parse_date(when, "Milstolpe, avklarad den") or today


def set_milestone_done(
    session: Session,
    milestone_id: int,
    done: bool,
    done_date: Any = None,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> Milestone:
    """Mark a milestone done (on `done_date`, today if none is given) or not done."""
    milestone = _milestone(session, milestone_id)
    _check_version(session, milestone.action, expected_version)
    milestone.done = bool(done)
    milestone.done_date = _done_date(done, done_date, today or dt.date.today())
    _flush(session, milestone.action)
    return milestone


def update_milestone(
    session: Session,
    milestone_id: int,
    date: Any,
    text: str,
    time_span: str = "",
    expected_version: int | None = None,
    done: bool | None = None,
    done_date: Any = None,
) -> Milestone:
    """Change a milestone; `done` None leaves its done state as it is."""
    milestone = _milestone(session, milestone_id)
    _check_version(session, milestone.action, expected_version)
    milestone.date, milestone.text, milestone.time_span = _milestone_values(date, text, time_span)
    if done is not None:
        milestone.done = bool(done)
        milestone.done_date = _done_date(done, done_date, dt.date.today())
    _flush(session, milestone.action)
    return milestone


def delete_milestone(
    session: Session, milestone_id: int, expected_version: int | None = None
) -> None:
    milestone = _milestone(session, milestone_id)
    action = milestone.action
    _check_version(session, action, expected_version)
    # Still in the action's list at the flush, so the log row names the action (Historik).
    session.delete(milestone)
    _flush(session, action)
    session.expire(action, ["milestones"])


def _milestone(session: Session, milestone_id: int) -> Milestone:
    milestone = session.get(Milestone, milestone_id)
    if milestone is None:
        raise NotFoundError(f"Milstolpen med id {milestone_id} finns inte.")
    return milestone


@dataclass
class ActionFilter:
    """What the working group narrows the list by; empty means everything."""

    text: str = ""
    statuses: set[Status] = field(default_factory=set)
    unit: str = ""
    owner: str = ""
    factor: Factor | None = None
    only_overdue: bool = False


def list_actions(
    session: Session, filter: ActionFilter | None = None, today: dt.date | None = None
) -> list[Action]:
    """Actions ordered by due date (those without one last), then title."""
    query = actions_query()
    f = filter or ActionFilter()
    today = today or dt.date.today()
    if f.text.strip():
        pattern = f"%{f.text.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(Action.title).like(pattern),
                func.lower(Action.description).like(pattern),
                func.lower(Action.expected_effect).like(pattern),
            )
        )
    if f.statuses:
        query = query.where(Action.status.in_(f.statuses))
    if f.unit:
        query = query.where(Action.unit.has(name=f.unit))
    if f.owner:
        query = query.where(Action.owner.has(name=f.owner))
    if f.factor is not None:
        query = query.where(Action.factor_links.any(ActionFactor.factor == f.factor))
    if f.only_overdue:
        query = query.where(
            # models.deadlines.is_overdue, in SQL
            Action.due < today, Action.status.not_in([s for s in Status if s.is_closed])
        )
    query = query.order_by(Action.due.is_(None), Action.due, Action.title)
    return list(session.scalars(query))


def history(session: Session, action_id: int) -> list[ChangeLogEntry]:
    """Everything logged for an action (its fields, milestones and comments), newest first."""
    return list(
        session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.action_id == action_id)
            .order_by(ChangeLogEntry.id.desc())
        )
    )


def last_change_id(session: Session) -> int:
    """The newest change log id: a cheap sign that someone (any copy) changed something."""
    return int(session.scalar(select(func.max(ChangeLogEntry.id))) or 0)
