"""The register's quick read gives the same actions and values as the full objects."""

from __future__ import annotations

import datetime as dt

from models import actions
from models.codes import Factor, Status
from models.register import register_rows


def test_register_rows_match_the_actions(borlange_db):
    with borlange_db.write() as s:
        aid = next(a.id for a in actions.list_actions(s) if a.title == "Telefontider")
        actions.update_action(s, aid, None, owner="Anna Berg", unit="Bygglov",
                              due="2024-06-01", status="pagar", factors=["effektivitet",
                                                                          "bemotande"])
    with borlange_db.read() as s:
        full = {a.id: a for a in actions.list_actions(s)}
        rows = register_rows(s)
    assert [r.id for r in rows] == list(full)  # the same order: due date, then title
    row = next(r for r in rows if r.id == aid)
    assert (row.owner, row.unit, row.status, row.due) == (
        "Anna Berg", "Bygglov", Status.PAGAR, dt.date(2024, 6, 1)
    )
    assert row.factors == (Factor.BEMOTANDE, Factor.EFFEKTIVITET)
    assert row.is_overdue(dt.date(2024, 6, 2)) and not row.is_overdue(dt.date(2024, 6, 1))
    assert row.is_due_soon(dt.date(2024, 5, 25), 14)
    for r in rows:
        assert r.factors == tuple(full[r.id].factors)
        assert r.version == full[r.id].version
