"""The presentation's keys, written once: what each does, the keys that do it, and the
window's actions for them.

A clicker sends Page Down and Page Up, so those always step. The others give way to a
control that uses them (the arrows in the progress box, Space and Backspace in the comment
box): Qt lets a focused text field claim them before a shortcut fires.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.window.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Key:
    name: str  # the presentation's method it calls
    keys: tuple[str, ...]  # QKeySequence texts
    what: str  # in Swedish; translated in the context "Presentation"


KEYS = (
    Key("forward", ("Right", "PgDown", "Space"),
        QT_TRANSLATE_NOOP("Presentation", "nästa sida")),
    Key("back", ("Left", "PgUp", "Backspace"),
        QT_TRANSLATE_NOOP("Presentation", "föregående sida")),
    Key("first", ("Home",), QT_TRANSLATE_NOOP("Presentation", "första sidan")),
    Key("last", ("End",), QT_TRANSLATE_NOOP("Presentation", "sista sidan (Mötesanteckningar)")),
    Key("escape", ("Esc", "F11"),
        QT_TRANSLATE_NOOP("Presentation", "stänger en ruta, annars avslutas presentationen")),
    Key("save_notes", ("Ctrl+S",),
        QT_TRANSLATE_NOOP("Presentation", "sparar mötesanteckningarna som PDF")),
)

def install(widget: QWidget, target: object) -> dict[str, QAction]:
    """An action on `widget` for each key, calling the method of `target` by its name."""
    found: dict[str, QAction] = {}
    for key in KEYS:
        action = QAction(QCoreApplication.translate("Presentation", key.what), widget)
        action.setShortcuts([QKeySequence(k) for k in key.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        method: Callable[[], object] = getattr(target, key.name)
        action.triggered.connect(lambda _checked=False, m=method: m())
        widget.addAction(action)
        found[key.name] = action
    return found
