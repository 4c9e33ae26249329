"""Window tests: Qt warnings fail the test; the window is shown offscreen like a user's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

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


class Ticks:
    """A QTimer counting its ticks: they grow only while the GUI thread's event loop turns."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.count += 1


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("READY", flush=True)
sys.stdin.readline()
conn.rollback()
conn.close()
"""


@pytest.fixture
def lock_holder():  # type: ignore[no-untyped-def]
    """Another program holding a SQLite file's write lock until it reads a line (`release`)."""
    started: list[subprocess.Popen[str]] = []

    def hold(path: Path) -> subprocess.Popen[str]:
        proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        started.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        return proc

    yield hold
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def release(holder: subprocess.Popen[str]) -> None:
    """The other program lets its lock go."""
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
