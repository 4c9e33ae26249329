"""Shared fixtures: every test gets its own data folder and its own database file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models.db import Database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder, moved into the test's temporary folder."""
    home = tmp_path / "datamapp"
    monkeypatch.setenv("INSIKTSKOLLEN_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path) -> Database:
    """An empty database at the newest schema."""
    database = open_database(db_path, create=True, user="testare")
    yield database
    database.dispose()


@pytest.fixture
def borlange_db(db: Database) -> Database:
    """A database with the Borlänge data set."""
    from models.seed import load_example

    with db.write() as session:
        load_example(session)
    return db


def run_cli(*args: str, home: Path | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """main.py in a fresh interpreter, as a user runs it."""
    env = {**os.environ, "INSIKTSKOLLEN_NO_VENV": "1", "PYTHONIOENCODING": "utf-8"}
    if home is not None:
        env["INSIKTSKOLLEN_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        input=input,
        timeout=120,
    )
