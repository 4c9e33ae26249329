"""The report's "Sedan förra mötet": the net changes since the last report, from the change
log (models/report_data/net_changes.py), and the comments by their own dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import settings as db_settings
from models.codes import Status
from models.entities import Action, local_time
from models.report_data.net_changes import load_net_changes

NO_PREVIOUS_DAYS = 30


@dataclass(frozen=True)
class Event:
    """One thing that happened since the last meeting."""

    at: dt.datetime  # local time
    title: str
    text: str
    who: str = ""
    note: str = ""  # a comment typed in during the period but dated before it


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
    renamed: tuple[Event, ...] = ()

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
                self.renamed,
            )
        )


def since_start(
    session: Session,
    town: db_settings.DbSettings,
    since: dt.date | dt.datetime | None,
    now_utc: dt.datetime,
) -> tuple[dt.datetime, str, bool]:
    """The start of "Sedan förra mötet" in UTC, why that moment, and whether it is a
    meeting's (a report's or a given date) rather than only the last days."""
    if isinstance(since, dt.datetime):
        return since, f"från {local_time(since):%Y-%m-%d %H:%M}", True
    if isinstance(since, dt.date):
        local_midnight = dt.datetime.combine(since, dt.time()).astimezone()
        utc = local_midnight.astimezone(dt.UTC).replace(tzinfo=None)
        return utc, f"från {since.isoformat()} (angivet datum)", True
    if town.last_report_at:
        try:
            last = dt.datetime.fromisoformat(town.last_report_at)
            # The log keeps whole seconds: what was logged in the report's own second was
            # in that report.
            return (
                last + dt.timedelta(seconds=1),
                f"sedan förra mötesunderlaget ({local_time(last):%Y-%m-%d %H:%M})",
                True,
            )
        except ValueError:
            pass
    start = now_utc - dt.timedelta(days=NO_PREVIOUS_DAYS)
    return (
        start,
        f"de senaste {NO_PREVIOUS_DAYS} dagarna (inget tidigare mötesunderlag från denna databas)",
        False,
    )


def events(session: Session, start: dt.datetime, by_typing: bool) -> dict[str, list[Event]]:
    """Each net change once (models/report_data/net_changes.py), actions by their titles now."""
    dated_from = local_time(start).date()
    net = load_net_changes(session, start, dated_from, by_typing)
    found: dict[str, list[Event]] = {
        k: [] for k in ("status", "finished", "new", "removed", "due", "renamed", "comments")
    }
    titles: dict[int, str] = {}
    for change in net.actions:
        title = change.title
        if change.old_title:
            title += f" (hette: {change.old_title})"
        titles[change.ids[-1]] = title
        if change.kind == "new":
            at = local_time(change.at) if change.at else local_time(start)
            found["new"].append(Event(at, title, "ny åtgärd", change.user))
        elif change.kind == "removed":
            at = local_time(change.at) if change.at else local_time(start)
            found["removed"].append(Event(at, title, "borttagen", change.user))
        for c in change.changes:
            at = local_time(c.at)
            if c.field == "status":
                text = f"{status_label(c.old)} → {status_label(c.new)}"
                found["status"].append(Event(at, title, text, c.user))
                if c.new == Status.KLAR.value:
                    found["finished"].append(Event(at, title, "klar", c.user))
            elif c.field == "due":
                text = f"klart senast {c.old or 'inget datum'} → {c.new or 'inget datum'}"
                found["due"].append(Event(at, title, text, c.user))
            elif c.field == "title":
                found["renamed"].append(Event(at, change.title, f"hette: {c.old}", c.user))
    for item in net.comments:
        comment = item.comment
        note = (
            f"inlagd i efterhand {local_time(item.entered):%Y-%m-%d}"
            if item.late and item.entered
            else ""
        )
        title = titles.get(item.action_id) or _title_now(session, item.action_id)
        found["comments"].append(
            Event(
                dt.datetime.combine(comment.date, dt.time()),
                title,
                comment.text,
                comment.author,
                note,
            )
        )
    for key in ("new", "removed", "status", "finished", "due", "renamed"):
        found[key].sort(key=lambda e: e.at)
    return found


def _title_now(session: Session, action_id: int) -> str:
    action = session.get(Action, action_id)
    return action.title if action is not None else f"åtgärd {action_id}"


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
) -> SinceSection:
    """What changed, net, since the last report (or `since`).

    Comments are dated by their own date. When the period starts at a report or a given
    date, a comment typed in since is listed, marked "inlagd i efterhand" when dated before
    the period. With no earlier report the period is only the last days: a comment is
    listed when its own date falls in them (a comment dated 2024 is not news of 2026).
    """
    start, reason, by_typing = since_start(session, town, since, now_utc)
    found = events(session, start, by_typing)
    return SinceSection(
        since=local_time(start),
        reason=reason,
        status_changes=tuple(found["status"]),
        finished=tuple(found["finished"]),
        new_actions=tuple(found["new"]),
        removed=tuple(found["removed"]),
        due_changes=tuple(found["due"]),
        comments=tuple(found["comments"]),
        renamed=tuple(found["renamed"]),
    )
