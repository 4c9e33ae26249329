"""Saving what the group changes on an action's page, as the register saves it.

Each change is a step of models/steps.py taken through the window's undo context
(ui/window/undo.py, which writes through ui/window/saving.py: a busy shared file is waited
out in a worker), so it is logged as usual and can be undone with Ctrl+Z in the window.
When it lands, the presentation's notes get a line and the page is read again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from charts.meeting_notes import NoteLine
from models.codes import Status
from models.errors import InsiktError
from models.steps import AddComment, EditAction, Step
from ui.window.presentation.content import ActionSlide
from ui.window.undo import UndoContext


class Editing:
    """The steps of one presentation; `landed(note)` after each, `failed(message)` when not."""

    def __init__(self, ctx: UndoContext, landed: Callable[[NoteLine], None],
                 failed: Callable[[str], None]) -> None:
        self.ctx = ctx
        self.landed = landed
        self.failed = failed
        self.waiting = False  # a step waits for a busy database in a worker

    def status(self, slide: ActionSlide, status: Status) -> None:
        completed = slide.completed
        before = {"status": slide.status, "completed": completed, "progress": slide.progress}
        # Becoming Klar is done (100 %), as in the register; the step carries the progress,
        # so that its undo gives the old one back.
        progress = 100 if status == Status.KLAR and slide.status != Status.KLAR else slide.progress
        after = {"status": status, "completed": completed if status == Status.KLAR else None,
                 "progress": progress}
        text = QCoreApplication.translate("Presentation", "ändra status på {title}")
        note = NoteLine("status", slide.title, slide.status.label, status.label, dt.datetime.now())
        self._push(text.format(title=slide.title), self._edit(slide, before, after), note)

    def progress(self, slide: ActionSlide, value: int) -> None:
        text = QCoreApplication.translate("Presentation", "ändra framsteg på {title}")
        note = NoteLine("progress", slide.title, f"{slide.progress} %", f"{value} %",
                        dt.datetime.now())
        step = self._edit(slide, {"progress": slide.progress}, {"progress": value})
        self._push(text.format(title=slide.title), step, note)

    def comment(self, slide: ActionSlide, text: str) -> None:
        comment = {"text": text, "author": self.ctx.db.user, "date": dt.date.today()}
        step = AddComment(self.ctx.refs.ref(slide.id, slide.version), comment, slide.version)
        what = QCoreApplication.translate("Presentation", "ny kommentar på {title}")
        note = NoteLine("comment", slide.title, "", text, dt.datetime.now())
        self._push(what.format(title=slide.title), step, note)

    def _edit(self, slide: ActionSlide, before: dict[str, Any], after: dict[str, Any]) -> Step:
        ref = self.ctx.refs.ref(slide.id, slide.version)
        return EditAction(ref, before, after, slide.version)

    def _push(self, text: str, step: Step, note: NoteLine) -> None:
        if self.waiting:
            self.failed(QCoreApplication.translate(
                "Presentation", "Vänta: den förra ändringen sparas fortfarande."))
            return

        def done() -> None:
            self.waiting = False
            self.landed(note)

        def not_saved(exc: InsiktError) -> None:
            self.waiting = False
            self.failed(QCoreApplication.translate(
                "Presentation", "Inte sparat: {reason}").format(reason=exc.message))

        try:
            self.waiting = not self.ctx.push(text, step, done, not_saved)
        except InsiktError as exc:
            not_saved(exc)
