"""A write that meets another writer's lock waits, says so, tries again, then gives up."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import models.db as dbmod
from models import actions as ops
from models.entities import Action
from models.errors import BusyError, BusyNow, DatabaseError
from models.opening import open_database
from tests import forkserver
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent

BUSY_TEXT = "databasen är upptagen, försöker igen"


@pytest.fixture
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.1)
    monkeypatch.setattr(dbmod, "BUSY_PAUSE_S", 0.01)


def _hold_lock(path: Path) -> sqlite3.Connection:
    """Another program's writer holding the file's write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Action))


def test_write_tells_the_user_and_retries_until_the_lock_is_free(db_path, short_timeout) -> None:
    db = open_database(db_path, create=True, user="anna")
    other = _hold_lock(db_path)
    heard: list[str] = []

    def on_busy(message: str) -> None:
        heard.append(message)
        if len(heard) == 2:
            other.rollback()  # the other writer finishes while we wait

    db.on_busy = on_busy
    with db.write() as session:
        ops.create_action(session, title="Sparas efter väntan")
    assert len(heard) == 2
    assert all(BUSY_TEXT in m.lower() and db_path.name in m for m in heard)
    assert "försök 2 av 4" in heard[0] and "försök 3 av 4" in heard[1]
    assert _count(db) == 1
    other.close()
    db.dispose()


def test_write_gives_up_after_the_retries_and_stores_nothing(db_path, short_timeout) -> None:
    db = open_database(db_path, create=True, user="anna")
    other = _hold_lock(db_path)
    heard: list[str] = []
    db.on_busy = heard.append
    ran = []
    with pytest.raises(BusyError) as caught:
        with db.write() as session:
            ran.append(True)
            ops.create_action(session, title="Sparas aldrig")
    assert len(heard) == dbmod.BUSY_RETRIES
    assert "fortfarande upptagen efter 4 försök" in caught.value.message
    assert "Inget har sparats" in caught.value.message
    assert ran == []  # the work never started, so nothing can be half done
    other.rollback()
    other.close()
    assert _count(db) == 0
    db.dispose()


def test_the_default_handler_hears_it_when_the_database_has_none(db_path, short_timeout) -> None:
    db = open_database(db_path, create=True)
    other = _hold_lock(db_path)
    heard: list[str] = []
    dbmod.set_busy_handler(heard.append)
    try:
        with pytest.raises(BusyError):
            with db.write() as session:
                ops.create_action(session, title="x")
    finally:
        dbmod.set_busy_handler(None)
        other.rollback()
        other.close()
        db.dispose()
    assert len(heard) == dbmod.BUSY_RETRIES


# --- quick writes: the window's saves on its GUI thread -----------------------------------


def test_a_quick_write_gives_up_at_once_and_the_next_write_waits_in_full(
    db_path, short_timeout, monkeypatch
) -> None:
    monkeypatch.setattr(dbmod, "QUICK_BUSY_TIMEOUT_S", 0.01)
    db = open_database(db_path, create=True, user="anna")
    with db.write(quick=True) as session:  # a free database: written as any write
        ops.create_action(session, title="Sparas snabbt")
    other = _hold_lock(db_path)
    heard: list[str] = []
    db.on_busy = heard.append
    ran = []
    with pytest.raises(BusyNow, match="upptagen"):
        with db.write(quick=True) as session:
            ran.append(True)
    assert ran == [] and heard == []  # no wait told, no retry: the caller decides
    # The short wait held for that transaction only: the next write waits, tells, retries.
    def on_busy(message: str) -> None:
        heard.append(message)
        other.rollback()

    db.on_busy = on_busy
    with db.write() as session:
        ops.create_action(session, title="Sparas efter väntan")
    assert len(heard) == 1 and "försök 2 av 4" in heard[0]
    assert _count(db) == 2
    other.close()
    db.dispose()


def test_after_a_quick_write_the_attempts_are_counted_on(db_path, short_timeout) -> None:
    db = open_database(db_path, create=True, user="anna")
    other = _hold_lock(db_path)
    heard: list[str] = []
    db.on_busy = heard.append
    db.tell_busy_after_quick()  # what the window says when its quick save met the lock
    with pytest.raises(BusyError) as caught:
        with db.write(after_quick=True) as session:
            ops.create_action(session, title="Sparas aldrig")
    assert [m.split("(")[1].split(")")[0] for m in heard] == [
        "försök 2 av 4", "försök 3 av 4", "försök 4 av 4"]
    assert not isinstance(caught.value, BusyNow)
    assert "fortfarande upptagen efter 4 försök" in caught.value.message
    other.rollback()
    other.close()
    assert _count(db) == 0
    db.dispose()


def _cli(db_path: Path, home: Path, *args: str) -> forkserver.Forked | subprocess.Popen[str]:
    """main.py in a process of its own with a short busy timeout. Forked where that is safe
    (tests/forkserver.py): INSIKTSKOLLEN_BUSY_TIMEOUT is read as models.db loads, so the
    child imports the program afresh, as `python main.py` does."""
    env = {
        **os.environ,
        "INSIKTSKOLLEN_NO_VENV": "1",
        "PYTHONIOENCODING": "utf-8",
        "INSIKTSKOLLEN_HOME": str(home),
        "INSIKTSKOLLEN_BUSY_TIMEOUT": "0.3",
    }
    return forkserver.popen(ROOT / "main.py", ["--db", str(db_path), *args], env)


def test_command_line_prints_the_retry_and_saves_when_the_lock_goes(db_path, data_home) -> None:
    open_database(db_path, create=True).dispose()
    other = _hold_lock(db_path)
    cli = _cli(db_path, data_home, "actions", "add", "--title", "Från kommandoraden")
    assert cli.stderr is not None
    first = cli.stderr.readline()
    assert BUSY_TEXT in first.lower()
    other.rollback()
    out, err = cli.communicate(timeout=60)
    assert cli.returncode == 0, err
    assert "Åtgärd 1 skapad: Från kommandoraden" in out
    other.close()


def test_command_line_gives_up_with_exit_code_1(db_path, data_home) -> None:
    open_database(db_path, create=True).dispose()
    other = _hold_lock(db_path)
    cli = _cli(db_path, data_home, "actions", "add", "--title", "Aldrig")
    out, err = cli.communicate(timeout=60)
    other.rollback()
    other.close()
    assert cli.returncode == 1
    assert err.lower().count(BUSY_TEXT) == dbmod.BUSY_RETRIES
    assert "Fel: Databasen test.db är fortfarande upptagen" in err
    assert "Traceback" not in err
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM action").fetchone() == (0,)


# --- PostgreSQL: a locked row is waited for as long as the busy timeout, not forever ------


@pytest.mark.postgres
def test_postgresql_row_lock_held_too_long_is_busy_not_a_hang(pg_url, short_timeout) -> None:
    db = open_database(pg_url, create=True, user="anna")
    with db.write() as session:
        ops.create_action(session, title="Låst rad")
    other = db.engine.connect()  # another writer, stuck with the row locked
    other.exec_driver_sql("SELECT id FROM action WHERE id = 1 FOR UPDATE")
    try:
        with pytest.raises(BusyError, match="upptagen"):
            with db.write() as session:
                ops.update_action(session, 1, None, progress="50")
    finally:
        other.rollback()
        other.close()
    with db.write() as session:
        ops.update_action(session, 1, None, progress="50")
    with db.read() as session:
        assert ops.get_action(session, 1).progress == 50
    db.dispose()


@pytest.mark.postgres
def test_postgresql_quick_write_waits_no_longer_for_a_locked_row(pg_url, monkeypatch) -> None:
    monkeypatch.setattr(dbmod, "QUICK_BUSY_TIMEOUT_S", 0.05)
    db = open_database(pg_url, create=True, user="anna")
    with db.write() as session:
        ops.create_action(session, title="Låst rad")
    other = db.engine.connect()
    other.exec_driver_sql("SELECT id FROM action WHERE id = 1 FOR UPDATE")
    try:
        with pytest.raises(BusyNow):
            with db.write(quick=True) as session:
                ops.update_action(session, 1, None, progress="50")
    finally:
        other.rollback()
        other.close()
    with db.write(quick=True) as session:
        ops.update_action(session, 1, None, progress="50")
    with db.read() as session:
        assert ops.get_action(session, 1).progress == 50
    db.dispose()


@pytest.mark.postgres
def test_postgresql_server_problems_are_explained(pg_server, data_home) -> None:
    cases = [
        (pg_server.url("finns_inte"), "finns inte på servern"),
        (pg_server.url().replace("postgres@", "okand_anvandare@"), "Inloggningen"),
        ("postgresql+psycopg://postgres@/x?host=/tmp/ingen-server-har", "svarar inte"),
    ]
    for url, message in cases:
        result = run_cli("--db", url, "actions", home=data_home)
        assert result.returncode == 1
        assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.postgres
def test_postgresql_connection_lost_while_saving_is_explained_and_nothing_saved(
    pg_url, pg_server
) -> None:
    db = open_database(pg_url, create=True, user="anna")
    with db.write() as session:
        ops.create_action(session, title="Före avbrottet")
    with pytest.raises(DatabaseError, match="Databasservern för .* svarar inte") as caught:
        with db.write() as session:
            ops.update_action(session, 1, None, progress="70")
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
            pg_server.admin(f"SELECT pg_terminate_backend({pid})")
            ops.add_comment(session, 1, "Hinner aldrig sparas")
    assert "Traceback" not in caught.value.message
    with db.read() as session:  # a new connection: the server is still there
        action = ops.get_action(session, 1, full=True)
        assert action.progress == 0 and action.comments == []
    db.dispose()
