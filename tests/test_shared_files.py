"""Damaged files, automatic backups, restoring, read-only files and a full disk.

A damaged file is refused with a Swedish message offering the newest backups and is never
written to; a backup puts it back after a copy of the current file is made.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import actions as ops
from models import settings
from models.backups import backup_folder, daily_backup, list_backups, restore_backup
from models.entities import Action
from models.errors import DamagedError, DatabaseError, InputError, ReadOnlyError
from models.opening import open_database
from tests.conftest import FIXTURES, ROOT, run_cli
from tests.file_templates import borlange_by_anna, copy_file, made_once


@pytest.fixture(scope="module")
def seeded_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return made_once(tmp_path_factory, "grupp.db", borlange_by_anna)


@pytest.fixture
def seeded(seeded_made: Path, tmp_path: Path) -> Path:
    """A database file with the Borlänge data and today's automatic backup of it (the file
    made once per module and copied: tests/file_templates.py)."""
    path = tmp_path / "delad" / "grupp.db"
    path.parent.mkdir()
    copy_file(seeded_made, path)
    open_database(path).dispose()  # the first opening of the day makes the backup
    return path


def _count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM action").fetchone()[0]


def _sqlite_of_another_program(path: Path, wal: bool = False) -> bytes:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)")
    conn.execute("INSERT INTO kunder (namn) VALUES ('Kalle')")
    conn.commit()
    conn.close()
    return path.read_bytes()


def _damage(path: Path, kind: str) -> bytes:
    data = path.read_bytes()
    page = 4096
    content = {
        "slumpbytes": os.urandom(len(data)),
        "avkortad": data[: len(data) // 2],
        "bara-huvudet": data[:100],
        "tom": b"",
        "textfil": "Åtgärd;Status\nÖppet hus;Pågår\n".encode("cp1252") * 50,
        "trasig-sida": data[: 2 * page] + os.urandom(page) + data[3 * page :],
    }.get(kind)
    if content is None:
        path.unlink()
        return _sqlite_of_another_program(path, wal=kind == "annat-program-wal")
    path.write_bytes(content)
    return content


KINDS = {
    "slumpbytes": "ingen SQLite-databas",
    "avkortad": "avkortad",
    "bara-huvudet": "avkortad",
    "tom": "är tom",
    "textfil": "ingen SQLite-databas",
    "trasig-sida": "skadad",
    "annat-program": "annat program",
    "annat-program-wal": "WAL-läge",
}


@pytest.mark.parametrize("kind", KINDS)
def test_damaged_file_is_refused_untouched_with_the_newest_backups(seeded, kind) -> None:
    before = _damage(seeded, kind)
    folder_before = sorted(p.name for p in seeded.parent.iterdir())
    with pytest.raises(DamagedError) as caught:
        open_database(seeded)
    error = caught.value
    assert KINDS[kind] in error.message
    assert "Filen har inte ändrats" in error.message
    assert error.backups and error.backups[0].automatic
    assert str(error.backups[0].path) in error.message
    assert "restore" in error.message
    assert seeded.read_bytes() == before
    assert sorted(p.name for p in seeded.parent.iterdir()) == folder_before  # no journal


def test_damaged_file_without_backups_says_where_they_would_be(tmp_path) -> None:
    path = tmp_path / "ny.db"
    path.write_bytes(b"\x00" * 5000)
    with pytest.raises(DamagedError, match="Det finns ingen säkerhetskopia av den i") as caught:
        open_database(path)
    assert caught.value.backups == []


def test_command_line_refuses_damage_lists_backups_and_restores(seeded, data_home) -> None:
    before = _damage(seeded, "trasig-sida")
    for command in (["check"], ["actions"], ["actions", "add", "--title", "Ny"]):
        result = run_cli("--db", str(seeded), *command, home=data_home)
        assert result.returncode == 1, command
        assert result.stderr.startswith("Fel: Filen ")
        assert "De senaste säkerhetskopiorna:" in result.stderr
        assert "Traceback" not in result.stderr + result.stdout
        assert seeded.read_bytes() == before
    listed = run_cli("--db", str(seeded), "restore", home=data_home)
    assert listed.returncode == 0
    assert "  1  " in listed.stdout and "auto" in listed.stdout
    restored = run_cli("--db", str(seeded), "restore", "1", home=data_home)
    assert restored.returncode == 0, restored.stderr
    assert "är återställd från" in restored.stdout
    assert _count(seeded) == 7
    damaged_copies = list(backup_folder().glob("grupp-skadad-*.db"))
    assert len(damaged_copies) == 1 and damaged_copies[0].read_bytes() == before
    after = run_cli("--db", str(seeded), "check", home=data_home)
    assert after.returncode == 0 and "Integritet: ok" in after.stdout


def test_restore_over_a_file_in_use_keeps_a_copy_of_it(seeded) -> None:
    db = open_database(seeded, user="anna")  # another copy of the program has it open
    with db.write() as session:
        ops.create_action(session, title="Efter säkerhetskopian")
    backup = list_backups(seeded)[0].path
    copy = restore_backup(backup, seeded)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 7
    assert copy is not None and copy.name.startswith("grupp-före-återställning-")
    assert _count(copy) == 8
    assert list_backups(seeded)[0].kind in ("före-återställning", "auto")
    db.dispose()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(seeded, tmp_path) -> None:
    bad = tmp_path / "trasig-kopia.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    before = seeded.read_bytes()
    with pytest.raises(DamagedError, match="Säkerhetskopian kan inte återställas"):
        restore_backup(bad, seeded)
    assert seeded.read_bytes() == before
    result = run_cli("--db", str(seeded), "restore", str(tmp_path / "finns-inte.db"))
    assert result.returncode == 2 and "finns inte" in result.stderr
    result = run_cli("--db", str(seeded), "restore", "9")
    assert result.returncode == 2 and "ingen säkerhetskopia nummer 9" in result.stderr


def test_backup_once_a_day_and_only_the_last_n_kept(seeded) -> None:
    autos = [b for b in list_backups(seeded) if b.automatic]
    assert len(autos) == 1
    assert autos[0].path.parent == backup_folder()
    open_database(seeded).dispose()
    assert len([b for b in list_backups(seeded) if b.automatic]) == 1
    db = open_database(seeded)
    with db.write() as session:
        assert settings.save(session, backup_keep=2).backup_keep == 2
        with pytest.raises(InputError, match="1–365"):
            settings.save(session, backup_keep=0)
    made = [daily_backup(db, force=True) for _ in range(3)]
    db.dispose()
    kept = [b.path for b in list_backups(seeded) if b.automatic]
    assert kept == [made[2], made[1]]
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM action").fetchone() == (7,)


def test_backups_of_another_file_with_the_same_name_are_not_pruned(seeded, tmp_path) -> None:
    other = tmp_path / "annan-mapp" / "grupp.db"
    other.parent.mkdir()
    shutil.copy(seeded, other)
    open_database(other).dispose()
    autos = [b for b in list_backups(seeded) if b.automatic]
    assert len(autos) == 2  # one for each file: the same name, different folders


def test_upgrade_backup_beside_the_file_is_offered(tmp_path) -> None:
    path = tmp_path / "gammal.db"
    shutil.copy(FIXTURES / "schema_0001.db", path)
    open_database(path).dispose()
    kinds = {b.kind for b in list_backups(path)}
    assert "före-uppgradering" in kinds


# --- Read-only ---------------------------------------------------------------------------


POSIX_ONLY = pytest.mark.skipif(
    sys.platform == "win32", reason="behöver POSIX (rättigheter, chattr, rlimit, mount)"
)


@contextlib.contextmanager
def unwritable(target: Path) -> Iterator[None]:
    """Make a file or folder unwritable, for root too (immutable attribute) if need be."""
    if os.geteuid() != 0:
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            yield
        finally:
            target.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(target)]).returncode != 0:
        pytest.skip("som root går filen bara att skrivskydda med chattr +i, som inte fungerar här")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(target)], check=True)


@POSIX_ONLY
@pytest.mark.parametrize("what", ["fil", "mapp"])
def test_unwritable_file_or_folder_opens_read_only(seeded, data_home, what) -> None:
    before = seeded.read_bytes()
    with unwritable(seeded if what == "fil" else seeded.parent):
        db = open_database(seeded)
        try:
            assert db.read_only
            with db.read() as session:
                assert len(ops.list_actions(session)) == 7
            with pytest.raises(ReadOnlyError, match="skrivskyddad: inget kan sparas"):
                with db.write() as session:
                    ops.create_action(session, title="Går inte")
        finally:
            db.dispose()
        listed = run_cli("--db", str(seeded), "actions", home=data_home)
        assert listed.returncode == 0 and "7 åtgärder." in listed.stdout
        check = run_cli("--db", str(seeded), "check", home=data_home)
        assert "den öppnas skrivskyddad" in check.stdout
        added = run_cli("--db", str(seeded), "actions", "add", "--title", "X", home=data_home)
        assert added.returncode == 1 and "skrivskyddad" in added.stderr
        assert "Traceback" not in added.stderr
    assert seeded.read_bytes() == before


def test_read_only_mode_is_enforced_by_sqlite_itself(seeded, monkeypatch) -> None:
    """Where no file can be made unwritable (root without chattr), the same checks with the
    permission test answered "no": SQLite itself then refuses every write."""
    import models.opening
    from models.db_errors import translate_errors

    monkeypatch.setattr(models.opening, "_writable", lambda path: False)
    before = seeded.read_bytes()
    db = open_database(seeded)
    try:
        assert db.read_only and "mode=ro" in db.url
        with pytest.raises(ReadOnlyError, match="skrivskyddad: inget kan sparas"):
            with db.write() as session:
                ops.create_action(session, title="Går inte")
        with pytest.raises(ReadOnlyError, match="går inte att skriva till"):
            with translate_errors(db.name), db.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM comment")
        with db.read() as session:
            assert len(ops.list_actions(session)) == 7
    finally:
        db.dispose()
    assert seeded.read_bytes() == before


# --- A full disk -------------------------------------------------------------------------


def _limit_file_size() -> None:
    # Every write past the first 512 bytes of any file fails (EFBIG), as on a full disk.
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (512, 512))


@POSIX_ONLY
def test_write_error_while_saving_is_explained_and_nothing_half_written(seeded, data_home) -> None:
    before = seeded.read_bytes()
    env = {
        **os.environ,
        "INSIKTSKOLLEN_NO_VENV": "1",
        "PYTHONIOENCODING": "utf-8",
        "INSIKTSKOLLEN_HOME": str(data_home),
    }
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(seeded),
            "actions",
            "add",
            "--title",
            "Får inte plats",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        preexec_fn=_limit_file_size,
        timeout=120,
    )
    assert result.returncode == 1
    assert "disken är full eller felar" in result.stderr
    assert "Inget av det du just gjorde har sparats" in result.stderr
    assert "Traceback" not in result.stderr
    assert seeded.read_bytes() == before
    assert not seeded.with_name("grupp.db-journal").exists() or _count(seeded) == 7
    db = open_database(seeded)
    with db.read() as session:
        assert len(ops.list_actions(session)) == 7
    db.dispose()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    if sys.platform == "win32":
        pytest.skip("en liten disk monteras med mount (tmpfs): bara på POSIX-system")
    mount = tmp_path / "liten-disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"en liten tmpfs kan inte monteras här ({done.stderr.strip()!r})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_keeps_the_database_whole_and_works_again_with_space(seeded, tiny_disk) -> None:
    path = tiny_disk / "grupp.db"
    shutil.copy(seeded, path)
    filler = tiny_disk / "fyllnad"
    with filler.open("wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    db = open_database(path, user="anna")
    with db.read() as session:
        version = ops.get_action(session, 1).version
    with pytest.raises(DatabaseError, match="disken är full eller felar") as caught:
        with db.write() as session:
            # Every long text at its limit: more than the little disk has left.
            ops.update_action(session, 1, version, description="lång text " * 2000,
                              expected_effect="lång text " * 1000)
    assert "Inget av det du just gjorde har sparats" in caught.value.message
    filler.unlink()
    with db.read() as session:
        action = ops.get_action(session, 1)
        assert action.version == version and "lång text" not in action.description
    with db.write() as session:
        ops.update_action(session, 1, version, description="kort text")
    db.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_restore_list_hint_names_the_same_database(seeded, data_home) -> None:
    listed = run_cli("--db", str(seeded), "restore", home=data_home)
    assert listed.returncode == 0, listed.stderr
    hint = f'Återställ en av dem med: main.py --db "{seeded}" restore NUMMER'
    assert hint in listed.stdout
    wrong = run_cli("--db", str(seeded), "restore", "9", home=data_home)
    assert f'lista dem med: main.py --db "{seeded}" restore' in wrong.stderr
    # The default database needs no --db in the hint.
    default = data_home / "insiktskollen.db"
    made = run_cli("init", home=data_home)
    assert made.returncode == 0, made.stderr
    bad = run_cli("restore", "9", home=data_home)
    assert bad.returncode == 2 and "lista dem med: main.py restore" in bad.stderr
    assert default.exists()
