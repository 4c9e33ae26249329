"""Small widgets shared by the window's parts: the banner, error labels and lists, date fields,
and filling a table of text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import InputError


class Banner(QFrame):
    """A coloured strip with a message and optional buttons (errors, conflicts, notices)."""

    COLOURS = {"error": "#fbe3e4", "warning": "#fff4d6", "info": "#e6f0fb"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.text, 0, 0)
        self._layout.setColumnStretch(0, 1)
        self.hide()

    def show_message(
        self, kind: str, text: str, buttons: tuple[QPushButton, ...] = (), below: bool = False
    ) -> None:
        """Show `text`; the buttons sit beside a short text or `below` a long one."""
        self._layout.removeItem(self.buttons)
        if below:
            self._layout.addLayout(self.buttons, 1, 0)
        else:
            self._layout.addLayout(self.buttons, 0, 1)
        while self.buttons.count() > 1:
            item = self.buttons.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
        for button in buttons:
            self.buttons.addWidget(button)
        self.setStyleSheet(f"Banner {{ background: {self.COLOURS[kind]}; }}")
        self.text.setText(text)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()


ERROR_STYLE = "color: #b3261e;"


def error_list(max_height: int) -> QPlainTextEdit:
    """A file's errors, one a line, on the error colour; read-only, scrolls when long."""
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setMaximumHeight(max_height)
    box.setStyleSheet(f"QPlainTextEdit {{ background: {Banner.COLOURS['error']}; }}")
    return box


def error_label() -> QLabel:
    lbl = QLabel()
    lbl.setStyleSheet(ERROR_STYLE)
    lbl.setWordWrap(True)
    lbl.hide()
    return lbl


def show_error(lbl: QLabel, text: str) -> None:
    lbl.setText(text)
    lbl.setVisible(bool(text))


def with_error(field: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def date_edit(value: dt.date | None = None) -> QLineEdit:
    edit = QLineEdit(value.isoformat() if value else "")
    edit.setPlaceholderText("ÅÅÅÅ-MM-DD")
    edit.setMaxLength(10)
    return edit


def read_date(edit: QLineEdit, error: QLabel, what: str) -> tuple[bool, dt.date | None]:
    # Here, not above: the window's first look (Banner) loads this module before SQLAlchemy.
    from models.actions import parse_date

    try:
        return True, parse_date(edit.text(), what)
    except InputError as exc:
        show_error(error, exc.message)
        return False, None


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]],
               colours: Sequence[str | None]) -> None:
    """Rows of text into a table, each row on its background colour (None: the table's).

    The cells are set through the table's model, not with setItem: PySide6 6.12's setItem
    drops a reference to None on every call, and under Python 3.11 (where None is not yet
    immortal) the preview of an import of a few thousand rows ended the program with
    "deallocating None".
    """
    table.clearContents()
    table.setRowCount(len(rows))
    model = table.model()
    brushes: dict[str, QBrush] = {}
    for row, (texts, colour) in enumerate(zip(rows, colours, strict=True)):
        for column, text in enumerate(texts):
            index = model.index(row, column)
            model.setData(index, text)
            if colour is not None:
                brush = brushes.setdefault(colour, QBrush(QColor(colour)))
                model.setData(index, brush, Qt.ItemDataRole.BackgroundRole)
