"""The register driven as a user would: typing, keys, status with a comment, undo/redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from models import actions
from models.codes import Status
from models.entities import Action
from tests.ui.conftest import select_title, type_text


def stored(db, title):
    with db.read() as s:
        action = s.scalar(select(Action).where(Action.title == title))
        return None if action is None else actions.get_action(s, action.id, full=True)


def test_create_action_by_typing(qtbot, window, borlange_db):
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    assert form.is_new and form.title.hasFocus()
    type_text(form.title, "Servicelöfte bygglov")
    form.owner.setFocus()
    type_text(form.owner.lineEdit(), "Anna Berg")
    type_text(form.unit.lineEdit(), "Bygglov")
    type_text(form.due, "2030-06-30")
    qtbot.keyClick(form.due, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    action = stored(borlange_db, "Servicelöfte bygglov")
    assert action is not None
    assert action.owner.name == "Anna Berg" and action.unit.name == "Bygglov"
    assert action.due == dt.date(2030, 6, 30)
    assert window.count_label.text() == "Visar 8 av 8 åtgärder"
    assert window.register.selected_row().title == "Servicelöfte bygglov"
    assert form.heading.text() == "Servicelöfte bygglov"
    # The new names are in the lists for the next action.
    assert window.owner_filter.findText("Anna Berg") >= 0


def test_enter_in_title_saves_and_escape_cancels(qtbot, window, borlange_db):
    select_title(window, "Telefontider")
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    form = window.form
    assert form.title.hasFocus()
    type_text(form.title, "Fasta telefontider")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert stored(borlange_db, "Fasta telefontider") is not None

    type_text(form.title, " (utkast)")
    qtbot.keyClick(form.title, Qt.Key.Key_Escape)
    assert form.title.text() == "Fasta telefontider"
    assert stored(borlange_db, "Fasta telefontider (utkast)") is None


def test_validation_next_to_fields_saves_nothing(qtbot, window, borlange_db):
    with borlange_db.read() as s:
        before = actions.last_change_id(s)
    window.new_action.trigger()
    form = window.form
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert form.errors["title"].isVisible()
    assert form.errors["title"].text() == "Titel: en åtgärd måste ha en titel."

    type_text(form.title, "Dialogmöten")
    type_text(form.start, "2024-06-01")
    type_text(form.due, "2024-05-01")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert form.errors["due"].text() == "Klart senast: 2024-05-01 ligger före start 2024-06-01."
    assert not form.errors["title"].isVisible()

    form.due.setText("2024-13-40")
    form.save()
    assert "inget giltigt datum" in form.errors["due"].text()
    with borlange_db.read() as s:
        assert actions.last_change_id(s) == before
    assert form.title.text() == "Dialogmöten"


def test_every_field_reachable_with_tab(window):
    form = window.form
    window.new_action.trigger()
    seen = []
    widget = form.title
    for _ in range(len(form.tab_order)):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget not in form.tab_order:
            widget = widget.nextInFocusChain()
            if widget is form.title:
                break
    assert seen == form.tab_order


def test_status_change_with_comment_then_undo_and_redo(qtbot, window, borlange_db):
    select_title(window, "Telefontider")
    form = window.form
    form.status.setCurrentIndex(list(Status).index(Status.PAGAR))
    assert form.status_comment.isVisible()
    type_text(form.status_comment, "Startade 2 maj, många samtal första veckan.")
    form.progress.setValue(40)
    qtbot.keyClick(form.status_comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    action = stored(borlange_db, "Telefontider")
    assert action.status == Status.PAGAR and action.progress == 40
    assert [c.text for c in action.comments] == ["Startade 2 maj, många samtal första veckan."]
    assert action.comments[0].status == Status.PAGAR and action.comments[0].progress == 40
    assert action.comments[0].author == "testare"
    assert "Startade 2 maj, många samtal första veckan." in form.comment_list.toPlainText()
    table = form.history_list
    history = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert any(row[1:] == ["testare", "Status", "Ej påbörjad", "Pågår"] for row in history)

    assert window.undo_action.text() == "Ångra: ändra Telefontider"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    action = stored(borlange_db, "Telefontider")
    assert action.status == Status.EJ_PABORJAD and action.progress == 0
    assert action.comments == []
    assert form.status.currentData() == Status.EJ_PABORJAD
    assert window.redo_action.text() == "Gör om: ändra Telefontider"

    qtbot.keyClick(window.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    action = stored(borlange_db, "Telefontider")
    assert action.status == Status.PAGAR and len(action.comments) == 1
    # The undo and the redo are themselves in the change log.
    with borlange_db.read() as s:
        statuses = [(e.old_value, e.new_value) for e in actions.history(s, action.id)
                    if e.field == "status"]
    assert statuses[:3] == [("ej_paborjad", "pagar"), ("pagar", "ej_paborjad"),
                            ("ej_paborjad", "pagar")]


def test_undo_names_the_step(qtbot, window, borlange_db):
    select_title(window, "Telefontider")
    window.form.status.setCurrentIndex(list(Status).index(Status.PAGAR))
    window.form.save()
    assert window.undo_action.text() == "Ångra: ändra status på Telefontider"


def test_klar_fills_completed_and_reopening_clears_it(qtbot, window, borlange_db):
    select_title(window, "Öppet hus")
    form = window.form
    form.status.setCurrentIndex(list(Status).index(Status.KLAR))
    assert form.completed.text() == dt.date.today().isoformat()
    form.completed.setText("2024-05-16")
    assert form.save()
    assert stored(borlange_db, "Öppet hus").completed == dt.date(2024, 5, 16)
    form.status.setCurrentIndex(list(Status).index(Status.PAGAR))
    assert form.completed.text() == ""
    assert form.save()
    assert stored(borlange_db, "Öppet hus").completed is None


def test_delete_asks_first_and_undo_brings_everything_back(qtbot, window, borlange_db, monkeypatch):
    questions = []
    monkeypatch.setattr("ui.window.messages.ask", lambda *a, **k: questions.append(a[2]) or True)
    select_title(window, "Öppet hus")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert questions and "Öppet hus" in questions[0]
    assert stored(borlange_db, "Öppet hus") is None
    assert window.count_label.text() == "Visar 6 av 6 åtgärder"
    window.undo_action.trigger()
    action = stored(borlange_db, "Öppet hus")
    assert action is not None and [m.text for m in action.milestones] == ["Nästa öppet hus"]
    assert window.count_label.text() == "Visar 7 av 7 åtgärder"
    # Redo removes it again, then undo once more: the new id is followed.
    window.redo_action.trigger()
    assert stored(borlange_db, "Öppet hus") is None
    window.undo_action.trigger()
    assert stored(borlange_db, "Öppet hus") is not None


def test_delete_refused_keeps_action(qtbot, window, borlange_db, monkeypatch):
    monkeypatch.setattr("ui.window.messages.ask", lambda *a, **k: False)
    select_title(window, "Öppet hus")
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert stored(borlange_db, "Öppet hus") is not None


def test_double_click_edits_the_row(qtbot, window):
    from ui.window.register.table import ROW_ROLE, TITLE

    index = next(window.proxy.index(r, TITLE) for r in range(window.proxy.rowCount())
                 if window.proxy.index(r, TITLE).data(ROW_ROLE).title == "Öppet hus")
    wanted = index.data(ROW_ROLE).id
    pos = window.table.visualRect(index).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.form.action_id == wanted
    assert window.form.title.hasFocus()


def test_escape_drops_a_new_action(qtbot, window, borlange_db):
    window.new_action.trigger()
    type_text(window.form.title, "Halvfärdig")
    qtbot.keyClick(window.form.title, Qt.Key.Key_Escape)
    assert not window.form.is_new
    assert window.form.heading.text() == "Ingen åtgärd vald"
    assert stored(borlange_db, "Halvfärdig") is None
    assert window.count_label.text() == "Visar 7 av 7 åtgärder"


def test_undo_of_reopening_gives_the_old_progress_back(qtbot, window, borlange_db):
    from models.codes import Status as _Status

    with borlange_db.write() as s:
        phone = next(a for a in actions.list_actions(s) if a.title == "Telefontider")
        actions.update_action(s, phone.id, None, status="klar", progress=80)
    window.opened.poll(force=True)
    select_title(window, "Telefontider")
    form = window.form
    form.status.setCurrentIndex(form.status.findData(_Status.PAGAR))
    form.save()
    with borlange_db.read() as s:
        assert actions.get_action(s, phone.id).status == _Status.PAGAR
    window.undo_action.trigger()
    with borlange_db.read() as s:
        back = actions.get_action(s, phone.id)
    # Becoming klar again without a progress would mean 100 %: the undo restores 80 %.
    assert back.status == _Status.KLAR and back.progress == 80
