"""A coloured strip above a view: errors, conflicts, deadlines and notices, never modal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget


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
            if item.widget():
                item.widget().setParent(None)
        for button in buttons:
            self.buttons.addWidget(button)
        self.setStyleSheet(f"Banner {{ background: {self.COLOURS[kind]}; }}")
        self.text.setText(text)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()
