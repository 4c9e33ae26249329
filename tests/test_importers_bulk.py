"""The import writes in bulk (Core executemany), and stores what the ORM path would.

`importers.apply` writes new and changed figures and their change log without one ORM
object per row; these tests hold it to what the ORM path (one object per figure, logged on
flush by models.tracking) stores and logs for the same figures.
"""

from __future__ import annotations

from pathlib import Path

from importer_helpers import import_files
from sqlalchemy import select

from models import importers
from models.entities import ChangeLogEntry, SurveyResult
from models.results import find_result

FIRST = (
    "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Felmarginal;Preliminär;Källa;Kommun\n"
    "2023;Företag;Bygglov;NKI;72,5;48;4,1;nej;SKR;2081\n"
    "2023;Företag;Bygglov;Bemötande;69;48;;;;2081\n"
    "2022;Totalt;Totalt;NKI;70;;;ja;;Riket\n"
)
# The same figures again: one value changed, one answer count added, one row unchanged,
# and a new one.
SECOND = (
    "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Felmarginal;Preliminär;Källa;Kommun\n"
    "2023;Företag;Bygglov;NKI;73;48;4,1;nej;SKR;2081\n"
    "2023;Företag;Bygglov;Bemötande;69;48;;;;2081\n"
    "2022;Totalt;Totalt;NKI;70;120;;ja;;Riket\n"
    "2024;Totalt;Totalt;NKI;75;;;;;2081\n"
)


def _log(s) -> list[tuple]:  # type: ignore[no-untyped-def]
    rows = s.scalars(
        select(ChangeLogEntry).where(ChangeLogEntry.entity == "result").order_by(ChangeLogEntry.id)
    ).all()
    results = {r.id: (r.municipality, r.year, r.group, r.area, r.measure)
               for r in s.scalars(select(SurveyResult))}
    return sorted(
        (results[e.entity_id], e.operation, e.field, e.old_value, e.new_value, e.action_id,
         e.action_version, e.user)
        for e in rows
    )


def _stored(s) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted(
        (r.municipality, r.year, r.group, r.area, r.measure, r.value, r.answers, r.margin,
         r.response_rate, r.preliminary, r.preliminary_as_of, r.source)
        for r in s.scalars(select(SurveyResult))
    )


class _Undone(Exception):
    pass


def _what_a_write_leaves(db, path: Path, write) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    """The figures and the results' log after `write(session, preview)`, rolled back."""
    with db.read() as s:
        preview = importers.preview_files(s, [path])
    seen: tuple[list, list] = ([], [])
    try:
        with db.write() as s:
            write(s, preview)
            seen = (_stored(s), _log(s))
            raise _Undone
    except _Undone:
        pass
    return seen


def _one_by_one(s, preview) -> None:  # type: ignore[no-untyped-def]
    # The ORM path: one object per figure, logged on flush (the import before it went bulk).
    for row in preview.to_write:
        existing = find_result(s, row.key)
        if existing is None:
            s.add(SurveyResult(**vars(row.key), **vars(row.new)))
        else:
            for name, value in vars(row.new).items():
                if getattr(existing, name) != value:
                    setattr(existing, name, value)
    s.flush()


def test_bulk_import_stores_and_logs_as_the_orm_path(tmp_path, db) -> None:
    first, second = tmp_path / "forsta.csv", tmp_path / "andra.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    for path in (first, second):
        bulk = _what_a_write_leaves(db, path, importers.apply)
        orm = _what_a_write_leaves(db, path, _one_by_one)
        assert bulk == orm
        assert bulk[1]
        assert import_files(db, path).errors == []
    with db.read() as s:
        changed = [e for e in _log(s) if e[1] == "update"]
    assert {(e[2], e[3], e[4]) for e in changed} == {("value", "72.5", "73.0"),
                                                      ("answers", None, "120")}


def test_a_figure_loaded_before_the_import_reads_the_new_value(tmp_path, db) -> None:
    path = tmp_path / "forsta.csv"
    path.write_text(FIRST, encoding="utf-8")
    import_files(db, path)
    path.write_text(SECOND, encoding="utf-8")
    with db.read() as s:
        preview = importers.preview_files(s, [path])
    with db.write() as s:
        before = s.scalars(select(SurveyResult).where(SurveyResult.year == 2023,
                                                      SurveyResult.value == 72.5)).one()
        importers.apply(s, preview)
        assert before.value == 73.0
