"""`python main.py` opens the window: started in a subprocess, as a user starts it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from tests import forkserver
from tests.conftest import ROOT


def start(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """main.py with the window offscreen. As soon as its window is up, the program prints
    what it shows (TITEL, RADER) and quits once the database is open (the quick start's
    real opening, daily backup and all, included): no fixed time to wait."""
    env = {
        **os.environ,
        "INSIKTSKOLLEN_NO_VENV": "1",
        "INSIKTSKOLLEN_HOME": str(home),
        "INSIKTSKOLLEN_SELFTEST": "1",
        "INSIKTSKOLLEN_CLOSE_AFTER_MS": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    return forkserver.run(ROOT / "main.py", list(args), env, timeout=120)


def test_first_start_creates_the_database_with_borlange(data_home):
    result = start(data_home)
    assert result.returncode == 0, result.stderr
    assert "TITEL: Insiktskollen – insiktskollen.db" in result.stdout
    assert "RADER: 7" in result.stdout
    assert "Traceback" not in result.stderr
    with sqlite3.connect(data_home / "insiktskollen.db") as conn:
        assert conn.execute("select count(*) from action").fetchone()[0] == 7
    # The next start opening the same file and adding nothing: test_app_quick_start.py.


def test_damaged_file_is_a_swedish_message(data_home, tmp_path):
    bad = tmp_path / "trasig.db"
    bad.write_bytes(b"inte en databas" * 20)
    result = start(data_home, "--db", str(bad))
    assert result.returncode == 1
    assert "FEL: Databasen kunde inte öppnas:" in result.stdout
    assert "ingen SQLite-databas" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_missing_explicit_file_is_offered_not_created(data_home, tmp_path):
    missing = tmp_path / "ny.db"
    result = start(data_home, "--db", str(missing))
    assert "FRÅGA: Databasen finns inte:" in result.stdout
    assert str(missing) in result.stdout
    assert result.returncode == 1 and not missing.exists()


def test_last_database_is_opened_again(data_home, tmp_path):
    other = tmp_path / "annan.db"
    from models.opening import open_database

    open_database(other, create=True).dispose()
    first = start(data_home, "--db", str(other))
    assert "TITEL: Insiktskollen – annan.db" in first.stdout
    second = start(data_home)
    assert "TITEL: Insiktskollen – annan.db" in second.stdout
