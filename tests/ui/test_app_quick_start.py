"""The quick start: the window shows the register first, the database opens right after.

For a healthy file of the current schema the window's first look is read with sqlite3
(no SQLAlchemy); editing starts once open_database has checked and backed up the file.
Anything else opens fully before the window, as before.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.errors import DamagedError
from models.opening import open_database
from tests.conftest import ROOT
from tests.ui.test_app_start import start

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def borlange_file(borlange_db) -> Path:
    path = borlange_db.path
    borlange_db.dispose()
    return path


def editing_actions(win):
    return [win.new_action, win.edit_action, win.delete_action, win.comment_action,
            win.people_action]


def test_first_look_shows_the_rows_and_no_editing_until_opened(qtbot, borlange_file, monkeypatch):
    from PySide6.QtCore import Qt

    from ui.window.app import quick_window
    from ui.window.app_settings import AppSettings
    from ui.window.register.form import ActionForm

    win = quick_window(str(borlange_file), AppSettings())
    assert win is not None
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.windowTitle() == "Insiktskollen – test.db"
    assert win.model.rowCount() == 7
    assert win.count_label.text()  # the filter row counts them already
    assert not win.is_open and not win.findChildren(ActionForm)
    with pytest.raises(RuntimeError):
        win.opened  # noqa: B018 (the open state does not exist yet)
    assert win.opening_label.isVisible()  # the empty detail panel says why
    assert not any(a.isEnabled() for a in editing_actions(win))
    assert not win.undo_action.isEnabled()
    # Double-click, Enter, Delete and Ctrl+N do nothing yet (nothing to save into).
    win.table.selectRow(0)
    rect = win.table.visualRect(win.proxy.index(0, 0))
    qtbot.mouseDClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for action in (win.edit_action, win.delete_action, win.new_action):
        action.trigger()
    assert not win.is_open and not win.findChildren(ActionForm)

    db = open_database(borlange_file)
    try:
        win.finish_opening(db)
        assert win.is_open and win.db is db
        assert win.form is not None and win.form.isVisible()
        assert not win.opening_label.isVisible()
        assert all(a.isEnabled() for a in editing_actions(win))
        assert win.model.rowCount() == 7
        win.new_action.trigger()
        assert win.form.is_new
        win.poll_timer.stop()
        monkeypatch.setattr("ui.window.messages.ask", lambda *args, **kwargs: True)
        win.close()
    finally:
        db.dispose()


def test_no_first_look_for_files_that_must_open_fully(qtbot, borlange_file, tmp_path):
    from ui.window.app import quick_window
    from ui.window.app_settings import AppSettings

    old = tmp_path / "gammal.db"
    shutil.copy(FIXTURES / "schema_0001.db", old)
    damaged = tmp_path / "trasig.db"
    data = bytearray(borlange_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = bytes([0x5A]) * (len(data) - page)
    damaged.write_bytes(bytes(data))
    for target in (old, damaged, tmp_path / "saknas.db", "postgresql+psycopg://x@/y"):
        assert quick_window(str(target), AppSettings()) is None, target
    assert not (tmp_path / "saknas.db").exists()


FIRST_PAINT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.window.app import quick_window
from ui.window.app_settings import AppSettings

app = QApplication(sys.argv)
win = quick_window(sys.argv[1], AppSettings())
win.show()
def look():
    win.grab().save(sys.argv[2])
    print(json.dumps({
        "rows": win.model.rowCount(),
        "title": win.windowTitle(),
        "sqlalchemy": sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"),
    }), flush=True)
    app.quit()
QTimer.singleShot(50, look)
app.exec()
"""


def test_first_look_needs_no_sqlalchemy(borlange_file, tmp_path):
    shot = tmp_path / "forsta.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(borlange_file), str(shot)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"rows": 7, "title": "Insiktskollen – test.db", "sqlalchemy": []}
    assert shot.stat().st_size > 10_000  # a painted window, not an empty one


def test_quick_start_still_opens_properly(data_home):
    from models.paths import default_database
    from ui.window.app import _create_default

    # The database a first start makes (test_app_start.py starts the program for that).
    _create_default(default_database()).dispose()
    backups = data_home / "Säkerhetskopior"
    assert not backups.exists() or not any(backups.iterdir())
    again = start(data_home)  # the quick start
    assert again.returncode == 0, again.stderr
    assert "TITEL: Insiktskollen – insiktskollen.db" in again.stdout
    assert "RADER: 7" in again.stdout
    # The real opening ran before the program ended: it made the day's backup.
    assert [p.name for p in backups.iterdir() if "-auto-" in p.name]
    # And the start added nothing to the file.
    with sqlite3.connect(default_database()) as conn:
        assert conn.execute("select count(*) from action").fetchone()[0] == 7


def test_a_file_needing_an_upgrade_is_upgraded_before_the_window(data_home, tmp_path):
    old = tmp_path / "gammal.db"
    shutil.copy(FIXTURES / "schema_0001.db", old)
    result = start(data_home, "--db", str(old))
    assert result.returncode == 0, result.stderr
    assert "RADER: 7" in result.stdout
    # The copy made before the upgrade is beside the file: it was upgraded, then shown.
    assert list(tmp_path.glob("gammal.db.före-*.bak"))


@pytest.mark.parametrize("error", ["damaged", "unexpected"])
def test_failure_of_the_real_opening_is_told_and_no_window_stays(
    qtbot, borlange_file, monkeypatch, capsys, data_home, error
):
    """A file that looked fine but fails the real opening: the message, exit code 1."""
    import ui.window.app
    from models import opening

    def refuse(target, *args, **kwargs):
        if error == "unexpected":
            raise RuntimeError("något gick sönder (påhittat i testet)")
        raise DamagedError(f"Filen {target} är skadad (påhittat i testet).", path=Path(target))

    monkeypatch.setenv("INSIKTSKOLLEN_SELFTEST", "1")
    monkeypatch.setenv("INSIKTSKOLLEN_CLOSE_AFTER_MS", "1")
    monkeypatch.setattr(opening, "open_database", refuse)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    shown = []
    real_quick_window = ui.window.app.quick_window

    def quick_window(target, settings):
        win = real_quick_window(target, settings)
        shown.append(win)
        return win

    monkeypatch.setattr(ui.window.app, "quick_window", quick_window)
    code = ui.window.app.run_app(str(borlange_file), False)
    out = capsys.readouterr().out
    assert code == 1
    assert shown and shown[0] is not None and not shown[0].isVisible()
    assert "RADER: 7" in out  # the first look was there
    if error == "unexpected":
        assert "FEL: Databasen kunde inte öppnas: Ett oväntat fel inträffade: något gick" in out
        assert "Traceback" in (data_home / "insiktskollen.log").read_text(encoding="utf-8")
    else:
        assert "FEL: Databasen kunde inte öppnas: Filen" in out
    assert "påhittat i testet" in out
    shown[0].deleteLater()


def test_the_real_opening_runs_while_the_first_look_stays_alive(
    qtbot, borlange_file, monkeypatch, capsys, data_home
):
    """The checks and the day's backup run in a worker: the window's event loop turns."""
    import threading

    from PySide6.QtCore import QTimer

    import ui.window.app
    from models import opening

    opening_started, turned = threading.Event(), threading.Event()
    real = opening.open_database

    def slow(target, *args, **kwargs):
        # Goes on only once the GUI thread's event loop has turned while it waits here.
        opening_started.set()
        assert turned.wait(30), "the window stood still while the database was opened"
        return real(target, *args, **kwargs)

    def tick() -> None:
        if opening_started.is_set():
            turned.set()

    monkeypatch.setenv("INSIKTSKOLLEN_SELFTEST", "1")
    monkeypatch.setenv("INSIKTSKOLLEN_CLOSE_AFTER_MS", "1")
    monkeypatch.setattr(opening, "open_database", slow)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    code = ui.window.app.run_app(str(borlange_file), False)
    timer.stop()
    out = capsys.readouterr().out
    assert code == 0, out
    assert "RADER: 7" in out and "FEL" not in out
    backups = data_home / "Säkerhetskopior"
    assert [p.name for p in backups.iterdir() if "-auto-" in p.name]  # the day's backup


WAY_IN = """
import json, sys
import main
import ui.window.app as app

def run_app(target, is_default):
    print(json.dumps({
        "target": target, "default": is_default,
        "loaded": sorted(m for m in sys.modules
                         if m == "ui.cli.parser" or m.split(".")[0] == "sqlalchemy"),
    }), flush=True)
    return 0

app.run_app = run_app
sys.exit(main.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("args", [
    ["--db", "{file}"], ["--db={file}"], ["{file}"],
])
def test_every_way_in_reaches_the_window_without_the_parser(tmp_path, data_home, args):
    # A shortcut with --db, a file dropped on the program or opened by the operating system:
    # the window's quick path, with neither the command-line parser nor SQLAlchemy loaded.
    file = tmp_path / "delad mapp" / "gemensam.db"
    given = [a.format(file=file) for a in args]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INSIKTSKOLLEN_HOME": str(data_home),
           "INSIKTSKOLLEN_NO_VENV": "1"}
    result = subprocess.run(
        [sys.executable, "-c", WAY_IN, *given], capture_output=True, text=True,
        encoding="utf-8", env=env, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"target": str(file), "default": False, "loaded": []}


def test_window_target_leaves_commands_and_options_to_the_parser():
    from main import window_target

    assert window_target([]) == ""
    assert window_target(["--db", "C:\\Delat\\insikt.db"]) == "C:\\Delat\\insikt.db"
    assert window_target(["D:\\Möten\\insikt"]) == "D:\\Möten\\insikt"
    assert window_target(["postgresql://server/insikt"]) is None  # a URL only with --db
    for parsed in (["actions"], ["check"], ["--version"], ["--db", "x.db", "actions"],
                   ["--self-test"], ["--db"], ["-h"], ["nonsense"]):
        assert window_target(parsed) is None, parsed


def test_a_file_given_alone_opens_quickly_and_becomes_editable(data_home, borlange_file):
    result = start(data_home, str(borlange_file))
    assert result.returncode == 0, result.stderr
    assert "TITEL: Insiktskollen – test.db" in result.stdout
    assert "RADER: 7" in result.stdout
    # The line the start benchmark waits for: the database open for writes, the form ready.
    assert "REDIGERBAR: ja" in result.stdout
