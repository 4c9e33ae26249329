"""What an action's page shows, read into plain values in one short read.

The pages never hold ORM objects: an action's page is an `ActionSlide` read again after each
change, so it shows what is stored. The first page reads models/overview.py's `Overview`,
the summary the window and the report share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import actions
from models.codes import Status
from models.effect import WORDS, chance_note, effect_text, effects, shared_reason


@dataclass(frozen=True)
class MilestoneLine:
    date: dt.date
    text: str
    done: bool | None  # None while milestones have no done state


@dataclass(frozen=True)
class ActionSlide:
    """One action as its page shows it."""

    id: int
    version: int
    title: str
    status: Status
    progress: int
    owner: str
    due: dt.date | None
    completed: dt.date | None
    milestones: tuple[MilestoneLine, ...]
    comment_date: dt.date | None  # the latest comment's
    comment_author: str
    comment: str
    effects: tuple[str, ...]  # models/effect.py's rows in words
    effect_note: str  # why there is no effect to show yet, when there is none
    chance: str = ""  # models.effect.chance_note of the judged rows ("" when none is judged)


def action_ids(session: Session, today: dt.date | None = None) -> list[int]:
    """The actions in the register's default order: by due date, then title."""
    return [a.id for a in actions.list_actions(session, today=today)]


def load_action(session: Session, action_id: int, today: dt.date | None = None) -> ActionSlide:
    action = actions.get_action(session, action_id, full=True)
    milestones = tuple(
        MilestoneLine(m.date, m.text, _done(m))
        for m in sorted(action.milestones, key=lambda m: (m.date, m.id))
    )
    comments = sorted(action.comments, key=lambda c: (c.date, c.created_at, c.id))
    latest = comments[-1] if comments else None
    rows = effects(session, action_id, today)
    judged = [e for e in rows if e.judged or e.early_sign]
    reason = shared_reason(rows) if rows and not judged else None
    return ActionSlide(
        id=action.id,
        version=action.version,
        title=action.title,
        status=action.status,
        progress=action.progress,
        owner=action.owner.name if action.owner is not None else "",
        due=action.due,
        completed=action.completed,
        milestones=milestones,
        comment_date=latest.date if latest else None,
        comment_author=latest.author if latest else "",
        comment=latest.text if latest else "",
        effects=tuple(effect_text(e) for e in judged),
        effect_note=WORDS[reason] if reason is not None else "",
        chance=chance_note(sum(1 for e in rows if e.judged)),
    )


def _done(milestone: object) -> bool | None:
    # Milestones get a done state in another change (issue 12, snags): read it when it is there.
    done = getattr(milestone, "done", None)
    return None if done is None else bool(done)

