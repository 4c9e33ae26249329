"""The register read straight from a SQLite file with the standard library (no SQLAlchemy).

The window's first paint at start: `quick_read(path)` gives the same rows as
`models.register.register_rows` (the same RegisterRow type), the names of people and units,
the database's settings and the newest change log id, from one short read-only
transaction. It is only a preview: the real opening (`models.opening.open_database`, with its
checks, migrations and daily backup) follows right after the window is shown.

It steps aside (returns None, and the caller opens the database the usual way, which
says what is wrong or puts it right) whenever the file is anything but a healthy database
of this program's current schema in the program's own journal mode: not SQLite, cut
short, in WAL mode (the normal opening switches it back), failing SQLite's quick_check,
without alembic_version, with another revision than this program's newest or a schema
that differs from it (models.schema), or when SQLite reports anything at all. The file is
opened with SQLite's mode=ro: nothing is written.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from models import schema
from models.codes import Assessment, Factor, Status
from models.paths import migrations_dir
from models.register import RegisterRow
from models.settings import DbSettings, from_stored

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class QuickRegister:
    """What the window shows first: the register and the lists behind its filters."""

    rows: list[RegisterRow]
    people: list[str]
    units: list[str]
    settings: DbSettings
    last_change: int


def schema_head() -> str | None:
    """This program's newest schema revision, from the migration files' names alone
    (the same as models.file_probe.schema_head, without importing SQLAlchemy)."""
    names = sorted(
        p.name[:4] for p in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )
    return names[-1] if names else None


def _header_ok(path: Path) -> bool:
    """SQLite, whole (a whole number of pages, as many as the header says), not WAL."""
    try:
        with path.open("rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return False
    if head[18:20] != b"\x01\x01":  # 2/2 is WAL, which this program never writes
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or size < page_size or size % page_size:
        return False
    pages = int.from_bytes(head[28:32], "big")
    return not (head[24:28] == head[92:96] and pages > 0 and pages * page_size > size)


def _read_only_uri(path: Path) -> str:
    text = path.absolute().as_posix()
    if not text.startswith("/"):  # C:/Mapp/x.db
        text = "/" + text
    return "file://" + urllib.parse.quote(text, safe="/:") + "?mode=ro"


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def quick_read(path: Path) -> QuickRegister | None:
    """The register of a healthy, current database file, or None (then open it fully)."""
    path = Path(path)
    head = schema_head()
    if head is None or not path.is_file() or not _header_ok(path):
        return None
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, timeout=2.0)
    except sqlite3.Error:
        return None
    try:
        conn.isolation_level = None
        conn.execute("BEGIN")  # one consistent read
        if [r[0] for r in conn.execute("PRAGMA quick_check(1)")] != ["ok"]:
            return None
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None
        revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        if revisions != [head]:
            return None
        if schema.differences(schema.sqlite_fingerprint(conn), head):
            return None  # not exactly the program's schema: the opening says what differs
        return _read(conn)
    except (sqlite3.Error, ValueError, TypeError):
        # Locked, a hot journal, damage the quick check missed, an unknown code: the
        # normal opening deals with it and says what is wrong.
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection) -> QuickRegister:
    factors: dict[int, list[Factor]] = defaultdict(list)
    for action_id, factor in conn.execute("SELECT action_id, factor FROM action_factor"):
        factors[action_id].append(Factor(factor))
    order = list(Factor)
    # The same query as models.register.register_rows (there built by SQLAlchemy).
    query = (
        "SELECT action.id, action.version, action.title, action.description, "
        "action.expected_effect, person.name, unit.name, action.status, action.assessment, "
        "action.start, action.due, action.completed, action.progress FROM action "
        "LEFT OUTER JOIN person ON action.owner_id = person.id "
        "LEFT OUTER JOIN unit ON action.unit_id = unit.id "
        "ORDER BY action.due IS NULL, action.due, action.title"
    )
    rows = [
        RegisterRow(
            id=r[0], version=r[1], title=r[2], description=r[3] or "",
            expected_effect=r[4] or "", owner=r[5] or "", unit=r[6] or "",
            status=Status(r[7]), assessment=Assessment(r[8]) if r[8] else None,
            start=_date(r[9]), due=_date(r[10]), completed=_date(r[11]), progress=r[12],
            factors=tuple(sorted(factors.get(r[0], ()), key=order.index)),
        )
        for r in conn.execute(query)
    ]
    people = [r[0] for r in conn.execute("SELECT name FROM person ORDER BY lower(name)")]
    units = [r[0] for r in conn.execute("SELECT name FROM unit ORDER BY lower(name)")]
    stored = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM setting")}
    last = conn.execute("SELECT max(id) FROM change_log").fetchone()[0]
    return QuickRegister(rows, people, units, from_stored(stored), int(last or 0))
