"""The database in use: its engine, short sessions, and waiting out another writer's lock.

SQLite is used with the rollback journal (never WAL: the file may sit on a network share),
foreign keys on and a busy timeout. Writers begin with BEGIN IMMEDIATE so that a second
writer waits for the lock instead of failing half-way. Other databases are reached by a
SQLAlchemy URL.

Opening a file or URL (checks, migrations) is `models.opening`; where a database is,
`models.db_urls`; the driver's errors in Swedish, `models.db_errors`; looking at a file
without writing to it, `models.file_probe`; backups, `models.backups`.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models import tracking
from models.db_errors import is_busy, translate_errors
from models.db_urls import sqlite_path
from models.errors import BusyError, BusyNow, ReadOnlyError


def _seconds_from_env(name: str, default: float) -> float:
    try:
        return max(0.01, float(os.environ.get(name, default)))
    except ValueError:
        return default


# How long SQLite waits for another writer's lock; INSIKTSKOLLEN_BUSY_TIMEOUT (seconds)
# changes it, e.g. for a slow network share. The other database modules read these three
# as `models.db.BUSY_…` when they run, so a change here (tests, a writer script) reaches all.
BUSY_TIMEOUT_S = _seconds_from_env("INSIKTSKOLLEN_BUSY_TIMEOUT", 10.0)
# After the busy timeout runs out, a writer tries again this many times (telling the user)
# before it gives up with BusyError.
BUSY_RETRIES = 3
BUSY_PAUSE_S = 0.5
# A quick write (the window's saves on its GUI thread) asks for the lock this long, once;
# when the database is busy the window tries again in a worker with the full wait.
QUICK_BUSY_TIMEOUT_S = 0.2
# The execution option that asks for a busy timeout (ms) other than the full one.
_BUSY_MS = "insikt_busy_timeout_ms"

log = logging.getLogger("insiktskollen")

BusyHandler = Callable[[str], None]
_default_busy_handler: BusyHandler | None = None
_notice_handler: Callable[[str], None] | None = None
_this_thread = threading.local()


def set_busy_handler(handler: BusyHandler | None) -> None:
    """Who hears "databasen är upptagen, försöker igen" when a Database has no `on_busy`.

    The command line prints it; the window sets `db.on_busy` to show it in the status bar.
    """
    global _default_busy_handler
    _default_busy_handler = handler


def set_notice_handler(handler: Callable[[str], None] | None) -> None:
    """Who hears what the opening of a database found and put right (a file switched back
    from WAL mode, a setting that fell back to its default): the command line prints it
    to stderr; the window shows `Database.notices` once the database is open."""
    global _notice_handler
    _notice_handler = handler


@contextlib.contextmanager
def busy_heard_here(handler: BusyHandler) -> Iterator[None]:
    """On this thread only, `handler` hears the busy waits (before `on_busy` and the default).

    The window's workers pass it on to the GUI thread through a signal, and raise
    `models.progress.Cancelled` from it when the user stops the work while it waits.
    """
    previous = getattr(_this_thread, "busy_handler", None)
    _this_thread.busy_handler = handler
    try:
        yield
    finally:
        _this_thread.busy_handler = previous


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service, a stripped container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "okänd"


class InsiktSession(Session):
    """Sessions of this program: the change tracking is attached to this class only."""


tracking.install(InsiktSession)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
        # Own transaction control (see pitfalls): pysqlite's implicit BEGIN would make
        # schema changes non-transactional and reads-then-writes fail at once.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        full = int(BUSY_TIMEOUT_S * 1000)
        cursor.execute(f"PRAGMA busy_timeout={full}")
        record.info["full_busy_ms"] = record.info[_BUSY_MS] = full
        if not engine.url.query.get("mode") == "ro":
            cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        # A quick write's short busy timeout holds for its transaction only.
        info = conn.connection.info
        wanted = options.get(_BUSY_MS, info.get("full_busy_ms"))
        if wanted is not None and wanted != info.get(_BUSY_MS):
            conn.exec_driver_sql(f"PRAGMA busy_timeout={int(wanted)}")
            info[_BUSY_MS] = wanted
        conn.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'IMMEDIATE')}")


class Database:
    """One open database: an engine and the sessions over it."""

    def __init__(self, url: str, read_only: bool = False, user: str | None = None) -> None:
        self.url = url
        self.read_only = read_only
        self.user = user or current_user()
        self.path = sqlite_path(url)
        is_sqlite = make_url(url).get_backend_name() == "sqlite"
        connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_S} if is_sqlite else {}
        parsed = make_url(url)
        if parsed.get_backend_name() == "postgresql" and "options" not in parsed.query:
            # A row locked by another writer is waited for as long as SQLite's busy
            # timeout, then BusyError, instead of waiting forever behind a stuck client.
            connect_args["options"] = f"-c lock_timeout={int(BUSY_TIMEOUT_S * 1000)}"
        self.engine = create_engine(url, connect_args=connect_args)
        self.is_sqlite = is_sqlite
        # Reads outside a session (schema checks) must not take SQLite's write lock.
        self.reader_engine = self.engine.execution_options(sqlite_begin="DEFERRED")
        # Told "databasen är upptagen, försöker igen" while a write waits for the lock.
        self.on_busy: BusyHandler | None = None
        # Asked as a write begins, on the writing thread; may raise an InsiktError to refuse
        # it. The window refuses a write while another one runs in one of its workers.
        self.before_write: Callable[[], None] | None = None
        # What the opening found and put right, for the user to read once (set_notice_handler).
        self.notices: list[str] = []
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
    def write(self, *, quick: bool = False, after_quick: bool = False) -> Iterator[Session]:
        """One transaction for one user action: committed at the end, rolled back on error.

        On SQLite the write lock is taken before the work starts (BEGIN IMMEDIATE). When
        another writer holds it past the busy timeout, `on_busy` hears "databasen är
        upptagen, försöker igen" and the lock is asked for again, BUSY_RETRIES times, then
        BusyError. Nothing of the work has run while waiting, so nothing is half done.

        `quick`: the transaction waits for another writer's lock QUICK_BUSY_TIMEOUT_S at
        most, once; a locked database raises BusyNow (nothing written, nobody told).
        `after_quick`: the write that follows a quick one that met BusyNow, with the full
        wait; its attempts are counted after the quick one ("försök 2 av 4" first).
        """
        if self.read_only:
            raise ReadOnlyError(f"Databasen {self.name} är öppnad skrivskyddad: inget kan sparas.")
        if self.before_write is not None:
            self.before_write()
        with translate_errors(self.name, BusyNow if quick else BusyError):
            session = self._begin_quickly() if quick else self._begin_writing(after_quick)
            try:
                yield session
                session.commit()
            except BaseException:
                # A lost connection cannot roll back: the first error is the one to tell.
                with contextlib.suppress(Exception):
                    session.rollback()
                raise
            finally:
                with contextlib.suppress(Exception):
                    session.close()

    def busy_attempts(self, after_quick: bool = False) -> int:
        """How many times a write asks for the lock (a quick try before it counts as one)."""
        if self.is_sqlite:
            return 1 + BUSY_RETRIES
        return 2 if after_quick else 1  # a server's lock_timeout is waited out once

    def _begin_quickly(self) -> Session:
        wait_ms = int(QUICK_BUSY_TIMEOUT_S * 1000)
        session = self._sessions()
        try:
            session.connection(execution_options={_BUSY_MS: wait_ms})
            if not self.is_sqlite:
                session.execute(text(f"SET LOCAL lock_timeout = {wait_ms}"))
        except BaseException:
            session.close()
            raise
        return session

    def _begin_writing(self, after_quick: bool = False) -> Session:
        attempts = self.busy_attempts(after_quick)
        waited = 0.0
        for attempt in range(2 if after_quick else 1, attempts + 1):
            session = self._sessions()
            started = time.monotonic()
            try:
                session.connection()  # BEGIN IMMEDIATE: waits up to the busy timeout
                return session
            except OperationalError as exc:
                session.close()
                waited += time.monotonic() - started
                if not is_busy(exc):
                    raise
                if attempt == attempts:
                    raise BusyError(
                        f"Databasen {self.name} är fortfarande upptagen efter {attempts} försök "
                        f"(cirka {round(waited)} sekunder): en annan användare eller ett annat "
                        "program håller den låst. Inget har sparats; försök igen om en stund."
                    ) from exc
            self.tell_busy(attempt + 1, attempts)
            time.sleep(BUSY_PAUSE_S)
        raise AssertionError("unreachable")

    def tell_busy_after_quick(self) -> None:
        """A quick write met the lock: say so now, as the full wait would after its first."""
        self.tell_busy(2, self.busy_attempts(after_quick=True))

    def tell_busy(self, attempt: int, attempts: int) -> None:
        message = (
            f"Databasen är upptagen, försöker igen (försök {attempt} av {attempts}): "
            f"{self.name} används av någon annan just nu."
        )
        log.info(message)
        handler = (
            getattr(_this_thread, "busy_handler", None) or self.on_busy or _default_busy_handler
        )
        if handler is not None:
            handler(message)

    def notice(self, message: str) -> None:
        """Something the user should hear once about this database (see `notices`)."""
        log.info(message)
        self.notices.append(message)
        if _notice_handler is not None:
            _notice_handler(message)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A short read; nothing is written."""
        with translate_errors(self.name):
            with self._reader() as session:
                with session.begin():
                    yield session

    def schema_revision(self) -> str | None:
        with self.reader_engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def dispose(self) -> None:
        self.engine.dispose()
