"""The presentation: its own window, shown full screen, one page at a time.

Pages: the state of things, the NKI chart, one page per action, then "Mötesanteckningar".
The keys are in keys.py; an action's page and its editing in action_page.py and
editing.py. What the group changed is kept here (`notes`), as it happened, for the last
page and its PDF (charts/meeting_notes.py, written in a worker).

Leaving (Esc, F11) hides this window and gives the main window back the state it had.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from charts.meeting_notes import NoteLine
from models import settings
from models.codes import Status
from models.errors import InsiktError
from models.overview import load_overview
from models.progress import Progress
from ui.window import tasks
from ui.window.presentation import keys
from ui.window.presentation.action_page import ActionPage
from ui.window.presentation.content import action_ids, load_action
from ui.window.presentation.editing import Editing
from ui.window.presentation.pages import ChartPage, NotesPage, Page
from ui.window.presentation.state_page import StatePage

if TYPE_CHECKING:
    from ui.window.opened import Opened

PageKey = str | int  # "state", "chart", "notes", or an action's id


class Presentation(QWidget):
    """One presentation, from `start()` to leaving."""

    left = Signal()
    page_shown = Signal(int)
    notes_saved = Signal(str)

    def __init__(self, opened: Opened) -> None:
        super().__init__(opened.window, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Presentationsläge – Insiktskollen"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#111111"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.opened = opened
        self.notes: list[NoteLine] = []
        self.started = dt.datetime.now()
        self.keys: list[PageKey] = []
        self.index = 0
        self._previous = Qt.WindowState.WindowNoState
        self.editing = Editing(opened.ctx, self._landed, self._not_saved)

        self.state_page = StatePage()
        self.chart_page = ChartPage()
        self.action_page = ActionPage()
        self.notes_page = NotesPage()
        self.stack = QStackedWidget()
        for page in self.all_pages():
            self.stack.addWidget(page)
        self.counter = QLabel()
        self.counter.setObjectName("page_counter")
        self.counter.setStyleSheet("color: #666666;")
        layout = self.outer = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.counter)
        layout.addLayout(bottom)
        self.actions_by_name = keys.install(self, self)
        self.action_page.status_chosen.connect(self._status_chosen)
        self.action_page.progress_chosen.connect(self._progress_chosen)
        self.action_page.comment_written.connect(self._comment_written)

    def all_pages(self) -> list[Page]:
        return [self.state_page, self.chart_page, self.action_page, self.notes_page]

    # --- entering and leaving ----------------------------------------------------------
    def start(self, full_screen: bool = True) -> bool:
        """Read the pages and show the first; False (the window says why) when unreadable."""
        window = self.opened.window
        try:
            with self.opened.db.read() as session:
                self.keys = ["state", "chart", *action_ids(session), "notes"]
        except InsiktError as exc:
            window.message_banner.show_message("error", exc.message)
            return False
        self._previous = window.windowState()
        self.started = dt.datetime.now()
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.activateWindow()
        self.go(0)
        return True

    def escape(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page) and page.escape():
            return
        self.leave()

    def leave(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        window = self.opened.window
        window.setWindowState(self._previous)
        window.activateWindow()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.ignore()
        self.leave()

    # --- stepping -----------------------------------------------------------------------
    def forward(self) -> None:
        self.go(self.index + 1)

    def back(self) -> None:
        self.go(self.index - 1)

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(len(self.keys) - 1)

    def go(self, index: int) -> None:
        if not self.keys:
            return
        index = max(0, min(len(self.keys) - 1, index))
        self.index = index
        self.action_page.show_message("")
        self._show(self.keys[index])
        self.counter.setText(f"{index + 1} / {len(self.keys)}")
        self.page_shown.emit(index)

    def _show(self, key: PageKey) -> None:
        page: Page
        if key == "state":
            page = self.state_page
            self._read(lambda s: self.state_page.show_state(load_overview(s)))
        elif key == "chart":
            page = self.chart_page
            self.stack.setCurrentWidget(page)  # the canvas takes its size before drawing
            self._read(self._chart)
        elif key == "notes":
            page = self.notes_page
            self.notes_page.show_notes(self.notes)
        else:
            page = self.action_page
            self.action_page.close_comment()
            self._read_action(int(key))
        self.stack.setCurrentWidget(page)
        page.setFocus()

    def _read(self, show: Any) -> None:
        try:
            with self.opened.db.read() as session:
                show(session)
        except InsiktError as exc:
            self.action_page.show_message(exc.message)

    def _chart(self, session: Any) -> None:
        from charts import catalog

        try:
            data = catalog.load(session, "nki", catalog.ChartOptions(large=True))
        except InsiktError as exc:
            data = exc.message
        self.chart_page.show_chart(data)

    def _read_action(self, action_id: int) -> None:
        try:
            with self.opened.db.read() as session:
                slide = load_action(session, action_id)
        except InsiktError as exc:
            self.action_page.show_message(exc.message)
            return
        self.action_page.show_slide(slide, self.opened.db.read_only)

    # --- editing --------------------------------------------------------------------------
    def _status_chosen(self, status: Status) -> None:
        if self.action_page.slide is not None:
            self.editing.status(self.action_page.slide, status)
            self._tell_waiting()

    def _progress_chosen(self, value: int) -> None:
        if self.action_page.slide is not None:
            self.editing.progress(self.action_page.slide, value)
            self._tell_waiting()

    def _comment_written(self, text: str) -> None:
        if self.action_page.slide is not None:
            self.editing.comment(self.action_page.slide, text)
            self._tell_waiting()

    def _tell_waiting(self) -> None:
        if self.editing.waiting:
            self.action_page.show_message(self.tr(
                "Sparar … databasen är upptagen av någon annan, ändringen sparas så snart "
                "den blir ledig."))

    def _landed(self, note: NoteLine) -> None:
        self.notes.append(note)
        self.action_page.show_message("")
        if note.kind == "comment":
            self.action_page.close_comment()
        key = self.keys[self.index]
        if isinstance(key, int):
            self._read_action(key)

    def _not_saved(self, message: str) -> None:
        self.action_page.show_message(message)
        key = self.keys[self.index]
        if isinstance(key, int):
            self._read_action(key)

    # --- the notes as PDF ----------------------------------------------------------------
    def save_notes(self) -> None:
        """Ctrl+S: the notes as a PDF of one or two pages, made in a worker."""
        from charts.meeting_notes import write_notes_pdf

        suggested = f"Mötesanteckningar {dt.date.today().isoformat()}.pdf"
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Spara mötesanteckningar"), suggested, self.tr("PDF-dokument (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        notes = list(self.notes)
        try:
            with self.opened.db.read() as session:
                place = settings.load(session).municipality_name or self.tr("kommunen")
        except InsiktError:
            place = self.tr("kommunen")
        started = self.started

        def work(_progress: Progress) -> int:
            try:
                return write_notes_pdf(notes, target, place, started)
            except OSError as exc:
                raise InsiktError(self.tr("Filen {path} kunde inte skrivas: {reason}").format(
                    path=target, reason=exc.strerror or exc)) from exc

        def saved(pages: int) -> None:
            self.notes_page.hint.setText(self.tr("Sparat i {path} ({pages} sidor).").format(
                path=target, pages=pages) if pages != 1 else
                self.tr("Sparat i {path} (1 sida).").format(path=target))
            self.notes_saved.emit(str(target))

        def failed(exc: InsiktError) -> None:
            self.notes_page.hint.setText(self.tr("Inte sparat: {reason}").format(
                reason=exc.message))

        tasks.run_task(self, self.tr("Sparar mötesanteckningar"), work, saved, failed=failed)

    # --- large type -----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        size = event.size()
        points = max(11.0, 21.0 * min(size.width() / 1024, size.height() / 768))
        margin = int(points * 1.4)
        self.outer.setContentsMargins(margin, int(margin * 0.7), margin, int(margin * 0.4))
        font = self.counter.font()
        font.setPointSizeF(points * 0.7)
        self.counter.setFont(font)
        for page in self.all_pages():
            page.rescale(points)
        self.chart_page.fit()
