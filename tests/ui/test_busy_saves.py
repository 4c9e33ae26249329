"""A save while another program holds the database's write lock: the window keeps turning
while the save waits in a worker, and the save lands when the lock goes; when it never
goes, the form keeps what the user typed and says why.

The other program is a process holding the lock until the test lets it go; nothing here
depends on how fast the machine is.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import models.db as dbmod
from models import actions
from models.codes import Area, Group
from tests.ui.conftest import Ticks, release, select_title, type_text
from tests.ui.test_results_view import cell, stored, type_into_cell
from ui.window import tasks
from ui.window.workspace import Workspace, install

BUSY = "Databasen är upptagen, försöker igen (försök 2 av"


@pytest.fixture
def shared(window, monkeypatch) -> Workspace:  # type: ignore[no-untyped-def]
    """The window as the program has it (with its workspace) on a file another program may
    lock. Short waits, tried again until the lock goes (a test may give up sooner)."""
    monkeypatch.setattr(dbmod, "QUICK_BUSY_TIMEOUT_S", 0.01)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setattr(dbmod, "BUSY_PAUSE_S", 0.01)
    monkeypatch.setattr(dbmod, "BUSY_RETRIES", 100_000)
    window.db.engine.dispose()  # new connections take the short busy timeout
    workspace = install(window)
    window.tabs.setCurrentWidget(window.register)  # the program opens on Läget
    return workspace


@pytest.fixture
def heard(qtbot):  # type: ignore[no-untyped-def]
    """What the worker told while it waited for the lock."""
    messages: list[str] = []
    tasks.write_state().busy_heard.connect(messages.append)
    yield messages
    tasks.write_state().busy_heard.disconnect(messages.append)


def titles(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [a.title for a in actions.list_actions(s)]


def waits_with_the_window_alive(qtbot, heard: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The worker has waited for the lock twice, and the event loop turns meanwhile."""
    ticks = Ticks()
    try:
        qtbot.waitUntil(lambda: len(heard) >= 2, timeout=30_000)
        at = ticks.count
        qtbot.waitUntil(lambda: ticks.count >= at + 5, timeout=30_000)
    finally:
        ticks.timer.stop()
    assert tasks.running_write() is not None  # still waiting: the lock is still held


def test_a_save_in_the_register_waits_in_a_worker_and_lands_when_the_lock_goes(
    qtbot, window, shared, heard, lock_holder
) -> None:
    form = window.form
    select_title(window, "Telefontider")
    type_text(form.title, " utökade")
    holder = lock_holder(window.db.path)
    qtbot.keyClick(form.title, Qt.Key.Key_Return)  # Enter in the title saves

    assert form.saving  # not saved yet: it goes on in a worker
    assert BUSY in window.statusBar().currentMessage()
    waits_with_the_window_alive(qtbot, heard)
    assert "försök 3 av" in heard[0]
    assert not form.isEnabled() and not window.undo_action.isEnabled()  # other writes wait
    assert "Telefontider utökade" not in titles(window.db)

    release(holder)
    qtbot.waitUntil(lambda: not form.saving, timeout=30_000)
    assert "Telefontider utökade" in titles(window.db)
    assert form.isEnabled() and not form.is_dirty()
    assert form.title.text() == "Telefontider utökade"
    assert window.register.selected_row().title == "Telefontider utökade"
    assert window.undo_action.text() == "Ångra: ändra titel på Telefontider utökade"
    window.undo_action.trigger()  # the stack has the step: a free database undoes at once
    assert "Telefontider" in titles(window.db) and "Telefontider utökade" not in titles(window.db)


def test_the_window_stays_open_while_its_save_waits(
    qtbot, window, shared, heard, lock_holder, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr("ui.window.messages.ask", lambda *args, **kwargs: asked.append(args[2]))
    select_title(window, "Telefontider")
    type_text(window.form.title, " utökade")
    holder = lock_holder(window.db.path)
    window.close()  # saves first: the database is busy, so the save goes on in a worker
    assert window.isVisible() and window.form.saving and asked == []
    window.close()  # again while it waits: nothing is lost either
    assert window.isVisible() and window.form.saving
    release(holder)
    qtbot.waitUntil(lambda: not window.form.saving, timeout=30_000)
    assert "Telefontider utökade" in titles(window.db)
    window.close()
    assert not window.isVisible() and asked == []


def test_undo_waits_in_a_worker_too(qtbot, window, shared, heard, lock_holder) -> None:
    select_title(window, "Telefontider")
    type_text(window.form.title, " utökade")
    assert window.form.save()  # the database is free: saved at once
    holder = lock_holder(window.db.path)
    window.undo_action.trigger()
    assert window.ctx.stack.index() == 1  # the stack moves when the step has landed
    waits_with_the_window_alive(qtbot, heard)
    assert not window.redo_action.isEnabled()
    release(holder)
    qtbot.waitUntil(lambda: window.ctx.stack.index() == 0, timeout=30_000)
    assert "Telefontider" in titles(window.db) and "Telefontider utökade" not in titles(window.db)
    assert window.form.title.text() == "Telefontider"
    assert window.redo_action.text() == "Gör om: ändra titel på Telefontider utökade"


def test_when_the_lock_never_goes_the_form_keeps_the_typing_and_says_why(
    qtbot, window, shared, heard, lock_holder, monkeypatch
) -> None:
    monkeypatch.setattr(dbmod, "BUSY_RETRIES", 2)
    form = window.form
    select_title(window, "Telefontider")
    type_text(form.title, " utökade")
    lock_holder(window.db.path)  # never let go during the test
    assert form.save() is False and form.saving
    qtbot.waitUntil(lambda: not form.saving, timeout=30_000)
    assert [m.split("(")[1].split(")")[0] for m in heard] == ["försök 3 av 3"]
    banner = form.banner.text.text()
    assert banner.startswith("Inte sparat: Databasen test.db är fortfarande upptagen efter "
                             "3 försök")
    assert "Det du skrev finns kvar i formuläret." in banner and form.banner.isVisible()
    assert form.title.text() == "Telefontider utökade" and form.is_dirty()
    assert form.isEnabled() and not window.undo_action.isEnabled()
    assert "Telefontider utökade" not in titles(window.db)


def test_an_edit_in_the_results_grid_waits_in_a_worker_and_lands(
    qtbot, window, shared, heard, lock_holder
) -> None:
    view = shared.results
    window.tabs.setCurrentWidget(view)
    view.choose(group=Group.TOTALT, area=Area.TOTALT)
    holder = lock_holder(window.db.path)
    type_into_cell(qtbot, view, cell(view, 2025), "74")
    assert BUSY in window.statusBar().currentMessage()
    waits_with_the_window_alive(qtbot, heard)
    assert not view.editor.isEnabled() and stored(window.db, 2025) is None

    release(holder)
    qtbot.waitUntil(lambda: tasks.running_write() is None, timeout=30_000)
    assert stored(window.db, 2025).value == 74
    assert cell(view, 2025).data().startswith("74")
    assert view.banner.text.text() == "NKI 2025, Borlänge: sparat 74."
    assert view.editor.isEnabled()
