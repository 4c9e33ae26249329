"""models/health.py: what `main.py check` reports, without the command line or Qt."""

import shutil
import sqlite3

import pytest

from models import actions as ops
from models.file_probe import known_revisions
from models.health import content_counts, integrity_problems, log_problems
from models.opening import open_database
from tests.conftest import FIXTURES, run_cli


def test_counts_of_the_borlange_data(borlange_db, any_db) -> None:
    with borlange_db.read() as session:
        before = content_counts(session)
    assert list(before) == ["åtgärder", "kommentarer", "resultat", "loggrader"]
    assert (before["åtgärder"], before["kommentarer"], before["resultat"]) == (7, 0, 5)
    assert before["loggrader"] > 0
    with borlange_db.write() as session:
        ops.add_comment(session, 1, "Uppföljning", author="Testare")
    with borlange_db.read() as session:
        after = content_counts(session)
    assert after["kommentarer"] == 1 and after["åtgärder"] == 7
    assert after["loggrader"] > before["loggrader"]


def test_an_empty_database_counts_nothing_and_is_whole(any_db) -> None:
    with any_db.read() as session:
        assert content_counts(session) == {
            "åtgärder": 0, "kommentarer": 0, "resultat": 0, "loggrader": 0,
        }
        assert integrity_problems(session) == []


def test_a_broken_reference_is_named(borlange_db, db_path) -> None:
    borlange_db.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO comment (action_id, date, author, text, status, progress, created_at) "
            "VALUES (999, '2024-05-02', 'Testare', 'Till en åtgärd som inte finns', 'pagar', 10, "
            "'2024-05-02 10:00:00')"
        )
    with borlange_db.read() as session:
        assert integrity_problems(session) == ["1 bruten referens"]


# --- the change log's continuity and `main.py check` ---------------------------------------

NO_TRIGGERS = "DROP TRIGGER change_log_no_update; DROP TRIGGER change_log_no_delete;"
TRIGGERS = (
    "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT "
    "RAISE(ABORT, 'Ändringsloggen kan inte ändras eller raderas.'); END;"
    "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN SELECT "
    "RAISE(ABORT, 'Ändringsloggen kan inte ändras eller raderas.'); END;"
)


def _edited_three_times(db) -> None:  # type: ignore[no-untyped-def]
    for progress in (10, 20):
        with db.write() as session:
            ops.update_action(session, 1, None, progress=progress)
    with db.write() as session:
        ops.add_milestone(session, 1, "2025-01-15", "Avstämning")


def test_the_log_of_a_used_database_is_whole(borlange_db, any_db) -> None:
    _edited_three_times(borlange_db)
    with borlange_db.write() as session:
        gone = ops.create_action(session, title="Tas bort")
    with borlange_db.write() as session:
        ops.delete_action(session, gone.id)
    with borlange_db.write() as session:  # may get the removed action's id again
        ops.create_action(session, title="Ny efter borttagningen")
    with borlange_db.read() as session:
        assert log_problems(session) == []


@pytest.mark.parametrize("revision", known_revisions())
def test_the_released_fixtures_have_whole_logs(tmp_path, revision) -> None:
    path = tmp_path / "f.db"
    shutil.copy(FIXTURES / f"schema_{revision}.db", path)
    db = open_database(path)
    with db.read() as session:
        assert log_problems(session) == []
    db.dispose()


def test_a_gap_in_an_actions_versions_is_named(borlange_db, db_path) -> None:
    _edited_three_times(borlange_db)
    borlange_db.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.executescript(
            NO_TRIGGERS + "DELETE FROM change_log WHERE action_id = 1 AND action_version = 2;"
            + TRIGGERS
        )
    with borlange_db.read() as session:
        found = log_problems(session)
    assert found == ["åtgärd 1 (”Telefontider”) har version 4, men ändringsloggen saknar version 2"]


def test_check_is_ok_on_a_healthy_file(borlange_db, db_path, data_home) -> None:
    borlange_db.dispose()
    done = run_cli("--db", str(db_path), "check", home=data_home)
    assert done.returncode == 0, done.stderr
    assert "Integritet: ok" in done.stdout
    assert "ändringsloggens skydd på plats" in done.stdout


@pytest.mark.parametrize(
    "damage, says",
    [
        (NO_TRIGGERS + "DELETE FROM change_log;", "triggern change_log_no_update saknas"),
        (NO_TRIGGERS + "DELETE FROM change_log;" + TRIGGERS, "har version 1 men inga rader"),
        (
            NO_TRIGGERS + "DELETE FROM change_log WHERE action_version = 2;" + TRIGGERS,
            "ändringsloggen saknar version 2",
        ),
        ("CREATE TABLE notes (id INTEGER PRIMARY KEY)", "tabellen notes finns inte"),
    ],
    ids=["utan-skydd-och-tom", "tom-logg", "glapp", "extra-tabell"],
)
def test_check_finds_what_differs(borlange_db, db_path, data_home, damage, says) -> None:
    _edited_three_times(borlange_db)
    borlange_db.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.executescript(damage)
    done = run_cli("--db", str(db_path), "check", home=data_home)
    assert done.returncode == 1
    assert says in done.stdout + done.stderr
    assert "Integritet: ok" not in done.stdout and "Traceback" not in done.stderr


@pytest.mark.postgres
def test_check_on_a_server_compares_its_schema(pg_url, data_home) -> None:
    db = open_database(pg_url, create=True)
    db.dispose()
    done = run_cli("--db", pg_url, "check", home=data_home)
    assert done.returncode == 0, done.stderr
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER change_log_append_only ON change_log")
        conn.exec_driver_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    db.dispose()
    done = run_cli("--db", pg_url, "check", home=data_home)
    assert done.returncode == 1
    assert "triggern change_log_append_only saknas" in done.stdout
    assert "tabellen notes finns inte i programmets schema" in done.stdout


@pytest.mark.parametrize(
    "server", [False, pytest.param(True, marks=pytest.mark.postgres)], ids=["fil", "server"]
)
def test_check_names_dropped_protections_and_the_emptied_log_together(
    borlange_db, data_home, server, request
) -> None:
    """Finding 6: the log's protections dropped and the log emptied. The file (or server)
    is refused, and `check` says both what differs in the schema and what the log lacks."""
    db = borlange_db
    if server:
        pg_server = request.getfixturevalue("pg_server")
        template = request.getfixturevalue("pg_templates")[True]
        url = pg_server.create_database(template=template)
        request.addfinalizer(lambda: pg_server.drop_database(url))
        from models.db import Database

        db = Database(url, user="testare")
    _edited_three_times(db)
    with db.engine.begin() as conn:
        if server:
            conn.exec_driver_sql("DROP TRIGGER change_log_append_only ON change_log")
        else:
            conn.exec_driver_sql("DROP TRIGGER change_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER change_log_no_delete")
        conn.exec_driver_sql("DELETE FROM change_log")
    target = db.url if server else str(db.path)
    db.dispose()
    done = run_cli("--db", target, "check", home=data_home)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    trigger = "change_log_append_only" if server else "change_log_no_update"
    assert f"triggern {trigger} saknas (den skyddar ändringsloggen)" in done.stdout
    assert "ÄNDRINGSLOGGEN ÄR INTE HEL:" in done.stdout
    assert "åtgärd 1 (”Telefontider”) har version 4 men inga rader i ändringsloggen" in done.stdout
    assert "Integritet: ok" not in done.stdout
    assert "har inte Insiktskollens schema" in done.stderr
