"""Milestones, follow-up comments and the people and units dialog, through their dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from models import actions, people
from models.codes import Status
from tests.ui.conftest import select_title, type_text


def ok(qtbot, dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def load(db, title):
    with db.read() as s:
        found = next(a for a in actions.list_actions(s) if a.title == title)
        return actions.get_action(s, found.id, full=True)


def test_milestone_add_edit_remove_and_undo(qtbot, window, borlange_db):
    select_title(window, "Förbättrad webbsida")
    form = window.form
    dialog = form.add_milestone()
    dialog.date.setText("2024-09-01")
    type_text(dialog.text, "Ny startsida publicerad")
    ok(qtbot, dialog)
    assert [str(m) for m in load(borlange_db, "Förbättrad webbsida").milestones] == [
        "Ny startsida publicerad 2024-09-01"
    ]
    assert form.tabs.tabText(1) == "Milstolpar (1)"

    form.milestone_list.setCurrentItem(form.milestone_list.topLevelItem(0))
    dialog = form.edit_milestone()
    dialog.time_span.setText("10–12")
    dialog.date.setText("")
    dialog.accept()
    assert dialog.date_error.text() == "Datum: skriv ett datum, t.ex. 2024-05-15."
    dialog.date.setText("2024-09-02")
    dialog.accept()
    milestone = load(borlange_db, "Förbättrad webbsida").milestones[0]
    assert (milestone.date, milestone.time_span) == (dt.date(2024, 9, 2), "10–12")

    form.milestone_list.setCurrentItem(form.milestone_list.topLevelItem(0))
    form.remove_milestone_button.click()
    assert load(borlange_db, "Förbättrad webbsida").milestones == []
    window.undo_action.trigger()  # the removal
    window.undo_action.trigger()  # the edit
    milestone = load(borlange_db, "Förbättrad webbsida").milestones[0]
    assert (milestone.date, milestone.time_span) == (dt.date(2024, 9, 1), "")


def test_new_comment_records_status_and_progress(qtbot, window, borlange_db):
    select_title(window, "Öppet hus")
    dialog = window.form.add_comment()
    assert dialog.date.text() == dt.date.today().isoformat()
    assert dialog.author.text() == "testare"
    dialog.accept()
    assert dialog.text_error.text() == "Kommentar: texten får inte vara tom."
    type_text(dialog.text, "Välbesökt, ett trettiotal företagare.")
    dialog.progress.setValue(50)
    dialog.date.setText("2024-05-16")
    dialog.accept()
    action = load(borlange_db, "Öppet hus")
    comment = action.comments[0]
    assert (comment.text, comment.date, comment.status, comment.progress) == (
        "Välbesökt, ett trettiotal företagare.", dt.date(2024, 5, 16), Status.PAGAR, 50
    )
    assert action.progress == 50
    shown = window.form.comment_list.toPlainText()
    assert shown.startswith("2024-05-16 · testare · Pågår, 50 %")
    assert "Välbesökt, ett trettiotal företagare." in shown
    window.undo_action.trigger()
    action = load(borlange_db, "Öppet hus")
    assert action.comments == [] and action.progress == 0


def test_comments_newest_first(qtbot, window, borlange_db):
    aid = load(borlange_db, "Öppet hus").id
    with borlange_db.write() as s:
        actions.add_comment(s, aid, "Första", date="2024-05-01")
        actions.add_comment(s, aid, "Andra", date="2024-06-01")
    select_title(window, "Öppet hus")
    shown = window.form.comment_list.toPlainText()
    assert shown.index("Andra") < shown.index("Första")
    assert window.form.tabs.tabText(2) == "Kommentarer (2)"


def test_people_dialog_renames_and_removes_only_unused(qtbot, window, borlange_db):
    with borlange_db.write() as s:
        actions.update_action(s, load(borlange_db, "Telefontider").id, None,
                              owner="Anna Berg", unit="Bygglov")
        people.person_named(s, "Oanvänd Person")
    window.people_action.trigger()
    dialog = window.opened.people_dialog
    names = dialog.people
    names.list.setCurrentRow(names.names().index("Anna Berg"))
    names.name.setText("Anna Berglund")
    names.rename_button.click()
    assert "Anna Berglund" in names.names()
    names.remove_button.click()
    assert "ansvarig för 1 åtgärder" in names.error.text()
    names.list.setCurrentRow(names.names().index("Oanvänd Person"))
    names.remove_button.click()
    assert "Oanvänd Person" not in names.names()
    dialog.accept()
    assert load(borlange_db, "Telefontider").owner.name == "Anna Berglund"
    assert window.owner_filter.findText("Anna Berglund") >= 0


def test_people_changes_can_be_undone(qtbot, window, borlange_db):
    with borlange_db.write() as s:
        people.person_named(s, "Oanvänd Person", people.unit_named(s, "Bygglov"))
        people.update_person(s, people.find_person(s, "Oanvänd Person").id, email="o@kommun.se")
    window.people_action.trigger()
    names = window.opened.people_dialog.people
    names.list.setCurrentRow(names.names().index("Oanvänd Person"))
    names.remove_button.click()
    assert "Oanvänd Person" not in names.names()
    window.opened.people_dialog.accept()
    assert window.undo_action.text() == "Ångra: ta bort Oanvänd Person"
    window.undo_action.trigger()
    with borlange_db.read() as s:
        back = people.find_person(s, "Oanvänd Person")
        assert back.email == "o@kommun.se" and back.unit.name == "Bygglov"
    window.redo_action.trigger()
    with borlange_db.read() as s:
        assert people.find_person(s, "Oanvänd Person") is None


def test_milestone_marked_done_by_button_and_space_and_undone(qtbot, window, borlange_db):
    select_title(window, "Öppet hus")
    form = window.form
    form.tabs.setCurrentIndex(1)
    item = form.milestone_list.topLevelItem(0)
    rect = form.milestone_list.visualItemRect(item)
    qtbot.mouseClick(form.milestone_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    tab = form.milestones_tab
    assert tab.done_button.text() == "Markera avklarad"
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    milestone = load(borlange_db, "Öppet hus").milestones[0]
    assert (milestone.done, milestone.done_date) == (True, dt.date.today())
    shown = form.milestone_list.topLevelItem(0)
    assert shown.text(2) == f"✓ {dt.date.today().isoformat()}"
    assert tab.done_button.text() == "Markera ej avklarad"

    form.milestone_list.setFocus()
    qtbot.keyClick(form.milestone_list, Qt.Key.Key_Space)  # the keyboard: not done again
    milestone = load(borlange_db, "Öppet hus").milestones[0]
    assert (milestone.done, milestone.done_date) == (False, None)
    assert form.milestone_list.topLevelItem(0).text(2) == ""

    window.undo_action.trigger()  # back to done
    assert load(borlange_db, "Öppet hus").milestones[0].done
    window.undo_action.trigger()  # and as it was
    assert not load(borlange_db, "Öppet hus").milestones[0].done


def test_milestone_done_on_a_date_of_its_own_through_its_dialog(qtbot, window, borlange_db):
    select_title(window, "Öppet hus")
    form = window.form
    form.milestone_list.setCurrentItem(form.milestone_list.topLevelItem(0))
    dialog = form.edit_milestone()
    qtbot.waitExposed(dialog)
    assert not dialog.done_date.isEnabled()
    box = dialog.done_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.done_date.text() == dt.date.today().isoformat()  # today by default
    dialog.done_date.setText("2024-05-16")
    ok(qtbot, dialog)
    milestone = load(borlange_db, "Öppet hus").milestones[0]
    assert (milestone.done, milestone.done_date) == (True, dt.date(2024, 5, 16))
    assert form.milestone_list.topLevelItem(0).text(2) == "✓ 2024-05-16"
