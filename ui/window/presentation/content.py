"""What the presentation's pages show, read into plain values in one short read each.

The pages never hold ORM objects: an action's page is an `ActionSlide` read again after each
change, so it shows what is stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import actions
from models.codes import Status
from models.effect import WORDS, effect_text, effects, shared_reason


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
    )


def _done(milestone: object) -> bool | None:
    # Milestones get a done state in another change (issue 12, snags): read it when it is there.
    done = getattr(milestone, "done", None)
    return None if done is None else bool(done)


@dataclass(frozen=True)
class NkiLine:
    group: str  # "Totalt", "Företag" …
    value: str  # "68 (2023)", "71 (2025, preliminärt)"
    margin: str  # "±3" or ""
    change: str  # "+2 från 2022: inom den kombinerade felmarginalen ±4 (ingen säker förändring)"


@dataclass(frozen=True)
class LateAction:
    title: str
    due: dt.date
    owner: str


@dataclass(frozen=True)
class StateSlide:
    """The first page: latest NKI per group, targets, counts by status, late actions."""

    nki: tuple[NkiLine, ...]
    targets: tuple[tuple[str, bool], ...]  # headline, reached
    counts: tuple[tuple[Status, int], ...]
    late: tuple[LateAction, ...]


def load_state(session: Session, today: dt.date | None = None) -> StateSlide:
    """The state of things from models/latest.py, models/targets.py and models/actions.py."""
    from models.deadlines import is_overdue
    from models.effect import change_text, figure_text, number_text
    from models.latest import latest_nki
    from models.targets import TargetStatus, judge_targets

    today = today or dt.date.today()
    nki = []
    for entry in latest_nki(session, today):
        shown = entry.final or entry.preliminary
        if shown is None:
            continue
        change = ""
        if entry.final is not None and entry.previous is not None and entry.judgement:
            judged = entry.judgement
            moved = change_text(judged.change) + " " if judged.change is not None else ""
            change = f"{moved}från {entry.previous.year}: {judged.note}"
        elif entry.final is None:
            change = "bara preliminärt värde, bedöms inte"
        if entry.final is not None and entry.preliminary is not None:
            change += f"; nyare preliminärt {figure_text(entry.preliminary)}"
        margin = f"±{number_text(shown.margin)}" if shown.margin is not None else ""
        nki.append(NkiLine(entry.group.label, figure_text(shown), margin, change))
    targets = tuple(
        (check.headline, check.status == TargetStatus.NATT) for check in judge_targets(session, today)
    )
    every = actions.list_actions(session, today=today)
    counts = tuple((status, sum(1 for a in every if a.status == status)) for status in Status)
    late = tuple(
        LateAction(a.title, a.due, a.owner.name if a.owner is not None else "")
        for a in every
        if a.due is not None and is_overdue(a.due, a.status, today)
    )
    return StateSlide(tuple(nki), targets, counts, late)
