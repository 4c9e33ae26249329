"""Parts of the Resultat view: the grid's delegate and the panel for one figure."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.window.results.model import BREAK_ROLE, Cell, number


class GridDelegate(QStyledItemDelegate):
    """Draws the break of the total as a thick line; edits with a plain line edit."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if index.data(BREAK_ROLE):
            painter.save()
            painter.setPen(QPen(Qt.GlobalColor.black, 3))
            rect = option.rect
            painter.drawLine(rect.left() + 1, rect.top(), rect.left() + 1, rect.bottom())
            painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText("0–100")
        return editor


class ResultEditor(QGroupBox):
    """Every field of one figure, for the cell chosen in the grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Valt värde"))
        self.heading = QLabel(self.tr("Välj en cell i tabellen."))
        self.heading.setWordWrap(True)
        self.value = QLineEdit()
        self.answers = QLineEdit()
        self.margin = QLineEdit()
        self.margin.setPlaceholderText(self.tr("tomt = uppskattas från antal svar"))
        self.preliminary = QCheckBox(self.tr("Preliminärt värde"))
        self.source = QLineEdit()
        self.save_button = QPushButton(self.tr("&Spara"))
        self.delete_button = QPushButton(self.tr("Ta &bort värdet"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Värde"), self.value)
        form.addRow(self.tr("Antal svar"), self.answers)
        form.addRow(self.tr("Felmarginal ±"), self.margin)
        form.addRow("", self.preliminary)
        form.addRow(self.tr("Källa"), self.source)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.value.returnPressed.connect(self.save_button.click)
        self.answers.returnPressed.connect(self.save_button.click)
        self.margin.returnPressed.connect(self.save_button.click)
        self.show_cell(None, None, "", editable=False)

    def show_cell(self, heading: str | None, cell: Cell | None, details: str, editable: bool) -> None:
        self.heading.setText(heading or self.tr("Välj en cell i tabellen."))
        self.value.setText(number(cell.value) if cell else "")
        self.answers.setText(str(cell.answers) if cell and cell.answers is not None else "")
        self.margin.setText(number(cell.margin) if cell and cell.margin is not None else "")
        self.preliminary.setChecked(bool(cell and cell.preliminary))
        self.source.setText(cell.source if cell else "")
        self.source.setCursorPosition(0)
        self.details.setText(details)
        for widget in (self.value, self.answers, self.margin, self.preliminary, self.source,
                       self.save_button):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(editable and cell is not None)
