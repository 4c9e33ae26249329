"""`main.py migrate-to URL`: everything, change log included, into an empty database.

Run from a SQLite file to PostgreSQL and to another SQLite file (the `backend` parameter
is the target's kind).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import actions as ops
from models import people, settings
from models.db import Database
from models.entities import Base, KoladaKpi
from models.errors import DatabaseError
from models.opening import open_database
from models.seed import load_example
from models.transfer import copy_database
from tests.conftest import run_cli
from tests.file_templates import copy_file, made_once


def _make_source(path: Path) -> None:
    db = open_database(path, create=True, user="anna")
    with db.write() as session:
        load_example(session)
    with db.write() as session:
        people.person_named(session, "Örjan Åkesson", people.unit_named(session, "Miljö"))
        ops.update_action(session, 1, None, status="pagar", progress="40", owner="Örjan Åkesson")
        ops.add_comment(session, 1, "Första mötet hållet; nästa steg är enkäten.")
        ops.add_milestone(session, 2, "2025-03-01", "Utvärdering", "Q1")
        settings.save(session, backup_keep=5, due_soon_days=21)
        session.get(KoladaKpi, "U07451").probable = False
    db.dispose()


@pytest.fixture(scope="module")
def source_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return made_once(tmp_path_factory, "grupp.db", _make_source)


@pytest.fixture
def source(source_made: Path, tmp_path: Path) -> Path:
    """A file that has seen real use: edits, comments, milestones, people, settings (made
    once per module and copied: tests/file_templates.py)."""
    return copy_file(source_made, tmp_path / "grupp.db")


@pytest.fixture
def target(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "postgres":
        return request.getfixturevalue("pg_url")
    (tmp_path / "ny").mkdir()
    return str(tmp_path / "ny" / "flyttad.db")


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            keys = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*keys))]
    return out


def test_migrate_to_copies_every_row_with_ids_and_times(source, target, data_home) -> None:
    result = run_cli("--db", str(source), "migrate-to", target, home=data_home)
    assert result.returncode == 0, result.stderr
    assert "är kopierat till" in result.stdout and "loggrader" in result.stdout
    old, new = open_database(source), open_database(target, user="bertil")
    try:
        before, after = _rows(old), _rows(new)
        assert before == after
        assert len(after["change_log"]) > 20 and len(after["comment"]) == 1
        with new.read() as session:
            assert settings.load(session).backup_keep == 5
            assert session.get(KoladaKpi, "U07451").probable is False
        # The new database goes on from there: new ids after the copied ones.
        with new.write() as session:
            created = ops.create_action(session, title="Första åtgärden på servern")
        assert created.id == max(r[0] for r in after["action"]) + 1
        with new.read() as session:
            log = ops.history(session, created.id)
            assert log[-1].user == "bertil"
            assert log[-1].id > max(r[0] for r in after["change_log"])
    finally:
        old.dispose()
        new.dispose()


def test_migrate_to_refuses_a_target_that_is_not_empty(source, target, data_home) -> None:
    first = open_database(target, create=True, user="cecilia")
    with first.write() as session:
        ops.create_action(session, title="Finns redan här")
    first.dispose()
    result = run_cli("--db", str(source), "migrate-to", target, home=data_home)
    assert result.returncode == 1
    assert "Måldatabasen" in result.stderr and "är inte tom (" in result.stderr
    assert "1 åtgärd" in result.stderr and "1 loggrad" in result.stderr
    assert "1 åtgärder" not in result.stderr
    assert "Traceback" not in result.stderr
    again = open_database(target)
    with again.read() as session:
        assert [a.title for a in ops.list_actions(session)] == ["Finns redan här"]
    again.dispose()


def test_copy_is_all_or_nothing(source, target, monkeypatch) -> None:
    from models import transfer

    old, new = open_database(source), open_database(target, create=True)
    real_insert = transfer.insert

    def failing_insert(table):  # type: ignore[no-untyped-def]
        if table.name == "change_log":
            raise DatabaseError("avbrutet mitt i")
        return real_insert(table)

    monkeypatch.setattr(transfer, "insert", failing_insert)
    with pytest.raises(DatabaseError, match="avbrutet mitt i"):
        copy_database(old, new)
    counts = transfer.row_counts(new)
    assert {n: c for n, c in counts.items() if c} == {"kolada_kpi": 2}
    old.dispose()
    new.dispose()


@pytest.mark.parametrize("url", ["foo://bar", "postgresql+nosuch://u@h/d", "postgres://u@h/d"])
def test_migrate_to_an_address_it_does_not_know_says_so(source, url, data_home) -> None:
    before = source.read_bytes()
    result = run_cli("--db", str(source), "migrate-to", url, home=data_home)
    assert result.returncode == 2
    assert f"”{url}” är ingen databasadress som programmet känner till" in result.stderr
    assert "postgresql+psycopg://" in result.stderr and "sqlite:///" in result.stderr
    assert "plugin" not in result.stderr and "Traceback" not in result.stderr
    assert source.read_bytes() == before


def test_migrate_to_a_folder_says_it_is_a_folder(source, tmp_path, data_home) -> None:
    result = run_cli("--db", str(source), "migrate-to", str(tmp_path), home=data_home)
    assert result.returncode == 2
    assert f"{tmp_path} är en mapp, ingen databasfil." in result.stderr
