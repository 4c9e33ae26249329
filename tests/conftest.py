"""Shared fixtures: every test gets its own data folder and its own database file."""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models.db import Database  # noqa: E402
from models.db_urls import sqlite_url  # noqa: E402
from models.opening import open_database  # noqa: E402

if TYPE_CHECKING:
    from tests.pgserver import PgServer


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
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the `db` fixture is: "sqlite" unless parametrized (see below)."""
    return getattr(request, "param", "sqlite")


def _fill(target: str | Path, borlange: bool) -> None:
    """A new database as the `db` fixture gives it, with the Borlänge data or without."""
    from models.seed import load_example

    database = open_database(target, create=True, user="testare")
    if borlange:
        with database.write() as session:
            load_example(session)
    database.dispose()


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    """SQLite files as `db` and `borlange_db` give them (empty; with Borlänge's data), made
    once per test process: each test gets a copy instead of running every migration (and
    the seeding) again."""
    folder = tmp_path_factory.mktemp("mallar")
    templates = {False: folder / "tom.db", True: folder / "borlange.db"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INSIKTSKOLLEN_HOME", str(folder / "datamapp"))
        for borlange, path in templates.items():
            _fill(path, borlange)
    return templates


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest) -> Database:
    """An empty database at the newest schema (a SQLite file, or a PostgreSQL database);
    with the Borlänge data already in it when the test asks for `borlange_db`.

    A copy of a template (`sqlite_templates`, `pg_templates`) that open_database(create=
    True) made, opened as open_database opens a file it has just created: no checks and
    no backup (it would be the day's first opening of that file otherwise).
    """
    borlange = "borlange_db" in request.fixturenames
    if backend == "postgres":
        server = request.getfixturevalue("pg_server")
        template = request.getfixturevalue("pg_templates")[borlange]
        url = server.create_database(template=template)
        request.addfinalizer(lambda: server.drop_database(url))
    else:
        path = request.getfixturevalue("db_path")
        shutil.copyfile(request.getfixturevalue("sqlite_templates")[borlange], path)
        url = sqlite_url(path.absolute())
    database = Database(url, user="testare")
    yield database
    database.dispose()


@pytest.fixture
def any_db(db: Database) -> Database:
    """The `db` fixture, always run on SQLite and on PostgreSQL."""
    return db


# --- PostgreSQL: a throwaway server per test session (tests/pgserver.py, DEVELOPERS.md) ---

# Modules directly in tests/ (the data layer's tier, never the windows in tests/ui/) whose
# names start with these: their tests using `db` (but not the file path `db_path`) run on
# both databases. The data layer, the imports and exports, and the shared-use tests.
BOTH_BACKENDS = (
    "test_actions",
    "test_results",
    "test_shared",
    "test_importers",
    "test_export",
    "test_kolada",
    "test_effect",
    "test_targets",
    "test_overview",
)
TESTS = Path(__file__).resolve().parent


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    module = Path(metafunc.module.__file__)
    direct = set(inspect.signature(metafunc.function).parameters)
    wanted = "any_db" in metafunc.fixturenames or (
        module.parent == TESTS and module.stem.startswith(BOTH_BACKENDS) and "db_path" not in direct
    )
    if wanted:
        metafunc.parametrize(
            "backend",
            ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
            indirect=True,
        )


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    from tests.pgserver import PgServer, find_bin, missing_reason

    bindir = find_bin()
    if bindir is None:
        _PG_STATE["missing"] = missing_reason()
        pytest.skip(missing_reason())
    server = PgServer(bindir)
    try:
        server.start()
    except Exception as exc:
        _PG_STATE["missing"] = f"PostgreSQL kunde inte startas: {exc}"
        server.stop()
        pytest.skip(_PG_STATE["missing"])
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_templates(pg_server: PgServer) -> dict[bool, str]:
    """The names of PostgreSQL databases made as `sqlite_templates` are; `db` copies them
    with CREATE DATABASE … TEMPLATE."""
    from tests.pgserver import database_name

    templates = {}
    for borlange in (False, True):
        url = pg_server.create_database()
        _fill(url, borlange)
        templates[borlange] = database_name(url)
    return templates


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


_PG_STATE: dict[str, str] = {}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    # With pytest-xdist the server is started (or found missing) in the workers: their
    # skipped PostgreSQL cases carry the reason back here.
    reasons = set(_PG_STATE.values())
    for report in terminalreporter.stats.get("skipped", []):
        if "postgres" in report.keywords and isinstance(report.longrepr, tuple):
            reason = str(report.longrepr[2]).removeprefix("Skipped: ")
            if "PostgreSQL" in reason:
                reasons.add(reason)
    for reason in sorted(reasons):
        terminalreporter.write_line(
            "VARNING: testerna mot PostgreSQL kördes INTE: " + reason, yellow=True, bold=True
        )


@pytest.fixture
def borlange_db(db: Database) -> Database:
    """A database with the Borlänge data set (`db` copied it from a template that has it)."""
    return db


def run_cli(*args: str, home: Path | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """main.py in a process of its own, as a user runs it (forked from a warm interpreter
    where that is safe: tests/forkserver.py)."""
    from tests import forkserver

    env = {**os.environ, "INSIKTSKOLLEN_NO_VENV": "1", "PYTHONIOENCODING": "utf-8"}
    if home is not None:
        env["INSIKTSKOLLEN_HOME"] = str(home)
    return forkserver.run(ROOT / "main.py", list(args), env, input=input, timeout=120)
