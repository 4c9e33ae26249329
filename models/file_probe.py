"""Looking at a database file without writing to it: is it a whole, healthy SQLite file of
this program, and which schema revisions does this program know?

Every check here reads only (the header bytes, a read-only connection), so a damaged or
foreign file is refused before anything could change it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import models.db
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
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=models.db.BUSY_TIMEOUT_S)
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
