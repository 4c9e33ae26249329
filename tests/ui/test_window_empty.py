"""A database without actions says how to begin, with buttons to the same items as the menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text


@pytest.fixture
def empty(qtbot, db, monkeypatch):
    from ui.window.main_window import MainWindow
    from ui.window.workspace import install

    win = MainWindow(db)
    install(win)
    win.tabs.setCurrentWidget(win.register)  # the program opens on Läget; the hint is here
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.poll_timer.stop()
    monkeypatch.setattr("ui.window.messages.ask", lambda *args, **kwargs: True)
    win.close()
    win.deleteLater()


def test_an_empty_database_shows_how_to_begin(qtbot, empty) -> None:
    hint = empty.register.empty_hint
    assert hint.isVisible() and not empty.table.isVisible()
    assert "Här finns inga åtgärder ännu" in hint.title.text()
    assert [b.text() for b in (hint.new_button, hint.import_button, hint.fetch_button)] == [
        "Skriv in gruppens åtgärder (Ctrl+N)", "Importera resultat…", "Hämta från Kolada…"]
    assert all(b.isVisible() and b.isEnabled()
               for b in (hint.new_button, hint.import_button, hint.fetch_button))

    qtbot.mouseClick(hint.new_button, Qt.MouseButton.LeftButton)
    form = empty.form
    assert form.is_new
    type_text(form.title, "Kortare handläggningstider")
    qtbot.keyClick(form.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: empty.model.rowCount() == 1)
    assert empty.table.isVisible() and not hint.isVisible()


@pytest.mark.parametrize(("button", "dialog_class"), [
    ("import_button", "ImportDialog"), ("fetch_button", "KoladaFetchDialog")])
def test_the_hint_opens_the_same_dialogs_as_the_menu(qtbot, empty, button, dialog_class) -> None:
    opened: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.mouseClick(getattr(empty.register.empty_hint, button), Qt.MouseButton.LeftButton)
    assert opened == [dialog_class]


def test_a_register_with_actions_shows_the_table(window) -> None:
    assert window.table.isVisible() and not window.register.empty_hint.isVisible()
