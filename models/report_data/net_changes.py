"""Net changes of the actions between a moment and now, rebuilt from the change log.

The log holds every step (models/tracking.py): undo and redo write steps too, and an
action removed and put back gets a new id. Here the steps are folded into two states, the
one at `start` and the one now, and only their difference is told:

- a removal followed in the period by a creation with the same title and content (the
  comments' texts, and every field the log knows for both) is the same action: one
  *lineage* of ids, no change;
- a field's value at `start` is the old value of its first change after `start` (within
  the lineage), else its value now: a status that went away and came back is no change;
- an action is new when its lineage did not exist at `start`, removed when it does not
  exist now (named by its last title); one made and removed within the period is nothing.

Plain data in, plain data out (no session): `load_net_changes` reads the rows.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import tracking
from models.entities import Action, ChangeLogEntry, Comment

# The fields compared to tell a re-created action from a new one, and those reported.
CONTENT = ("title", "description", "status", "start", "due", "progress", "expected_effect")


@dataclass(frozen=True)
class LogRow:
    """One row of the change log, as plain values."""

    id: int
    at: dt.datetime  # UTC
    user: str
    entity: str  # "action" or "comment"
    entity_id: int
    action_id: int | None
    operation: str  # create, update, delete
    field: str = ""
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True)
class CurrentComment:
    id: int
    action_id: int
    date: dt.date
    author: str
    text: str


@dataclass(frozen=True)
class FieldChange:
    """A field whose value at the start differs from its value now."""

    field: str
    old: str | None
    new: str | None
    at: dt.datetime  # UTC, the last change of the field in the period
    user: str


@dataclass(frozen=True)
class ActionChange:
    """What became of one action (a lineage of ids) between the start and now."""

    ids: tuple[int, ...]
    title: str  # now, or the last one when removed
    kind: str  # "new", "removed" or "kept"
    old_title: str = ""  # the title at the start, when it differs
    changes: tuple[FieldChange, ...] = ()
    at: dt.datetime | None = None  # UTC: made or removed
    user: str = ""

    def change(self, name: str) -> FieldChange | None:
        return next((c for c in self.changes if c.field == name), None)


@dataclass(frozen=True)
class NewComment:
    comment: CurrentComment
    action_id: int
    entered: dt.datetime | None  # UTC, when it was typed in (None: before the period)
    late: bool = False  # typed in during the period, dated before it


@dataclass(frozen=True)
class NetChanges:
    actions: tuple[ActionChange, ...] = ()
    comments: tuple[NewComment, ...] = ()


@dataclass
class _Lineage:
    ids: list[int] = field(default_factory=list)


def net_changes(
    rows: Sequence[LogRow],
    current: dict[int, dict[str, str | None]],
    comments: Sequence[CurrentComment],
    start: dt.datetime,
    dated_from: dt.date,
    by_typing: bool = True,
) -> NetChanges:
    """The net changes since `start` (UTC) of the actions `current` (id → field texts).

    `comments`: the comments that exist now. `by_typing` (the period starts at a
    meeting): a comment typed in since `start` is listed, `late` when its own date is
    before `dated_from` (the start's local date); a comment typed in earlier was the
    previous meeting's. Otherwise (only the last days, no meeting to start from): a comment
    is listed when its own date is on or after `dated_from`. A comment the action already
    had at the start (put back with a re-created action) is never new.
    """
    rows = sorted(rows, key=lambda r: r.id)
    by_action: dict[int, list[LogRow]] = {}
    comment_rows: list[LogRow] = []
    for r in rows:
        if r.entity == "action":
            by_action.setdefault(r.entity_id, []).append(r)
        elif r.entity == "comment":
            comment_rows.append(r)
    lineages = _lineages(rows, by_action, current, comment_rows, start)
    changes: list[ActionChange] = []
    kept_at_start: dict[int, int] = {}  # id now → the lineage's id at the start
    for lineage in lineages:
        first, last = lineage.ids[0], lineage.ids[-1]
        existed = _existed_at(by_action.get(first, []), start)
        exists = last in current
        if not existed and not exists:
            continue
        if not exists:
            gone = next(r for r in reversed(by_action[last]) if r.operation == "delete")
            title = gone.old or _last_known(by_action[last], "title") or f"åtgärd {last}"
            changes.append(
                ActionChange(tuple(lineage.ids), title, "removed", at=gone.at, user=gone.user)
            )
            continue
        now = current[last]
        title = now.get("title") or f"åtgärd {last}"
        if not existed:
            made = next((r for r in by_action.get(first, []) if r.operation == "create"), None)
            changes.append(
                ActionChange(
                    tuple(lineage.ids),
                    title,
                    "new",
                    at=made.at if made else None,
                    user=made.user if made else "",
                )
            )
            continue
        kept_at_start[last] = first
        steps = [r for i in lineage.ids for r in by_action.get(i, []) if r.at >= start]
        found = []
        for name in CONTENT:
            mine = [r for r in steps if r.operation == "update" and r.field == name]
            if mine and mine[0].old != now.get(name):
                found.append(
                    FieldChange(name, mine[0].old, now.get(name), mine[-1].at, mine[-1].user)
                )
        renamed = next((c for c in found if c.field == "title"), None)
        changes.append(
            ActionChange(
                tuple(lineage.ids),
                title,
                "kept",
                old_title=(renamed.old or "") if renamed else "",
                changes=tuple(found),
            )
        )
    return NetChanges(
        tuple(changes),
        _new_comments(comment_rows, comments, kept_at_start, start, dated_from, by_typing, current),
    )


def _existed_at(steps: Sequence[LogRow], start: dt.datetime) -> bool:
    """Made before `start` (or before the log began) and not removed before it."""
    made = next((r for r in steps if r.operation == "create"), None)
    gone = next((r for r in steps if r.operation == "delete"), None)
    return (made is None or made.at < start) and (gone is None or gone.at >= start)


def _last_known(steps: Sequence[LogRow], name: str) -> str | None:
    for r in reversed(steps):
        if r.operation == "update" and r.field == name:
            return r.new
    return None


def _at_creation(
    steps: Sequence[LogRow], now: dict[str, str | None] | None
) -> dict[str, str | None]:
    """The fields an action had when made, as far as the log (and its state now) tells."""
    known: dict[str, str | None] = {}
    made = next((r for r in steps if r.operation == "create"), None)
    if made is not None:
        known["title"] = made.new
    for name in CONTENT:
        first = next((r for r in steps if r.operation == "update" and r.field == name), None)
        if first is not None:
            known[name] = first.old
        elif now is not None:
            known[name] = now.get(name)
    return known


def _before_removal(steps: Sequence[LogRow]) -> dict[str, str | None]:
    known: dict[str, str | None] = {}
    for r in steps:
        if r.operation == "update" and r.field in CONTENT:
            known[r.field] = r.new
        elif r.operation == "delete":
            known["title"] = r.old
    return known


def _comment_texts(
    comment_rows: Iterable[LogRow], action_id: int, at: dt.datetime | None = None
) -> Counter[str]:
    """The texts of an action's comments: all it had (`at` None), or those made at `at`."""
    texts: Counter[str] = Counter()
    made: dict[int, str] = {}
    for r in comment_rows:
        if r.action_id != action_id:
            continue
        if r.operation == "create" and (at is None or r.at == at):
            made[r.entity_id] = r.new or ""
        elif r.operation == "delete" and at is None:
            made.pop(r.entity_id, None)
    texts.update(made.values())
    return texts


def _lineages(
    rows: Sequence[LogRow],
    by_action: dict[int, list[LogRow]],
    current: dict[int, dict[str, str | None]],
    comment_rows: Sequence[LogRow],
    start: dt.datetime,
) -> list[_Lineage]:
    lineage_of: dict[int, _Lineage] = {}
    removed: list[int] = []  # removed in the period, not yet matched, oldest first
    order: list[_Lineage] = []
    for r in rows:
        if r.entity != "action" or r.operation not in ("create", "delete"):
            continue
        if r.operation == "delete":
            if r.at >= start:
                removed.append(r.entity_id)
            continue
        lineage = None
        if r.at >= start:
            made = _at_creation(by_action[r.entity_id], current.get(r.entity_id))
            made_comments = _comment_texts(comment_rows, r.entity_id, r.at)
            for old in reversed(removed):
                before = _before_removal(by_action[old])
                same = all(made[k] == v for k, v in before.items() if k in made)
                if same and made_comments == _comment_texts(comment_rows, old):
                    removed.remove(old)
                    lineage = lineage_of[old]
                    break
        if lineage is None:
            lineage = _Lineage()
            order.append(lineage)
        lineage.ids.append(r.entity_id)
        lineage_of[r.entity_id] = lineage
    for action_id in sorted(set(current) | set(by_action)):
        if action_id not in lineage_of:  # made before the log began
            lineage = _Lineage([action_id])
            lineage_of[action_id] = lineage
            order.insert(0, lineage)
    return order


def _new_comments(
    comment_rows: Sequence[LogRow],
    comments: Sequence[CurrentComment],
    kept_at_start: dict[int, int],
    start: dt.datetime,
    dated_from: dt.date,
    by_typing: bool,
    current: dict[int, dict[str, str | None]],
) -> tuple[NewComment, ...]:
    entered = {r.entity_id: r.at for r in comment_rows if r.operation == "create" and r.at >= start}
    earlier = [r for r in comment_rows if r.at < start]
    had = {now_id: _comment_texts(earlier, first) for now_id, first in kept_at_start.items()}
    found = []
    for c in sorted(comments, key=lambda c: (c.date, c.id)):
        if c.action_id not in current:
            continue
        typed = entered.get(c.id)
        old = had.get(c.action_id)
        if typed is not None and old is not None and old[c.text] > 0:
            old[c.text] -= 1  # a comment it had, put back with its action by an undo
            continue
        if by_typing and typed is not None:
            found.append(NewComment(c, c.action_id, typed, late=c.date < dated_from))
        elif not by_typing and c.date >= dated_from:
            found.append(NewComment(c, c.action_id, typed))
    return tuple(found)


def load_net_changes(
    session: Session, start: dt.datetime, dated_from: dt.date, by_typing: bool = True
) -> NetChanges:
    """Read the log, the actions and their comments, and fold them (see `net_changes`)."""
    entries = session.scalars(
        select(ChangeLogEntry)
        .where(ChangeLogEntry.entity.in_(("action", "comment")))
        .order_by(ChangeLogEntry.id)
    )
    rows = [
        LogRow(
            e.id,
            e.at,
            e.user,
            e.entity,
            e.entity_id,
            e.action_id,
            e.operation,
            e.field,
            e.old_value,
            e.new_value,
        )
        for e in entries
    ]
    current = {
        a.id: {name: tracking.as_text(getattr(a, name)) for name in CONTENT}
        for a in session.scalars(select(Action))
    }
    comments = [
        CurrentComment(c.id, c.action_id, c.date, c.author, c.text)
        for c in session.scalars(select(Comment))
    ]
    return net_changes(rows, current, comments, start, dated_from, by_typing)
