"""Opening a database file or URL: look before writing, refuse what is not ours, upgrade an
older schema (after a backup), and make the day's automatic backup.

A file is first looked at read-only (`models.file_probe`): a damaged, foreign or newer file
is refused with its backups offered and is never written to.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError

import models.db
from models import schema, words
from models.backups import backup_sqlite, daily_backup, damaged_error, upgrade_backup_path
from models.db import Database
from models.db_errors import translate_errors
from models.db_urls import is_url, sqlite_path, sqlite_url
from models.errors import (
    BusyError,
    DamagedError,
    DatabaseError,
    DatabaseMissing,
    NewerSchemaError,
    ReadOnlyError,
)
from models.file_probe import (
    MIGRATIONS,
    describe_file_problem,
    is_wal,
    known_revisions,
    probe_file,
)

WAL_NOTICE = (
    "Databasen var i WAL-läge (ändrat av ett annat program); den har ställts tillbaka."
)


def _writable(path: Path) -> bool:
    # The rollback journal is a file beside the database: the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


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
    wal = False
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
            elif is_wal(path):
                leave_wal(path)
                wal = True
    db = Database(url, read_only=read_only, user=user)
    if wal:
        db.notice(WAL_NOTICE)
    attempts = 1 + models.db.BUSY_RETRIES
    for attempt in range(1, attempts + 1):
        try:
            _check_and_migrate(db, migrate)
            break
        except BusyError:
            if attempt == attempts:
                db.dispose()
                raise
            db.tell_busy(attempt + 1, attempts)
            time.sleep(models.db.BUSY_PAUSE_S)
        except Exception:
            db.dispose()
            raise
    if path is not None and not created:
        daily_backup(db)
    tell_setting_problems(db)
    return db


def leave_wal(path: Path) -> None:
    """Switch a healthy file of this program out of WAL mode, which another tool set.

    Switching to the rollback journal copies every page still in the -wal file into the
    database first (SQLite's checkpoint), so nothing written in WAL mode is lost; the -wal
    and -shm files are removed. Another program that still has the file open in WAL mode
    keeps SQLite from switching: then nothing is changed and the user is told.
    """
    try:
        conn = sqlite3.connect(path, timeout=models.db.BUSY_TIMEOUT_S, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BusyError(
            f"Databasen {path.name} är i WAL-läge (ändrat av ett annat program) och kunde "
            f"inte ställas tillbaka: {exc}. Stäng andra program som har filen öppen och "
            "försök igen."
        ) from exc
    if str(mode).lower() != "delete":
        raise BusyError(
            f"Databasen {path.name} är i WAL-läge (ändrat av ett annat program) och används "
            "av ett annat program just nu, så den kunde inte ställas tillbaka. Stäng det "
            "programmet och försök igen."
        )


def tell_setting_problems(db: Database) -> None:
    """Stored settings of the wrong type or range fall back to their defaults: said once,
    when the database is opened (the command line prints it, the window shows it)."""
    from models import settings

    try:
        with db.read() as session:
            problems = settings.stored_problems(settings.stored(session))
    except Exception:  # noqa: BLE001 - reading the settings must never stop the opening
        return
    for problem in problems:
        db.notice(problem)


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
            f"{db.name} är en databas från ett annat program "
            f"(tabeller: {', '.join(sorted(tables)[:5])}). Den öppnas inte."
        )
    if revision is not None and not re.fullmatch(r"\d{4}", str(revision)):
        raise DatabaseError(
            f"{db.name} är en databas från ett annat program: den använder Alembic men "
            f"schemaversionen {words.quoted(revision, 20)} är inte Insiktskollens "
            f"(tabeller: {', '.join(sorted(tables)[:5])}). Den öppnas inte."
        )
    if revision in known and not db.is_sqlite:
        # A file was compared before it was opened (models.file_probe); a server here.
        with translate_errors(db.name), db.reader_engine.connect() as conn:
            found = schema.server_differences(conn, revision)
        if found:
            message = schema.not_ours_message(db.name, revision, found)
            raise DamagedError(f"{message} Databasen har inte ändrats.", differences=found)
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
        backup_sqlite(db.path, upgrade_backup_path(db.path, known[-1]))
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
