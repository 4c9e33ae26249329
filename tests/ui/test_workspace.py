"""The whole window as run_app builds it: the Resultat and Diagram tabs and the Arkiv items
for import, export, printing, the meeting report and restoring a backup."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models import actions as ops
from models.backups import backup_folder, backup_sqlite
from models.opening import open_database
from models.results import check_key, check_values, set_result


@pytest.fixture
def workspace(window):
    from ui.window.workspace import install

    return install(window)


def _item(window, text: str):
    found = [a for a in window.file_menu().actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in window.file_menu().actions()]
    return found[0]


def test_tabs_and_menu_items(window, workspace) -> None:
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Läget", "Åtgärder", "Resultat", "Diagram",
    ]
    for text in ("Importera resultat…", "Hämta från Kolada…", "Importera åtgärder…",
                 "Exportera…", "Skriv ut…", "Spara mötesunderlag som PDF…",
                 "Återställ från säkerhetskopia…"):
        assert _item(window, text).isEnabled()
    assert _item(window, "Skriv ut…").shortcut().toString() == "Ctrl+P"
    names = [a.text().replace("&", "") for a in window.file_menu().actions()]
    assert names[-1] == "Avsluta"


def test_ctrl_p_prints_what_is_on_screen(window, workspace, monkeypatch) -> None:
    printed = []
    monkeypatch.setattr("ui.window.charts.printing.print_report", lambda parent, db: printed.append("report"))
    monkeypatch.setattr("ui.window.charts.printing.print_chart_view",
                        lambda parent, view: printed.append(("chart", view.kind())))
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    window.tabs.setCurrentWidget(workspace.charts)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == ["report", ("chart", "nki")]


def test_a_saved_action_reaches_the_chart_and_results_views(window, workspace, qtbot) -> None:
    window.tabs.setCurrentWidget(workspace.results)
    # The view opens on Totalt (Borlänge's newest figures): the user picks Företag.
    group_box = workspace.results.group_box
    group_box.setCurrentIndex(group_box.findText("Företag"))
    with window.db.write() as s:
        set_result(s, check_key("2081", 2023, "företag", "totalt", "tillgänglighet"),
                   check_values("66,5", 40))
    with qtbot.waitSignal(window.data_changed, timeout=5000):
        window.opened.poll(force=True)
    texts = {
        workspace.results.model.index(r, c).data()
        for r in range(workspace.results.model.rowCount())
        for c in range(workspace.results.model.columnCount())
    }
    assert any(t and "66,5" in t for t in texts)


def test_read_only_database_turns_writing_items_off(qtbot, borlange_db, tmp_path) -> None:
    from ui.window.main_window import MainWindow
    from ui.window.workspace import install

    copy = tmp_path / "läsbar.db"
    backup_sqlite(borlange_db.path, copy)
    db = open_database(f"sqlite:///file:{copy.as_posix()}?mode=ro&uri=true")
    db.read_only = True
    win = MainWindow(db)
    qtbot.addWidget(win)
    install(win)
    assert not _item(win, "Importera åtgärder…").isEnabled()
    assert not _item(win, "Importera resultat…").isEnabled()
    assert not _item(win, "Återställ från säkerhetskopia…").isEnabled()
    assert _item(win, "Exportera…").isEnabled() and _item(win, "Skriv ut…").isEnabled()
    win.poll_timer.stop()


def test_busy_message_shows_in_the_status_bar(window, workspace) -> None:
    window.db.on_busy("Databasen är upptagen, försöker igen (försök 2 av 4)")
    assert "upptagen, försöker igen" in window.statusBar().currentMessage()


def test_restore_from_backup_puts_the_old_data_back(window, workspace, monkeypatch, qtbot) -> None:
    path = window.db.path
    folder = backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    backup_sqlite(path, folder / f"{path.stem}-kopia-20240101-120000.db")
    with window.db.write() as s:
        ops.create_action(s, title="Läggs till efter kopian")
    from ui.window.files import restore_dialog

    def choose_first(dialog_self):
        dialog_self.restore()
        qtbot.waitUntil(lambda: not dialog_self.busy)  # the restore runs in a worker
        return dialog_self.result()

    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", choose_first)
    monkeypatch.setattr("ui.window.messages.info", lambda *args: None)
    _item(window, "Återställ från säkerhetskopia…").trigger()
    with sqlite3.connect(path) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM action")}
    assert "Läggs till efter kopian" not in titles and "Telefontider" in titles
    assert window.model.rowCount() == 7
    assert list(folder.glob(f"{path.stem}-före-återställning-*.db"))


def test_the_workspace_lives_as_long_as_the_window(window, monkeypatch) -> None:
    import gc

    from ui.window.workspace import Workspace, install

    install(window)  # the caller keeps nothing
    gc.collect()
    assert isinstance(window.findChild(Workspace), Workspace)
    imported = []
    monkeypatch.setattr("ui.window.files.excel_dialogs.import_actions_dialog",
                        lambda parent, db: imported.append(db) or 1)
    changed = []
    window.data_changed.connect(lambda: changed.append(True))
    _item(window, "Importera åtgärder…").trigger()
    assert imported == [window.db] and changed == [True]
