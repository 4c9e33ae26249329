"""A database is the program's own only if its schema is exactly a known revision's.

Anything else (another program's Alembic file, a table or trigger added to a shared file,
a change-log protection dropped) is refused before anything is written: the file stays
byte for byte and keeps its time, no copy beside it, no daily backup of it. The expected
schemas (models/schema_revisions.py) are checked against the migrations themselves.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from models import schema
from models.backups import backup_folder
from models.db import Database
from models.errors import DamagedError
from models.file_probe import known_revisions, schema_head
from models.opening import open_database
from models.schema_revisions import REVISIONS
from tests.conftest import FIXTURES, run_cli


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def listing(*folders: Path) -> list[str]:
    return sorted(str(p) for folder in folders if folder.is_dir() for p in folder.iterdir())


def test_the_known_schemas_are_built_from_the_migrations() -> None:
    """A new migration needs `python -m models.schema` (which rewrites schema_revisions.py)."""
    assert sorted(REVISIONS) == known_revisions() == schema.migration_revisions()
    for revision in known_revisions():
        assert schema.build(revision) == REVISIONS[revision], (
            f"models/schema_revisions.py is stale for {revision}: run python -m models.schema"
        )


@pytest.mark.parametrize("revision", known_revisions())
def test_every_released_schema_is_accepted_and_upgraded_to_the_newest(tmp_path, revision) -> None:
    path = tmp_path / f"schema_{revision}.db"
    shutil.copy(FIXTURES / f"schema_{revision}.db", path)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert schema.differences(schema.sqlite_fingerprint(conn), revision) == []
    open_database(path).dispose()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert schema.differences(schema.sqlite_fingerprint(conn), schema_head()) == []


def _foreign_alembic(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)")
        conn.execute("INSERT INTO kunder (namn) VALUES ('Kalle')")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))


HOSTILE = {
    # name: (SQL run on a file of the newest schema, what the refusal names)
    "extra-tabell": (
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
        "tabellen notes finns inte i programmets schema",
    ),
    "extra-trigger": (
        "CREATE TRIGGER wipe AFTER INSERT ON change_log BEGIN DELETE FROM survey_result; END",
        "triggern wipe på tabellen change_log finns inte i programmets schema",
    ),
    "trigger-som-skriver-ut": (
        "CREATE TRIGGER hej AFTER UPDATE ON action BEGIN SELECT print('hej'); END",
        "triggern hej på tabellen action",
    ),
    "borttagen-loggtrigger": (
        "DROP TRIGGER change_log_no_delete",
        "triggern change_log_no_delete saknas (den skyddar ändringsloggen)",
    ),
    "ändrad-loggtrigger": (
        "DROP TRIGGER change_log_no_update; CREATE TRIGGER change_log_no_update BEFORE "
        "UPDATE ON change_log BEGIN SELECT 1; END",
        "triggern change_log_no_update är ändrad (den skyddar ändringsloggen)",
    ),
    "extra-kolumn": (
        "ALTER TABLE action ADD COLUMN hemlig TEXT",
        "kolumnen action.hemlig finns inte i programmets schema",
    ),
    "extra-index": ("CREATE INDEX ix_titel ON action (title)", "indexet ix_titel"),
    "vy": ("CREATE VIEW alla AS SELECT * FROM action", "vyn alla"),
}


@pytest.mark.parametrize("kind", [*HOSTILE, "främmande-alembic", "främmande-alembic-0003"])
def test_a_file_whose_schema_is_not_ours_is_refused_untouched(borlange_db, db_path, kind) -> None:
    path = borlange_db.path
    borlange_db.dispose()
    if kind.startswith("främmande"):
        path.unlink()
        revision = "0003" if kind.endswith("0003") else "ae1027a6acf"
        _foreign_alembic(path, revision)
        named = "tabellen kunder finns inte" if revision == "0003" else "använder Alembic"
    else:
        sql, named = HOSTILE[kind]
        with sqlite3.connect(path) as conn:
            conn.executescript(sql)
    before, around = fingerprint(path), listing(path.parent, backup_folder())
    with pytest.raises(DamagedError) as caught:
        open_database(path)
    assert named in caught.value.message
    assert "Filen har inte ändrats" in caught.value.message
    assert fingerprint(path) == before
    assert listing(path.parent, backup_folder()) == around  # no journal, .bak or daily copy


def test_an_old_file_with_a_foreign_trigger_is_not_upgraded(tmp_path) -> None:
    path = tmp_path / "gammal.db"
    shutil.copy(FIXTURES / "schema_0001.db", path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TRIGGER t AFTER INSERT ON comment BEGIN DELETE FROM action; END")
    before = fingerprint(path)
    with pytest.raises(DamagedError, match="version 0001"):
        open_database(path)
    assert fingerprint(path) == before
    assert list(tmp_path.glob("*.bak")) == []


def test_a_foreign_trigger_never_runs_on_the_next_save(borlange_db, db_path, data_home) -> None:
    path = borlange_db.path
    borlange_db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TRIGGER wipe AFTER INSERT ON change_log BEGIN DELETE FROM survey_result; END"
        )
        results = conn.execute("SELECT count(*) FROM survey_result").fetchone()[0]
    done = run_cli("--db", str(path), "actions", "add", "--title", "Ny", home=data_home)
    assert done.returncode == 1
    assert "har inte Insiktskollens schema" in done.stderr and "triggern wipe" in done.stderr
    assert "Traceback" not in done.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM survey_result").fetchone()[0] == results
        assert conn.execute("SELECT count(*) FROM action WHERE title = 'Ny'").fetchone()[0] == 0


def test_migrate_to_from_a_file_with_an_extra_table_says_it_is_not_ours(
    borlange_db, db_path, tmp_path, data_home
) -> None:
    path = borlange_db.path
    borlange_db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    done = run_cli(
        "--db", str(path), "migrate-to", str(tmp_path / "ny.db"), home=data_home
    )
    assert done.returncode == 1
    assert "har inte Insiktskollens schema" in done.stderr
    assert "tabellen notes" in done.stderr and "oväntat" not in done.stderr
    assert not (tmp_path / "ny.db").exists()


# --- on SQLite and PostgreSQL --------------------------------------------------------------


def _execute(db: Database, *statements: str) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


SERVER_TRIGGER = (
    "CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN DELETE FROM survey_result; RETURN NEW; END $$",
    "CREATE TRIGGER wipe AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION wipe()",
)
FILE_TRIGGER = (
    "CREATE TRIGGER wipe AFTER INSERT ON change_log BEGIN DELETE FROM survey_result; END",
)


@pytest.mark.parametrize("change", ["extra-tabell", "extra-trigger", "utan-loggskydd"])
def test_both_databases_refuse_a_schema_that_is_not_ours(any_db, change) -> None:
    server = not any_db.is_sqlite
    if change == "extra-tabell":
        _execute(any_db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        named = "tabellen notes finns inte i programmets schema"
    elif change == "extra-trigger":
        _execute(any_db, *(SERVER_TRIGGER if server else FILE_TRIGGER))
        named = "triggern wipe på tabellen change_log"
    else:
        _execute(any_db, "DROP TRIGGER change_log_append_only ON change_log" if server
                 else "DROP TRIGGER change_log_no_update")
        named = "saknas (den skyddar ändringsloggen)"
    with any_db.engine.connect() as conn:
        before = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    any_db.dispose()
    with pytest.raises(DamagedError) as caught:
        open_database(any_db.url)
    assert named in caught.value.message
    assert named in " ".join(caught.value.differences) or not server
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == before


def test_a_healthy_database_of_either_kind_opens(any_db) -> None:
    any_db.dispose()
    open_database(any_db.url).dispose()


def test_the_quick_start_steps_aside_for_a_schema_that_is_not_ours(borlange_db, db_path) -> None:
    from models.register_file import quick_read

    borlange_db.dispose()
    assert quick_read(db_path) is not None
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TRIGGER t AFTER INSERT ON action BEGIN SELECT 1; END")
    before = fingerprint(db_path)
    assert quick_read(db_path) is None  # the full opening then says what differs
    assert fingerprint(db_path) == before
