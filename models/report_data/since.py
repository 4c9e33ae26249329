"""The report's "Sedan förra mötet": what happened since the last report, from the change
log and the comments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import settings as db_settings
from models.codes import Status
from models.entities import ChangeLogEntry, Comment, local_time

NO_PREVIOUS_DAYS = 30


@dataclass(frozen=True)
class Event:
    """One thing that happened since the last meeting."""

    at: dt.datetime  # local time
    title: str
    text: str
    who: str = ""


@dataclass(frozen=True)
class SinceSection:
    since: dt.datetime  # local time
    reason: str  # why this date: the last report, --since, or no report yet
    status_changes: tuple[Event, ...] = ()
    finished: tuple[Event, ...] = ()
    new_actions: tuple[Event, ...] = ()
    removed: tuple[Event, ...] = ()
    due_changes: tuple[Event, ...] = ()
    comments: tuple[Event, ...] = ()

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.status_changes,
                self.finished,
                self.new_actions,
                self.removed,
                self.due_changes,
                self.comments,
            )
        )


def since_start(
    session: Session,
    town: db_settings.DbSettings,
    since: dt.date | dt.datetime | None,
    now_utc: dt.datetime,
) -> tuple[dt.datetime, str]:
    """The start of "Sedan förra mötet" in UTC, and why that moment."""
    if isinstance(since, dt.datetime):
        return since, f"från {local_time(since):%Y-%m-%d %H:%M}"
    if isinstance(since, dt.date):
        local_midnight = dt.datetime.combine(since, dt.time()).astimezone()
        utc = local_midnight.astimezone(dt.UTC).replace(tzinfo=None)
        return utc, f"från {since.isoformat()} (angivet datum)"
    if town.last_report_at:
        try:
            last = dt.datetime.fromisoformat(town.last_report_at)
            # The log keeps whole seconds: what was logged in the report's own second was
            # in that report.
            return last + dt.timedelta(seconds=1), (
                f"sedan förra mötesunderlaget ({local_time(last):%Y-%m-%d %H:%M})"
            )
        except ValueError:
            pass
    start = now_utc - dt.timedelta(days=NO_PREVIOUS_DAYS)
    return start, (
        f"de senaste {NO_PREVIOUS_DAYS} dagarna (inget tidigare mötesunderlag från denna databas)"
    )


def events(session: Session, start: dt.datetime, titles: dict[int, str]) -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = {
        k: [] for k in ("status", "finished", "new", "removed", "due", "comments")
    }
    entries = session.scalars(
        select(ChangeLogEntry)
        .where(ChangeLogEntry.at >= start, ChangeLogEntry.entity == "action")
        .order_by(ChangeLogEntry.id)
    )
    for e in entries:
        title = titles.get(e.entity_id) or e.old_value or e.new_value or f"åtgärd {e.entity_id}"
        at, who = local_time(e.at), e.user
        if e.operation == "create":
            found["new"].append(Event(at, e.new_value or title, "ny åtgärd", who))
        elif e.operation == "delete":
            found["removed"].append(Event(at, e.old_value or title, "borttagen", who))
        elif e.field == "status":
            old, new = status_label(e.old_value), status_label(e.new_value)
            found["status"].append(Event(at, title, f"{old} → {new}", who))
            if e.new_value == Status.KLAR.value:
                found["finished"].append(Event(at, title, "klar", who))
        elif e.field == "due":
            text = f"klart senast {e.old_value or 'inget datum'} → {e.new_value or 'inget datum'}"
            found["due"].append(Event(at, title, text, who))
    # Comments by their logged creation, like everything else here (one clock for all).
    created = {
        e.entity_id: e
        for e in session.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.at >= start,
                ChangeLogEntry.entity == "comment",
                ChangeLogEntry.operation == "create",
            )
        )
    }
    if created:
        comments = session.scalars(
            select(Comment)
            .options(selectinload(Comment.action))
            .where(Comment.id.in_(created))
            .order_by(Comment.id)
        )
        for c in comments:
            found["comments"].append(
                Event(dt.datetime.combine(c.date, dt.time()), c.action.title, c.text, c.author)
            )
    return found


def status_label(code: str | None) -> str:
    try:
        return Status(code).label if code else "–"
    except ValueError:
        return str(code)


def load_since(
    session: Session,
    town: db_settings.DbSettings,
    since: dt.date | dt.datetime | None,
    now_utc: dt.datetime,
    titles: dict[int, str],
) -> SinceSection:
    """What happened since the last report (or `since`), action titles by id."""
    start, reason = since_start(session, town, since, now_utc)
    found = events(session, start, titles)
    return SinceSection(
        since=local_time(start),
        reason=reason,
        status_changes=tuple(found["status"]),
        finished=tuple(found["finished"]),
        new_actions=tuple(found["new"]),
        removed=tuple(found["removed"]),
        due_changes=tuple(found["due"]),
        comments=tuple(found["comments"]),
    )
