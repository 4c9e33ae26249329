"""Small dialogs of the detail panel: a milestone, a follow-up comment.

They check what was typed before they close (messages next to the field) and hand back
plain values; the panel does the saving. They open with open(), not exec(), so the window
stays responsive and tests can type into them like a user.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import limits
from models.actions import parse_date
from models.codes import Status
from ui.window.i18n import label
from ui.window.widgets import date_edit, error_label, read_date, show_error, with_error


def _lay_out(dialog: QDialog, form: QFormLayout) -> None:
    """The fields above OK (the default) and Avbryt."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    # Ctrl+Enter saves from any field, the comment's text box too (Enter there is a new line).
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


class MilestoneDialog(QDialog):
    def __init__(self, parent: QWidget, values: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Milstolpe"))
        values = values or {"date": dt.date.today(), "time_span": "", "text": ""}
        self.date = date_edit(values["date"])
        self.time_span = QLineEdit(values["time_span"])
        self.time_span.setPlaceholderText(self.tr("t.ex. 15–18"))
        self.time_span.setMaxLength(limits.MILESTONE_SPAN_CHARS)
        self.text = QLineEdit(values["text"])
        self.text.setMaxLength(limits.MILESTONE_CHARS)
        self.done_box = QCheckBox(self.tr("&Avklarad"))
        self.done_box.setChecked(bool(values.get("done")))
        self.done_date = date_edit(values.get("done_date"))
        self.done_date.setEnabled(self.done_box.isChecked())
        self.done_box.toggled.connect(self._done_toggled)
        self.date_error, self.text_error, self.done_error = (
            error_label(), error_label(), error_label()
        )
        form = QFormLayout()
        form.addRow(self.tr("&Datum"), with_error(self.date, self.date_error))
        form.addRow(self.tr("&Tid"), self.time_span)
        form.addRow(self.tr("Te&xt"), with_error(self.text, self.text_error))
        form.addRow("", self.done_box)
        form.addRow(self.tr("Avklarad &den"), with_error(self.done_date, self.done_error))
        _lay_out(self, form)
        self.resize(420, self.sizeHint().height())

    def _done_toggled(self, done: bool) -> None:
        # Today by default, the day the user ticks it.
        self.done_date.setEnabled(done)
        if done and not self.done_date.text().strip():
            self.done_date.setText(dt.date.today().isoformat())

    def values(self) -> dict[str, Any]:
        done = self.done_box.isChecked()
        return {
            "date": parse_date(self.date.text(), "Datum"),
            "time_span": self.time_span.text().strip(),
            "text": " ".join(self.text.text().split()),
            "done": done,
            "done_date": (parse_date(self.done_date.text(), "Avklarad den") or dt.date.today())
            if done else None,
        }

    def accept(self) -> None:
        for error in (self.date_error, self.text_error, self.done_error):
            show_error(error, "")
        ok, when = read_date(self.date, self.date_error, self.tr("Datum"))
        if ok and when is None:
            show_error(self.date_error, self.tr("Datum: skriv ett datum, t.ex. 2024-05-15."))
            ok = False
        if not self.text.text().strip():
            show_error(self.text_error, self.tr("Text: skriv vad som ska hända."))
            ok = False
        if self.done_box.isChecked():
            ok = read_date(self.done_date, self.done_error, self.tr("Avklarad den"))[0] and ok
        if ok:
            super().accept()


class CommentDialog(QDialog):
    """A follow-up comment; it records the status and progress at that moment."""

    def __init__(self, parent: QWidget, author: str, status: Status, progress: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny kommentar"))
        self.date = date_edit(dt.date.today())
        self.author = QLineEdit(author)
        self.status = QComboBox()
        for code in Status:
            self.status.addItem(label(code), code)
        self.status.setCurrentIndex(list(Status).index(status))
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(progress)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Vad har hänt sedan förra uppföljningen?"))
        self.date_error, self.author_error, self.text_error = (
            error_label(), error_label(), error_label()
        )
        form = QFormLayout()
        form.addRow(self.tr("&Kommentar"), with_error(self.text, self.text_error))
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Framsteg"), self.progress)
        form.addRow(self.tr("&Datum"), with_error(self.date, self.date_error))
        form.addRow(self.tr("&Av"), with_error(self.author, self.author_error))
        _lay_out(self, form)
        self.resize(460, 340)

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText().strip(),
            "author": " ".join(self.author.text().split()),
            "date": parse_date(self.date.text(), "Datum"),
            "status": self.status.currentData(),
            "progress": self.progress.value(),
        }

    def accept(self) -> None:
        for lbl in (self.date_error, self.author_error, self.text_error):
            show_error(lbl, "")
        ok, when = read_date(self.date, self.date_error, self.tr("Datum"))
        if ok and when is None:
            show_error(self.date_error, self.tr("Datum: skriv ett datum, t.ex. 2024-05-02."))
            ok = False
        if not self.author.text().strip():
            show_error(self.author_error, self.tr("Av: skriv vem som skriver kommentaren."))
            ok = False
        if not self.text.toPlainText().strip():
            show_error(self.text_error, self.tr("Kommentar: texten får inte vara tom."))
            ok = False
        if ok:
            super().accept()
