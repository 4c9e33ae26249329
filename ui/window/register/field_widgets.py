"""The detail panel's field widgets: check boxes in a grid, name lists, short rows, and the
reading and filling of a field's widget by what kind of widget it is.

The form names each field's widget after the field (`form.title`, `form.due`, …), so the
field table (models/action_fields.py) is all it needs to read, fill or lock every one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from models.action_fields import Field
from ui.window.i18n import Labelled, label


class BoxGrid(QWidget):
    """Check boxes in up to `columns` columns, fewer when the panel is too narrow for them."""

    def __init__(self, boxes: list[QCheckBox], columns: int) -> None:
        super().__init__()
        self.boxes = boxes
        self.most = columns
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        # The hints below decide the size: the layout would hold the width of every column.
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self._place(columns)

    def _width(self, columns: int) -> int:
        """The width `columns` columns need (each as wide as its widest box)."""
        widths = [0] * columns
        for i, box in enumerate(self.boxes):
            widths[i % columns] = max(widths[i % columns], box.sizeHint().width())
        return sum(widths) + (columns - 1) * self.grid.horizontalSpacing()

    def columns_for(self, width: int) -> int:
        return next((n for n in range(self.most, 1, -1) if self._width(n) <= width), 1)

    def _height(self, columns: int) -> int:
        rows = -(-len(self.boxes) // columns)
        row = max(b.sizeHint().height() for b in self.boxes)
        return rows * row + (rows - 1) * max(0, self.grid.verticalSpacing())

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        for i, box in enumerate(self.boxes):
            self.grid.addWidget(box, i // columns, i % columns)
        for col in range(self.most):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)
        self.updateGeometry()  # another height for the form

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width(1), self._height(self.columns))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width(self.most), self._height(self.columns))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place(self.columns_for(event.size().width()))


class CodeBoxes(BoxGrid):
    """A check box per code: the widget of a list of codes (service factors, areas)."""

    def __init__(self, codes: Iterable[Labelled], columns: int) -> None:
        self.by_code = {code: QCheckBox(label(code)) for code in codes}
        super().__init__(list(self.by_code.values()), columns)

    def codes(self) -> list[Any]:
        return [code for code, box in self.by_code.items() if box.isChecked()]

    def set_codes(self, codes: list[Any]) -> None:
        for code, box in self.by_code.items():
            box.setChecked(code in codes)


def side_by_side(*fields: tuple[str, QWidget, int]) -> QWidget:
    """Short fields in one row, each with its label above (keeps the panel short)."""
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setVerticalSpacing(2)
    for col, (text, widget, stretch) in enumerate(fields):
        lbl = QLabel(text)
        lbl.setBuddy(widget)
        grid.addWidget(lbl, 0, col)
        grid.addWidget(widget, 1, col)
        grid.setColumnStretch(col, stretch)
    return holder


def name_combo(placeholder: str) -> QComboBox:
    """A list of names that also takes a new one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    edit = combo.lineEdit()
    assert edit is not None  # made by setEditable(True)
    edit.setPlaceholderText(placeholder)
    # Sized by the panel, not by the longest name or the placeholder.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def read_input(widget: QWidget) -> Any:
    """What a field's widget holds, as typed (the field's parser takes it from here)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, CodeBoxes):
        return widget.codes()
    raise TypeError(f"no field widget: {widget!r}")


def fill_input(widget: QWidget, field: Field, value: Any) -> None:
    """Show a stored value in a field's widget."""
    if isinstance(widget, QLineEdit):
        widget.setText(field.text(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(field.text(value))
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.setCurrentText(field.text(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(
            next(i for i in range(widget.count()) if widget.itemData(i) == value)
        )
    elif isinstance(widget, QSpinBox):
        widget.setValue(value)
    elif isinstance(widget, CodeBoxes):
        widget.set_codes(value)
    else:
        raise TypeError(f"no field widget: {widget!r}")


def set_input_editable(widget: QWidget, editable: bool) -> None:
    """Text stays selectable in a locked field; lists and boxes are greyed out."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.setReadOnly(not editable)
    else:
        widget.setEnabled(editable)
