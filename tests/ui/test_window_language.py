"""Swedish by default; the English translation loads from the compiled .qm file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui.window import i18n
from ui.window.app_settings import AppSettings


@pytest.fixture
def english(qapp):
    assert i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "sv")


def menu_titles(win):
    return [a.text() for a in win.menuBar().actions()]


def test_swedish_by_default(window):
    assert menu_titles(window) == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    assert window.tabs.tabText(0) == "Åtgärder"
    from PySide6.QtCore import Qt

    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Åtgärd"


def test_english_translation(english, qtbot, borlange_db):
    from PySide6.QtCore import Qt

    from ui.window.main_window import MainWindow

    win = MainWindow(borlange_db)
    qtbot.addWidget(win)
    assert menu_titles(win) == ["&File", "&Edit", "&View", "&Help"]
    assert win.tabs.tabText(0) == "Actions"
    assert win.model.headerData(0, Qt.Orientation.Horizontal) == "Action"
    statuses = {win.model.index(r, 3).data() for r in range(win.model.rowCount())}
    assert statuses == {"○ Not started", "◐ In progress"}
    assert win.count_label.text() == "Showing 7 of 7 actions"
    win.poll_timer.stop()


def test_language_choice_is_remembered(window):
    language_menu = next(a.menu() for a in window.view_menu().actions() if a.menu())
    english_item = next(a for a in language_menu.actions() if a.text() == "English")
    english_item.trigger()
    assert AppSettings().language == "en"
    assert "nästa gång" in window.statusBar().currentMessage()
    assert QApplication.instance() is not None


def test_qt_dialog_buttons_are_swedish(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install(qapp, "sv")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"


def test_dates_are_iso_in_english_too(english, qtbot, borlange_db):
    from PySide6.QtCore import Qt

    from models import actions
    from ui.window.main_window import MainWindow
    from ui.window.register.table import DUE

    with borlange_db.write() as s:
        aid = next(a.id for a in actions.list_actions(s) if a.title == "Telefontider")
        actions.update_action(s, aid, None, due="2030-06-30")
    win = MainWindow(borlange_db)
    qtbot.addWidget(win)
    row = win.model.row_of(aid)
    assert win.model.index(row, DUE).data(Qt.ItemDataRole.DisplayRole) == "2030-06-30"
    win.poll_timer.stop()
