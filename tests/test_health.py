"""models/health.py: what `main.py check` reports, without the command line or Qt."""

import sqlite3

from models import actions as ops
from models.health import content_counts, integrity_problems


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
