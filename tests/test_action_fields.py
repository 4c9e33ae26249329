"""The one description of an action's fields (models/action_fields.py): every field parses
what the form and an import give it, comes back unchanged through the export, and every
error it raises names its field."""

from __future__ import annotations

import datetime as dt

import pytest

from models import action_fields, actions
from models.action_fields import FIELD, FIELDS
from models.action_import import import_actions
from models.codes import Area, Assessment, Factor, Status
from models.entities import Action
from models.errors import InputError
from models.export import ACTION_COLUMNS, export_json, export_to
from models.preview import UNCHANGED

# What each field holds when every one is filled in.
FULL = {
    "title": "Öppet hus",
    "description": "Handläggare på plats;\n=ingen formel",
    "unit": "Bygglov",
    "owner": "Åsa Öberg",
    "status": Status.KLAR,
    "assessment": Assessment.GUL,
    "start": dt.date(2024, 5, 2),
    "due": dt.date(2024, 12, 31),
    "completed": dt.date(2024, 11, 30),
    "progress": 90,
    "factors": [Factor.INFORMATION, Factor.BEMOTANDE],
    "areas": [Area.BYGGLOV, Area.LIVSMEDELSKONTROLL],
    "expected_effect": "-2 på väntetiden",
}

# Per field: what the form's widget gives, what an import's cell may hold, and the value.
GIVEN = [
    ("title", "  Öppet   hus ", "Öppet hus", "Öppet hus"),
    ("description", " Handläggare\n på plats ", "Handläggare\n på plats", "Handläggare\n på plats"),
    ("unit", " Bygg  lov ", "Bygg lov", "Bygg lov"),
    ("owner", "", "", None),
    ("status", Status.PAGAR, "pågår", Status.PAGAR),
    ("assessment", None, "", None),
    ("assessment", Assessment.ROD, "Röd", Assessment.ROD),
    ("start", "2024-05-02", dt.datetime(2024, 5, 2), dt.date(2024, 5, 2)),
    ("due", " ", "", None),
    ("completed", "2024-11-30", dt.date(2024, 11, 30), dt.date(2024, 11, 30)),
    ("progress", 40, "40 %", 40),
    ("progress", 0, "0", 0),
    ("factors", [Factor.INFORMATION, Factor.KOMPETENS], "information; Kompetens",
     [Factor.INFORMATION, Factor.KOMPETENS]),
    ("areas", [], "", []),
    ("expected_effect", "  Kortare väntan  ", "Kortare väntan", "Kortare väntan"),
]


def test_every_field_of_an_action_is_in_the_table_once() -> None:
    assert len(FIELD) == len(FIELDS) == 13
    assert set(FULL) == set(FIELD)
    for field in FIELDS:
        assert hasattr(Action, field.name), field.name
    exported = [c.key for c in ACTION_COLUMNS if c.key in FIELD]
    assert sorted(exported) == sorted(FIELD)  # each field one column of the export
    assert {c.header for c in ACTION_COLUMNS if c.key in FIELD} == {
        f.column_header for f in FIELDS
    }


@pytest.mark.parametrize("name, typed, cell, value", GIVEN)
def test_each_field_parses_what_the_form_and_a_file_give(name, typed, cell, value) -> None:
    field = FIELD[name]
    assert field.parse(typed) == value
    if name == "factors":  # an import cell lists codes with ; or , (as the import gives it)
        cell = [cell.replace(";", ",")]
    assert field.parse(cell) == value


@pytest.mark.parametrize("name", list(FULL))
def test_cells_and_json_parse_back_to_the_same_value(name) -> None:
    field = FIELD[name]
    for value in (FULL[name], *(() if field.missing else (field.empty,))):
        assert field.parse(field.cell(value)) == value, field.cell(value)
        assert field.parse(field.json(value)) == value
        assert field.same(value, field.parse(field.text(value)))


BAD = [
    ("title", "   ", "Titel: en åtgärd måste ha en titel."),
    ("title", "x" * 201, "Titel: högst 200 tecken (nu 201)."),
    ("status", "kanske", "Status: okänt värde ”kanske”"),
    ("assessment", "lila", "Bedömning: okänt värde ”lila”"),
    ("start", "2024-02-30", "Start: ”2024-02-30” är inget giltigt datum (skriv som 2024-05-02)."),
    ("due", "31/12", "Klart senast: ”31/12” är inget giltigt datum"),
    ("completed", "i går", "Klar datum: ”i går” är inget giltigt datum"),
    ("progress", "mycket", "Framsteg: ”mycket” är inget tal (0–100 %)."),
    ("progress", "140", "Framsteg: 140 ligger utanför 0–100 % (heltal)."),
    ("progress", "50.5", "Framsteg: ”50.5” är inget heltal (0–100 %)."),
    ("progress", "50,5", "Framsteg: ”50,5” är inget heltal (0–100 %)."),
    ("factors", ["snabbhet"], "Servicefaktor: okänt värde ”snabbhet”"),
    ("areas", "Bygglov, Fiske", "Fiske”"),
]


@pytest.mark.parametrize("name, given, message", BAD)
def test_errors_name_their_field(name, given, message) -> None:
    with pytest.raises(InputError) as caught:
        FIELD[name].parse(given)
    error = caught.value
    assert error.field == name
    assert message in error.message
    assert error.message.endswith(error.reason)


def test_the_reason_is_the_message_without_the_fields_label() -> None:
    with pytest.raises(InputError) as caught:
        FIELD["due"].parse("31/12")
    assert caught.value.reason == "”31/12” är inget giltigt datum (skriv som 2024-05-02)."
    assert caught.value.template == (
        "Klart senast: ”{text}” är inget giltigt datum (skriv som 2024-05-02)."
    )
    # A list's error is named by its one code: the import keeps that name in the message.
    with pytest.raises(InputError) as caught:
        FIELD["factors"].parse(["snabbhet"])
    assert caught.value.reason == caught.value.message


def test_checks_between_fields_name_the_later_field() -> None:
    day = dt.date
    errors = action_fields.record_errors({
        **action_fields.empty(),
        "status": Status.PAGAR,
        "start": day(2024, 6, 1),
        "due": day(2024, 5, 1),
        "completed": day(2024, 5, 20),
    })
    assert [(e.field, e.message) for e in errors] == [
        ("completed", "Klar datum: anges bara när status är Klar."),
        ("due", "Klart senast: 2024-05-01 ligger före start 2024-06-01."),
        ("completed", "Klar datum: 2024-05-20 ligger före start 2024-06-01."),
    ]
    done = {**action_fields.empty(), "status": Status.KLAR, "completed": day(2024, 5, 20)}
    assert action_fields.record_errors(done) == []


def test_the_operations_errors_name_their_field(db) -> None:
    cases = [
        ({"title": "A", "start": "2024-05-02", "due": "2024-05-01"}, "due"),
        ({"title": "A", "owner": "x" * 121}, "owner"),
        ({"title": "A", "unit": "x" * 121}, "unit"),
        ({"title": "A", "progress": "mycket"}, "progress"),
        ({"description": "utan titel"}, "title"),
    ]
    for values, name in cases:
        with pytest.raises(InputError) as caught, db.write() as s:
            actions.create_action(s, **values)
        assert caught.value.field == name, values
    with db.write() as s:
        ident = actions.create_action(s, title="Pågående", status="pagar").id
    with pytest.raises(InputError) as caught, db.write() as s:
        actions.update_action(s, ident, None, completed="2024-05-20")
    assert caught.value.field == "completed"
    assert caught.value.message == "Klar datum: anges bara när status är Klar."


def test_plain_errors_still_work() -> None:
    error = InputError("Något gick fel.")
    assert (error.field, error.reason, error.template, str(error)) == (
        None, "Något gick fel.", None, "Något gick fel."
    )


@pytest.fixture
def full_db(db):
    with db.write() as s:
        actions.create_action(s, today=dt.date(2024, 12, 1), **FULL)
        actions.create_action(s, title="Tom")
    return db


@pytest.mark.parametrize("name", ["alla.xlsx", "alla.csv"])
def test_every_field_comes_back_through_export_and_import(full_db, tmp_path, name) -> None:
    path = tmp_path / name
    with full_db.read() as s:
        export_to(s, path)
        before = [action_fields.stored(a) for a in actions.list_actions(s)]
    preview = import_actions(full_db, path)
    assert preview.ok, preview.errors
    assert [r.status for r in preview.rows] == [UNCHANGED, UNCHANGED]
    with full_db.read() as s:
        after = [action_fields.stored(a) for a in actions.list_actions(s)]
    assert after == before
    assert {**before[0], "title": "Öppet hus"} == FULL


def test_json_of_the_export_holds_every_field(full_db) -> None:
    with full_db.read() as s:
        data = export_json(s)["actions"][0]
    assert {name: FIELD[name].parse(data[name]) for name in FIELD} == FULL
