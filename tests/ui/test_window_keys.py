"""Keys: the tabs by Ctrl+Tab/Ctrl+PgDn/Ctrl+1…, Esc clears the search, Ctrl+Enter saves a
comment or a milestone, and every key of the window is in the manual's table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QDialog

from models import actions
from tests.ui.conftest import select_title, type_text
from ui.window import keys

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def full(window):
    from ui.window.workspace import install

    install(window)
    return window


def load(db, title):
    with db.read() as s:
        found = next(a for a in actions.list_actions(s) if a.title == title)
        return actions.get_action(s, found.id, full=True)


def test_ctrl_tab_and_ctrl_page_keys_switch_tabs_wherever_the_focus_is(qtbot, full) -> None:
    tabs = full.tabs
    # Läget, Åtgärder, Resultat, Diagram; the program opens on Läget.
    assert tabs.count() == 4 and tabs.currentIndex() == 0
    tabs.setCurrentIndex(1)
    full.table.setFocus()
    qtbot.keyClick(full.table, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget() or full, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 3
    qtbot.keyClick(QApplication.focusWidget() or full, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 0  # round to the first
    qtbot.keyClick(QApplication.focusWidget() or full, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    # Shift+Tab arrives as Backtab with Shift held, as from a keyboard.
    qtbot.keyClick(full.search, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentIndex() == 0
    qtbot.keyClick(QApplication.focusWidget() or full, Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == 3


def test_ctrl_number_goes_to_that_tab_even_from_a_text_field(qtbot, full) -> None:
    select_title(full, "Öppet hus")
    full.form.title.setFocus()
    qtbot.keyClick(full.form.title, Qt.Key.Key_3, CTRL)
    assert full.tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget() or full, Qt.Key.Key_1, CTRL)
    assert full.tabs.currentIndex() == 0
    qtbot.keyClick(full, Qt.Key.Key_9, CTRL)  # no ninth tab: stays
    assert full.tabs.currentIndex() == 0


def test_esc_in_the_search_box_clears_the_search(qtbot, window) -> None:
    type_text(window.search, "webb")
    assert window.proxy.rowCount() < window.model.rowCount()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.proxy.rowCount() == window.model.rowCount()
    assert window.count_label.text() == "Visar 7 av 7 åtgärder"


def test_esc_in_the_table_clears_a_filter_but_not_while_the_panel_is_edited(qtbot, window) -> None:
    window.overdue_filter.setChecked(True)
    window.status_filter.setCurrentIndex(1)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert not window.overdue_filter.isChecked() and window.status_filter.currentIndex() == 0
    assert window.count_label.text() == "Visar 7 av 7 åtgärder"
    # While the panel holds unsaved typing, Esc in the panel puts the typing back and the
    # filter stays.
    select_title(window, "Öppet hus")
    window.status_filter.setCurrentIndex(window.status_filter.findText("Pågår"))
    shown = window.proxy.rowCount()
    type_text(window.form.title, " mer")
    qtbot.keyClick(window.form.title, Qt.Key.Key_Escape)
    assert window.form.title.text() == "Öppet hus"
    assert window.proxy.rowCount() == shown and window.status_filter.currentText() == "Pågår"


def test_ctrl_enter_saves_a_comment_from_its_text(qtbot, window, borlange_db) -> None:
    select_title(window, "Öppet hus")
    qtbot.keyClick(window.table, Qt.Key.Key_K, CTRL)
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_text(dialog.text, "Välbesökt")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert [c.text for c in load(borlange_db, "Öppet hus").comments] == ["Välbesökt"]
    assert dialog.text.toPlainText() == "Välbesökt"  # no line break typed by Ctrl+Enter


def test_ctrl_enter_saves_a_milestone(qtbot, window, borlange_db) -> None:
    select_title(window, "Förbättrad webbsida")
    dialog = window.form.add_milestone()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.date.setText("2024-09-01")
    type_text(dialog.text, "Ny startsida")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter
    assert not dialog.isVisible()
    assert [m.text for m in load(borlange_db, "Förbättrad webbsida").milestones] == ["Ny startsida"]


def test_every_shortcut_of_the_window_is_in_the_table_of_keys(full) -> None:
    known = keys.known_sequences()
    used = set()
    for action in full.findChildren(QAction):
        used |= {keys.portable(seq) for seq in action.shortcuts()}
    for shortcut in full.findChildren(QShortcut):
        used |= {keys.portable(seq) for seq in shortcut.keys()}
    used.discard("")
    assert used, "no shortcuts found"
    assert used <= known, sorted(used - known)
