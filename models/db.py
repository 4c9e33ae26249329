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
import glob
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models import tracking
from models.errors import (
    BusyError,
    DamagedError,
    DatabaseError,
    DatabaseMissing,
    NewerSchemaError,
    ReadOnlyError,
)
from models.paths import migrations_dir

# Found through models.paths, like every shipped file (the same folder frozen or not).
MIGRATIONS = migrations_dir()


def _seconds_from_env(name: str, default: float) -> float:
    try:
        return max(0.01, float(os.environ.get(name, default)))
    except ValueError:
        return default


# How long SQLite waits for another writer's lock; INSIKTSKOLLEN_BUSY_TIMEOUT (seconds)
# changes it, e.g. for a slow network share.
BUSY_TIMEOUT_S = _seconds_from_env("INSIKTSKOLLEN_BUSY_TIMEOUT", 10.0)
# After the busy timeout runs out, a writer tries again this many times (telling the user)
# before it gives up with BusyError.
BUSY_RETRIES = 3
BUSY_PAUSE_S = 0.5
SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_FOLDER = "Säkerhetskopior"
BACKUP_KEEP = 10

log = logging.getLogger("insiktskollen")

BusyHandler = Callable[[str], None]
_default_busy_handler: BusyHandler | None = None


def set_busy_handler(handler: BusyHandler | None) -> None:
    """Who hears "databasen är upptagen, försöker igen" when a Database has no `on_busy`.

    The command line prints it; the window sets `db.on_busy` to show it in the status bar.
    """
    global _default_busy_handler
    _default_busy_handler = handler


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


def sqlite_uri(path: PurePath) -> str:
    """SQLite's URI for a file (without the query): file:///C:/Mapp/x.db, file:////server/share/x.db.

    Works for Windows paths on any machine (PureWindowsPath): a drive path gets the empty
    authority (file:///C:/…), a UNC path \\\\server\\share\\x.db keeps its two slashes after
    it (file:////server/share/x.db; file://server/… would name a host, which SQLite
    refuses). Spaces, å/ä/ö (as UTF-8), %, ? and # are percent-encoded.
    """
    text = path.as_posix()
    if not path.is_absolute() and not path.drive:
        return "file:" + urllib.parse.quote(text, safe="/")
    if not text.startswith("/"):  # C:/Mapp/x.db
        text = "/" + text
    return "file://" + urllib.parse.quote(text, safe="/:")


def _url_escape(text: str) -> str:
    # SQLAlchemy decodes %XX in a URL's database part and cuts it at "?": protect both.
    return text.replace("%", "%25").replace("?", "%3F")


def sqlite_url(path: PurePath, read_only: bool = False) -> str:
    """The SQLAlchemy URL of a SQLite file; `path` may be a PureWindowsPath (tests)."""
    if read_only:
        # An URI lets SQLite open the file without ever trying to write to it.
        return f"sqlite:///{_url_escape(sqlite_uri(path))}?mode=ro&uri=true"
    return f"sqlite:///{_url_escape(str(path))}"


def is_url(target: str) -> bool:
    return "://" in target


def path_from_sqlite_uri(uri: str) -> str:
    """The file name in a SQLite URI (the reverse of sqlite_uri), as text."""
    rest = uri[len("file:"):].split("?", 1)[0]
    if rest.startswith("//"):
        rest = rest[2:]  # the authority: empty or "localhost" (SQLite allows nothing else)
        if rest.startswith("localhost/"):
            rest = rest[len("localhost"):]
    rest = urllib.parse.unquote(rest)
    if re.match(r"/[A-Za-z]:", rest):  # /C:/Mapp/x.db
        rest = rest[1:]
    return rest


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    database = parsed.database
    if database.startswith("file:"):
        if parsed.query.get("uri") in ("true", "True", "1"):
            database = path_from_sqlite_uri(database)
        else:
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
    return _truncation(path, head)


def _truncation(path: Path, head: bytes) -> str | None:
    """A file cut short (a copy broken off, a full disk): shorter than the header says."""
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    try:
        size = path.stat().st_size
    except OSError:
        return None
    pages_in_header = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96] and pages_in_header > 0
    if page_size < 512 or size < page_size or size % page_size:
        return f"Filen {path} är avkortad: den är {size} byte, inte ett helt antal sidor."
    if header_valid and pages_in_header * page_size > size:
        return (
            f"Filen {path} är avkortad: den ska vara {pages_in_header * page_size} byte "
            f"men är bara {size}."
        )
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
        """One transaction for one user action: committed at the end, rolled back on error.

        On SQLite the write lock is taken before the work starts (BEGIN IMMEDIATE). When
        another writer holds it past the busy timeout, `on_busy` hears "databasen är
        upptagen, försöker igen" and the lock is asked for again, BUSY_RETRIES times, then
        BusyError. Nothing of the work has run while waiting, so nothing is half done.
        """
        if self.read_only:
            raise ReadOnlyError(f"Databasen {self.name} är öppnad skrivskyddad: inget kan sparas.")
        with translate_errors(self.name):
            session = self._begin_writing()
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

    def _begin_writing(self) -> Session:
        attempts = 1 + BUSY_RETRIES if self.is_sqlite else 1
        waited = 0.0
        for attempt in range(1, attempts + 1):
            session = self._sessions()
            started = time.monotonic()
            try:
                session.connection()  # BEGIN IMMEDIATE: waits up to the busy timeout
                return session
            except OperationalError as exc:
                session.close()
                waited += time.monotonic() - started
                if not _is_busy(exc):
                    raise
                if attempt == attempts:
                    raise BusyError(
                        f"Databasen {self.name} är fortfarande upptagen efter {attempts} försök "
                        f"(cirka {round(waited)} sekunder): en annan användare eller ett annat "
                        "program håller den låst. Inget har sparats; försök igen om en stund."
                    ) from exc
            self._tell_busy(attempt + 1, attempts)
            time.sleep(BUSY_PAUSE_S)
        raise AssertionError("unreachable")

    def _tell_busy(self, attempt: int, attempts: int) -> None:
        message = (
            f"Databasen är upptagen, försöker igen (försök {attempt} av {attempts}): "
            f"{self.name} används av någon annan just nu."
        )
        log.info(message)
        handler = self.on_busy or _default_busy_handler
        if handler is not None:
            handler(message)

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


def _is_busy(exc: OperationalError) -> bool:
    message = str(exc.orig).lower()
    return "locked" in message or "busy" in message or "lock timeout" in message


def _translated(exc: OperationalError, name: str) -> DatabaseError:
    message = str(exc.orig).lower()
    if _is_busy(exc):
        return BusyError(
            f"Databasen {name} är upptagen av en annan användare eller ett annat program. "
            "Försök igen om en stund."
        )
    if "readonly" in message or "read-only" in message:
        return ReadOnlyError(f"Databasen {name} går inte att skriva till (skrivskyddad).")
    if "disk" in message and ("full" in message or "i/o" in message):
        return DatabaseError(
            f"Det gick inte att spara i {name}: disken är full eller felar. Inget av det du "
            "just gjorde har sparats. Frigör utrymme eller kontrollera nätverksanslutningen "
            "och försök igen."
        )
    if "unable to open" in message:
        return DatabaseError(
            f"Databasfilen {name} går inte att nå just nu (är nätverksenheten ansluten?). "
            "Inget har sparats."
        )
    return _server_problem(str(exc.orig), name) or DatabaseError(f"Databasfel i {name}: {exc.orig}")


_UNREACHABLE = (
    "could not connect",
    "connection is bad",
    "connection failed",
    "connection refused",
    "could not translate host name",
    "server closed the connection",
    "timeout expired",
    "connection to server",
    "ssl syscall error",
    "terminating connection",
)


def _server_problem(original: str, name: str) -> DatabaseError | None:
    """A database server's refusals (libpq's words) said in Swedish."""
    message = original.lower()
    detail = original.strip().splitlines()[0] if original.strip() else ""
    if (
        "password authentication failed" in message
        or "no password supplied" in message
        or ('role "' in message and "does not exist" in message)
    ):
        return DatabaseError(
            f"Inloggningen till databasservern för {name} misslyckades: användarnamnet eller "
            "lösenordet stämmer inte. Kontrollera adressen eller pgpass-filen, eller fråga "
            "den som sköter servern."
        )
    if 'database "' in message and "does not exist" in message:
        return DatabaseError(
            f"Databasen i {name} finns inte på servern. Be den som sköter servern skapa en "
            "tom databas."
        )
    if any(words in message for words in _UNREACHABLE):
        return DatabaseError(
            f"Databasservern för {name} svarar inte. Kontrollera adressen och nätverket, "
            f"eller fråga den som sköter servern. (Tekniskt: {detail})"
        )
    return None


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite file with SQLite's backup API (safe while in use).

    The copy is written beside the target under a temporary name and renamed when whole,
    so an interrupted backup never leaves a half copy under a backup's name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.delvis")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(_ro_uri(source), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
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
    created = False
    if path is not None:
        if not path.exists():
            created = True
            if not create:
                raise DatabaseMissing(
                    f"Databasfilen {path} finns inte. Skapa den med kommandot init."
                )
            if not path.parent.is_dir():
                raise DatabaseMissing(f"Mappen {path.parent} finns inte.")
        else:
            # Looked at read-only first: a damaged or foreign file is never written to.
            problem = describe_file_problem(path) or probe_file(path)
            if problem:
                raise damaged_error(problem, path)
            if not _writable(path):
                read_only = True
                url = sqlite_url(path, read_only=True)
    db = Database(url, read_only=read_only, user=user)
    attempts = 1 + BUSY_RETRIES
    for attempt in range(1, attempts + 1):
        try:
            _check_and_migrate(db, migrate)
            break
        except BusyError:
            if attempt == attempts:
                db.dispose()
                raise
            db._tell_busy(attempt + 1, attempts)
            time.sleep(BUSY_PAUSE_S)
        except Exception:
            db.dispose()
            raise
    if path is not None and not created:
        daily_backup(db)
    return db


def _check_and_migrate(db: Database, migrate: bool) -> None:
    try:
        with translate_errors(db.name):
            revision = db.schema_revision()
            with db.reader_engine.connect() as conn:
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
        raw = conn.connection.dbapi_connection
        if db.is_sqlite and raw is not None:
            # Must be set outside the transaction, so on the driver's connection itself.
            raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if db.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(f"Uppgraderingen bröt referenser: {broken[:3]}")
        if db.is_sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")


def backup_path_for(path: Path, folder: Path | None = None) -> Path:
    folder = folder or path.parent
    stem = re.sub(r"\.db$", "", path.name)
    return folder / f"{stem}-kopia-{_stamp()}.db"


# --- Probing a file without writing to it -------------------------------------------------


def _ro_uri(path: PurePath) -> str:
    return sqlite_uri(path) + "?mode=ro"


def probe_file(path: Path) -> str | None:
    """Why a SQLite file cannot be used, found through a read-only connection, or None.

    Runs SQLite's quick_check and looks for this program's schema table. A hot journal
    left by a crashed writer needs a writer to roll it back (SQLite's own recovery): that
    case is left to the normal opening, which checks the file again afterwards.
    """
    with contextlib.suppress(OSError), path.open("rb") as f:
        if f.read(20)[18:20] == b"\x02\x02":
            # Even a read of a WAL file writes -wal and -shm files beside it. This program
            # never uses WAL (unsafe on a network share), so the file is not its own.
            return (
                f"{path.name} är en SQLite-databas i WAL-läge, som Insiktskollen aldrig "
                "skriver: den kommer från ett annat program eller har ändrats av ett. "
                "Den öppnas inte."
            )
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        return f"Filen {path} kan inte öppnas: {exc}."
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.OperationalError as exc:
        name = getattr(exc, "sqlite_errorname", "")
        text_ = str(exc).lower()
        if name == "SQLITE_READONLY_ROLLBACK" or "locked" in text_ or "busy" in text_:
            return None
        return f"Filen {path} är skadad eller går inte att läsa (SQLite: {exc})."
    except sqlite3.DatabaseError as exc:
        return f"Filen {path} är skadad och kan inte läsas (SQLite: {exc})."
    finally:
        conn.close()
    if rows != ["ok"]:
        return f"Filen {path} är skadad: SQLite hittade fel i den ({'; '.join(rows[:3])})."
    if tables and "alembic_version" not in tables:
        return (
            f"{path.name} är en SQLite-databas från ett annat program "
            f"(tabeller: {', '.join(sorted(tables)[:5])}). Den öppnas inte."
        )
    return None


def damaged_error(problem: str, path: Path) -> DamagedError:
    """The refusal of a damaged or foreign file, offering the newest backups of it."""
    backups = list_backups(path)[:5]
    text_ = f"{problem} Filen har inte ändrats."
    if backups:
        lines = "".join(f"\n  {b.made:%Y-%m-%d %H:%M}  {b.path}" for b in backups)
        text_ += (
            f" De senaste säkerhetskopiorna:{lines}\n"
            "Återställ en av dem med ”Återställ från säkerhetskopia…” eller på kommandoraden: "
            f'main.py --db "{path}" restore "{backups[0].path}"'
        )
    else:
        text_ += f" Det finns ingen säkerhetskopia av den i {backup_folder()}."
    return DamagedError(text_, path=path, backups=backups)


# --- Automatic backups -------------------------------------------------------------------


@dataclass(frozen=True)
class Backup:
    """A backup of a database file: where it is, when it was made, and how."""

    path: Path
    made: dt.datetime  # local time
    kind: str  # "auto", "kopia", "före-återställning" or "före-uppgradering"

    @property
    def automatic(self) -> bool:
        return self.kind == "auto"


def backup_folder() -> Path:
    """The folder beside the user data where backups are kept."""
    from models.paths import data_dir

    return data_dir() / BACKUP_FOLDER


def _stem(path: Path) -> str:
    return re.sub(r"\.(db|sqlite3?)$", "", path.name)


def _tag(path: Path) -> str:
    """Tells apart backups of files with the same name in different folders."""
    return hashlib.sha1(str(path.absolute()).encode("utf-8")).hexdigest()[:6]


_BACKUP_NAME = re.compile(
    r"-(?P<kind>auto-[0-9a-f]{6}|kopia|före-återställning)-(?P<stamp>\d{8}-\d{6})(-\d+)?\.db$"
)


def list_backups(path: Path) -> list[Backup]:
    """Backups of a database file, newest first: the automatic ones, copies made with
    `backup`, copies made before a restore (all in `backup_folder()`), and the copies made
    before a schema upgrade (beside the file)."""
    path = Path(path).absolute()
    stem = _stem(path)
    found: list[Backup] = []
    folder = backup_folder()
    if folder.is_dir():
        for item in folder.iterdir():
            if not item.name.startswith(stem + "-"):
                continue
            match = _BACKUP_NAME.fullmatch(item.name[len(stem) :])
            if match:
                kind = "auto" if match["kind"].startswith("auto") else match["kind"]
                found.append(Backup(item, _made(item, match["stamp"]), kind))
    if path.parent.is_dir():
        for item in path.parent.glob(glob.escape(path.name) + ".före-*.bak"):
            found.append(Backup(item, _made(item, item.name[-19:-4]), "före-uppgradering"))
    found = [b for b in found if b.path != path and _looks_like_sqlite(b.path)]
    return sorted(found, key=lambda b: (b.made, _order(b.path)), reverse=True)


def _order(path: Path) -> tuple[str, int]:
    """Time stamp and the n of a name made unique as "…-n.db" within one second."""
    match = re.search(r"(\d{8}-\d{6})(?:-(\d+))?\.db$", path.name)
    return (match[1], int(match[2] or 1)) if match else ("", 0)


def _made(path: Path, stamp: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _unique(target: Path) -> Path:
    """The target, or "…-n" after the highest n already used in the same second (never
    a freed lower number, so names keep their order after old backups are removed)."""
    stem, suffix = target.stem, target.suffix
    same = re.compile(re.escape(stem) + r"(-(\d+))?" + re.escape(suffix))
    used = [
        int(m[2] or 1)
        for p in (target.parent.iterdir() if target.parent.is_dir() else [])
        if (m := same.fullmatch(p.name))
    ]
    if not used:
        return target
    return target.with_name(f"{stem}-{max(used) + 1}{suffix}")


def backup_keep(db: Database) -> int:
    """How many automatic backups of this database are kept (the setting backup_keep)."""
    try:
        with db.reader_engine.connect() as conn:
            raw = conn.execute(text("SELECT value FROM setting WHERE key = 'backup_keep'")).scalar()
        return max(1, int(raw)) if raw is not None else BACKUP_KEEP
    except Exception:  # an unreadable setting must not stop the backup
        return BACKUP_KEEP


def daily_backup(db: Database, force: bool = False) -> Path | None:
    """The automatic backup when a SQLite database is opened, at most once a day.

    Only the last `backup_keep` automatic backups of the file are kept. A backup that
    cannot be made (full disk, no data folder) is logged and does not stop the program.
    """
    if db.path is None:
        return None
    stem, tag = _stem(db.path), _tag(db.path)
    folder = backup_folder()
    today = dt.date.today().strftime("%Y%m%d")
    try:
        if (
            not force
            and folder.is_dir()
            and any(folder.glob(f"{glob.escape(stem)}-auto-{tag}-{today}-*.db"))
        ):
            return None
        target = _unique(folder / f"{stem}-auto-{tag}-{_stamp()}.db")
        backup_sqlite(db.path, target)
        prune_backups(db.path, backup_keep(db))
        return target
    except (OSError, sqlite3.Error) as exc:
        log.warning("Automatisk säkerhetskopia av %s misslyckades: %s", db.path, exc)
        return None


def prune_backups(path: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` automatic backups of this file; returns the removed."""
    stem, tag = _stem(path), _tag(path)
    folder = backup_folder()
    mine = sorted(folder.glob(f"{glob.escape(stem)}-auto-{tag}-*.db"), key=_order)
    removed = mine[: max(0, len(mine) - keep)]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def check_backup(backup: Path) -> str | None:
    """Why a backup cannot be restored (damaged, foreign, from a newer program), or None."""
    if not backup.is_file():
        return f"Säkerhetskopian {backup} finns inte."
    problem = describe_file_problem(backup) or probe_file(backup)
    if problem:
        return problem
    conn = sqlite3.connect(_ro_uri(backup), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return f"{backup.name} är ingen Insiktskollen-databas (den är tom)."
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if revision is None or revision[0] not in known_revisions():
        return (
            f"{backup.name} kommer från en nyare version av programmet "
            f"(schemaversion {revision[0] if revision else '?'}). Uppdatera Insiktskollen först."
        )
    return None


def restore_backup(backup: Path, target: Path) -> Path | None:
    """Put a backup back in place of a database file, after copying the current file.

    The current file is first copied into the backup folder (with SQLite's backup API
    when it is a healthy database, byte for byte when it is damaged); the returned path is
    that copy (None when there was no file). A healthy file in use is overwritten through
    the backup API under SQLite's lock, so other copies of the program see the restored
    data; a damaged file is replaced whole. Nothing is changed when the backup is unusable.
    """
    backup, target = Path(backup).absolute(), Path(target).absolute()
    problem = check_backup(backup)
    if problem:
        raise DamagedError(f"Säkerhetskopian kan inte återställas: {problem}", path=backup)
    if backup == target:
        raise DatabaseError("Säkerhetskopian och databasen är samma fil.")
    folder = backup_folder()
    copy: Path | None = None
    healthy = False
    if target.exists():
        healthy = not (describe_file_problem(target) or probe_file(target))
        stem = _stem(target)
        try:
            if healthy:
                copy = backup_sqlite(
                    target, _unique(folder / f"{stem}-före-återställning-{_stamp()}.db")
                )
            else:
                folder.mkdir(parents=True, exist_ok=True)
                copy = _unique(folder / f"{stem}-skadad-{_stamp()}.db")
                shutil.copy2(target, copy)
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError(
                f"Det gick inte att först kopiera den nuvarande filen {target} till {folder}: "
                f"{exc}. Inget har återställts."
            ) from exc
    if healthy:
        src = sqlite3.connect(_ro_uri(backup), uri=True)
        try:
            dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S)
            try:
                src.backup(dst)
            finally:
                dst.close()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise BusyError(
                    f"Databasen {target.name} är upptagen av någon annan: återställningen "
                    "gjordes inte. Försök igen om en stund."
                ) from exc
            raise DatabaseError(f"Återställningen till {target} misslyckades: {exc}.") from exc
        finally:
            src.close()
        return copy
    try:
        partial = backup_sqlite(backup, target.with_name(target.name + ".återställs"))
        journal = target.with_name(target.name + "-journal")
        if journal.exists():  # a stale journal must never be played onto the restored file
            aside = (
                copy.with_name(copy.name + "-journal") if copy else journal.with_suffix(".gammal")
            )
            os.replace(journal, aside)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"Återställningen till {target} misslyckades: {exc}.") from exc
    return copy
