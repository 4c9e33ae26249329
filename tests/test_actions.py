"""The operations on actions: create, update with the version check, comments, milestones,
delete, list and filter, and the change log they leave."""

import datetime as dt

import pytest
from sqlalchemy import select, text

from models import actions as ops
from models import people
from models.codes import Area, Factor, Status
from models.entities import ChangeLogEntry
from models.errors import ConflictError, InputError, NotFoundError

TODAY = dt.date(2024, 6, 1)


def _create(db, **fields):
    with db.write() as s:
        return ops.create_action(s, today=TODAY, **fields)


def test_create_stores_every_field_and_logs_it(db) -> None:
    action = _create(
        db,
        title="  Telefontider  ",
        description="Fasta tider",
        owner="Eva Ek",
        unit="Bygglov",
        status="pågår",
        assessment="gul",
        start="2024-05-02",
        due=dt.date(2024, 12, 31),
        progress="40 %",
        factors=["Tillgänglighet", "information"],
        areas=["Miljö- och hälsoskydd", "bygglov"],
        expected_effect="Högre index för tillgänglighet",
    )
    with db.read() as s:
        stored = ops.get_action(s, action.id)
        assert stored.title == "Telefontider"
        assert stored.owner.name == "Eva Ek" and stored.unit.name == "Bygglov"
        assert stored.owner.unit.name == "Bygglov"
        assert stored.status is Status.PAGAR and stored.assessment.value == "gul"
        assert (stored.start, stored.due) == (dt.date(2024, 5, 2), dt.date(2024, 12, 31))
        assert stored.progress == 40
        assert stored.factors == [Factor.INFORMATION, Factor.TILLGANGLIGHET]
        assert stored.areas == [Area.BYGGLOV, Area.MILJO_HALSOSKYDD]
        assert stored.version == 1 and stored.created_by == "testare"
        log = ops.history(s, action.id)
    assert [(e.operation, e.new_value, e.user) for e in log] == [
        ("create", "Telefontider", "testare")
    ]


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"title": "   "}, "Titel: en åtgärd måste ha en titel."),
        ({"title": "x" * 201}, "Titel: högst 200 tecken (nu 201)."),
        ({"title": "A", "progress": 140}, "Framsteg: 140 ligger utanför 0–100 % (heltal)."),
        ({"title": "A", "progress": "mycket"}, "Framsteg: ”mycket” är inget tal (0–100 %)."),
        ({"title": "A", "start": "2024-02-30"}, "Start: ”2024-02-30” är inget giltigt datum"),
        (
            {"title": "A", "start": "2024-05-02", "due": "2024-05-01"},
            "Klart senast: 2024-05-01 ligger före start 2024-05-02.",
        ),
        ({"title": "A", "status": "kanske"}, "Status: okänt värde ”kanske”"),
        ({"title": "A", "factors": ["snabbhet"]}, "Servicefaktor: okänt värde ”snabbhet”"),
    ],
)
def test_bad_input_is_refused_in_swedish_and_nothing_is_stored(db, fields, message) -> None:
    with pytest.raises(InputError) as caught:
        _create(db, **fields)
    assert message in str(caught.value)
    with db.read() as s:
        assert ops.list_actions(s) == []
        assert s.scalar(text("SELECT count(*) FROM change_log")) == 0


def test_status_klar_sets_completed_and_reopening_clears_it(db) -> None:
    action = _create(db, title="Öppet hus")
    with db.write() as s:
        done = ops.update_action(s, action.id, 1, today=TODAY, status="klar")
    assert done.completed == TODAY and done.version == 2
    with db.write() as s:
        edited = ops.update_action(s, action.id, 2, completed="2024-05-20")
    assert edited.completed == dt.date(2024, 5, 20)
    with db.write() as s:
        reopened = ops.update_action(s, action.id, 3, status="pågår")
    assert reopened.completed is None and reopened.version == 4


def test_becoming_klar_without_a_progress_makes_it_100(db) -> None:
    action = _create(db, title="Öppet hus", status="pågår", progress=40)
    with db.write() as s:
        done = ops.update_action(s, action.id, None, today=TODAY, status="klar")
    assert done.status is Status.KLAR and done.progress == 100
    with db.write() as s:  # already klar: a later step with no progress leaves it alone
        ops.update_action(s, action.id, None, progress=90)
        again = ops.update_action(s, action.id, None, status="klar")
    assert again.progress == 90
    other = _create(db, title="Webbsida", status="pågår", progress=40)
    with db.write() as s:  # a progress given in the same step is kept
        kept = ops.update_action(s, other.id, None, status="klar", progress=80)
    assert kept.progress == 80
    with db.write() as s:
        ops.update_action(s, other.id, None, status="pågår")
        comment = ops.add_comment(s, other.id, "Klart nu", status="klar", today=TODAY)
    assert comment.progress == 100 and comment.status is Status.KLAR
    with db.read() as s:
        assert ops.get_action(s, other.id).progress == 100
    made = _create(db, title="Redan gjord", status="klar")
    assert made.progress == 100


def test_one_update_is_one_new_version_with_each_field_logged(db) -> None:
    action = _create(db, title="Webbsida")
    with db.write() as s:
        ops.update_action(s, action.id, 1, owner="Ny Person", unit="Miljö", progress=10)
    with db.read() as s:
        stored = ops.get_action(s, action.id)
        entries = ops.changes_since(s, action.id, 1)
    assert stored.version == 2
    assert {(e.field, e.old_value, e.new_value, e.action_version) for e in entries} == {
        ("owner", None, "Ny Person", 2),
        ("unit", None, "Miljö", 2),
        ("progress", "0", "10", 2),
    }


def test_stale_version_is_a_conflict_that_names_who_and_what(db) -> None:
    action = _create(db, title="Telefontider")
    other = db.__class__(db.url, user="kollega")
    with other.write() as s:
        ops.update_action(s, action.id, 1, status="pågår", progress=30)
    with pytest.raises(ConflictError) as caught:
        with db.write() as s:
            ops.update_action(s, action.id, 1, progress=50)
    error = caught.value
    assert error.by == "kollega" and error.expected == 1 and error.current == 2
    assert "kollega" in str(error) and "Framsteg" in str(error) and "Status" in str(error)
    with db.read() as s:
        assert ops.get_action(s, action.id).progress == 30  # nothing overwritten
    other.dispose()


def test_comment_records_status_and_progress_and_updates_the_action(db) -> None:
    action = _create(db, title="Telefontider")
    with db.write() as s:
        ops.add_comment(s, action.id, "Startade i dag", status="pågår", progress=25, today=TODAY)
    with db.write() as s:
        ops.add_comment(s, action.id, "Fler samtal än väntat", author="Eva", date="2024-06-10")
    with db.read() as s:
        stored = ops.get_action(s, action.id, full=True)
        comments = [(c.date, c.author, c.text, c.status, c.progress) for c in stored.comments]
    assert stored.status is Status.PAGAR and stored.progress == 25
    assert comments == [
        (dt.date(2024, 6, 10), "Eva", "Fler samtal än väntat", Status.PAGAR, 25),
        (TODAY, "testare", "Startade i dag", Status.PAGAR, 25),
    ]
    with pytest.raises(InputError, match="Kommentar: texten får inte vara tom"):
        with db.write() as s:
            ops.add_comment(s, action.id, "  ")


def test_milestones_add_edit_remove_bump_the_version(db) -> None:
    action = _create(db, title="Öppet hus")
    with db.write() as s:
        m = ops.add_milestone(s, action.id, "2024-05-15", "Öppet hus", "15–18", expected_version=1)
    with db.write() as s:
        ops.update_milestone(s, m.id, "2024-05-16", "Öppet hus, nytt datum", "15–18", 2)
    with db.read() as s:
        stored = ops.get_action(s, action.id)
        assert [str(x) for x in stored.milestones] == ["Öppet hus, nytt datum 2024-05-16 15–18"]
        assert stored.version == 3
    with db.write() as s:
        ops.delete_milestone(s, m.id, 3)
    with db.read() as s:
        stored = ops.get_action(s, action.id)
        log = [(e.entity, e.operation) for e in ops.history(s, action.id)]
    assert stored.milestones == [] and stored.version == 4
    assert ("milestone", "delete") in log and ("milestone", "create") in log
    with pytest.raises(InputError, match="Milstolpe, datum"):
        with db.write() as s:
            ops.add_milestone(s, action.id, "15 maj", "x")


def test_delete_removes_the_action_but_keeps_the_log(db) -> None:
    action = _create(db, title="Servicelöften")
    with db.write() as s:
        ops.add_comment(s, action.id, "Påbörjat")
    with db.write() as s:
        assert ops.delete_action(s, action.id, expected_version=1) == "Servicelöften"
    with db.read() as s:
        assert ops.list_actions(s) == []
        with pytest.raises(NotFoundError, match="finns inte"):
            ops.get_action(s, action.id)
        ops_logged = [e.operation for e in ops.history(s, action.id)]
    assert ops_logged[0] == "delete" and "create" in ops_logged


def test_list_filters(db) -> None:
    _create(db, title="Telefontider", owner="Eva", unit="Bygglov", factors=["tillgänglighet"],
            due="2024-05-01", status="pågår")
    _create(db, title="Webbsida", owner="Olle", unit="Miljö", factors=["information"],
            due="2024-09-01")
    _create(db, title="Klar sak", due="2024-01-01", status="klar")

    def titles(**kw):
        with db.read() as s:
            return [a.title for a in ops.list_actions(s, ops.ActionFilter(**kw), today=TODAY)]

    assert titles() == ["Klar sak", "Telefontider", "Webbsida"]
    assert titles(text="webb") == ["Webbsida"]
    assert titles(statuses={Status.PAGAR}) == ["Telefontider"]
    assert titles(unit="Miljö") == ["Webbsida"]
    assert titles(owner="Eva") == ["Telefontider"]
    assert titles(factor=Factor.INFORMATION) == ["Webbsida"]
    assert titles(only_overdue=True) == ["Telefontider"]


def test_overdue_and_due_soon_are_derived() -> None:
    from models.entities import Action

    a = Action(title="x", status=Status.PAGAR, due=dt.date(2024, 6, 10))
    assert not a.is_overdue(TODAY) and a.is_due_soon(TODAY, 14) and not a.is_due_soon(TODAY, 5)
    assert a.is_overdue(dt.date(2024, 6, 11))
    a.status = Status.KLAR
    assert not a.is_overdue(dt.date(2024, 6, 11)) and not a.is_due_soon(TODAY, 14)


def test_change_log_is_append_only(db) -> None:
    _create(db, title="A")
    with pytest.raises(PermissionError, match="Ändringsloggen"):
        with db.write() as s:
            entry = s.scalars(select(ChangeLogEntry)).first()
            entry.new_value = "förfalskat"
    with db.engine.connect() as conn:
        with pytest.raises(Exception, match="Ändringsloggen kan inte ändras"):
            conn.exec_driver_sql("DELETE FROM change_log")
    with db.read() as s:
        assert s.scalar(text("SELECT new_value FROM change_log")) == "A"


def test_people_and_units_lists(db) -> None:
    action = _create(db, title="A", owner="Eva", unit="Bygglov")
    with db.write() as s:
        unit = people.find_unit(s, "bygglov")
        people.rename_unit(s, unit.id, "Bygglovsenheten")
    with db.read() as s:
        assert ops.get_action(s, action.id).unit.name == "Bygglovsenheten"
    with pytest.raises(InputError, match="används av 1 åtgärder"):
        with db.write() as s:
            people.remove_unit(s, people.find_unit(s, "Bygglovsenheten").id)
    with pytest.raises(InputError, match="ser inte ut som en e-postadress"):
        with db.write() as s:
            people.update_person(s, people.find_person(s, "Eva").id, email="eva at borlange")
    with db.write() as s:
        ops.update_action(s, action.id, None, owner="")
        people.remove_person(s, people.find_person(s, "Eva").id)
    with db.read() as s:
        assert [p.name for p in people.list_people(s)] == []
        kinds = [r[0] for r in s.execute(text("SELECT entity FROM change_log"))]
    assert "person" in kinds and "unit" in kinds


def test_kolada_kpi_table_changes_are_logged(db) -> None:
    from models.entities import KoladaKpi

    with db.write() as s:
        s.get(KoladaKpi, "U07451").probable = False
        s.add(KoladaKpi(kpi="U99999", title="Prov", group="foretag", area="bygglov",
                        measure="nki"))
    with db.read() as s:
        rows = s.execute(text(
            "SELECT entity, operation, field, old_value, new_value FROM change_log "
            "WHERE entity = 'kpi' ORDER BY id"
        )).all()
    assert {tuple(r) for r in rows} == {
        ("kpi", "create", "U99999", None, "U99999"),
        ("kpi", "update", "U07451 probable", "ja", "nej"),
    }
