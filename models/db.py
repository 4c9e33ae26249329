"""Opening a database: the engine, short sessions, migrations and consistent copies.

SQLite is used with the rollback journal (never WAL: the file may sit on a network share),
foreign keys on and a busy timeout. Writers begin with BEGIN IMMEDIATE so that a second
writer waits for the lock instead of failing half-way. Other databases are reached by a
SQLAlchemy URL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models import tracking
from models.errors import (
    BusyError,
    DatabaseError,
    DatabaseMissing,
    NewerSchemaError,
    ReadOnlyError,
)

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_S = 10.0
SQLITE_MAGIC = b"SQLite format 3\x00"


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service, a stripped container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "okänd"


def known_revisions() -> list[str]:
    """The schema revisions this program knows, oldest first (files NNNN_*.py)."""
    names = (p.name for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return sorted(name[:4] for name in names)


def schema_head() -> str:
    return known_revisions()[-1]


class InsiktSession(Session):
    """Sessions of this program: the change tracking is attached to this class only."""


tracking.install(InsiktSession)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Own transaction control (see pitfalls): pysqlite's implicit BEGIN would make
        # schema changes non-transactional and reads-then-writes fail at once.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        if not engine.url.query.get("mode") == "ro":
            cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_url(path: Path, read_only: bool = False) -> str:
    if read_only:
        # An URI lets SQLite open the file without ever trying to write to it.
        return f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{path}"


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    database = parsed.database
    if database.startswith("file:"):
        database = database[5:]
    return Path(database)


def _writable(path: Path) -> bool:
    # The rollback journal is a file beside the database: the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def describe_file_problem(path: Path) -> str | None:
    """Why a file is not a database of this program, or None if it looks like SQLite."""
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError as exc:
        return f"Filen {path} kan inte läsas: {exc.strerror or exc}."
    if not head:
        return f"Filen {path} är tom: den är ingen Insiktskollen-databas."
    if not head.startswith(SQLITE_MAGIC):
        return f"Filen {path} är ingen SQLite-databas (den kan vara skadad eller av annat slag)."
    if len(head) < 100:
        return f"Filen {path} är avkortad: databasens huvud är ofullständigt."
    return None


class Database:
    """One open database: an engine and the sessions over it."""

    def __init__(self, url: str, read_only: bool = False, user: str | None = None) -> None:
        self.url = url
        self.read_only = read_only
        self.user = user or current_user()
        self.path = sqlite_path(url)
        is_sqlite = make_url(url).get_backend_name() == "sqlite"
        connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_S} if is_sqlite else {}
        self.engine = create_engine(url, connect_args=connect_args)
        self.is_sqlite = is_sqlite
        if is_sqlite:
            _sqlite_events(self.engine)
        self._sessions = sessionmaker(
            self.engine, class_=InsiktSession, expire_on_commit=False, info={"user": self.user}
        )
        self._reader = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"),
            class_=InsiktSession,
            expire_on_commit=False,
            info={"user": self.user},
        )

    @property
    def name(self) -> str:
        if self.path is not None:
            return self.path.name
        return make_url(self.url).render_as_string(hide_password=True)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action: committed at the end, rolled back on error."""
        if self.read_only:
            raise ReadOnlyError(f"Databasen {self.name} är öppnad skrivskyddad: inget kan sparas.")
        with translate_errors(self.name):
            with self._sessions.begin() as session:
                yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A short read; nothing is written."""
        with translate_errors(self.name):
            with self._reader() as session:
                with session.begin():
                    yield session

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def dispose(self) -> None:
        self.engine.dispose()


@contextlib.contextmanager
def translate_errors(name: str) -> Iterator[None]:
    """Turn the driver's locked, read-only and damaged errors into messages for a user."""
    try:
        yield
    except OperationalError as exc:
        raise _translated(exc, name) from exc
    except SADatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise DatabaseError(f"Databasen {name} är skadad: {exc.orig}.") from exc
        raise


def _translated(exc: OperationalError, name: str) -> DatabaseError:
    message = str(exc.orig).lower()
    if "locked" in message or "busy" in message:
        return BusyError(
            f"Databasen {name} är upptagen av en annan användare eller ett annat program. "
            "Försök igen om en stund."
        )
    if "readonly" in message or "read-only" in message:
        return ReadOnlyError(f"Databasen {name} går inte att skriva till (skrivskyddad).")
    if "disk" in message and ("full" in message or "i/o" in message):
        return DatabaseError(f"Det gick inte att spara i {name}: disken är full eller felar.")
    return DatabaseError(f"Databasfel i {name}: {exc.orig}")


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite file with SQLite's backup API (safe while in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def open_database(
    target: str | Path,
    create: bool = False,
    migrate: bool = True,
    user: str | None = None,
) -> Database:
    """Open a database file or URL, upgrading its schema if it is older than this program.

    A file that does not exist is created only with `create`. A file that cannot be written
    opens read-only. A schema from a newer program, a damaged file or another program's
    SQLite file is refused with a message, and the file is not written to.
    """
    target_text = str(target)
    if is_url(target_text):
        url = target_text
        path = sqlite_path(url)
    else:
        path = Path(target_text).expanduser().absolute()
        url = sqlite_url(path)
    read_only = False
    if path is not None:
        if not path.exists():
            if not create:
                raise DatabaseMissing(
                    f"Databasfilen {path} finns inte. Skapa den med kommandot init."
                )
            if not path.parent.is_dir():
                raise DatabaseMissing(f"Mappen {path.parent} finns inte.")
        else:
            problem = describe_file_problem(path)
            if problem:
                raise DatabaseError(problem)
            if not _writable(path):
                read_only = True
                url = sqlite_url(path, read_only=True)
    db = Database(url, read_only=read_only, user=user)
    try:
        _check_and_migrate(db, migrate)
    except Exception:
        db.dispose()
        raise
    return db


def _check_and_migrate(db: Database, migrate: bool) -> None:
    try:
        with translate_errors(db.name):
            revision = db.schema_revision()
            with db.engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
                if db.is_sqlite:
                    ok = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                    if ok != "ok":
                        raise DatabaseError(f"Databasen {db.name} är skadad ({ok}).")
    except SADatabaseError as exc:
        raise DatabaseError(f"Databasen {db.name} kan inte läsas: {exc.orig}.") from exc
    known = known_revisions()
    if revision is None and tables:
        raise DatabaseError(
            f"{db.name} är en SQLite-databas från ett annat program "
            f"(tabeller: {', '.join(sorted(tables)[:5])}). Den öppnas inte."
        )
    if revision is not None and revision not in known:
        raise NewerSchemaError(
            f"Databasen {db.name} har schemaversion {revision}, som är nyare än detta "
            f"program känner till (senast {known[-1]}). Uppdatera Insiktskollen. "
            "Databasen har inte ändrats."
        )
    if revision == known[-1] or not migrate:
        return
    if db.read_only:
        raise ReadOnlyError(
            f"Databasen {db.name} behöver uppgraderas men är skrivskyddad. "
            "Öppna den från en plats där den går att skriva till."
        )
    if revision is not None and db.path is not None:
        backup_sqlite(db.path, db.path.with_name(f"{db.path.name}.före-{known[-1]}-{_stamp()}.bak"))
    with translate_errors(db.name):
        upgrade(db)


def upgrade(db: Database) -> None:
    """Apply the pending migrations in one transaction (SQLite DDL is transactional here)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.connect() as conn:
        if db.is_sqlite:
            # Must be set outside the transaction, so on the driver's connection itself.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if db.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(f"Uppgraderingen bröt referenser: {broken[:3]}")
        if db.is_sqlite:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


def backup_path_for(path: Path, folder: Path | None = None) -> Path:
    folder = folder or path.parent
    stem = re.sub(r"\.db$", "", path.name)
    return folder / f"{stem}-kopia-{_stamp()}.db"
