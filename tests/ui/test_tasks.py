"""Long work in workers: the window keeps turning, shows progress, can stop, writes one at a time.

Imports are driven through their dialogs as a user does; a worker is held at a chosen
point with an Event where a test needs it there (never by sleeping).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import func, select

import models.db as dbmod
from models import importers
from models.codes import Area, Group, Measure
from models.entities import Action, SurveyResult
from models.opening import open_database
from tests.importer_helpers import snapshot
from tests.ui.conftest import Ticks, select_title, type_text
from ui.window import messages, tasks
from ui.window.files.excel_dialogs import ImportActionsDialog
from ui.window.results.import_dialog import ImportDialog

ROWS_PER_TOWN = 9 * len(Group) * len(Area) * len(Measure)


def results_csv(path: Path, towns: int) -> Path:
    """A results file as Excel writes it: every figure of 2015–2023 for `towns` towns."""
    lines = ["År;Kundgrupp;Myndighetsområde;Mått;Värde;Kommun"]
    for town in range(towns):
        for year in range(2015, 2024):
            for group in Group:
                for area in Area:
                    for measure in Measure:
                        lines.append(f"{year};{group.label};{area.label};{measure.label};"
                                     f"{60 + town % 30},5;{3000 + town:04d}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count_results(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(SurveyResult))


class HeldApply:
    """importers.apply, held after its first flush until `go_on` (the worker waits there)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self.go_on = threading.Event()
        real = importers.apply
        monkeypatch.setattr(importers, "FLUSH_ROWS", 50)

        def held(session, preview, progress=None):  # type: ignore[no-untyped-def]
            def tell(done: int, total: int) -> None:
                progress(done, total)
                if 0 < done < total and not self.reached.is_set():
                    self.reached.set()
                    self.go_on.wait(30)

            return real(session, preview, tell)

        monkeypatch.setattr(importers, "apply", held)


@pytest.fixture
def fast_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress dialog at once rather than after 0.3 s, so a test sees it."""
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)


def previewed(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    assert dialog.import_button.isEnabled(), dialog.banner.text.text()


def test_the_window_keeps_turning_while_a_large_file_is_previewed(
    qtbot, borlange_db, tmp_path, monkeypatch
) -> None:
    path = results_csv(tmp_path / "stor.csv", towns=4)
    ticks = Ticks()
    reading = threading.Event()
    go_on = threading.Event()
    real = importers.read_files

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        # In the worker: held in the middle of the work until the test has seen the GUI
        # thread's event loop turn (a machine under load decides nothing here).
        reading.set()
        go_on.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(importers, "read_files", watched)
    dialog = ImportDialog(borlange_db, None, [path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(reading.is_set, timeout=60_000)
    at_start = ticks.count
    try:
        # The event loop turns while the worker is busy with the file.
        qtbot.waitUntil(lambda: ticks.count >= at_start + 3, timeout=10_000)
        assert dialog.busy
    finally:
        go_on.set()
    previewed(qtbot, dialog)
    ticks.timer.stop()
    assert dialog.panel.summary.text() == (
        f"stor.csv: {4 * ROWS_PER_TOWN} nya, 0 ändrade, 0 oförändrade rader."
    )


def test_progress_dialog_shows_and_avbryt_rolls_the_import_back(
    qtbot, borlange_db, tmp_path, monkeypatch, fast_dialog
) -> None:
    path = results_csv(tmp_path / "resultat.csv", towns=1)
    dialog = ImportDialog(borlange_db, None, [path])
    qtbot.addWidget(dialog)
    dialog.show()
    previewed(qtbot, dialog)
    before = snapshot(borlange_db)
    held = HeldApply(monkeypatch)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.reached.is_set, timeout=60_000)  # 50 rows flushed, not committed
    task = dialog.task
    assert task is not None and task.writes
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    progress = task.dialog
    assert progress.windowTitle() == "Importerar resultat"
    qtbot.waitUntil(lambda: progress.bar.maximum() == ROWS_PER_TOWN)
    [avbryt] = [b for b in progress.findChildren(QPushButton) if b.text() == "Avbryt"]
    qtbot.mouseClick(avbryt, Qt.MouseButton.LeftButton)
    assert "Avbryter" in progress.labelText()
    held.go_on.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert task.was_cancelled and task.dialog is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, tasks.ProgressDialog) and w.isVisible()]
    assert snapshot(borlange_db) == before  # nothing of the import, nor of its log
    assert dialog.banner.text.text() == "Importen avbröts. Inget importerades."
    assert dialog.isVisible() and dialog.written == 0
    assert dialog.import_button.isEnabled()  # it can be tried again


def test_one_write_at_a_time_a_second_import_and_a_save_wait(
    qtbot, window, borlange_db, tmp_path, monkeypatch
) -> None:
    from ui.window.workspace import install

    workspace = install(window)
    select_title(window, "Telefontider")
    type_text(window.form.title, " utökade")  # typed, not yet saved
    path = results_csv(tmp_path / "resultat.csv", towns=1)
    dialog = ImportDialog(borlange_db, window, [path])
    qtbot.addWidget(dialog)
    previewed(qtbot, dialog)
    results_before = count_results(borlange_db)
    held = HeldApply(monkeypatch)
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text: errors.append(text))
    dialog.confirm()
    qtbot.waitUntil(held.reached.is_set, timeout=60_000)

    import_actions = next(a for a in window.file_menu().actions()
                          if a.text() == "Importera åtgärder…")
    assert not import_actions.isEnabled() and not window.new_action.isEnabled()
    assert not window.form.isEnabled() and not workspace.results.editor.isEnabled()
    actions_file = tmp_path / "åtgärder.csv"
    actions_file.write_text("Titel\nNy från fil\n", encoding="utf-8")
    second = ImportActionsDialog(borlange_db, window, path=actions_file)
    qtbot.addWidget(second)
    assert second.task is None
    assert errors == ["Vänta: ”Importerar resultat” pågår och måste bli klart först. "
                      "Försök igen när det är klart."]
    assert window.form.save() is False  # refused at once, not left waiting for our lock
    assert "Inte sparat: Vänta: ”Importerar resultat” pågår" in window.form.banner.text.text()
    assert count_results(borlange_db) == results_before  # nothing committed yet

    held.go_on.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.written == ROWS_PER_TOWN
    assert import_actions.isEnabled() and window.new_action.isEnabled()
    assert window.form.isEnabled()
    assert window.form.save() is True
    with borlange_db.read() as s:
        assert "Telefontider utökade" in set(s.scalars(select(Action.title)))


def test_import_waits_for_another_programs_lock_with_the_window_alive(
    qtbot, tmp_path, monkeypatch, lock_holder, fast_dialog
) -> None:
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.2)
    monkeypatch.setattr(dbmod, "BUSY_PAUSE_S", 0.01)
    monkeypatch.setattr(dbmod, "BUSY_RETRIES", 200)
    db = open_database(tmp_path / "delad.db", create=True, user="anna")
    try:
        path = results_csv(tmp_path / "resultat.csv", towns=1)
        dialog = ImportDialog(db, None, [path])
        qtbot.addWidget(dialog)
        previewed(qtbot, dialog)
        holder = lock_holder(db.path)
        heard: list[str] = []
        tasks.write_state().busy_heard.connect(heard.append)
        ticks = Ticks()
        dialog.confirm()
        qtbot.waitUntil(lambda: len(heard) >= 2, timeout=30_000)
        task = dialog.task
        qtbot.waitUntil(lambda: task.dialog is not None
                        and "försöker igen" in task.dialog.labelText())
        waited = ticks.count
        assert waited >= 5  # the event loop turned while the worker waited for the lock
        assert "Databasen är upptagen, försöker igen (försök 2 av 201)" in heard[0]
        assert dialog.busy and count_results(db) == 0
        holder.stdin.write("\n")
        holder.stdin.flush()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
        ticks.timer.stop()
        tasks.write_state().busy_heard.disconnect(heard.append)
        assert dialog.written == ROWS_PER_TOWN and count_results(db) == ROWS_PER_TOWN
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        db.dispose()
