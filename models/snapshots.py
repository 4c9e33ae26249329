"""Whole actions as plain data, so that a removed action can be put back (undo of a delete).

A snapshot holds everything that belongs to the action: its fields, service factors,
authority areas, milestones and follow-up comments. Restoring it creates a new action (the
old id is gone) and the change log records the re-creation like any other.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import action_fields
from models.actions import get_action
from models.entities import Action, Comment, Milestone
from models.errors import NotFoundError


def snapshot(session: Session, action_id: int) -> dict[str, Any]:
    """The action with everything that hangs on it, as plain values."""
    action = get_action(session, action_id, full=True)
    return {
        **action_fields.stored(action),
        "milestones": [
            {"date": m.date, "time_span": m.time_span, "text": m.text, "done": m.done,
             "done_date": m.done_date}
            for m in action.milestones
        ],
        "comments": [
            {
                "date": c.date,
                "author": c.author,
                "text": c.text,
                "status": c.status,
                "progress": c.progress,
                "created_at": c.created_at,
            }
            for c in action.comments
        ],
    }


def restore(session: Session, snap: dict[str, Any]) -> Action:
    """A new action made from a snapshot, flushed (it has its new id)."""
    action = Action(**{f.name: snap[f.name] for f in action_fields.FIELDS if f.plain})
    session.add(action)
    for field in action_fields.FIELDS:
        if not field.plain:  # a unit before its person, as the table orders them
            field.store(session, action, snap[field.name])
    action.milestones = [Milestone(**m) for m in snap["milestones"]]
    action.comments = [Comment(**c) for c in snap["comments"]]
    session.flush()
    return action


def comment_values(session: Session, comment_id: int) -> dict[str, Any]:
    comment = _comment(session, comment_id)
    return {
        "action_id": comment.action_id,
        "date": comment.date,
        "author": comment.author,
        "text": comment.text,
        "status": comment.status,
        "progress": comment.progress,
    }


def delete_comment(session: Session, comment_id: int) -> None:
    """Removes one follow-up comment (the undo of "Ny kommentar"); logged as a removal."""
    comment = _comment(session, comment_id)
    # Kept in the action's list until the flush so the log row still names the action.
    action = comment.action
    session.delete(comment)
    session.flush()
    session.expire(action, ["comments"])


def _comment(session: Session, comment_id: int) -> Comment:
    comment = session.scalar(select(Comment).where(Comment.id == comment_id))
    if comment is None:
        raise NotFoundError(f"Kommentaren med id {comment_id} finns inte.")
    return comment
