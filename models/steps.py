"""Every step a user takes on the register, with its inverse: the core of undo and redo.

A step is a plain object that holds what it needs: the values before and after, the
snapshot of a removed action, the shared references below. `do(session)` takes the step
the first time, `undo(session)` takes it back and `redo(session)` takes it again. Each runs
inside the caller's transaction through the operations of this package, so an undo is
saved and logged like any other change, and a stale version raises ConflictError. The
window's undo stack (ui/window/undo.py) only orders and names them.

An action that is removed and put back gets a new id, and so does a milestone. The steps
on one action therefore share one `ActionRef` (handed out by `Refs`) whose id follows the
action, together with the version this program last wrote: a later step on the action,
or an older one redone, finds it under its new id. While an action is removed its id is
free: SQLite gives the highest id to the next new row, which gets a reference of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.orm import Session

from models import actions, people, results, snapshots
from models.entities import Action, Person, Unit
from models.errors import NotFoundError
from models.results import ResultKey, ResultValues
from models.words import quoted


@dataclass
class ActionRef:
    id: int
    version: int


@dataclass
class MilestoneRef:
    id: int


class Refs:
    """One reference per action (and milestone) for all the steps of a session."""

    def __init__(self) -> None:
        self._actions: dict[int, ActionRef] = {}
        self._milestones: dict[int, MilestoneRef] = {}

    def ref(self, action_id: int, version: int) -> ActionRef:
        """The action's reference; `version` counts only for an action seen the first time."""
        ref = self._actions.get(action_id)
        if ref is None:
            ref = self._actions[action_id] = ActionRef(action_id, version)
        return ref

    def gone(self, ref: ActionRef) -> None:
        """The action was removed: its id may go to another action now."""
        if self._actions.get(ref.id) is ref:
            del self._actions[ref.id]

    def moved(self, ref: ActionRef, new_id: int) -> None:
        """The action is back under `new_id`."""
        self.gone(ref)
        ref.id = new_id
        self._actions[new_id] = ref

    def milestone_ref(self, milestone_id: int) -> MilestoneRef:
        return self._milestones.setdefault(milestone_id, MilestoneRef(milestone_id))

    def milestone_gone(self, ref: MilestoneRef) -> None:
        if self._milestones.get(ref.id) is ref:
            del self._milestones[ref.id]

    def milestone_moved(self, ref: MilestoneRef, new_id: int) -> None:
        self.milestone_gone(ref)
        ref.id = new_id
        self._milestones[new_id] = ref


class Step:
    """One user step. `ref` is the action it concerns (None for the lists of names)."""

    ref: ActionRef | None = None

    @property
    def action_id(self) -> int | None:
        return self.ref.id if self.ref is not None else None

    def do(self, session: Session) -> None:
        """The step the first time, checked against the version the user started from."""
        self._forward(session, True)
        self._note_version(session)

    def redo(self, session: Session) -> None:
        self._forward(session, False)
        self._note_version(session)

    def undo(self, session: Session) -> None:
        self._backward(session)
        self._note_version(session)

    def _forward(self, session: Session, first: bool) -> None:
        raise NotImplementedError

    def _backward(self, session: Session) -> None:
        raise NotImplementedError

    def _note_version(self, session: Session) -> None:
        # The next step on the action expects the version this one left behind.
        if self.ref is not None:
            action = session.get(Action, self.ref.id)
            if action is not None:
                self.ref.version = action.version


class EditAction(Step):
    """Changed fields of an action, optionally with a follow-up comment in the same step."""

    def __init__(
        self,
        ref: ActionRef,
        before: dict[str, Any],
        after: dict[str, Any],
        start_version: int,
        comment: dict[str, Any] | None = None,
    ) -> None:
        self.ref: ActionRef = ref
        self.before, self.after = before, after
        self.start_version = start_version
        self.comment = comment
        self.comment_id: int | None = None

    def _forward(self, session: Session, first: bool) -> None:
        expected = self.start_version if first else self.ref.version
        actions.update_action(session, self.ref.id, expected, **self.after)
        if self.comment is not None:
            self.comment_id = actions.add_comment(session, self.ref.id, **self.comment).id

    def _backward(self, session: Session) -> None:
        if self.comment_id is not None:
            snapshots.delete_comment(session, self.comment_id)
        actions.update_action(session, self.ref.id, self.ref.version, **self.before)


class CreateAction(Step):
    """A new action; undone it is removed, redone it comes back whole under a new id."""

    def __init__(self, refs: Refs, fields: dict[str, Any]) -> None:
        self.refs = refs
        self.fields = fields
        self.snapshot: dict[str, Any] | None = None

    def _forward(self, session: Session, first: bool) -> None:
        if self.snapshot is None:
            action = actions.create_action(session, **self.fields)
        else:
            action = snapshots.restore(session, self.snapshot)
        if self.ref is None:
            self.ref = self.refs.ref(action.id, action.version)
        else:
            self.refs.moved(self.ref, action.id)

    def _backward(self, session: Session) -> None:
        assert self.ref is not None
        self.snapshot = snapshots.snapshot(session, self.ref.id)
        actions.delete_action(session, self.ref.id, self.ref.version)
        self.refs.gone(self.ref)


class DeleteAction(Step):
    """A removed action; undone it comes back with its milestones and comments, new id."""

    def __init__(self, refs: Refs, ref: ActionRef, start_version: int) -> None:
        self.refs = refs
        self.ref: ActionRef = ref
        self.start_version = start_version
        self.snapshot: dict[str, Any] = {}

    def _forward(self, session: Session, first: bool) -> None:
        expected = self.start_version if first else self.ref.version
        self.snapshot = snapshots.snapshot(session, self.ref.id)
        actions.delete_action(session, self.ref.id, expected)
        self.refs.gone(self.ref)

    def _backward(self, session: Session) -> None:
        action = snapshots.restore(session, self.snapshot)
        self.refs.moved(self.ref, action.id)


class AddComment(Step):
    """A follow-up comment, which may set status and progress; undone both go back."""

    def __init__(self, ref: ActionRef, comment: dict[str, Any], start_version: int) -> None:
        self.ref: ActionRef = ref
        self.comment = comment
        self.start_version = start_version
        self.before: dict[str, Any] = {}
        self.comment_id: int | None = None

    def _forward(self, session: Session, first: bool) -> None:
        action = actions.get_action(session, self.ref.id)
        self.before = {"status": action.status, "progress": action.progress,
                       "completed": action.completed}
        expected = self.start_version if first else self.ref.version
        self.comment_id = actions.add_comment(
            session, self.ref.id, expected_version=expected, **self.comment
        ).id

    def _backward(self, session: Session) -> None:
        assert self.comment_id is not None
        snapshots.delete_comment(session, self.comment_id)
        action = actions.get_action(session, self.ref.id)
        changed = {k: v for k, v in self.before.items() if getattr(action, k) != v}
        if changed:
            actions.update_action(session, self.ref.id, self.ref.version, **changed)


class AddMilestone(Step):
    def __init__(self, refs: Refs, ref: ActionRef, values: dict[str, Any]) -> None:
        self.refs = refs
        self.ref: ActionRef = ref
        self.values = values
        self.milestone: MilestoneRef | None = None

    def _forward(self, session: Session, first: bool) -> None:
        new_id = actions.add_milestone(session, self.ref.id, **self.values).id
        if self.milestone is None:
            self.milestone = self.refs.milestone_ref(new_id)
        else:
            self.refs.milestone_moved(self.milestone, new_id)

    def _backward(self, session: Session) -> None:
        assert self.milestone is not None
        actions.delete_milestone(session, self.milestone.id)
        self.refs.milestone_gone(self.milestone)


class EditMilestone(Step):
    def __init__(
        self, ref: ActionRef, milestone: MilestoneRef, before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        self.ref: ActionRef = ref
        self.milestone, self.before, self.after = milestone, before, after

    def _forward(self, session: Session, first: bool) -> None:
        actions.update_milestone(session, self.milestone.id, **self.after)

    def _backward(self, session: Session) -> None:
        actions.update_milestone(session, self.milestone.id, **self.before)


class MarkMilestoneDone(Step):
    """A milestone marked done (with its date) or not done; undone it is as it was."""

    def __init__(
        self, ref: ActionRef, milestone: MilestoneRef, before: tuple[bool, Any],
        after: tuple[bool, Any],
    ) -> None:
        self.ref: ActionRef = ref
        self.milestone, self.before, self.after = milestone, before, after

    def _forward(self, session: Session, first: bool) -> None:
        actions.set_milestone_done(session, self.milestone.id, *self.after)

    def _backward(self, session: Session) -> None:
        actions.set_milestone_done(session, self.milestone.id, *self.before)


class DeleteMilestone(Step):
    def __init__(
        self, refs: Refs, ref: ActionRef, milestone: MilestoneRef, values: dict[str, Any]
    ) -> None:
        self.refs = refs
        self.ref: ActionRef = ref
        self.milestone, self.values = milestone, values

    def _forward(self, session: Session, first: bool) -> None:
        actions.delete_milestone(session, self.milestone.id)
        self.refs.milestone_gone(self.milestone)

    def _backward(self, session: Session) -> None:
        new_id = actions.add_milestone(session, self.ref.id, **self.values).id
        self.refs.milestone_moved(self.milestone, new_id)


# --- the lists of people and units ---------------------------------------------------------
# Rows are found by their name (names are unique), so that an undo still finds a person who
# was removed and added back under a new id.

NameKind = Literal["person", "unit"]


def _find(session: Session, kind: NameKind, name: str) -> Person | Unit:
    found = (people.find_person if kind == "person" else people.find_unit)(session, name)
    if found is None:
        raise NotFoundError(f"{quoted(name)} finns inte längre i listan.")
    return found


def _add(session: Session, kind: NameKind, name: str, extra: dict[str, Any] | None) -> None:
    if kind == "unit":
        people.unit_named(session, name)
        return
    person = people.person_named(session, name)
    session.flush()
    if extra:
        people.update_person(session, person.id, email=extra["email"] or "",
                             unit=extra["unit"] or "")


def _rename(session: Session, kind: NameKind, old: str, new: str) -> None:
    ident = _find(session, kind, old).id
    if kind == "person":
        people.update_person(session, ident, name=new)
    else:
        people.rename_unit(session, ident, new)


def _remove(session: Session, kind: NameKind, name: str) -> None:
    ident = _find(session, kind, name).id
    (people.remove_person if kind == "person" else people.remove_unit)(session, ident)


class AddName(Step):
    """A new person or unit in the lists."""

    def __init__(self, kind: NameKind, name: str) -> None:
        self.kind, self.name = kind, name

    def _forward(self, session: Session, first: bool) -> None:
        _add(session, self.kind, self.name, None)
        session.flush()

    def _backward(self, session: Session) -> None:
        _remove(session, self.kind, self.name)
        session.flush()


class RenameName(Step):
    def __init__(self, kind: NameKind, old: str, new: str) -> None:
        self.kind, self.old, self.new = kind, old, new

    def _forward(self, session: Session, first: bool) -> None:
        _rename(session, self.kind, self.old, self.new)
        session.flush()

    def _backward(self, session: Session) -> None:
        _rename(session, self.kind, self.new, self.old)
        session.flush()


class RemoveName(Step):
    """A person or unit no action uses, removed; undone a person gets e-mail and unit back."""

    def __init__(self, kind: NameKind, name: str) -> None:
        self.kind, self.name = kind, name
        self.extra: dict[str, Any] | None = None

    def _forward(self, session: Session, first: bool) -> None:
        found = _find(session, self.kind, self.name)
        if isinstance(found, Person):
            self.extra = {"email": found.email, "unit": found.unit.name if found.unit else None}
        _remove(session, self.kind, self.name)
        session.flush()

    def _backward(self, session: Session) -> None:
        _add(session, self.kind, self.name, self.extra)
        session.flush()


# --- survey results -------------------------------------------------------------------------


class ChangeResults(Step):
    """Survey results changed in one step: a figure typed, edited or removed, or an import.

    The first time, `change(session)` does the work (its answer is kept in `outcome`, e.g.
    the message or the number of rows written) between two readings of `keys`; undone, every
    one of them is put back as it was (a new figure removed), redone as it was after, all in
    the caller's one transaction and logged row by row.
    """

    def __init__(self, keys: Iterable[ResultKey], change: Callable[[Session], Any]) -> None:
        self.keys = list(keys)
        self.change: Callable[[Session], Any] | None = change
        self.outcome: Any = None
        self.before: dict[ResultKey, ResultValues] = {}
        self.after: dict[ResultKey, ResultValues] = {}

    def _forward(self, session: Session, first: bool) -> None:
        if self.change is None:
            results.put_values(session, self.keys, self.after)
            return
        self.before = results.values_by_key(session, self.keys)
        self.outcome = self.change(session)
        self.after = results.values_by_key(session, self.keys)
        self.change = None  # what it holds (a preview, a progress) is not needed again

    def _backward(self, session: Session) -> None:
        results.put_values(session, self.keys, self.before)
