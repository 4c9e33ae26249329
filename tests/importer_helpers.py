"""Helpers shared by the importer tests: run an import as the program does, and the
state of the database to compare before and after."""

from __future__ import annotations

from pathlib import Path

from hypothesis import event
from sqlalchemy import func, select

from models import importers
from models.db import Database
from models.entities import ChangeLogEntry, SurveyResult
from models.errors import InputError
from models.preview import NEW, Preview
from models.results import find_result


def snapshot(db: Database) -> tuple[list[tuple], int]:
    """Every stored result with all its fields, and the number of log rows."""
    with db.read() as s:
        rows = sorted(
            (r.municipality, r.year, r.group.value, r.area.value, r.measure.value, r.value,
             r.answers, r.margin, r.response_rate, r.preliminary, r.preliminary_as_of, r.source)
            for r in s.scalars(select(SurveyResult))
        )
        log = s.scalar(select(func.count()).select_from(ChangeLogEntry))
    return rows, log


def import_files(db: Database, *paths: Path) -> Preview:
    """Preview, then apply when the preview has no errors (the window's and CLI's way)."""
    with db.read() as s:
        result = importers.preview_files(s, list(paths))
    if result.ok:
        with db.write() as s:
            importers.apply(s, result)
    return result


def check_all_or_nothing(db: Database, before: tuple[list[tuple], int], run) -> None:
    """Either the import had errors and the database is as before, or every row is in."""
    try:
        result = run()
    except InputError:
        event("InputError")
        assert snapshot(db) == before
        return
    event("fel: inget sparat" if not result.ok else f"sparat: {min(len(result.rows), 3)}+ rader")
    if not result.ok:
        assert result.errors and all(isinstance(e, str) and e for e in result.errors)
        assert snapshot(db) == before
        return
    with db.read() as s:
        for row in result.rows:
            stored = find_result(s, row.key)
            assert stored is not None
            assert (stored.value, stored.answers, stored.margin, stored.preliminary) == (
                row.new.value, row.new.answers, row.new.margin, row.new.preliminary
            )
    assert len(snapshot(db)[0]) == len(before[0]) + result.count(NEW)
