"""The window's undo stack: the steps of models/steps.py as QUndoStack commands.

Every step (a save, Ångra, Gör om) is taken by the context through
ui/window/saving.py before the stack moves: on the GUI thread when the database is free,
in a worker when another program holds it, and the stack moves when the step has landed.
So a failing save raises to the form (or tells its `failed`), which keeps what the user
typed; a step that lands tells the window (`done`), a step that cannot be undone or redone
(someone else changed the action) leaves the stack and tells why (`failed`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from models.db import Database
from models.errors import InsiktError
from models.steps import Refs, Step
from ui.window.saving import write_soon


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoContext", text)


class UndoContext:
    """What the commands need from the window: the database and where to report."""

    def __init__(
        self,
        db: Database,
        done: Callable[[int | None], None],
        failed: Callable[[str, InsiktError], None],
        window: QWidget | None = None,
        done_on_push: bool = True,
    ) -> None:
        self.db = db
        self.done = done
        # False: a new step tells only its `landed` (the tab shows what it saved itself);
        # `done` hears undo and redo.
        self.done_on_push = done_on_push
        self.failed = failed
        self.window = window
        self.stack = QUndoStack(window)
        self.refs = Refs()

    def switch(self, db: Database) -> None:
        """Another database: the steps and references of the old one are forgotten."""
        self.db = db
        self.stack.clear()
        self.refs = Refs()

    def push(self, text: str, step: Step, landed: Callable[[], None] | None = None,
             failed: Callable[[InsiktError], None] | None = None) -> bool:
        """Take the step and put it on the stack named `text`; then `landed()`.

        True when taken now. An error now is raised. False when the database is busy and
        the step goes on in a worker: it reaches the stack and `landed()` when it lands,
        else `failed(error)` (by default the window's `failed`).
        """
        command = StepCommand(self, text, step)

        def taken(_result: None) -> None:
            if self.done_on_push:
                self.done(step.action_id)
            self.stack.push(command)  # its first redo() does nothing: the step is taken
            if landed is not None:
                landed()

        return write_soon(self.window, self.db, _tr("Sparar: {what}").format(what=text),
                          step.do, taken, failed or (lambda exc: self.failed(text, exc)))

    def push_taken(self, text: str, step: Step) -> None:
        """A step already taken elsewhere (an import, in its own write task) onto the stack."""
        self.stack.push(StepCommand(self, text, step))

    def undo(self) -> None:
        """Ångra: the last step undone, then the stack moved back."""
        command = self.stack.command(self.stack.index() - 1)
        if isinstance(command, StepCommand):
            self._move(command, command.step.undo, self.stack.undo)

    def redo(self) -> None:
        """Gör om: the next step taken again, then the stack moved on."""
        command = self.stack.command(self.stack.index())
        if isinstance(command, StepCommand):
            self._move(command, command.step.redo, self.stack.redo)

    def _move(self, command: StepCommand, step: Callable[[Session], None],
              move: Callable[[], None]) -> None:
        def settle(outcome: InsiktError | None) -> None:
            command.outcome = outcome
            move()

        try:
            write_soon(self.window, self.db, _tr("Sparar: {what}").format(what=command.text()),
                       step, lambda _result: settle(None), settle)
        except InsiktError as exc:
            settle(exc)


class _NotTaken:
    """No step was taken for the stack's next call (see StepCommand)."""


_NOT_TAKEN = _NotTaken()


class StepCommand(QUndoCommand):
    """One step on the stack. The context takes the step before the stack calls undo() or
    redo() and leaves the outcome here; a call from elsewhere takes the step itself."""

    def __init__(self, ctx: UndoContext, text: str, step: Step) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.step = step
        # What came of the step the context took for the stack's next undo() or redo().
        self.outcome: InsiktError | None | _NotTaken = _NOT_TAKEN
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # push() took the first step already
            return
        self._settle(self.step.redo)

    def undo(self) -> None:
        self._settle(self.step.undo)

    def _settle(self, step: Callable[..., None]) -> None:
        outcome, self.outcome = self.outcome, _NOT_TAKEN
        if isinstance(outcome, _NotTaken):
            outcome = self._take(step)
        if outcome is not None:
            # A step that cannot be done (someone else changed the action) leaves the stack.
            self.setObsolete(True)
            self.ctx.failed(self.text(), outcome)
            return
        self.ctx.done(self.step.action_id)

    def _take(self, step: Callable[..., None]) -> InsiktError | None:
        try:
            with self.ctx.db.write() as session:
                step(session)
        except InsiktError as exc:
            return exc
        return None
