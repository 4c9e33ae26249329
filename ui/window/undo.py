"""The window's undo stack: the steps of models/steps.py as QUndoStack commands.

A command runs its step in a transaction of its own and tells the window that it is done
(or why it could not be done). The first run happens before the command is pushed
(`UndoContext.push`), so that a failing save raises to the form, which keeps what the user
typed; the stack's own first redo() after that does nothing, later ones repeat the step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.db import Database
from models.errors import InsiktError
from models.steps import Refs, Step


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
        self.refs = Refs()

    def switch(self, db: Database) -> None:
        """Another database: the steps and references of the old one are forgotten."""
        self.db = db
        self.stack.clear()
        self.refs = Refs()

    def push(self, text: str, step: Step) -> None:
        """Take the step (raising on failure), then put it on the stack named `text`."""
        command = StepCommand(self, text, step)
        command.run()
        self.stack.push(command)


class StepCommand(QUndoCommand):
    def __init__(self, ctx: UndoContext, text: str, step: Step) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.step = step
        self._pushed = False

    def run(self) -> None:
        with self.ctx.db.write() as session:
            self.step.do(session)
        self.ctx.done(self.step.action_id)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # run() took the first step already
            return
        self._take(self.step.redo)

    def undo(self) -> None:
        self._take(self.step.undo)

    def _take(self, step: Callable[..., None]) -> None:
        try:
            with self.ctx.db.write() as session:
                step(session)
        except InsiktError as exc:
            # A step that cannot be done (someone else changed the action) leaves the stack.
            self.setObsolete(True)
            self.ctx.failed(self.text(), exc)
            return
        self.ctx.done(self.step.action_id)
