"""Every key of the window, written once: the table the manual and "Kortkommandon" show,
and the keys that switch the main tabs.

Menu items keep their shortcuts where they are made (ui/window/main_window.py,
ui/window/workspace.py, ui/window/help.py); tests/ui/test_window_keys.py checks that every
shortcut in the window is in this table, so a new key cannot be left out of the manual.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# The tab keys: the next and previous tab, and the first nine by number.
NEXT_TAB = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_TAB = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp")
TAB_NUMBERS = tuple(f"Ctrl+{n}" for n in range(1, 10))


@dataclass(frozen=True)
class Key:
    """One line of the table: the key as a user reads it, the sequences Qt matches (in
    QKeySequence's portable text), where it works and what it does."""

    shown: str
    sequences: tuple[str, ...]
    where: str
    what: str


_WINDOW = QT_TRANSLATE_NOOP("Keys", "Överallt")
_REGISTER = QT_TRANSLATE_NOOP("Keys", "Åtgärdslistan")
_PANEL = QT_TRANSLATE_NOOP("Keys", "Åtgärdspanelen")
_DIALOG = QT_TRANSLATE_NOOP("Keys", "Kommentar och milstolpe")
_MILESTONES = QT_TRANSLATE_NOOP("Keys", "Milstolpar")
_CHARTS = QT_TRANSLATE_NOOP("Keys", "Diagram")

KEYS: tuple[Key, ...] = (
    Key("F1", ("F1",), _WINDOW, QT_TRANSLATE_NOOP("Keys", "Öppna handboken")),
    Key("F11", ("F11",), _WINDOW,
        QT_TRANSLATE_NOOP("Keys", "Presentationsläge (Esc eller F11 lämnar det)")),
    Key("Ctrl+Tab, Ctrl+PgDn", NEXT_TAB, _WINDOW, QT_TRANSLATE_NOOP("Keys", "Nästa flik")),
    Key("Ctrl+Shift+Tab, Ctrl+PgUp", PREVIOUS_TAB, _WINDOW,
        QT_TRANSLATE_NOOP("Keys", "Föregående flik")),
    Key("Ctrl+1 … Ctrl+9", TAB_NUMBERS, _WINDOW,
        QT_TRANSLATE_NOOP("Keys", "Gå till flik 1 … 9 (Åtgärder, Resultat, Diagram …)")),
    Key("Ctrl+N", ("Ctrl+N",), _WINDOW, QT_TRANSLATE_NOOP("Keys", "Ny åtgärd")),
    Key("Ctrl+K", ("Ctrl+K",), _WINDOW,
        QT_TRANSLATE_NOOP("Keys", "Ny kommentar till den visade åtgärden")),
    Key("Ctrl+Z", ("Ctrl+Z",), _WINDOW, QT_TRANSLATE_NOOP("Keys", "Ångra")),
    Key("Ctrl+Y, Ctrl+Shift+Z", ("Ctrl+Y", "Ctrl+Shift+Z"), _WINDOW,
        QT_TRANSLATE_NOOP("Keys", "Gör om")),
    Key("F5", ("F5",), _WINDOW,
        QT_TRANSLATE_NOOP("Keys", "Uppdatera (visa det andra har sparat)")),
    Key("Ctrl+O", ("Ctrl+O",), _WINDOW, QT_TRANSLATE_NOOP("Keys", "Öppna en annan databas")),
    Key("Ctrl+P", ("Ctrl+P",), _WINDOW,
        QT_TRANSLATE_NOOP("Keys", "Skriv ut diagrammet eller mötesunderlaget")),
    Key("Ctrl+Q", ("Ctrl+Q",), _WINDOW, QT_TRANSLATE_NOOP("Keys", "Avsluta")),
    Key("Enter", ("Return", "Enter"), _REGISTER,
        QT_TRANSLATE_NOOP("Keys", "Redigera den markerade åtgärden")),
    Key("Delete", ("Del",), _REGISTER,
        QT_TRANSLATE_NOOP("Keys", "Ta bort den markerade åtgärden (går att ångra)")),
    Key("Esc", ("Esc",), _REGISTER,
        QT_TRANSLATE_NOOP("Keys", "Töm sökrutan; är den tom: rensa alla filter")),
    Key("Ctrl+Enter", ("Ctrl+Return", "Ctrl+Enter"), _PANEL,
        QT_TRANSLATE_NOOP("Keys", "Spara åtgärden")),
    Key("Esc", ("Esc",), _PANEL,
        QT_TRANSLATE_NOOP("Keys", "Ångra det du skrivit sedan du sparade")),
    Key("Ctrl+Enter", ("Ctrl+Return", "Ctrl+Enter"), _DIALOG,
        QT_TRANSLATE_NOOP("Keys", "Spara kommentaren eller milstolpen")),
    Key("Esc", ("Esc",), _DIALOG, QT_TRANSLATE_NOOP("Keys", "Stäng utan att spara")),
    Key("F9", ("F9",), _CHARTS,
        QT_TRANSLATE_NOOP("Keys", "Dölj eller visa diagrammets inställningar")),
    Key("Mellanslag", ("Space",), _MILESTONES,
        QT_TRANSLATE_NOOP("Keys", "Markera den valda milstolpen som avklarad eller inte")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Keys", text)


def portable(sequence: QKeySequence | str) -> str:
    """A sequence in QKeySequence's portable text ("Ctrl+PgDown"), for comparing."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText)


def known_sequences() -> set[str]:
    return {portable(seq) for key in KEYS for seq in key.sequences}


def table_html() -> str:
    """The table of keys as HTML (the manual and "Kortkommandon" show it)."""
    rows = []
    where = ""
    for key in KEYS:
        if key.where != where:
            where = key.where
            rows.append(f'<tr><th colspan="2" align="left">{tr(where)}</th></tr>')
        rows.append(f"<tr><td><b>{key.shown}</b></td><td>{tr(key.what)}</td></tr>")
    return '<table cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


def add_tab_keys(window: QWidget, tabs: QTabWidget) -> list[QShortcut]:
    """Ctrl+Tab/Ctrl+PgDn, Ctrl+Shift+Tab/Ctrl+PgUp and Ctrl+1 … 9 switch `tabs`,
    wherever the focus is in the window."""

    def step(by: int) -> None:
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + by) % tabs.count())

    def go(index: int) -> None:
        if index < tabs.count():
            tabs.setCurrentIndex(index)

    made = []
    for keys, slot in ((NEXT_TAB, lambda: step(1)), (PREVIOUS_TAB, lambda: step(-1))):
        for text in keys:
            made.append(_shortcut(window, text, slot))
    for number, text in enumerate(TAB_NUMBERS):
        made.append(_shortcut(window, text, lambda i=number: go(i)))
    return made


def _shortcut(window: QWidget, text: str, slot: object) -> QShortcut:
    shortcut = QShortcut(QKeySequence(text), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    return shortcut
