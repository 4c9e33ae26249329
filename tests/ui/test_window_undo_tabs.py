"""One undo stack per tab: Ctrl+Z in Resultat undoes a result edit or an import, never an
earlier edit of an action; Ctrl+Z in Åtgärder undoes the action's edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from models import actions
from models.codes import Area, Group, Measure, Status
from tests.ui.conftest import select_title
from tests.ui.test_results_view import cell, stored, type_into_cell


@pytest.fixture
def workspace(window):
    from ui.window.workspace import install

    return install(window)


def _status(db, title: str) -> Status:
    with db.read() as s:
        return next(a.status for a in actions.list_actions(s) if a.title == title)


def test_ctrl_z_undoes_the_current_tabs_own_step(qtbot, window, workspace, borlange_db):
    select_title(window, "Telefontider")
    window.form.status.setCurrentIndex(list(Status).index(Status.PAUSAD))
    assert window.form.save()
    assert _status(borlange_db, "Telefontider") == Status.PAUSAD

    view = workspace.results
    window.tabs.setCurrentWidget(view)
    assert not window.undo_action.isEnabled()  # nothing done in Resultat yet
    view.choose(group=Group.FORETAG, area=Area.TOTALT)
    was = stored(borlange_db, 2023, Group.FORETAG).value
    type_into_cell(qtbot, view, cell(view, 2023), "69,5")
    assert stored(borlange_db, 2023, Group.FORETAG).value == 69.5
    assert window.undo_action.text() == "Ångra: NKI 2023, Borlänge"

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(borlange_db, 2023, Group.FORETAG).value == was  # the value only
    assert _status(borlange_db, "Telefontider") == Status.PAUSAD
    assert window.redo_action.text() == "Gör om: NKI 2023, Borlänge"
    assert not window.undo_action.isEnabled()

    window.tabs.setCurrentWidget(window.register)  # Åtgärder
    assert window.undo_action.text() == "Ångra: ändra status på Telefontider"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _status(borlange_db, "Telefontider") == Status.EJ_PABORJAD
    assert stored(borlange_db, 2023, Group.FORETAG).value == was


def test_an_import_is_one_step_undone_whole(qtbot, window, workspace, borlange_db, tmp_path):
    good = tmp_path / "bra.csv"
    good.write_text("År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar\n"
                    "2023;Företag;Totalt;NKI;68,4;120\n2021;Företag;Bygglov;NKI;70;\n",
                    encoding="utf-8")
    was = stored(borlange_db, 2023, Group.FORETAG)
    assert was is not None and stored(borlange_db, 2021, Group.FORETAG, Area.BYGGLOV) is None
    was_value, was_answers = was.value, was.answers
    view = workspace.results
    window.tabs.setCurrentWidget(view)

    def confirm() -> None:  # what the user does in the modal dialog
        dialog = QApplication.activeModalWidget()
        dialog.load([good])
        qtbot.waitUntil(lambda: not dialog.busy)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, confirm)
    view.open_import()
    assert stored(borlange_db, 2023, Group.FORETAG).value == 68.4
    assert window.undo_action.text() == "Ångra: import av 2 resultat"

    window.undo_action.trigger()
    back = stored(borlange_db, 2023, Group.FORETAG)
    assert (back.value, back.answers) == (was_value, was_answers)
    assert stored(borlange_db, 2021, Group.FORETAG, Area.BYGGLOV) is None
    window.redo_action.trigger()
    assert stored(borlange_db, 2021, Group.FORETAG, Area.BYGGLOV).value == 70
    assert stored(borlange_db, 2023, Group.FORETAG, measure=Measure.NKI).value == 68.4
