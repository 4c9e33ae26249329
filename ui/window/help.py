"""The Hjälp menu: the manual (F1), the list of keys and Om Insiktskollen.

The manual is resources/manual/handbok.html, shipped with the program (build.spec) and read
from disk, so it works offline; its list of keys is the table of ui/window/keys.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.paths import resource
from ui.window import keys

MANUAL = resource("manual", "handbok.html")
KEYS_PLACE = "<!--TANGENTER-->"


def manual_html() -> str:
    """The manual with the table of keys in its place."""
    return MANUAL.read_text(encoding="utf-8").replace(KEYS_PLACE, keys.table_html())


class TextDialog(QDialog):
    """A text to read (the manual, the keys) with a Stäng button."""

    def __init__(self, parent: QWidget, title: str, html: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        available = parent.screen().availableGeometry()
        self.resize(min(720, available.width() - 40), min(640, available.height() - 80))


class HelpMenu(QObject):
    """Fills the Hjälp menu and opens its dialogs (one of each at a time)."""

    def __init__(self, window: QWidget, menu: QMenu, about: Callable[[], None]) -> None:
        super().__init__(window)
        self.window_ = window
        self.dialog: TextDialog | None = None
        self.manual_action = menu.addAction(self.tr("&Handbok"))
        self.manual_action.setShortcut(QKeySequence("F1"))
        self.manual_action.triggered.connect(self.show_manual)
        self.keys_action = menu.addAction(self.tr("&Kortkommandon"))
        self.keys_action.triggered.connect(self.show_keys)
        menu.addSeparator()
        self.about_action = menu.addAction(self.tr("&Om Insiktskollen"))
        self.about_action.triggered.connect(about)

    def show_manual(self) -> None:
        self._show(self.tr("Handbok"), manual_html())

    def show_keys(self) -> None:
        self._show(self.tr("Kortkommandon"), keys.table_html())

    def _show(self, title: str, html: str) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = TextDialog(self.window_, title, html)
        self.dialog.open()
