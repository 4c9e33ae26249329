"""The user's steps and their inverses (models/steps.py), without any window: each step done,
undone and redone against a real database, as the undo stack runs them (one transaction
per step), with what is stored and what the change log shows afterwards."""

from __future__ import annotations

import datetime as dt

import pytest

from models import actions, people, steps, tracking
from models.codes import Status
from models.errors import ConflictError, InputError, NotFoundError


def do(db, step: steps.Step) -> None:
    with db.write() as s:
        step.do(s)


def undo(db, step: steps.Step) -> None:
    with db.write() as s:
        step.undo(s)


def redo(db, step: steps.Step) -> None:
    with db.write() as s:
        step.redo(s)


def stored(db, action_id: int):
    with db.read() as s:
        return actions.get_action(s, action_id, full=True)


def exists(db, action_id: int) -> bool:
    try:
        stored(db, action_id)
    except NotFoundError:
        return False
    return True


def log_after(db, last: int) -> list[tuple[str, str, str, str | None, str | None]]:
    with db.read() as s:
        return [(e.entity, e.operation, e.field, e.old_value, e.new_value)
                for e in tracking.changes_after(s, last)]


def last_id(db) -> int:
    with db.read() as s:
        return actions.last_change_id(s)


@pytest.fixture
def refs() -> steps.Refs:
    return steps.Refs()


@pytest.fixture
def phone(db, refs) -> steps.ActionRef:
    """"Telefontider", created by a step, with a milestone and a comment; another after it
    (SQLite hands the highest id out again once its row is gone)."""
    create = steps.CreateAction(refs, {"title": "Telefontider", "owner": "Eva Ek",
                                       "unit": "Bygglov", "status": "pagar", "progress": 40})
    do(db, create)
    assert create.ref is not None
    with db.write() as s:
        actions.add_milestone(s, create.ref.id, "2030-05-02", "Första telefontiden")
        actions.add_comment(s, create.ref.id, "Många samtal första veckan", author="Eva Ek",
                            date="2024-05-09")
        create.ref.version = actions.get_action(s, create.ref.id).version
        actions.create_action(s, title="Öppet hus")
    return create.ref


# --- references -----------------------------------------------------------------------------

def test_one_reference_per_action_follows_its_new_id(refs) -> None:
    ref = refs.ref(7, 3)
    assert refs.ref(7, 99) is ref and ref.version == 3
    refs.moved(ref, 12)
    assert refs.ref(12, 1) is ref and ref.id == 12
    assert refs.ref(7, 1) is not ref
    milestone = refs.milestone_ref(4)
    refs.milestone_moved(milestone, 9)
    assert refs.milestone_ref(9) is milestone and milestone.id == 9


# --- actions --------------------------------------------------------------------------------

def test_create_undo_redo(db, refs) -> None:
    start = last_id(db)
    create = steps.CreateAction(refs, {"title": "Dialogmöten med företagare", "due": "2030-06-30"})
    do(db, create)
    assert create.ref is not None
    first_id = create.action_id
    assert first_id is not None
    assert stored(db, first_id).due == dt.date(2030, 6, 30)
    assert create.ref.version == stored(db, first_id).version
    assert log_after(db, start) == [("action", "create", "", None, "Dialogmöten med företagare")]

    mark = last_id(db)
    undo(db, create)
    assert not exists(db, first_id)
    assert log_after(db, mark) == [("action", "delete", "", "Dialogmöten med företagare", None)]

    redo(db, create)
    assert create.action_id is not None
    assert refs.ref(create.action_id, 0) is create.ref
    again = stored(db, create.action_id)
    assert (again.title, again.due) == ("Dialogmöten med företagare", dt.date(2030, 6, 30))


def test_edit_with_a_comment_undo_redo(db, refs, phone) -> None:
    start_version = stored(db, phone.id).version
    edit = steps.EditAction(
        phone, {"status": Status.PAGAR, "completed": None, "progress": 40},
        {"status": Status.KLAR, "completed": dt.date(2030, 6, 1), "progress": 100},
        start_version,
        {"text": "Klart före sommaren", "author": "Eva Ek", "date": dt.date(2030, 6, 1)},
    )
    mark = last_id(db)
    do(db, edit)
    action = stored(db, phone.id)
    assert (action.status, action.progress, action.completed) == (
        Status.KLAR, 100, dt.date(2030, 6, 1))
    assert action.comments[0].text == "Klart före sommaren"  # newest first
    assert action.comments[0].status == Status.KLAR
    assert phone.version == action.version
    log = log_after(db, mark)
    assert ("action", "update", "status", "pagar", "klar") in log
    assert ("action", "update", "progress", "40", "100") in log
    assert ("comment", "create", "", None, "Klart före sommaren") in log

    mark = last_id(db)
    undo(db, edit)
    action = stored(db, phone.id)
    assert (action.status, action.progress, action.completed) == (Status.PAGAR, 40, None)
    assert [c.text for c in action.comments] == ["Många samtal första veckan"]
    log = log_after(db, mark)
    assert ("comment", "delete", "", "Klart före sommaren", None) in log
    assert ("action", "update", "status", "klar", "pagar") in log

    redo(db, edit)
    action = stored(db, phone.id)
    assert (action.status, action.progress) == (Status.KLAR, 100)
    assert [c.text for c in action.comments] == [
        "Klart före sommaren", "Många samtal första veckan"]
    with db.read() as s:
        statuses = [(e.old_value, e.new_value) for e in actions.history(s, phone.id)
                    if e.field == "status"]
    assert statuses[:3] == [("pagar", "klar"), ("klar", "pagar"), ("pagar", "klar")]


def test_undo_of_reopening_a_klar_action_gives_its_progress_back(db, refs, phone) -> None:
    with db.write() as s:
        actions.update_action(s, phone.id, None, status="klar", progress=80)
    action = stored(db, phone.id)
    done_on = action.completed
    # As the form saves a status change: the progress travels with it.
    reopen = steps.EditAction(
        refs.ref(phone.id, action.version),
        {"status": Status.KLAR, "completed": done_on, "progress": 80},
        {"status": Status.PAGAR, "completed": None, "progress": 80},
        action.version,
    )
    do(db, reopen)
    assert stored(db, phone.id).status == Status.PAGAR
    undo(db, reopen)
    back = stored(db, phone.id)
    assert (back.status, back.progress, back.completed) == (Status.KLAR, 80, done_on)


def test_a_stale_version_raises_conflict_and_stores_nothing(db, refs, phone) -> None:
    seen = stored(db, phone.id).version
    with db.write() as s:  # someone else, meanwhile
        actions.update_action(s, phone.id, None, title="Fasta telefontider")
    edit = steps.EditAction(phone, {"progress": 40}, {"progress": 60}, seen)
    with pytest.raises(ConflictError) as caught:
        do(db, edit)
    assert "Fasta telefontider" in caught.value.message or "Titel" in caught.value.message
    assert stored(db, phone.id).progress == 40


def test_undo_after_someone_elses_change_raises_conflict(db, refs, phone) -> None:
    edit = steps.EditAction(phone, {"progress": 40}, {"progress": 60},
                            stored(db, phone.id).version)
    do(db, edit)
    with db.write() as s:
        actions.update_action(s, phone.id, None, due="2030-12-31")
    with pytest.raises(ConflictError):
        undo(db, edit)
    assert stored(db, phone.id).progress == 60


def test_undo_of_a_delete_brings_everything_back_under_a_new_id(db, refs, phone) -> None:
    old_id = phone.id
    delete = steps.DeleteAction(refs, phone, stored(db, old_id).version)
    mark = last_id(db)
    do(db, delete)
    assert not exists(db, old_id)
    assert log_after(db, mark) == [("action", "delete", "", "Telefontider", None)]

    undo(db, delete)
    assert phone.id != old_id and delete.action_id == phone.id
    back = stored(db, phone.id)
    assert (back.title, back.status, back.progress) == ("Telefontider", Status.PAGAR, 40)
    assert (back.owner.name, back.unit.name) == ("Eva Ek", "Bygglov")
    assert [m.text for m in back.milestones] == ["Första telefontiden"]
    assert [(c.text, c.author) for c in back.comments] == [
        ("Många samtal första veckan", "Eva Ek")]
    assert phone.version == back.version

    # A later step on the action, through the same window's reference, finds the new id.
    later = steps.EditAction(refs.ref(phone.id, back.version), {"progress": 40},
                             {"progress": 70}, back.version)
    assert later.ref is phone
    do(db, later)
    assert stored(db, phone.id).progress == 70

    # Redo of the delete removes the new one; undone again it comes back once more.
    undo(db, later)
    redo(db, delete)
    assert not exists(db, phone.id)
    undo(db, delete)
    assert stored(db, phone.id).title == "Telefontider"


def test_comment_undo_redo_puts_status_and_progress_back(db, refs, phone) -> None:
    comment = steps.AddComment(
        phone, {"text": "Klart!", "author": "Eva Ek", "status": "klar", "progress": 100},
        stored(db, phone.id).version,
    )
    do(db, comment)
    action = stored(db, phone.id)
    assert (action.status, action.progress) == (Status.KLAR, 100)
    assert action.comments[0].text == "Klart!"
    undo(db, comment)
    action = stored(db, phone.id)
    assert (action.status, action.progress, action.completed) == (Status.PAGAR, 40, None)
    assert [c.text for c in action.comments] == ["Många samtal första veckan"]
    redo(db, comment)
    assert stored(db, phone.id).comments[0].text == "Klart!"


def test_a_comment_from_a_stale_version_is_refused(db, refs, phone) -> None:
    seen = stored(db, phone.id).version
    with db.write() as s:
        actions.update_action(s, phone.id, None, progress=50)
    with pytest.raises(ConflictError):
        do(db, steps.AddComment(phone, {"text": "Sent"}, seen))
    assert [c.text for c in stored(db, phone.id).comments] == ["Många samtal första veckan"]


# --- milestones -----------------------------------------------------------------------------

def test_milestones_added_edited_removed_and_all_undone(db, refs, phone) -> None:
    add = steps.AddMilestone(refs, phone, {"date": "2030-09-01", "text": "Utvärdering"})
    do(db, add)
    assert add.milestone is not None
    texts = [m.text for m in stored(db, phone.id).milestones]
    assert texts == ["Första telefontiden", "Utvärdering"]

    edit = steps.EditMilestone(
        phone, add.milestone, {"date": dt.date(2030, 9, 1), "time_span": "", "text": "Utvärdering"},
        {"date": dt.date(2030, 9, 15), "time_span": "10–12", "text": "Utvärdering med gruppen"},
    )
    do(db, edit)
    remove = steps.DeleteMilestone(
        refs, phone, add.milestone,
        {"date": dt.date(2030, 9, 15), "time_span": "10–12", "text": "Utvärdering med gruppen"},
    )
    mark = last_id(db)
    do(db, remove)
    assert [m.text for m in stored(db, phone.id).milestones] == ["Första telefontiden"]
    assert log_after(db, mark) == [("milestone", "delete", "", "Utvärdering med gruppen", None)]

    undo(db, remove)  # back as a new row, which the edit's undo follows
    assert refs.milestone_ref(add.milestone.id) is add.milestone
    back = stored(db, phone.id).milestones[-1]
    assert (back.date, back.time_span, back.text) == (
        dt.date(2030, 9, 15), "10–12", "Utvärdering med gruppen")
    undo(db, edit)
    back = stored(db, phone.id).milestones[-1]
    assert (back.date, back.text) == (dt.date(2030, 9, 1), "Utvärdering")
    undo(db, add)
    assert [m.text for m in stored(db, phone.id).milestones] == ["Första telefontiden"]
    redo(db, add)
    assert [m.text for m in stored(db, phone.id).milestones][-1] == "Utvärdering"


# --- the lists of people and units ----------------------------------------------------------

def names(db, kind: str) -> list[str]:
    with db.read() as s:
        listed = people.list_people(s) if kind == "person" else people.list_units(s)
        return [x.name for x in listed]


def test_a_person_added_renamed_removed_and_undone(db) -> None:
    add = steps.AddName("person", "Åsa Öberg")
    do(db, add)
    assert add.action_id is None
    with db.write() as s:
        found = people.find_person(s, "Åsa Öberg")
        people.update_person(s, found.id, email="asa.oberg@borlange.se", unit="Bygglov")
    rename = steps.RenameName("person", "Åsa Öberg", "Åsa Öberg-Lind")
    do(db, rename)
    assert names(db, "person") == ["Åsa Öberg-Lind"]
    remove = steps.RemoveName("person", "Åsa Öberg-Lind")
    mark = last_id(db)
    do(db, remove)
    assert names(db, "person") == []
    assert log_after(db, mark) == [("person", "delete", "", "Åsa Öberg-Lind", None)]

    undo(db, remove)  # comes back with her e-mail and unit
    with db.read() as s:
        back = people.find_person(s, "Åsa Öberg-Lind")
        assert (back.email, back.unit.name) == ("asa.oberg@borlange.se", "Bygglov")
    undo(db, rename)
    assert names(db, "person") == ["Åsa Öberg"]
    undo(db, add)
    assert names(db, "person") == []
    redo(db, add)
    assert names(db, "person") == ["Åsa Öberg"]


def test_a_unit_renamed_and_removed_then_undone(db) -> None:
    do(db, steps.AddName("unit", "Bygglov"))
    rename = steps.RenameName("unit", "Bygglov", "Bygglovsenheten")
    do(db, rename)
    remove = steps.RemoveName("unit", "Bygglovsenheten")
    do(db, remove)
    assert names(db, "unit") == []
    undo(db, remove)
    undo(db, rename)
    assert names(db, "unit") == ["Bygglov"]


def test_a_name_in_use_is_not_removed(db, phone) -> None:
    with pytest.raises(InputError, match="Eva Ek"):
        do(db, steps.RemoveName("person", "Eva Ek"))
    assert names(db, "person") == ["Eva Ek"]


def test_a_name_gone_meanwhile_is_named_in_the_error(db) -> None:
    add = steps.AddName("person", "Per Persson")
    do(db, add)
    with db.write() as s:  # someone else removed him
        people.remove_person(s, people.find_person(s, "Per Persson").id)
    with pytest.raises(NotFoundError, match="”Per Persson” finns inte längre i listan."):
        undo(db, add)



def test_an_id_handed_out_again_is_not_mistaken_for_the_removed_action(db, refs) -> None:
    # SQLite gives the highest id to the next new row once that row is gone: a reference
    # of the removed action must not become the new action's.
    create = steps.CreateAction(refs, {"title": "Telefontider"})
    do(db, create)
    delete = steps.DeleteAction(refs, create.ref, create.ref.version)
    do(db, delete)
    with db.write() as s:  # someone else adds an action
        other = actions.create_action(s, title="Öppet hus")
        other_id, other_version = other.id, other.version
    other_ref = refs.ref(other_id, other_version)
    assert other_ref is not create.ref
    edit = steps.EditAction(other_ref, {"progress": 0}, {"progress": 30}, other_version)
    do(db, edit)

    undo(db, delete)
    assert create.ref.id != other_id and other_ref.id == other_id
    undo(db, edit)
    assert stored(db, other_id).progress == 0
    assert stored(db, create.ref.id).title == "Telefontider"


def test_a_milestone_id_handed_out_again_is_not_mistaken_for_the_removed_one(db, refs,
                                                                             phone) -> None:
    with db.read() as s:
        first = actions.get_action(s, phone.id).milestones[0]
        values = {"date": first.date, "time_span": first.time_span, "text": first.text}
        mine = refs.milestone_ref(first.id)
    remove = steps.DeleteMilestone(refs, phone, mine, values)
    do(db, remove)
    with db.write() as s:  # someone else adds a milestone
        other_id = actions.add_milestone(s, phone.id, "2030-10-01", "Enkät").id
    other = refs.milestone_ref(other_id)
    assert other is not mine
    edit = steps.EditMilestone(
        phone, other, {"date": "2030-10-01", "text": "Enkät"},
        {"date": "2030-10-01", "text": "Enkät till företagen"},
    )
    do(db, edit)
    undo(db, remove)
    undo(db, edit)
    texts = sorted(m.text for m in stored(db, phone.id).milestones)
    assert texts == ["Enkät", "Första telefontiden"]
