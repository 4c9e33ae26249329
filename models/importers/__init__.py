"""Import of survey results: CSV, Excel (.xlsx) and saved Kolada responses.

An import is two steps. `preview()` reads the files and compares them with the database:
new, changed and unchanged rows, and every error with its row, column and value. Nothing
is written. `apply()` then writes the new and changed rows in the caller's transaction,
and refuses a preview that has errors: a file goes in whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, cast

from sqlalchemy import String, Table, bindparam, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from models import settings, tracking
from models.entities import KoladaKpi, SurveyResult
from models.errors import InputError
from models.importers.kolada_json import KpiTarget, read_kolada
from models.importers.rows import Incoming, Parsed, key_text
from models.importers.table_file import read_table_file
from models.paths import existing_file
from models.preview import CHANGED, NEW, UNCHANGED, Preview, errors_in_total
from models.progress import Progress, counted
from models.results import ResultKey, ResultValues, check_measured, check_values, with_as_of

__all__ = [
    "Parsed", "Incoming", "PreviewRow", "read_files", "preview", "apply",
    "preview_files", "kpi_targets",
]

STATUS_LABELS = {NEW: "Ny", CHANGED: "Ändrad", UNCHANGED: "Oförändrad"}
MAX_ERRORS_SHOWN = 50
# An import is written in flushes of this many rows, so that its progress can be told.
FLUSH_ROWS = 500


@dataclass(frozen=True)
class PreviewRow:
    """A figure of the import: new or changed (which fields), or as stored already."""

    where: str
    key: ResultKey
    status: str
    old: ResultValues | None
    new: ResultValues
    changed_fields: tuple[str, ...] = ()
    # A row that cannot go in is not previewed: its errors are the preview's own.
    errors: tuple[str, ...] = ()


def kpi_targets(session: Session) -> dict[str, KpiTarget]:
    return {
        k.kpi: KpiTarget(k.group, k.area, k.measure) for k in session.scalars(select(KoladaKpi))
    }


def read_files(
    paths: Iterable[Path], own: str, own_name: str, kpis: dict[str, KpiTarget],
    progress: Progress | None = None,
) -> Parsed:
    """Every file parsed into one import; a key in two files is an error.

    `progress` hears the rows read so far (their number is not known before).
    """
    paths = list(paths)
    total = Parsed(", ".join(p.name for p in paths))
    for path in paths:
        try:
            parsed = read_file(path, own, own_name, kpis, _offset(progress, len(total.rows)))
        except InputError as exc:
            total.errors.append(exc.message)
            continue
        prefix = f"{path.name} " if len(paths) > 1 else ""
        parsed.rows = [Incoming(prefix + r.where, r.key, r.fields, path.name) for r in parsed.rows]
        total.extend(parsed)
    seen: dict[ResultKey, str] = {}
    unique = []
    for row in total.rows:
        if row.key in seen:
            total.errors.append(
                f"{row.where}: samma resultat ({key_text(row.key)}) finns redan i {seen[row.key]}."
            )
            continue
        seen[row.key] = row.where
        unique.append(row)
    total.rows = unique
    return total


def _offset(progress: Progress | None, before: int) -> Progress | None:
    """The rows of the next file counted after those of the files before it."""
    if progress is None:
        return None
    tell = progress
    return lambda done, _total: tell(before + done, 0)


def read_file(
    path: Path, own: str, own_name: str, kpis: dict[str, KpiTarget],
    progress: Progress | None = None,
) -> Parsed:
    suffix = path.suffix.lower()
    existing_file(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_table_file(path, own, own_name, progress)
    if suffix == ".xls":
        raise InputError(
            f"{path.name}: det gamla Excel-formatet (.xls) kan inte läsas. Spara filen som "
            "Excel-arbetsbok (.xlsx) eller CSV."
        )
    if suffix == ".json":
        return read_kolada(path, kpis)
    if suffix in (".csv", ".txt", ".tsv", ""):
        return read_table_file(path, own, own_name, progress)
    raise InputError(
        f"{path.name}: okänd filtyp ”{suffix}”. Importera .csv, .xlsx eller .json (Kolada)."
    )


def preview(
    session: Session, parsed: Parsed, progress: Progress | None = None,
    today: dt.date | None = None,
) -> Preview[PreviewRow]:
    """What an import would do, compared with what is stored now. Writes nothing.

    `progress` hears the rows compared so far, of all of them. A row for a year not
    measured by `today` is an error (check_measured).
    """
    today = today or dt.date.today()
    result = Preview[PreviewRow](
        parsed.name, file_errors=list(parsed.errors), notes=list(parsed.notes),
        tell_errors=errors_in_total,
    )
    stored = _stored(session, [row.key for row in parsed.rows])
    for row in counted(parsed.rows, progress, len(parsed.rows)):
        existing = stored.get(row.key)
        old = existing[1] if existing is not None else None
        try:
            new = _merged(old, row.fields, row.origin)
            check_measured(row.key.year, new.preliminary, today)
        except InputError as exc:
            result.file_errors.append(f"{row.where}, {exc.message}")
            continue
        if old is None:
            result.rows.append(PreviewRow(row.where, row.key, NEW, None, new))
            continue
        changed = tuple(n for n in vars(new) if getattr(new, n) != getattr(old, n))
        status = CHANGED if changed else UNCHANGED
        result.rows.append(PreviewRow(row.where, row.key, status, old, new, changed))
    return result


def apply(
    session: Session, result: Preview[PreviewRow], progress: Progress | None = None
) -> int:
    """Write the new and changed rows of an error-free preview; the number written.

    The rows are looked up again inside the caller's write transaction, so a figure that
    someone else added since the preview is updated rather than added twice. The rows go
    in batches of FLUSH_ROWS (Core executemany, no object per row: an INSERT for the new,
    an UPDATE by id for the changed), each told to `progress` (rows written, of all); then
    their change log in one more executemany, the rows the ORM's flush would have logged
    (models.tracking.log_written). A failure or a stop (`Cancelled` from `progress`)
    leaves the whole transaction to be rolled back.
    """
    if not result.ok:
        errors = result.errors
        raise InputError(
            f"Importen har {len(errors)} fel och sparas inte. Första felet: {errors[0]}"
        )
    rows = result.to_write
    session.flush()  # anything pending goes first, through the ORM and its log
    stored = _stored(session, [row.key for row in rows])
    table = cast(Table, SurveyResult.__table__)
    change = (
        update(table).where(table.c.id == bindparam("row_id"))
        .values({name: bindparam(f"new_{name}") for name in VALUE_FIELDS})
    )
    new_rows: list[PreviewRow] = []
    updated: list[tuple[int, str, Any, Any]] = []
    changed_ids: set[int] = set()
    if progress is not None:
        progress(0, len(rows))
    for start in range(0, len(rows), FLUSH_ROWS):
        batch = rows[start:start + FLUSH_ROWS]
        new = [row for row in batch if row.key not in stored]
        if new:
            # A plain executemany: INSERT … RETURNING would go row by row on SQLite.
            session.execute(insert(table), [{**vars(row.key), **vars(row.new)} for row in new])
            new_rows.extend(new)
        params = []
        for row in batch:
            found = stored.get(row.key)
            if found is None:
                continue
            row_id, old = found
            pairs = [(name, getattr(old, name), getattr(row.new, name)) for name in VALUE_FIELDS]
            if all(before == after for _, before, after in pairs):
                continue
            updated.extend((row_id, name, before, after) for name, before, after in pairs
                           if before != after)
            params.append({"row_id": row_id, **{f"new_{n}": after for n, _, after in pairs}})
            changed_ids.add(row_id)
        if params:
            session.execute(change, params)
        if progress is not None:
            progress(start + len(batch), len(rows))
    # The new rows' ids, read back in one pass, for their log rows.
    ids = _ids(session, [row.key for row in new_rows])
    created = [(ids[_plain(row.key)], row.new.value) for row in new_rows]
    tracking.log_written(session, SurveyResult, created, updated)
    if changed_ids:
        # A figure already loaded in this session reads the new values when next used.
        for obj in list(session.identity_map.values()):
            if isinstance(obj, SurveyResult) and obj.id in changed_ids:
                session.expire(obj)
    return len(rows)


VALUE_FIELDS = tuple(f.name for f in fields(ResultValues))


def _stored(session: Session, keys: list[ResultKey]) -> dict[ResultKey, tuple[int, ResultValues]]:
    """The stored figures for these keys (id and values), read in a few queries of plain
    rows instead of one per key."""
    towns = sorted({k.municipality for k in keys})
    wanted = set(keys)
    table = SurveyResult.__table__
    columns = [table.c.id, table.c.municipality, table.c.year, table.c.group, table.c.area,
               table.c.measure, *(table.c[name] for name in VALUE_FIELDS)]
    found: dict[ResultKey, tuple[int, ResultValues]] = {}
    for start in range(0, len(towns), 500):
        query = select(*columns).where(table.c.municipality.in_(towns[start:start + 500]))
        for row in session.execute(query):
            key = ResultKey(row[1], row[2], row[3], row[4], row[5])
            if key in wanted:
                found[key] = (row[0], ResultValues(*row[6:]))
    return found


def _plain(key: ResultKey) -> tuple[str, int, str, str, str]:
    return (key.municipality, key.year, key.group.value, key.area.value, key.measure.value)


def _ids(session: Session, keys: list[ResultKey]) -> dict[tuple[str, int, str, str, str], int]:
    """The ids of these stored figures, by their keys as plain text (no code objects made)."""
    table = cast(Table, SurveyResult.__table__)
    columns = [table.c.id, table.c.municipality, table.c.year,
               *(type_coerce(table.c[name], String) for name in ("group", "area", "measure"))]
    towns = sorted({k.municipality for k in keys})
    found: dict[tuple[str, int, str, str, str], int] = {}
    for start in range(0, len(towns), 500):
        query = select(*columns).where(table.c.municipality.in_(towns[start:start + 500]))
        for row_id, *key in session.execute(query):
            found[tuple(key)] = row_id  # type: ignore[index]
    return found


def preview_files(
    session: Session, paths: Iterable[Path], progress: Progress | None = None,
    today: dt.date | None = None,
) -> Preview[PreviewRow]:
    town = settings.load(session)
    parsed = read_files(paths, town.municipality_code, town.municipality_name,
                        kpi_targets(session), progress)
    return preview(session, parsed, progress, today)


def _merged(old: ResultValues | None, fields: dict[str, Any], origin: str) -> ResultValues:
    base = old or ResultValues(value=0.0, source=f"Importerad från {origin}" if origin else "Import")
    merged = {**vars(base), **fields}
    if "preliminary" not in fields:
        merged["preliminary"] = False
    if "preliminary_as_of" not in fields:
        # A preliminary value keeps its as-of date only while it is the same reading.
        merged["preliminary_as_of"] = None
        return with_as_of(_checked(**merged), old, None)
    return _checked(**merged)


def _checked(**fields: Any) -> ResultValues:
    """check_values, remembered: an import checks the same few values thousands of times.
    An error is not remembered (raised again, the same)."""
    try:
        return _checked_values(*(fields.get(name) for name in _ARGUMENTS))
    except TypeError:  # a value that cannot be remembered (unhashable): checked as it is
        return check_values(**fields)


_ARGUMENTS = ("value", "answers", "margin", "response_rate", "preliminary", "source",
              "preliminary_as_of")


@functools.lru_cache(maxsize=16384, typed=True)
def _checked_values(*values: Any) -> ResultValues:
    return check_values(**dict(zip(_ARGUMENTS, values, strict=True)))


def error_lines(result: Preview[PreviewRow], limit: int = MAX_ERRORS_SHOWN) -> list[str]:
    errors = result.errors
    lines = errors[:limit]
    if len(errors) > limit:
        lines.append(f"… och {len(errors) - limit} fel till.")
    return lines
