"""The program's own schema, revision by revision, and what differs from it in a database.

A database is this program's only if its tables, columns (name, type, nullability, default,
key), indexes, foreign keys, triggers and views are exactly those of a revision the program
knows. Anything else (another program's file that happens to use Alembic, a table or a
trigger someone added to a shared file, a change-log protection dropped) is refused before
anything is written to it: a trigger added by someone else would otherwise run on our next
save.

The expected schemas are in `models/schema_revisions.py`, generated from the migrations
(`python -m models.schema` builds every revision in an in-memory SQLite and writes the
file); `tests/test_schema.py` builds them again and fails when the file is stale. Only the
standard library is used for SQLite files, so the file probe reads them read-only with
`sqlite3`; PostgreSQL is compared through SQLAlchemy's inspector (`server_differences`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import TYPE_CHECKING, Any

from models.schema_revisions import REVISIONS

if TYPE_CHECKING:
    from sqlalchemy import Connection

# How many differences a refusal names (`check` names them all).
SHOWN_DIFFERENCES = 3
# The triggers that keep the change log append-only (migration 0001).
LOG_TRIGGERS = ("change_log_no_update", "change_log_no_delete")
PG_LOG_TRIGGER = "change_log_append_only"

Fingerprint = dict[str, Any]


def _sql(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_fingerprint(conn: sqlite3.Connection) -> Fingerprint:
    """The schema of a SQLite database as plain data (JSON-like), read without writing.

    SQLite's own tables (sqlite_sequence, sqlite_stat1 after an ANALYZE) are left out;
    the automatic indexes behind UNIQUE and PRIMARY KEY constraints are named by their
    table and columns, since SQLite numbers them in order of creation.
    """
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    tables: dict[str, Any] = {}
    indexes: dict[str, Any] = {}
    triggers: dict[str, Any] = {}
    views: dict[str, str] = {}
    for kind, name, table, sql in objects:
        if name.startswith("sqlite_") and kind == "table":
            continue
        if kind == "table":
            columns = [
                [r[1], r[2].upper(), bool(r[3]), r[4], r[5], r[6]]
                for r in conn.execute(f"PRAGMA table_xinfo({_quote(name)})")
            ]
            keys = sorted(
                [r[2], r[3], r[4], r[5], r[6]]
                for r in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})")
            )
            tables[name] = {"columns": columns, "foreign_keys": keys}
        elif kind == "index":
            names = [str(r[2]) for r in conn.execute(f"PRAGMA index_info({_quote(name)})")]
            if sql is None:  # sqlite_autoindex_<table>_<n>
                indexes[f"{table}({', '.join(names)})"] = {"unique": True, "sql": ""}
            else:
                unique = sql.upper().lstrip().startswith("CREATE UNIQUE")
                indexes[name] = {"table": table, "unique": unique, "sql": _sql(sql)}
        elif kind == "trigger":
            triggers[name] = {"table": table, "sql": _sql(sql)}
        elif kind == "view":
            views[name] = _sql(sql)
    return {"tables": tables, "indexes": indexes, "triggers": triggers, "views": views}


def expected(revision: str) -> Fingerprint | None:
    """The schema of a revision this program knows, or None."""
    return REVISIONS.get(revision)


def known_revision_names() -> list[str]:
    return sorted(REVISIONS)


def _column_text(column: list[Any]) -> str:
    name, kind, not_null = column[0], column[1], column[2]
    return f"{name} {kind}{' NOT NULL' if not_null else ''}"


def differences(found: Fingerprint, revision: str) -> list[str]:
    """What differs between a database's schema and revision `revision`, in Swedish;
    empty when they are the same. The change log's protections come first."""
    wanted = expected(revision)
    if wanted is None:
        return [f"schemaversionen {revision} är okänd för programmet"]
    out: list[str] = []
    out += _trigger_differences(found["triggers"], wanted["triggers"])
    out += _table_differences(found["tables"], wanted["tables"])
    for key in sorted(set(found["indexes"]) | set(wanted["indexes"])):
        if key not in wanted["indexes"]:
            out.append(f"indexet {key} finns inte i programmets schema")
        elif key not in found["indexes"]:
            out.append(f"indexet {key} saknas")
        elif found["indexes"][key] != wanted["indexes"][key]:
            out.append(f"indexet {key} är ändrat")
    for name in sorted(set(found["views"]) | set(wanted["views"])):
        if name not in wanted["views"]:
            out.append(f"vyn {name} finns inte i programmets schema")
        elif name not in found["views"]:
            out.append(f"vyn {name} saknas")
        elif found["views"][name] != wanted["views"][name]:
            out.append(f"vyn {name} är ändrad")
    return out


def _trigger_differences(found: dict[str, Any], wanted: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for name in sorted(set(found) | set(wanted), key=lambda n: (n not in LOG_TRIGGERS, n)):
        protection = " (den skyddar ändringsloggen)" if name in wanted else ""
        if name not in wanted:
            table = found[name]["table"]
            out.append(
                f"triggern {name} på tabellen {table} finns inte i programmets schema "
                "(den skulle köras när programmet sparar)"
            )
        elif name not in found:
            out.append(f"triggern {name} saknas{protection}")
        elif found[name] != wanted[name]:
            out.append(f"triggern {name} är ändrad{protection}")
    return out


def _table_differences(found: dict[str, Any], wanted: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for name in sorted(set(found) - set(wanted)):
        out.append(f"tabellen {name} finns inte i programmets schema")
    for name in sorted(set(wanted) - set(found)):
        out.append(f"tabellen {name} saknas")
    for name in sorted(set(found) & set(wanted)):
        have = {c[0]: c for c in found[name]["columns"]}
        want = {c[0]: c for c in wanted[name]["columns"]}
        for column in [c for c in have if c not in want]:
            out.append(f"kolumnen {name}.{column} finns inte i programmets schema")
        for column in [c for c in want if c not in have]:
            out.append(f"kolumnen {name}.{column} saknas")
        for column in [c for c in want if c in have and have[c] != want[c]]:
            if have[column][:3] != want[column][:3]:
                out.append(
                    f"kolumnen {name}.{column} är {_column_text(have[column])}, "
                    f"ska vara {_column_text(want[column])}"
                )
            else:
                out.append(f"kolumnen {name}.{column} har ändrat standardvärde eller nyckel")
        if [c[0] for c in found[name]["columns"]] != [c[0] for c in wanted[name]["columns"]]:
            if set(have) == set(want):
                out.append(f"kolumnerna i tabellen {name} står i en annan ordning")
        if found[name]["foreign_keys"] != wanted[name]["foreign_keys"]:
            out.append(f"referenserna (främmande nycklar) i tabellen {name} är ändrade")
    return out


def summary(found: list[str], shown: int = SHOWN_DIFFERENCES) -> str:
    """The first few differences in one sentence: "a; b; c (och 4 skillnader till)"."""
    text = "; ".join(found[:shown])
    rest = len(found) - shown
    if rest > 0:
        text += f" (och {rest} {'skillnad' if rest == 1 else 'skillnader'} till)"
    return text


def not_ours_message(name: str, revision: str, found: list[str]) -> str:
    """The refusal of a database whose schema is not the program's own."""
    return (
        f"{name} har inte Insiktskollens schema (version {revision}): {summary(found)}. "
        "Den kommer från ett annat program eller har ändrats av ett, och öppnas inte."
    )


# ------------------------------------------------------------------ PostgreSQL

# The inspector's types, named as SQLite's table_info names the same columns.
_PG_TYPES = {
    "INTEGER": "INTEGER",
    "BIGINT": "BIGINT",
    "TEXT": "TEXT",
    "BOOLEAN": "BOOLEAN",
    "DATE": "DATE",
    "TIMESTAMP": "DATETIME",
    "DOUBLE_PRECISION": "FLOAT",
    "DOUBLE PRECISION": "FLOAT",
    "FLOAT": "FLOAT",
}


def _pg_type(kind: Any) -> str:
    length = getattr(kind, "length", None)
    name = type(kind).__name__.upper()
    if name in ("VARCHAR", "STRING") and length:
        return f"VARCHAR({length})"
    return _PG_TYPES.get(name, str(kind).upper())


def server_differences(conn: Connection, revision: str) -> list[str]:
    """What differs between a PostgreSQL database and revision `revision`: its tables,
    their columns (name, type, nullability) and the triggers (the change log's own)."""
    from sqlalchemy import inspect, text

    wanted = expected(revision)
    if wanted is None:
        return [f"schemaversionen {revision} är okänd för programmet"]
    inspector = inspect(conn)
    found_tables: dict[str, Any] = {}
    for table in inspector.get_table_names():
        found_tables[table] = {
            "columns": [
                [c["name"], _pg_type(c["type"]), not c["nullable"]]
                for c in inspector.get_columns(table)
            ],
            "foreign_keys": [],
        }
    wanted_tables = {
        name: {"columns": [c[:3] for c in table["columns"]], "foreign_keys": []}
        for name, table in wanted["tables"].items()
    }
    rows = conn.execute(
        text(
            "SELECT t.tgname, c.relname, p.prosrc FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    ).fetchall()
    found_triggers = {name: {"table": table, "sql": _sql(body)} for name, table, body in rows}
    message = "Ändringsloggen kan inte ändras eller raderas."
    wanted_triggers = {
        PG_LOG_TRIGGER: {"table": "change_log", "sql": f"BEGIN RAISE EXCEPTION '{message}'; END"}
    }
    out = _trigger_differences(found_triggers, wanted_triggers)
    out += _table_differences(found_tables, wanted_tables)
    return [line.replace(" (främmande nycklar)", "") for line in out]


# ------------------------------------------------------------------ built from the migrations


def build(revision: str) -> Fingerprint:
    """Revision `revision` built from the migrations in an in-memory SQLite, as a fingerprint.

    What `python -m models.schema` writes to schema_revisions.py, and what the test
    compares that file with.
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from models.paths import migrations_dir

    engine = create_engine("sqlite://")
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.isolation_level = None
            raw.execute("PRAGMA foreign_keys=OFF")
            with conn.begin():
                config = Config()
                config.set_main_option("script_location", str(migrations_dir()))
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
            return sqlite_fingerprint(raw)
    finally:
        engine.dispose()


def migration_revisions() -> list[str]:
    from models.paths import migrations_dir

    names = (p.name for p in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return sorted(name[:4] for name in names)


def generated_module() -> str:
    """The text of models/schema_revisions.py, every revision built from the migrations."""
    built = {revision: build(revision) for revision in migration_revisions()}
    body = _literal(built, 0)
    return (
        '"""The schema of every revision this program knows, built from the migrations.\n\n'
        "Generated by `python -m models.schema`; do not edit. tests/test_schema.py builds\n"
        'the revisions again and fails when this file is stale.\n"""\n\n'
        "from typing import Any\n\n"
        f"REVISIONS: dict[str, Any] = {body}\n"
    )


def _literal(value: Any, depth: int) -> str:
    """A dict as Python source, one entry per line; lists of plain values on one line."""
    if isinstance(value, dict) and value:
        pad = "    " * (depth + 1)
        items = "".join(
            f"{pad}{_literal(key, 0)}: {_literal(item, depth + 1)},\n" for key, item in sorted(value.items())
        )
        return "{\n" + items + "    " * depth + "}"
    if isinstance(value, list) and any(isinstance(item, (list, dict)) for item in value):
        pad = "    " * (depth + 1)
        items = "".join(f"{pad}{_literal(item, depth + 1)},\n" for item in value)
        return "[\n" + items + "    " * depth + "]"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item, depth) for item in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


if __name__ == "__main__":
    from models.paths import program_root

    target = program_root() / "models" / "schema_revisions.py"
    target.write_text(generated_module(), encoding="utf-8")
    print(f"Skrev {target} ({', '.join(migration_revisions())}).")
