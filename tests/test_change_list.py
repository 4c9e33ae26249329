"""Every change in the database, newest first, by page, filtered by date, person and kind."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from models import actions, change_list, settings
from models.change_list import ChangeFilter
from models.db import Database
from models.entities import ChangeLogEntry
from models.results import check_key, check_values, set_result
from models.seed import load_example
from models.targets import set_target


@pytest.fixture
def changed(any_db: Database, request: pytest.FixtureRequest) -> Database:
    """The Borlänge data, then an action, a result, a target and a setting changed by
    "anna" and a comment by "testare"."""
    db = any_db
    with db.write() as s:
        load_example(s)
    anna = Database(db.url, user="anna")
    request.addfinalizer(anna.dispose)
    with anna.write() as s:
        first = actions.list_actions(s)[0]
        actions.update_action(s, first.id, None, title="Telefontider, nya")
        set_result(s, check_key("2081", 2023, "Företag", "Totalt", "NKI"), check_values(71.5))
        set_target(s, "NKI", "Företag", "Totalt", 2026, 75)
        settings.save(s, due_soon_days=21)
    with db.write() as s:
        actions.add_comment(s, first.id, text="Uppföljt", author="testare",
                            date=dt.date(2024, 5, 16))
    return db


def test_newest_first_with_what_each_concerns(changed: Database) -> None:
    with changed.read() as s:
        total = change_list.count(s, ChangeFilter())
        rows = change_list.page(s, ChangeFilter(), rows=20)
    assert total > 20 and len(rows) == 20
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert (rows[0].entity, rows[0].user, rows[0].operation) == ("comment", "testare", "create")
    assert rows[0].concerns == "Telefontider, nya"
    kinds = [r.entity for r in rows]
    assert {"setting", "target", "result", "action"} <= set(kinds)
    result = next(r for r in rows if r.entity == "result" and r.field == "value")
    assert result.concerns == "2081 2023, Företag, Totalt, NKI"
    assert result.new_value == "71.5" and result.operation == "update"
    setting = next(r for r in rows if r.entity == "setting")
    assert (setting.concerns, setting.new_value) == ("due_soon_days", "21")
    target = next(r for r in rows if r.entity == "target")
    assert target.concerns.startswith("mål 2026, Företag, Totalt, NKI")


def test_filters_by_person_kind_and_date(changed: Database) -> None:
    with changed.read() as s:
        assert {"anna", "testare"} <= set(change_list.users(s))
        by_anna = change_list.page(s, ChangeFilter(user="anna"))
        results = change_list.page(s, ChangeFilter(entity="result"))
        today = dt.date.today()
        since_today = change_list.count(s, ChangeFilter(start=today, end=today))
        tomorrow = change_list.count(s, ChangeFilter(start=today + dt.timedelta(days=1)))
        before = change_list.count(s, ChangeFilter(end=today - dt.timedelta(days=1)))
        everything = change_list.count(s, ChangeFilter())
    assert by_anna and all(r.user == "anna" for r in by_anna)
    assert {r.entity for r in by_anna} == {"action", "result", "target", "setting"}
    assert results and all(r.entity == "result" for r in results)
    assert since_today == everything and tomorrow == 0 and before == 0


def test_pages_follow_each_other_without_gaps(changed: Database) -> None:
    with changed.read() as s:
        everything = change_list.page(s, ChangeFilter(), rows=100_000)
        pages: list[int] = []
        before = None
        while True:
            got = change_list.page(s, ChangeFilter(), before, rows=7)
            if not got:
                break
            pages += [r.id for r in got]
            before = got[-1].id
    assert pages == [r.id for r in everything]


def test_a_deleted_result_is_named_as_such(changed: Database) -> None:
    with changed.write() as s:
        s.execute(insert(ChangeLogEntry), [{
            "at": dt.datetime(2024, 1, 2, 9), "user": "x", "entity": "result",
            "entity_id": 999_999, "action_id": None, "action_version": None,
            "operation": "delete", "field": "", "old_value": "70", "new_value": None}])
    with changed.read() as s:
        old = change_list.page(s, ChangeFilter(user="x"))
    assert [r.concerns for r in old] == ["resultat 999999 (borttaget)"]
