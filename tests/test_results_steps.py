"""Result edits and imports as undoable steps: every touched figure back as it was."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from models.entities import ChangeLogEntry
from models.results import check_key, check_values, delete_result, find_result, set_result
from models.steps import ChangeResults

OLD = check_key("2081", 2022, "totalt", "totalt", "nki")
NEW = check_key("2081", 2023, "totalt", "totalt", "nki")
GONE = check_key("2081", 2021, "foretag", "bygglov", "nki")


def _values(db) -> dict:
    with db.read() as s:
        found = {k: find_result(s, k) for k in (OLD, NEW, GONE)}
        return {k: None if r is None else (r.value, r.answers, r.source, r.preliminary_as_of)
                for k, r in found.items()}


def _log(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def test_a_change_of_several_figures_is_undone_and_redone_whole(db) -> None:
    with db.write() as s:
        set_result(s, OLD, check_values(70, 120, source="Enkät"))
        set_result(s, GONE, check_values(65, preliminary=True, preliminary_as_of=dt.date(2022, 3, 1)))
    before, logged = _values(db), _log(db)

    def change(session):
        set_result(session, OLD, check_values(72, 130, source="Import"))
        set_result(session, NEW, check_values(80))
        delete_result(session, GONE)
        return 3

    step = ChangeResults([OLD, NEW, GONE], change)
    with db.write() as s:
        step.do(s)
    after = _values(db)
    assert step.outcome == 3 and after[OLD][:3] == (72, 130, "Import") and after[GONE] is None
    with db.write() as s:
        step.undo(s)
    assert _values(db) == before
    assert _log(db) > logged + 3  # the undo is logged too
    with db.write() as s:
        step.redo(s)
    assert _values(db) == after
