"""A file of the program's own schema that another tool switched to WAL mode is opened:
checkpointed, switched back to the rollback journal and said so, with nothing lost. The
advice to restore a backup says what restoring it would lose; the copies a restore makes
first are listed, can be restored and are pruned like the daily backups."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from models import actions as ops
from models import settings
from models.backups import backup_folder, list_backups, restore_backup
from models.errors import BusyError, DamagedError
from models.opening import WAL_NOTICE, open_database
from models.register_file import quick_read
from tests.conftest import run_cli
from tests.file_templates import borlange_by_anna, copy_file, made_once


@pytest.fixture(scope="module")
def shared_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return made_once(tmp_path_factory, "grupp.db", borlange_by_anna)


@pytest.fixture
def shared(shared_made: Path, tmp_path: Path) -> Path:
    """A database file with the Borlänge data and today's automatic backup of it (the file
    made once per module and copied: tests/file_templates.py)."""
    path = tmp_path / "delad" / "grupp.db"
    path.parent.mkdir()
    copy_file(shared_made, path)
    open_database(path).dispose()  # the day's first opening makes the automatic backup
    return path


def _header_mode(path: Path) -> bytes:
    return path.read_bytes()[18:20]


def _switched_to_wal_with_pages_left(path: Path) -> Path:
    """What another tool leaves: WAL mode, rows in the -wal file not yet in the database
    (a copy of both files taken while that tool still had the file open)."""
    wal = path.with_name("wal-kopia") / path.name
    wal.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    for name in ("WAL-enheten", "Andra WAL-enheten"):
        conn.execute("INSERT INTO unit (name) VALUES (?)", (name,))
    conn.commit()
    shutil.copy(path, wal)
    shutil.copy(path.with_name(path.name + "-wal"), wal.with_name(wal.name + "-wal"))
    conn.close()
    assert wal.with_name(wal.name + "-wal").stat().st_size > 0
    return wal


def _units(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM unit ORDER BY name")]


def test_a_wal_file_of_ours_is_switched_back_and_nothing_is_lost(shared) -> None:
    path = _switched_to_wal_with_pages_left(shared)
    assert _header_mode(path) == b"\x02\x02"
    assert quick_read(path) is None  # the quick start leaves it to the normal opening
    db = open_database(path)
    try:
        assert db.notices == [WAL_NOTICE]
        with db.write() as session:
            ops.add_comment(session, 1, "Sparad efter WAL-läget")
    finally:
        db.dispose()
    assert _header_mode(path) == b"\x01\x01"
    assert not path.with_name(path.name + "-wal").exists()
    assert {"WAL-enheten", "Andra WAL-enheten"} <= set(_units(path))
    db = open_database(path)
    assert db.notices == []  # said once: the file is back in the program's mode
    db.dispose()


def test_the_command_line_says_the_file_was_switched_back(shared, data_home) -> None:
    path = _switched_to_wal_with_pages_left(shared)
    done = run_cli("--db", str(path), "actions", home=data_home)
    assert done.returncode == 0, done.stderr
    assert WAL_NOTICE in done.stderr
    assert "Telefontider" in done.stdout
    assert {"WAL-enheten", "Andra WAL-enheten"} <= set(_units(path))


def test_a_wal_file_still_open_in_another_program_is_left_as_it_is(shared, monkeypatch) -> None:
    monkeypatch.setattr("models.db.BUSY_TIMEOUT_S", 0.2)
    other = sqlite3.connect(shared)
    try:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("INSERT INTO unit (name) VALUES ('Öppen i annat program')")
        other.commit()
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM unit").fetchone()  # holds a read lock
        with pytest.raises(BusyError, match="WAL-läge .* Stäng andra program"):
            open_database(shared)
    finally:
        other.close()
    db = open_database(shared)
    assert db.notices == [WAL_NOTICE]
    db.dispose()


def test_restoring_a_wal_file_keeps_a_copy_that_can_be_restored_again(shared) -> None:
    path = shared
    db = open_database(path, user="anna")
    with db.write() as session:
        ops.create_action(session, title="Efter säkerhetskopian")
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    auto = [b for b in list_backups(path) if b.automatic][0]
    copy = restore_backup(auto.path, path)
    assert copy is not None and copy.name.startswith("grupp-före-återställning-")
    listed = list_backups(path)
    assert copy in [b.path for b in listed]
    restore_backup(copy, path)  # and back again: nothing was lost
    db = open_database(path)
    with db.read() as session:
        assert "Efter säkerhetskopian" in [a.title for a in ops.list_actions(session)]
    db.dispose()


def test_advice_to_restore_says_what_the_backup_lacks(shared, data_home) -> None:
    db = open_database(shared, user="anna")
    for text in ("Första", "Andra", "Tredje"):
        with db.write() as session:
            ops.add_comment(session, 1, text)
    db.dispose()
    with sqlite3.connect(shared) as conn:
        conn.execute("CREATE TRIGGER t AFTER INSERT ON action BEGIN SELECT 1; END")
    with pytest.raises(DamagedError) as caught:
        open_database(shared)
    newest = caught.value.backups[0]
    assert newest.automatic and newest.lost.startswith("3 ändringar gjorda ")
    assert f"(saknar {newest.lost})" in caught.value.message
    assert "de går förlorade om du återställer den" in caught.value.message
    listed = run_cli("--db", str(shared), "restore", home=data_home)
    assert listed.returncode == 0 and "saknar 3 ändringar gjorda" in listed.stdout
    restored = run_cli("--db", str(shared), "restore", "1", home=data_home)
    assert restored.returncode == 0, restored.stderr
    assert "Obs: kopian saknade 3 ändringar" in restored.stdout


def test_copies_made_before_restores_are_pruned_like_daily_backups(shared) -> None:
    db = open_database(shared)
    with db.write() as session:
        settings.save(session, backup_keep=2)
    db.dispose()
    auto = [b for b in list_backups(shared) if b.automatic][0].path
    with sqlite3.connect(auto) as conn:  # the backup keeps the setting too
        conn.execute("UPDATE setting SET value = '2' WHERE key = 'backup_keep'")
        if not conn.execute("SELECT 1 FROM setting WHERE key = 'backup_keep'").fetchone():
            conn.execute("INSERT INTO setting VALUES ('backup_keep', '2')")
    copies = [restore_backup(auto, shared) for _ in range(4)]
    kept = sorted(backup_folder().glob("grupp-före-återställning-*.db"))
    assert len(kept) == 2 and set(kept) == {copies[2], copies[3]}


def test_advice_for_an_unreadable_file_says_it_was_changed_after_the_backup(
    shared, data_home
) -> None:
    """A file whose change log cannot be read (damaged) cannot be counted: the advice still
    never offers an older backup without saying that changes made after it are lost, and
    when the file was last written."""
    db = open_database(shared, user="anna")
    with db.write() as session:
        ops.add_comment(session, 1, "Efter säkerhetskopian")
    db.dispose()
    backup = [b for b in list_backups(shared) if b.automatic][0].path
    made = backup.stat().st_mtime
    data = bytearray(shared.read_bytes())
    data[100:4096 * 4] = b"\xaa" * (4096 * 4 - 100)  # the first pages, the schema among them
    shared.write_bytes(bytes(data))
    written = made + 3600
    os.utime(shared, (written, written))
    when = f"{dt.datetime.fromtimestamp(written):%Y-%m-%d %H:%M}"
    with pytest.raises(DamagedError) as caught:
        open_database(shared)
    lost = caught.value.backups[0].lost
    assert lost.startswith("ett okänt antal ändringar gjorda efter ") and lost.endswith(when)
    assert "de går förlorade om du återställer den" in caught.value.message
    listed = run_cli("--db", str(shared), "restore", home=data_home)
    assert listed.returncode == 0 and "(saknar ett okänt antal ändringar" in listed.stdout
    os.utime(shared, (made - 60, made - 60))  # damaged, but not written since the backup
    with pytest.raises(DamagedError) as caught:
        open_database(shared)
    assert caught.value.backups[0].lost == ""
    assert "går förlorade" not in caught.value.message
