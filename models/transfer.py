"""Moving everything from one database to another (a shared file to a PostgreSQL server).

Every table is copied row by row with its ids: actions, comments, milestones, people,
units, results, targets, settings, the Kolada KPI table and the change log with its ids and
times. The target must be empty (at the newest schema, which `open_database` gives it); its own
first KPI rows are replaced by the source's. The copy is one transaction on the target:
either all of it is there afterwards or nothing is.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, MetaData, Table, delete, func, insert, select, text

from models import entities, words
from models.db import Database
from models.errors import DatabaseError, ReadOnlyError

CHUNK = 1000
# Filled in by the schema itself (migration 0002), so not a sign of earlier use.
FIRST_DATA = {"kolada_kpi"}
TABLE_NAMES = {
    "action": "åtgärder",
    "comment": "kommentarer",
    "milestone": "milstolpar",
    "person": "personer",
    "unit": "enheter",
    "survey_result": "resultat",
    "target": "mål",
    "setting": "inställningar",
    "kolada_kpi": "Kolada-nyckeltal",
    "change_log": "loggrader",
    "action_factor": "faktorkopplingar",
    "action_area": "områdeskopplingar",
}


def _tables(conn: Connection) -> list[Table]:
    """The tables to copy, parents before children: the program's own, then any other
    table a later schema added (read from the database itself)."""
    known = list(entities.Base.metadata.sorted_tables)
    names = {t.name for t in known}
    reflected = MetaData()
    reflected.reflect(conn)
    extra = [
        t for t in reflected.sorted_tables if t.name not in names and t.name != "alembic_version"
    ]
    return known + extra


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in _tables(conn)
        }


def copy_database(
    source: Database, target: Database, progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Copy everything from `source` into the empty `target`; returns rows per table."""
    if target.read_only:
        raise ReadOnlyError(f"Måldatabasen {target.name} är skrivskyddad.")
    if source.schema_revision() != target.schema_revision():
        raise DatabaseError(
            f"Databaserna har olika schemaversion ({source.schema_revision()} och "
            f"{target.schema_revision()}): öppna båda med samma version av programmet."
        )
    used = {name: n for name, n in row_counts(target).items() if n and name not in FIRST_DATA}
    if used:
        listed = ", ".join(words.count(n, TABLE_NAMES.get(name, name)) for name, n in used.items())
        raise DatabaseError(
            f"Måldatabasen {target.name} är inte tom ({listed}). Flytten görs bara till en "
            "tom databas, så att inget skrivs över; välj en ny databas."
        )
    copied: dict[str, int] = {}
    reader = source.engine.execution_options(sqlite_begin="DEFERRED")
    with reader.connect() as src, src.begin(), target.engine.begin() as dst:
        for table in _tables(src):
            target_table = _target_table(dst, table)
            if table.name in FIRST_DATA:
                dst.execute(delete(target_table))
            count = 0
            result = src.execute(select(table))
            while chunk := result.mappings().fetchmany(CHUNK):
                dst.execute(insert(target_table), [dict(row) for row in chunk])
                count += len(chunk)
            copied[table.name] = count
            if progress is not None:
                progress(f"{TABLE_NAMES.get(table.name, table.name)}: {count}")
        if dst.dialect.name == "postgresql":
            _reset_sequences(dst, [t for t in _tables(src) if _serial_id(t)])
    check = row_counts(target)
    wrong = {n: (c, check.get(n)) for n, c in copied.items() if check.get(n) != c}
    if wrong:
        raise DatabaseError(f"Kopian stämmer inte med originalet: {wrong}.")
    return copied


def _target_table(dst: Connection, table: Table) -> Table:
    if table.name in entities.Base.metadata.tables:
        return table
    return Table(table.name, MetaData(), autoload_with=dst)


def _serial_id(table: Table) -> bool:
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id"


def _reset_sequences(dst: Connection, tables: list[Table]) -> None:
    """Rows came in with their ids: the server's counters must continue after them."""
    for table in tables:
        quoted = dst.dialect.identifier_preparer.quote(table.name)
        dst.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:name, 'id'), "
                f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {quoted}"
            ),
            {"name": quoted},
        )
