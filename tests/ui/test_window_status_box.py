"""Picking a status keeps the form in place and leaves progress as the user set it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from models import actions
from models.codes import Factor, Status
from tests.ui.conftest import select_title


def _status_to(db, title: str, status: str, progress: int) -> None:
    with db.write() as s:
        found = next(a for a in actions.list_actions(s) if a.title == title)
        actions.update_action(s, found.id, None, status=status, progress=progress)


def _where(widget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_the_check_boxes_stay_put_when_the_status_changes(qtbot, window, borlange_db):
    select_title(window, "Telefontider")
    form = window.form
    boxes = [*form.factor_boxes.values(), *form.area_boxes.values()]
    before = [(_where(b), b.size()) for b in boxes]
    assert not form.status_comment.isVisible()
    form.status.setFocus()
    qtbot.keyClick(form.status, Qt.Key.Key_Down)  # Ej påbörjad → Pågår
    assert form.status.currentData() == Status.PAGAR
    qtbot.waitUntil(form.status_comment.isVisible)
    assert [(_where(b), b.size()) for b in boxes] == before
    # The next click lands on the box that was under the pointer.
    box = form.factor_boxes[Factor.BEMOTANDE]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def test_arrowing_past_klar_leaves_progress_as_it_was(qtbot, window, borlange_db):
    _status_to(borlange_db, "Telefontider", "pagar", 40)
    select_title(window, "Telefontider")
    form = window.form
    assert (form.status.currentData(), form.progress.value()) == (Status.PAGAR, 40)
    form.status.setFocus()
    qtbot.keyClick(form.status, Qt.Key.Key_Down)
    assert (form.status.currentData(), form.progress.value()) == (Status.KLAR, 100)
    qtbot.keyClick(form.status, Qt.Key.Key_Down)
    assert form.status.currentData() == Status.PAUSAD
    assert form.progress.value() == 40 and form.completed.text() == ""
    assert form.save()
    with borlange_db.read() as s:
        saved = next(a for a in actions.list_actions(s) if a.title == "Telefontider")
    assert (saved.status, saved.progress) == (Status.PAUSAD, 40)


def test_klar_chosen_still_sets_100_and_a_progress_typed_after_it_stays(qtbot, window,
                                                                       borlange_db):
    _status_to(borlange_db, "Telefontider", "pagar", 40)
    select_title(window, "Telefontider")
    form = window.form
    form.status.setFocus()
    qtbot.keyClick(form.status, Qt.Key.Key_Down)
    assert form.progress.value() == 100
    form.progress.setValue(90)  # the user's own choice while at Klar
    qtbot.keyClick(form.status, Qt.Key.Key_Down)
    assert form.progress.value() == 90
