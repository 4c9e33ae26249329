"""Visa → Ändringslogg…: every change, newest first, filtered by date, person and kind,
read a page at a time however long the log is."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from models import change_list
from models.entities import ChangeLogEntry
from models.results import check_key, check_values, set_result
from tests.ui.conftest import type_text
from ui.window.files.change_log import ChangeLogDialog


@pytest.fixture
def full(window):
    from ui.window.workspace import install

    install(window)
    return window


def open_log(qtbot, window):
    item = next(a for a in window.view_menu().actions() if a.text() == "Ändringslogg…")
    item.trigger()
    dialog = window.findChild(ChangeLogDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def cells(dialog, row: int) -> list[str]:
    model = dialog.model
    return [model.index(row, col).data() for col in range(model.columnCount())]


def test_the_log_shows_every_kind_newest_first_and_filters(qtbot, full, borlange_db) -> None:
    with borlange_db.write() as s:
        set_result(s, check_key("2081", 2023, "Företag", "Totalt", "NKI"), check_values(71.5))
    dialog = open_log(qtbot, full)
    assert dialog.windowTitle() == "Ändringslogg"
    first = cells(dialog, 0)
    assert first[1] == "testare" and first[2] == "Resultat"
    assert first[3] == "2081 2023, Företag, Totalt, NKI"
    values = [cells(dialog, r) for r in range(8) if cells(dialog, r)[4] == "Ändrad: värde"]
    assert values and values[0][5:] == ["68,0", "71,5"]  # decimal commas
    total = dialog.model.rowCount()
    assert dialog.count_label.text() == f"{total} ändringar"

    dialog.kind.setCurrentIndex(dialog.kind.findText("Åtgärd"))
    kinds = {cells(dialog, r)[2] for r in range(dialog.model.rowCount())}
    assert kinds == {"Åtgärd"}
    assert "Ny" in {cells(dialog, r)[4] for r in range(dialog.model.rowCount())}

    dialog.kind.setCurrentIndex(0)
    dialog.user.setCurrentIndex(dialog.user.findText("testare"))
    assert {cells(dialog, r)[1] for r in range(dialog.model.rowCount())} == {"testare"}

    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    type_text(dialog.start, tomorrow)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 0 and dialog.count_label.text() == "0 ändringar"
    dialog.start.clear()
    type_text(dialog.start, "2024-13-01")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.date_error.isVisible()
    assert dialog.date_error.text().startswith("Från:")


def test_tens_of_thousands_of_changes_are_read_a_page_at_a_time(qtbot, full, borlange_db) -> None:
    start = dt.datetime(2024, 1, 1)
    rows = [{"at": start + dt.timedelta(minutes=i), "user": "anna", "entity": "setting",
             "entity_id": 0, "action_id": None, "action_version": None, "operation": "update",
             "field": "due_soon_days", "old_value": str(i), "new_value": str(i + 1)}
            for i in range(30_000)]
    with borlange_db.write() as s:
        s.execute(insert(ChangeLogEntry), rows)
    dialog = open_log(qtbot, full)
    with borlange_db.read() as s:
        everything = change_list.count(s, change_list.ChangeFilter())
    assert everything > 30_000
    assert dialog.count_label.text() == f"{everything:,} ändringar".replace(",", "\u00a0")
    assert dialog.model.rowCount() == change_list.PAGE_ROWS  # one page read so far
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2 * change_list.PAGE_ROWS)
    ids = [r.id for r in dialog.model.rows()]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    newest_made = next(r for r in dialog.model.rows() if r.user == "anna")
    assert newest_made.new_value == "30000"
    row = [r.id for r in dialog.model.rows()].index(newest_made.id)
    assert cells(dialog, row)[1:] == ["anna", "Inställning", "due_soon_days", "Ändrad",
                                      "29999", "30000"]
