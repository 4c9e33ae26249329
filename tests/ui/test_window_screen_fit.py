"""The first window fits the screen it opens on; a remembered size is clamped to a smaller one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from tests.conftest import ROOT
from ui.window import screen_fit


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1280, 720), (1366, 768)])
def test_first_geometry_lies_within_the_screen(width: int, height: int) -> None:
    available = QRect(0, 0, width, height - 40)  # a task bar
    rect = screen_fit.first_geometry(available)
    assert available.contains(rect)
    assert rect.width() <= screen_fit.PREFERRED.width()
    assert rect.height() >= available.height() - 40 or rect.height() == screen_fit.PREFERRED.height()


def test_first_geometry_on_a_large_screen_is_the_preferred_size_centred() -> None:
    rect = screen_fit.first_geometry(QRect(0, 0, 1920, 1080))
    assert rect.size() == screen_fit.PREFERRED
    assert abs(rect.center().x() - 960) <= 1


def test_a_remembered_geometry_is_moved_and_shrunk_onto_a_smaller_screen() -> None:
    projector = QRect(1920, 0, 1024, 768)  # the second screen, right of the laptop's
    assert screen_fit.clamp(QRect(100, 50, 1800, 1000), projector) == QRect(1920, 0, 1024, 768)
    assert screen_fit.clamp(QRect(2500, 400, 800, 600), projector) == QRect(2144, 168, 800, 600)
    assert screen_fit.clamp(QRect(2000, 10, 500, 400), projector) == QRect(2000, 10, 500, 400)


def test_a_remembered_size_larger_than_this_screen_is_fitted(qtbot, borlange_db) -> None:
    from ui.window.main_window import MainWindow

    win = MainWindow(borlange_db)
    win.resize(1600, 1000)  # on a larger screen last time
    win.move(300, 200)
    win.show()
    win.close()  # remembers the layout
    again = MainWindow(borlange_db)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    available = again.screen().availableGeometry()  # 800×800 offscreen
    frame = again.frameGeometry()
    assert frame.top() >= available.top() and frame.bottom() <= available.bottom()
    assert frame.left() >= available.left()
    # As wide as the screen, unless the window's content cannot be narrower (its minimum).
    assert frame.width() <= max(available.width(), again.minimumSizeHint().width() + 8)
    again.poll_timer.stop()


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1280, 720)])
def test_the_first_window_on_a_projector_shows_the_panel_and_its_buttons(
        borlange_db, tmp_path: Path, width: int, height: int) -> None:
    path = borlange_db.path
    borlange_db.dispose()
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "projektor", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "INSIKTSKOLLEN_HOME": str(tmp_path / "hem"), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "screen_fit_script.py"),
                             str(path)], env=env, capture_output=True, text=True, timeout=120,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    screen = QRect(*shown["screen"])
    assert screen.size().width() == width
    assert screen.contains(QRect(*shown["window"]))
    assert shown["visible"]
    for part in ("form", "save", "cancel"):
        assert screen.contains(QRect(*shown[part])), (part, shown)
