"""Window tests: Qt warnings fail the test; the window is shown offscreen like a user's."""

from __future__ import annotations

import pytest

from models.db import Database


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        name = item.fspath.basename
        if name.startswith(("test_window_", "test_app_")):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform itself warns about window hints it cannot honour.
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture
def window(qtbot, borlange_db: Database, monkeypatch: pytest.MonkeyPatch):
    from ui.window.main_window import MainWindow

    win = MainWindow(borlange_db)
    # Not qtbot.addWidget: qtbot would close it before this fixture's teardown below.
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.poll_timer.stop()
    # A test may end with unsaved, invalid typing: closing must not wait for an answer.
    monkeypatch.setattr("ui.window.messages.ask", lambda *args, **kwargs: True)
    win.close()
    win.deleteLater()


def select_title(win, title: str) -> None:
    """Click the row of an action in the table, as a user does."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.window.register.table import ROW_ROLE, TITLE

    proxy = win.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, TITLE)
        if index.data(ROW_ROLE).title == title:
            wanted = index.data(ROW_ROLE).id  # the index itself is stale after a reload
            win.table.scrollTo(index)
            rect = win.table.visualRect(index)
            QTest.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())
            QApplication.processEvents()  # a switch away from unsaved typing ends there
            assert win.form.action_id == wanted
            return
    raise AssertionError(f"{title} finns inte i tabellen")


def type_text(widget, text: str) -> None:
    """Key presses for each character, å, ä and ö included (QTest.keyClicks is ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.window().activateWindow()
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
