"""Undo and redo of every change in the session, as QUndoStack commands.

Each command writes through the models' operations in its own transaction, so an undo is
saved and logged like any other change. The first execution happens before the command is
pushed (`run()`), so that a failing save raises to the form, which keeps what the user
typed; redo() after that repeats the step.

An action that is removed and put back gets a new id. Commands therefore hold a shared
`ActionRef` whose id (and the version this window last wrote) follows the action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from models import actions, snapshots
from models.db import Database
from models.entities import Action
from models.errors import InsiktError


@dataclass
class ActionRef:
    id: int
    version: int


@dataclass
class MilestoneRef:
    id: int


class UndoContext:
    """What the commands need from the window: the database and where to report."""

    def __init__(
        self,
        db: Database,
        done: Callable[[int | None], None],
        failed: Callable[[str, InsiktError], None],
        parent: QObject | None = None,
    ) -> None:
        self.db = db
        self.done = done
        self.failed = failed
        self.stack = QUndoStack(parent)
        self._refs: dict[int, ActionRef] = {}
        self._milestones: dict[int, MilestoneRef] = {}

    def ref(self, action_id: int, version: int) -> ActionRef:
        ref = self._refs.get(action_id)
        if ref is None:
            ref = self._refs[action_id] = ActionRef(action_id, version)
        return ref

    def moved(self, ref: ActionRef, new_id: int) -> None:
        self._refs.pop(ref.id, None)
        ref.id = new_id
        self._refs[new_id] = ref

    def milestone_ref(self, milestone_id: int) -> MilestoneRef:
        return self._milestones.setdefault(milestone_id, MilestoneRef(milestone_id))

    def milestone_moved(self, ref: MilestoneRef, new_id: int) -> None:
        self._milestones.pop(ref.id, None)
        ref.id = new_id
        self._milestones[new_id] = ref

    def push(self, command: DbCommand) -> None:
        """Run the command's first step (raising on failure), then put it on the stack."""
        command.run()
        self.stack.push(command)


def _note_version(session: Session, ref: ActionRef) -> None:
    action = session.get(Action, ref.id)
    if action is not None:
        ref.version = action.version


class DbCommand(QUndoCommand):
    def __init__(self, ctx: UndoContext, text: str, ref: ActionRef | None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.ref = ref
        self._pushed = False

    def forward(self, session: Session, first: bool) -> None:
        raise NotImplementedError

    def backward(self, session: Session) -> None:
        raise NotImplementedError

    def run(self) -> None:
        with self.ctx.db.write() as session:
            self.forward(session, True)
            self._after(session)
        self.ctx.done(self.ref.id if self.ref else None)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # run() did the first step already
            return
        self._step(lambda s: self.forward(s, False))

    def undo(self) -> None:
        self._step(self.backward)

    def _step(self, step: Callable[[Session], Any]) -> None:
        try:
            with self.ctx.db.write() as session:
                step(session)
                self._after(session)
        except InsiktError as exc:
            # A step that cannot be done (someone else changed the action) leaves the stack.
            self.setObsolete(True)
            self.ctx.failed(self.text(), exc)
            return
        self.ctx.done(self.ref.id if self.ref else None)

    def _after(self, session: Session) -> None:
        if self.ref is not None:
            _note_version(session, self.ref)


class EditAction(DbCommand):
    """Changed fields of an action, optionally with a follow-up comment in the same step."""

    def __init__(
        self,
        ctx: UndoContext,
        text: str,
        ref: ActionRef,
        before: dict[str, Any],
        after: dict[str, Any],
        start_version: int,
        comment: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(ctx, text, ref)
        self.before, self.after = before, after
        self.start_version = start_version
        self.comment = comment
        self.comment_id: int | None = None

    def forward(self, session: Session, first: bool) -> None:
        expected = self.start_version if first else self.ref.version
        actions.update_action(session, self.ref.id, expected, **self.after)
        if self.comment is not None:
            self.comment_id = actions.add_comment(session, self.ref.id, **self.comment).id

    def backward(self, session: Session) -> None:
        if self.comment_id is not None:
            snapshots.delete_comment(session, self.comment_id)
        actions.update_action(session, self.ref.id, self.ref.version, **self.before)


class CreateAction(DbCommand):
    def __init__(self, ctx: UndoContext, text: str, fields: dict[str, Any]) -> None:
        super().__init__(ctx, text, None)
        self.fields = fields
        self.snapshot: dict[str, Any] | None = None

    def forward(self, session: Session, first: bool) -> None:
        if self.snapshot is None:
            action = actions.create_action(session, **self.fields)
        else:
            action = snapshots.restore(session, self.snapshot)
        if self.ref is None:
            self.ref = self.ctx.ref(action.id, action.version)
        else:
            self.ctx.moved(self.ref, action.id)

    def backward(self, session: Session) -> None:
        assert self.ref is not None
        self.snapshot = snapshots.snapshot(session, self.ref.id)
        actions.delete_action(session, self.ref.id, self.ref.version)


class DeleteAction(DbCommand):
    def __init__(self, ctx: UndoContext, text: str, ref: ActionRef, start_version: int) -> None:
        super().__init__(ctx, text, ref)
        self.start_version = start_version
        self.snapshot: dict[str, Any] = {}

    def forward(self, session: Session, first: bool) -> None:
        expected = self.start_version if first else self.ref.version
        self.snapshot = snapshots.snapshot(session, self.ref.id)
        actions.delete_action(session, self.ref.id, expected)

    def backward(self, session: Session) -> None:
        action = snapshots.restore(session, self.snapshot)
        self.ctx.moved(self.ref, action.id)


class AddComment(DbCommand):
    def __init__(
        self, ctx: UndoContext, text: str, ref: ActionRef, comment: dict[str, Any],
        start_version: int,
    ) -> None:
        super().__init__(ctx, text, ref)
        self.comment = comment
        self.start_version = start_version
        self.before: dict[str, Any] = {}
        self.comment_id: int | None = None

    def forward(self, session: Session, first: bool) -> None:
        action = actions.get_action(session, self.ref.id)
        self.before = {"status": action.status, "progress": action.progress,
                       "completed": action.completed}
        expected = self.start_version if first else self.ref.version
        self.comment_id = actions.add_comment(
            session, self.ref.id, expected_version=expected, **self.comment
        ).id

    def backward(self, session: Session) -> None:
        assert self.comment_id is not None
        snapshots.delete_comment(session, self.comment_id)
        action = actions.get_action(session, self.ref.id)
        changed = {k: v for k, v in self.before.items() if getattr(action, k) != v}
        if changed:
            actions.update_action(session, self.ref.id, self.ref.version, **changed)


class AddMilestone(DbCommand):
    def __init__(self, ctx: UndoContext, text: str, ref: ActionRef, values: dict[str, Any]) -> None:
        super().__init__(ctx, text, ref)
        self.values = values
        self.milestone: MilestoneRef | None = None

    def forward(self, session: Session, first: bool) -> None:
        new_id = actions.add_milestone(session, self.ref.id, **self.values).id
        if self.milestone is None:
            self.milestone = self.ctx.milestone_ref(new_id)
        else:
            self.ctx.milestone_moved(self.milestone, new_id)

    def backward(self, session: Session) -> None:
        assert self.milestone is not None
        actions.delete_milestone(session, self.milestone.id)


class EditMilestone(DbCommand):
    def __init__(
        self, ctx: UndoContext, text: str, ref: ActionRef, milestone: MilestoneRef,
        before: dict[str, Any], after: dict[str, Any],
    ) -> None:
        super().__init__(ctx, text, ref)
        self.milestone, self.before, self.after = milestone, before, after

    def forward(self, session: Session, first: bool) -> None:
        actions.update_milestone(session, self.milestone.id, **self.after)

    def backward(self, session: Session) -> None:
        actions.update_milestone(session, self.milestone.id, **self.before)


class DeleteMilestone(DbCommand):
    def __init__(
        self, ctx: UndoContext, text: str, ref: ActionRef, milestone: MilestoneRef,
        values: dict[str, Any],
    ) -> None:
        super().__init__(ctx, text, ref)
        self.milestone, self.values = milestone, values

    def forward(self, session: Session, first: bool) -> None:
        actions.delete_milestone(session, self.milestone.id)

    def backward(self, session: Session) -> None:
        new_id = actions.add_milestone(session, self.ref.id, **self.values).id
        self.ctx.milestone_moved(self.milestone, new_id)


class NameListStep(DbCommand):
    """A change to the lists of people or units; both steps find rows by their unique name."""

    def __init__(
        self,
        ctx: UndoContext,
        text: str,
        forward: Callable[[Session], Any],
        backward: Callable[[Session], Any],
    ) -> None:
        super().__init__(ctx, text, None)
        self._forward, self._backward = forward, backward

    def forward(self, session: Session, first: bool) -> None:
        self._forward(session)
        session.flush()

    def backward(self, session: Session) -> None:
        self._backward(session)
        session.flush()
