"""The presentation mode (Visa → Presentationsläge, F11): one page at a time in large type
for the group around a projector, with status, progress and comments edited from the
keyboard and the meeting's notes saved as a PDF at the end.

`Presenter` puts the menu item in the window and makes a `Presentation` (window.py) each
time it is chosen; the rest of the room is imported then, so the program starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ui.window.opened import Opened
    from ui.window.presentation.window import Presentation


class Presenter(QObject):
    """Visa → Presentationsläge (F11) in one window."""

    def __init__(self, opened: Opened) -> None:
        super().__init__(opened.window)
        self.opened = opened
        self.current: Presentation | None = None
        self.action = QAction(self.tr("&Presentationsläge"), opened.window)
        self.action.setShortcut(QKeySequence("F11"))
        self.action.triggered.connect(lambda: self.start())
        menu = opened.window.view_menu()
        first = menu.actions()[0]  # Uppdatera: the presentation goes above it
        menu.insertAction(first, self.action)
        menu.insertSeparator(first)

    def start(self, full_screen: bool = True) -> Presentation | None:
        """A new presentation, full screen; None when what the user typed could not be
        saved first (the panel says why)."""
        from ui.window.presentation.window import Presentation

        if not self.opened.save_typing():
            return None
        if self.current is not None:
            self.current.deleteLater()
        self.current = Presentation(self.opened)
        if not self.current.start(full_screen):
            return None
        return self.current
