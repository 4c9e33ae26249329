"""Looking at a database file without writing to it: is it a whole, healthy SQLite file of
this program, and which schema revisions does this program know?

Every check here reads only (the header bytes, a read-only connection), so a damaged or
foreign file is refused before anything could change it.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import models.db
from models import schema, words
from models.db_urls import read_only_uri
from models.paths import migrations_dir

# Found through models.paths, like every shipped file (the same folder frozen or not).
MIGRATIONS = migrations_dir()
SQLITE_MAGIC = b"SQLite format 3\x00"


def known_revisions() -> list[str]:
    """The schema revisions this program knows, oldest first (files NNNN_*.py)."""
    names = (p.name for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return sorted(name[:4] for name in names)


def schema_head() -> str:
    return known_revisions()[-1]


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


def is_wal(path: Path) -> bool:
    """A SQLite file switched to WAL mode (header bytes 18-19 are 2/2), by another tool:
    this program never uses WAL (unsafe on a network share)."""
    try:
        with path.open("rb") as f:
            return f.read(20)[18:20] == b"\x02\x02"
    except OSError:
        return False


def _wal_pending(path: Path) -> bool:
    """Pages written in WAL mode and not yet copied into the file itself."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def probe_uri(path: Path) -> str:
    """How to read a file without writing to it or beside it.

    A WAL file is read through its -wal file when one holds pages (SQLite then keeps its
    shared-memory index in a -shm file beside it, as any reader does); without one it is
    read as immutable, so that no -wal or -shm file is created beside a file that may
    not be ours.
    """
    uri = read_only_uri(path)
    if is_wal(path) and not _wal_pending(path):
        uri += "&immutable=1"
    return uri


def probe_file(path: Path) -> str | None:
    """Why a SQLite file cannot be used, found through a read-only connection, or None.

    Runs SQLite's quick_check and compares the schema with the revision the file claims
    (`models.schema`): another program's file, or one whose tables, columns, indexes or
    triggers were changed, is refused. A revision newer than this program's is left to
    the opening (NewerSchemaError). A hot journal left by a crashed writer needs a writer
    to roll it back (SQLite's own recovery): that case is left to the normal opening,
    which checks the file again afterwards. A healthy file of this program in WAL mode
    passes (the opening switches it back).
    """
    wal = " (i WAL-läge)" if is_wal(path) else ""
    try:
        conn = sqlite3.connect(probe_uri(path), uri=True, timeout=models.db.BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        return f"Filen {path} kan inte öppnas: {exc}."
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        if rows != ["ok"]:
            return f"Filen {path} är skadad: SQLite hittade fel i den ({'; '.join(rows[:3])})."
        return _schema_problem(conn, path, wal)
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


def _schema_problem(conn: sqlite3.Connection, path: Path, wal: str) -> str | None:
    found = schema.sqlite_fingerprint(conn)
    tables = sorted(found["tables"])
    if not tables:
        return None  # an empty file: the opening gives it the schema
    if "alembic_version" not in tables:
        return (
            f"{path.name} är en SQLite-databas{wal} från ett annat program "
            f"(tabeller: {', '.join(tables[:5])}). Den öppnas inte."
        )
    revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    revision = revisions[0] if len(revisions) == 1 else None
    if revision in known_revisions():
        found_differences = schema.differences(found, revision)
        if not found_differences:
            return None
        return schema.not_ours_message(path.name, revision, found_differences)
    if isinstance(revision, str) and re.fullmatch(r"\d{4}", revision) and revision > schema_head():
        return None  # from a newer version of this program: the opening says so
    shown = ", ".join(words.quoted(str(r), 20) for r in revisions[:3]) or "ingen"
    return (
        f"{path.name} är en SQLite-databas{wal} från ett annat program: den använder Alembic "
        f"men schemaversionen ({shown}) är inte Insiktskollens (tabeller: "
        f"{', '.join(tables[:5])}). Den öppnas inte."
    )


def file_schema_differences(path: Path) -> list[str]:
    """Every difference between a file's schema and the revision it claims (for `check`);
    empty when there is none or the file cannot be compared."""
    try:
        conn = sqlite3.connect(probe_uri(path), uri=True)
    except sqlite3.Error:
        return []
    try:
        found = schema.sqlite_fingerprint(conn)
        if "alembic_version" not in found["tables"]:
            return []
        revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        return []
    finally:
        conn.close()
    if len(revisions) != 1 or revisions[0] not in known_revisions():
        return []
    return schema.differences(found, revisions[0])
