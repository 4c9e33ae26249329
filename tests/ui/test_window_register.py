"""Filtering, the overdue mark, read-only files, other copies' changes and conflicts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import actions
from models.codes import Factor, Status
from models.errors import BusyError
from models.opening import open_database
from tests.ui.conftest import select_title, type_text
from ui.window.register.table import DUE, ROW_ROLE


def titles(win):
    return [win.proxy.index(r, 0).data(ROW_ROLE).title for r in range(win.proxy.rowCount())]


def action_id(db, title):
    with db.read() as s:
        return next(a.id for a in actions.list_actions(s) if a.title == title)


def test_filter_row(qtbot, window, borlange_db):
    assert window.count_label.text() == "Visar 7 av 7 åtgärder"
    type_text(window.search, "webb")
    assert titles(window) == ["Förbättrad webbsida"]
    assert window.count_label.text() == "Visar 1 av 7 åtgärder"
    window.search.clear()
    window.status_filter.setCurrentIndex(window.status_filter.findData(Status.PAGAR))
    assert titles(window) == ["Öppet hus"]
    window.register.clear_filters()
    window.factor_filter.setCurrentIndex(window.factor_filter.findData(Factor.BEMOTANDE))
    assert titles(window) == []
    assert window.count_label.text() == "Visar 0 av 7 åtgärder"


def test_filter_by_owner_and_unit(qtbot, borlange_db, window):
    with borlange_db.write() as s:
        actions.update_action(s, action_id(borlange_db, "Telefontider"), None,
                              owner="Anna Berg", unit="Bygglov")
    window.opened.poll()
    window.owner_filter.setCurrentIndex(window.owner_filter.findText("Anna Berg"))
    assert titles(window) == ["Telefontider"]
    window.owner_filter.setCurrentIndex(0)
    window.unit_filter.setCurrentIndex(window.unit_filter.findText("Bygglov"))
    assert titles(window) == ["Telefontider"]


def test_sorting_by_a_column_with_the_mouse(qtbot, window):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from ui.window.register.table import STATUS

    header = window.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(STATUS) + 10, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    ascending = titles(window)
    assert ascending[-1] == "Öppet hus"  # Pågår comes after Ej påbörjad
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert titles(window)[0] == "Öppet hus"


@pytest.fixture
def late_db(borlange_db):
    today = dt.date.today()
    with borlange_db.write() as s:
        actions.update_action(s, action_id(borlange_db, "Telefontider"), None,
                              due=today - dt.timedelta(days=3))
        actions.update_action(s, action_id(borlange_db, "Öppet hus"), None,
                              due=today + dt.timedelta(days=5))
    return borlange_db


def test_overdue_and_soon_due_pointed_out_on_opening(qtbot, late_db):
    from ui.window.main_window import MainWindow

    win = MainWindow(late_db)
    qtbot.addWidget(win)
    win.show()
    banner = win.alert_banner
    assert banner.isVisible()
    assert "Försenade (1): Telefontider" in banner.text.text()
    assert "Öppet hus" in banner.text.text()
    row = win.model.row_of(action_id(late_db, "Telefontider"))
    assert "⚠ 3 d sen" in win.model.index(row, DUE).data().replace("\u00a0", " ")
    soon = win.model.row_of(action_id(late_db, "Öppet hus"))
    assert "◔ om 5 d" in win.model.index(soon, DUE).data().replace("\u00a0", " ")
    # "Visa försenade" in the banner narrows the table to the late one.
    show = [b for b in banner.findChildren(type(win.form.save_button)) if b.text() == "Visa försenade"][0]
    show.click()
    assert win.overdue_filter.isChecked()
    assert titles(win) == ["Telefontider"]
    win.poll_timer.stop()


def test_read_only_file_opens_with_notice_and_no_editing(qtbot, db_path, borlange_db, monkeypatch):
    from ui.window.main_window import MainWindow

    borlange_db.dispose()
    # Tests run as a user who may write anywhere; the check itself is what is replaced.
    monkeypatch.setattr("models.opening._writable", lambda path: False)
    ro = open_database(db_path)
    assert ro.read_only
    win = MainWindow(ro)
    qtbot.addWidget(win)
    win.show()
    assert win.read_only_banner.isVisible()
    assert "skrivskyddad" in win.read_only_banner.text.text()
    assert win.windowTitle() == "Insiktskollen – test.db (skrivskyddad)"
    assert not win.new_action.isEnabled() and not win.delete_action.isEnabled()
    select_title(win, "Telefontider")
    assert win.form.title.isReadOnly()
    assert not win.form.status.isEnabled()
    assert not win.form.save_button.isVisible()
    assert not win.form.add_comment_button.isEnabled()
    qtbot.keyClick(win.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not win.form.is_new
    win.poll_timer.stop()
    ro.dispose()


def test_change_by_another_copy_shows_within_seconds(qtbot, window, db_path):
    other = open_database(db_path, user="kalle")
    try:
        with other.write() as s:
            actions.create_action(s, title="Servicelöfte om handläggningstid")
        with qtbot.waitSignal(window.data_changed, timeout=5000):
            pass  # the window's own timer notices the change
        assert "Servicelöfte om handläggningstid" in titles(window)
        assert "kalle" in window.statusBar().currentMessage()
    finally:
        other.dispose()


def test_shown_action_reloads_when_changed_elsewhere(qtbot, window, db_path, borlange_db):
    select_title(window, "Öppet hus")
    other = open_database(db_path, user="kalle")
    try:
        with other.write() as s:
            actions.update_action(s, action_id(borlange_db, "Öppet hus"), None, progress=60)
        window.opened.poll()
        assert window.form.progress.value() == 60
    finally:
        other.dispose()


def test_conflict_shows_who_changed_what_and_keeps_my_text(qtbot, window, db_path, borlange_db):
    select_title(window, "Telefontider")
    form = window.form
    form.title.setText("Telefontider för bygglov")
    other = open_database(db_path, user="kalle")
    try:
        with other.write() as s:
            actions.update_action(s, action_id(borlange_db, "Telefontider"), None,
                                  status="pagar", description="Kalles text")
        assert not form.save()
        text = form.banner.text.text()
        assert "kalle" in text and "Status: Ej påbörjad → Pågår" in text
        assert form.title.text() == "Telefontider för bygglov"
        keep = [b for b in form.banner.findChildren(type(form.save_button))
                if b.text() == "Spara min text som ny ändring"][0]
        keep.click()
    finally:
        other.dispose()
    with borlange_db.read() as s:
        action = actions.get_action(s, action_id(borlange_db, "Telefontider för bygglov"))
    assert action.status == Status.PAGAR and action.description == "Kalles text"
    assert not form.banner.isVisible()


def test_conflict_reload_shows_their_version(qtbot, window, db_path, borlange_db):
    select_title(window, "Telefontider")
    form = window.form
    form.title.setText("Min titel")
    other = open_database(db_path, user="kalle")
    try:
        with other.write() as s:
            actions.update_action(s, action_id(borlange_db, "Telefontider"), None,
                                  title="Kalles titel")
        assert not form.save()
        reload = [b for b in form.banner.findChildren(type(form.save_button))
                  if b.text() == "Läs in deras version"][0]
        reload.click()
    finally:
        other.dispose()
    assert form.title.text() == "Kalles titel"


def test_failed_save_keeps_what_was_typed(qtbot, window, monkeypatch):
    select_title(window, "Telefontider")
    form = window.form
    form.title.setText("Telefontider, ny text")

    def busy(*args, **kwargs):
        raise BusyError("Databasen test.db är upptagen av en annan användare. Försök igen.")

    monkeypatch.setattr(window.db, "write", busy)
    assert not form.save()
    assert "upptagen" in form.banner.text.text()
    assert "finns kvar" in form.banner.text.text()
    assert form.title.text() == "Telefontider, ny text"
    # Moving to another row does not lose the typing either.
    window.register.select(window.model.rows()[0].id)
    select_before = form.action_id
    assert form.title.text() == "Telefontider, ny text" and select_before == form.action_id


def test_columns_and_size_remembered(qtbot, borlange_db):
    from ui.window.main_window import MainWindow

    win = MainWindow(borlange_db)
    win.show()
    win.resize(800, 520)  # within the offscreen screen (800×600)
    win.table.setColumnWidth(1, 222)
    win.close()
    again = MainWindow(borlange_db)
    qtbot.addWidget(again)
    again.show()
    assert again.table.columnWidth(1) == 222
    assert again.height() == 520 and abs(again.width() - 800) <= 4  # fitted to the screen
    assert again.settings.last_database.endswith("test.db")
    again.poll_timer.stop()
