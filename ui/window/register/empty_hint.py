"""What the register shows instead of an empty table: how to begin.

A database without actions shows a short text and three buttons: write the group's actions
(the same item as Redigera → Ny åtgärd), import results and fetch from Kolada (the same
items as in Arkiv, given by ui/window/workspace.py once the Resultat tab is there).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyHint(QWidget):
    """"Så börjar ni": text and buttons that trigger the window's own menu items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("<h2>Här finns inga åtgärder ännu</h2>"))
        self.text = QLabel(self.tr(
            "Så kommer ni igång: skriv in arbetsgruppens förbättringsåtgärder och hämta "
            "kommunens resultat från SKR:s Insikt, från Kolada eller från en fil."))
        self.text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Skriv in gruppens åtgärder (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("Importera resultat…"))
        self.fetch_button = QPushButton(self.tr("Hämta från Kolada…"))
        self._actions: dict[QPushButton, QAction] = {}
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        for button in (self.new_button, self.import_button, self.fetch_button):
            button.clicked.connect(lambda _checked=False, b=button: self._clicked(b))
            button.hide()
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _clicked(self, button: QPushButton) -> None:
        action = self._actions.get(button)
        if action is not None and action.isEnabled():
            action.trigger()

    def offer(self, button: QPushButton, action: QAction) -> None:
        """`button` triggers `action`, and is on only while the action is."""
        self._actions[button] = action
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        button.show()
