"""An action's page in the presentation, and its editing from the keyboard alone.

The page shows the title, status, progress, milestones (✓ when done), the latest comment
and the effect in words. On the page: S opens the status list (arrows, Enter saves), P
goes to the progress (arrows, Enter saves), + and − change the progress by 10 and save at
once, K or C opens a comment box (Ctrl+Enter saves). Tab reaches the same controls. Esc
puts a control back as stored and the focus on the page. The page only says what was
chosen (`status_chosen`, `progress_chosen`, `comment_written`); the presentation saves it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.codes import Status
from ui.window.i18n import date_text, label
from ui.window.presentation.content import ActionSlide
from ui.window.presentation.pages import Page, scrolled

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class StatusBox(QComboBox):
    """The statuses; a pick in the open list or Enter confirms, arrows alone do not save."""

    confirmed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        for status in Status:
            self.addItem(label(status), status)
        self._keyed = False
        self.activated.connect(self._activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in ENTER:
            self.confirmed.emit(self.chosen())
            return
        self._keyed = True  # arrows move through the list without saving each step
        try:
            super().keyPressEvent(event)
        finally:
            self._keyed = False

    def chosen(self) -> Status:
        return Status(self.currentData())

    def _activated(self, _index: int) -> None:
        if not self._keyed:
            self.confirmed.emit(self.chosen())


class ProgressBox(QSpinBox):
    """Progress in per cent by tens; Enter confirms."""

    confirmed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 100)
        self.setSingleStep(10)
        self.setSuffix(" %")
        self.setKeyboardTracking(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in ENTER:
            self.interpretText()
            self.confirmed.emit(self.value())
            return
        super().keyPressEvent(event)


class CommentBox(QPlainTextEdit):
    """A new comment; Ctrl+Enter confirms."""

    confirmed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in ENTER and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.confirmed.emit(self.toPlainText())
            return
        super().keyPressEvent(event)


class ActionPage(Page):
    status_chosen = Signal(object)  # Status
    progress_chosen = Signal(int)
    comment_written = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide: ActionSlide | None = None
        self.read_only = False
        self.status = StatusBox()
        self.progress = ProgressBox()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (self.status, self.progress):
            self.sized(widget, 1.0)
        row = QHBoxLayout()
        row.addWidget(self.label(self.tr("Status:"), 1.0, bold=True))
        row.addWidget(self.status)
        row.addSpacing(24)
        row.addWidget(self.label(self.tr("Framsteg:"), 1.0, bold=True))
        row.addWidget(self.progress)
        row.addWidget(self.bar, 1)
        self.layout_.addLayout(row)
        self.facts = self.label("", 0.85)
        self.facts.setStyleSheet("color: #444444;")
        self.layout_.addWidget(self.facts)

        body = QWidget()
        column = self.body_column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.milestones_head = self.label(self.tr("Milstolpar"), 1.05, bold=True)
        self.milestones = self.label("", 0.9)
        self.comment_head = self.label(self.tr("Senaste kommentar"), 1.05, bold=True)
        self.comment = self.label("", 0.9)
        self.effect_head = self.label(self.tr("Effekt"), 1.05, bold=True)
        self.effect = self.label("", 0.9)
        for shown in (self.milestones_head, self.milestones, self.comment_head, self.comment,
                      self.effect_head, self.effect):
            column.addWidget(shown)
        column.addStretch(1)
        self.layout_.addWidget(scrolled(body), 1)

        self.comment_label = self.label(self.tr("Ny kommentar (Ctrl+Enter sparar, Esc avbryter)"),
                                        0.85, bold=True)
        self.comment_box = CommentBox()
        self.comment_box.setTabChangesFocus(True)
        self.sized(self.comment_box, 0.9)
        self.layout_.addWidget(self.comment_label)
        self.layout_.addWidget(self.comment_box)
        self.comment_label.hide()
        self.comment_box.hide()
        self.message = self.label("", 0.8)
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()
        self.layout_.addWidget(self.message)
        self.hint = self.label("", 0.7)
        self.hint.setStyleSheet("color: #555555;")
        self.layout_.addWidget(self.hint)

        self.status.confirmed.connect(self._status_confirmed)
        self.progress.confirmed.connect(self._progress_confirmed)
        self.comment_box.confirmed.connect(self._comment_confirmed)
        for control in (self.status, self.progress, self.comment_box):
            control.installEventFilter(self)

    def rescale(self, points: float) -> None:
        super().rescale(points)
        self.progress.lineEdit().setFont(self.progress.font())
        self.progress.setMinimumWidth(int(points * 5.5))
        self.comment_box.setFixedHeight(int(self.comment_box.fontMetrics().lineSpacing() * 3.4))
        self.bar.setFixedHeight(max(12, int(points * 1.1)))
        self.body_column.setSpacing(int(points * 0.25))
        for head in (self.comment_head, self.effect_head):
            head.setContentsMargins(0, int(points * 0.6), 0, 0)

    # --- showing ----------------------------------------------------------------------
    def show_slide(self, slide: ActionSlide, read_only: bool = False) -> None:
        """Show the action as stored; a comment being written stays."""
        self.slide = slide
        self.read_only = read_only
        self.title.setText(slide.title)
        self.status.setCurrentIndex(self.status.findData(slide.status))
        self.progress.setValue(slide.progress)
        self.bar.setValue(slide.progress)
        facts = [self.tr("Ansvarig: {who}").format(who=slide.owner or self.tr("ingen"))]
        if slide.due is not None:
            facts.append(self.tr("Klart senast: {date}").format(date=date_text(slide.due)))
        self.facts.setText(" · ".join(facts))
        self.milestones.setText("\n".join(
            f"{'✓' if m.done else '•'}  {date_text(m.date)}  {m.text}" for m in slide.milestones
        ) or self.tr("Inga milstolpar."))
        if slide.comment:
            self.comment.setText(self.tr("{date}, {who}: {text}").format(
                date=date_text(slide.comment_date), who=slide.comment_author, text=slide.comment))
        else:
            self.comment.setText(self.tr("Inga kommentarer ännu."))
        if slide.effects:
            self.effect.setText("\n".join([*(f"• {line}" for line in slide.effects),
                                           *([slide.chance] if slide.chance else [])]))
        elif slide.effect_note:
            self.effect.setText(self.tr("Kan inte bedömas ännu: {why}.").format(
                why=slide.effect_note))
        else:
            self.effect.setText(self.tr("Ingen effekt att visa ännu."))
        for widget in (self.status, self.progress):
            widget.setEnabled(not read_only)
        self.hint.setText(self.tr("Databasen är skrivskyddad: inget kan ändras.") if read_only
                          else self.tr("S status · P eller +/− framsteg · K kommentar · "
                                       "Tab går till nästa fält"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- keys ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.slide is None or self.read_only:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key == Qt.Key.Key_S:
            self.status.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.status.showPopup()
        elif key == Qt.Key.Key_P:
            self.progress.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.progress.selectAll()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            step = 10 if key == Qt.Key.Key_Plus else -10
            wanted = max(0, min(100, self.slide.progress + step))
            if wanted != self.slide.progress:
                self.progress_chosen.emit(wanted)
        elif key in (Qt.Key.Key_K, Qt.Key.Key_C):
            self.open_comment()
        else:
            super().keyPressEvent(event)

    def open_comment(self) -> None:
        self.comment_label.show()
        self.comment_box.show()
        self.comment_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_comment(self) -> None:
        self.comment_box.clear()
        self.comment_box.hide()
        self.comment_label.hide()
        self.setFocus()

    def escape(self) -> bool:
        if self.comment_box.isVisible():
            self.close_comment()
            return True
        if self.status.hasFocus() or self.progress.hasFocus():
            self._put_back()
            self.setFocus()
            return True
        return False

    def _put_back(self) -> None:
        if self.slide is not None:
            self.status.setCurrentIndex(self.status.findData(self.slide.status))
            self.progress.setValue(self.slide.progress)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 (Qt's name)
        # A control left without Enter goes back to what is stored: nothing is saved by chance.
        if (isinstance(event, QFocusEvent) and event.type() == QFocusEvent.Type.FocusOut
                and watched in (self.status, self.progress)
                and event.reason() != Qt.FocusReason.PopupFocusReason):
            self._put_back()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _status_confirmed(self, status: Status) -> None:
        if self.slide is not None and status != self.slide.status:
            self.status_chosen.emit(status)
        self.setFocus()

    def _progress_confirmed(self, value: int) -> None:
        if self.slide is not None and value != self.slide.progress:
            self.progress_chosen.emit(value)
        self.setFocus()

    def _comment_confirmed(self, text: str) -> None:
        if text.strip():
            self.comment_written.emit(text.strip())
