"""Several writer processes on one database, and writers killed with SIGKILL mid-work.

Each writer (tests/shared_writer.py) prints "ACK kind token" after each commit. Afterwards
every acknowledged change must be in the database, no appended token may be there twice
(a lost or doubled read-modify-write), and the file must pass PRAGMA integrity_check.
Both run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models import actions as ops
from models.db_urls import sqlite_path
from models.entities import Action
from models.opening import open_database
from tests import forkserver

WRITER = Path(__file__).with_name("shared_writer.py")


@pytest.fixture
def shared_target(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with one shared action (id 1) that every writer changes."""
    target = (
        request.getfixturevalue("pg_url") if backend == "postgres" else str(tmp_path / "delad.db")
    )
    db = open_database(target, create=True, user="testare")
    with db.write() as session:
        ops.create_action(session, title="Gemensam åtgärd")
    db.dispose()
    return target


def _start(
    target: str, name: str, count: int, busy_timeout: float | None = None
) -> forkserver.Forked | subprocess.Popen[str]:
    args = [target, name, str(count)]
    if busy_timeout is not None:
        args.append(str(busy_timeout))
    return forkserver.popen(WRITER, args, {**os.environ, "PYTHONIOENCODING": "utf-8"})


def _acks(output: str) -> list[tuple[str, str]]:
    return [tuple(line.split()[1:3]) for line in output.splitlines() if line.startswith("ACK ")]


def _verify(target: str, acks: list[tuple[str, str]]) -> None:
    db = open_database(target, user="kontroll")  # also rolls back a crashed writer's journal
    try:
        with db.read() as session:
            titles = list(session.scalars(select(Action.title)))
            shared = ops.get_action(session, 1, full=True)
            comments = [c.text for c in shared.comments]
            description = shared.description
            orphans = session.execute(
                text(
                    "SELECT count(*) FROM comment c LEFT JOIN action a ON a.id = c.action_id "
                    "WHERE a.id IS NULL"
                )
            ).scalar()
    finally:
        db.dispose()
    assert orphans == 0
    assert len(titles) == len(set(titles)), "an action was stored twice"
    for kind, token in acks:
        if kind == "create":
            assert token in titles, f"acknowledged action {token} is missing"
        elif kind == "append":
            assert f"[{token}]" in description, f"acknowledged change {token} was lost"
        else:
            assert token in comments, f"acknowledged comment {token} is missing"
    for token in {t for _, t in acks}:
        assert description.count(f"[{token}]") <= 1, f"change {token} applied twice"
    path = sqlite_path(db.url) if db.is_sqlite else None
    if path is not None:
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_several_writer_processes_lose_no_update(shared_target: str, backend: str) -> None:
    # A very short busy timeout on SQLite makes the writers meet the lock and retry.
    busy = 0.05 if backend == "sqlite" else None
    writers = [_start(shared_target, f"skrivare{n}", 12, busy) for n in range(4)]
    outputs = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert "Traceback" not in err
        outputs.append(out)
    acks = [ack for out in outputs for ack in _acks(out)]
    assert len(acks) == 4 * 12 * 3
    _verify(shared_target, acks)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL finns bara på POSIX-system")
def test_writers_killed_mid_work_lose_nothing_acknowledged(shared_target: str) -> None:
    # Each writer is killed as soon as it has acknowledged a set number of changes (2 to 10,
    # from a seeded generator), while the other writers and its own next change are under
    # way: how much work is proven does not depend on the machine's speed.
    rng = random.Random(7)
    acks: list[tuple[str, str]] = []
    wanted = 0
    for round_ in range(6):
        writers = [_start(shared_target, f"r{round_}w{n}", 100000) for n in range(3)]
        for writer in writers:
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "READY", (
                writer.stderr.read() if writer.stderr else ""
            )
        read = []
        for writer in writers:
            assert writer.stdout is not None
            count = rng.randint(2, 10)
            wanted += count
            lines: list[str] = []
            while len(_acks("".join(lines))) < count:
                line = writer.stdout.readline()
                assert line, writer.stderr.read() if writer.stderr else "the writer ended"
                lines.append(line)
            writer.send_signal(signal.SIGKILL)
            read.append("".join(lines))
        for writer, before in zip(writers, read, strict=True):
            out, _err = writer.communicate(timeout=60)
            assert writer.returncode == -signal.SIGKILL
            acks.extend(_acks(before + out))
    assert len(acks) >= wanted
    _verify(shared_target, acks)


def test_command_line_writers_at_once_all_saved(shared_target: str, data_home: Path) -> None:
    env = {
        **os.environ,
        "INSIKTSKOLLEN_NO_VENV": "1",
        "PYTHONIOENCODING": "utf-8",
        "INSIKTSKOLLEN_HOME": str(data_home),
    }
    main = Path(__file__).resolve().parent.parent / "main.py"
    commands = [["actions", "add", "--title", f"Från terminal {n}"] for n in range(3)]
    commands += [["actions", "update", "1", "--comment", f"Kommentar {n}"] for n in range(3)]
    running = [forkserver.popen(main, ["--db", shared_target, *command], env)
               for command in commands]
    for process in running:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        assert "skapad" in out or "sparad" in out
    db = open_database(shared_target)
    with db.read() as session:
        titles = set(session.scalars(select(Action.title)))
        comments = {c.text for c in ops.get_action(session, 1, full=True).comments}
    db.dispose()
    assert {f"Från terminal {n}" for n in range(3)} <= titles
    assert comments == {f"Kommentar {n}" for n in range(3)}
    _verify(shared_target, [])
