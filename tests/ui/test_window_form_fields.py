"""The detail panel's fields go through the models' field table: the form shows what the
models' parsers and checks say, under the field each error names, and has no checks of
its own."""

from __future__ import annotations

import datetime as dt

import pytest

from models import action_fields, actions
from models.action_fields import FIELD, FIELDS
from models.codes import Area, Assessment, Factor, Status
from models.errors import InputError
from tests.ui.conftest import select_title, type_text


def shown_errors(form) -> dict[str, str]:
    return {name: lbl.text() for name, lbl in form.errors.items() if not lbl.isHidden()}


def model_error(name: str, value) -> str:
    with pytest.raises(InputError) as caught:
        FIELD[name].parse(value)
    assert caught.value.field == name
    return caught.value.message


def test_every_field_has_a_widget_that_gives_back_what_it_shows(window, borlange_db):
    full = {
        "title": "Öppet hus", "description": "Handläggare på plats\noch kaffe",
        "unit": "Bygglov", "owner": "Åsa Öberg", "status": Status.KLAR,
        "assessment": Assessment.GUL, "start": dt.date(2024, 5, 2),
        "due": dt.date(2024, 12, 31), "completed": dt.date(2024, 11, 30), "progress": 90,
        "factors": [Factor.INFORMATION, Factor.BEMOTANDE],
        "areas": [Area.BYGGLOV, Area.LIVSMEDELSKONTROLL], "expected_effect": "Fler nöjda",
    }
    with borlange_db.write() as s:
        action = next(a for a in actions.list_actions(s) if a.title == "Öppet hus")
        actions.update_action(s, action.id, None, **full)
    select_title(window, "Öppet hus")
    form = window.form
    assert set(form._inputs()) == {f.name for f in FIELDS}
    assert form.loaded == full
    assert form.values() == full  # each widget's value parses to what is stored
    assert not form.is_dirty()
    form.new_action()
    assert form.values() is None  # an empty form: only the title is missing
    assert shown_errors(form) == {"title": "Titel: en åtgärd måste ha en titel."}


@pytest.mark.parametrize("name, typed", [
    ("title", "   "), ("start", "2024-02-30"), ("due", "31/12"), ("completed", "i går"),
])
def test_the_form_shows_the_models_error_under_its_field(window, borlange_db, name, typed):
    select_title(window, "Telefontider")
    form = window.form
    with borlange_db.read() as s:
        before = actions.last_change_id(s)
    getattr(form, name).setText(typed)
    assert not form.save()
    assert shown_errors(form) == {name: model_error(name, typed)}
    with borlange_db.read() as s:
        assert actions.last_change_id(s) == before


def test_the_checks_between_fields_are_the_models(window, borlange_db):
    select_title(window, "Telefontider")
    form = window.form
    form.status.setCurrentIndex(list(Status).index(Status.PAGAR))
    form.start.setText("2024-06-01")
    form.due.setText("2024-05-01")
    type_text(form.completed, "2024-05-20")
    assert not form.save()
    expected = action_fields.record_errors({
        **action_fields.empty(), "status": Status.PAGAR, "start": dt.date(2024, 6, 1),
        "due": dt.date(2024, 5, 1), "completed": dt.date(2024, 5, 20),
    })
    # The first error of each field shows under it.
    assert shown_errors(form) == {
        "due": expected[1].message, "completed": expected[0].message,
    }
    assert expected[0].message == "Klar datum: anges bara när status är Klar."


def test_the_form_marks_whatever_field_the_model_names(window, monkeypatch):
    """No check of the form's own: an error the models' table raises shows at its field."""
    select_title(window, "Telefontider")
    form = window.form
    monkeypatch.setattr(
        action_fields, "record_errors",
        lambda values: [FIELD["start"].error("startar en {day}.", day="måndag")],
    )
    assert not form.save()
    assert shown_errors(form) == {"start": "Start: startar en måndag."}


@pytest.fixture
def english(qapp):
    from ui.window import i18n

    assert i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "sv")


def test_the_models_errors_keep_their_english_in_the_form(english, qtbot, borlange_db,
                                                          monkeypatch):
    from ui.window.main_window import MainWindow

    # The test ends with unsaved typing: closing must not wait for an answer.
    monkeypatch.setattr("ui.window.messages.ask", lambda *args, **kwargs: True)
    win = MainWindow(borlange_db)
    qtbot.addWidget(win)
    form = win.form
    form.new_action()
    form.start.setText("2024-06-01")
    form.due.setText("31/12")
    assert not form.save()
    assert shown_errors(form) == {
        "title": "Title: an action must have a title.",
        # No English of its own: the field's English name before the Swedish reason.
        "due": "Due: ”31/12” är inget giltigt datum (skriv som 2024-05-02).",
    }
    form.due.setText("2024-05-01")
    form.title.setText("Dialogmöten")
    assert not form.save()
    assert shown_errors(form) == {"due": "Due: 2024-05-01 is before start 2024-06-01."}
    win.poll_timer.stop()
