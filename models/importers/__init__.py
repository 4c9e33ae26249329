"""Import of survey results: CSV, Excel (.xlsx) and saved Kolada responses.

An import is two steps. `preview()` reads the files and compares them with the database:
new, changed and unchanged rows, and every error with its row, column and value. Nothing
is written. `apply()` then writes the new and changed rows in the caller's transaction,
and refuses a preview that has errors: a file goes in whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import settings
from models.entities import KoladaKpi, SurveyResult
from models.errors import InputError
from models.importers.kolada_json import KpiTarget, read_kolada
from models.importers.rows import Incoming, Parsed, key_text
from models.importers.table_file import read_table_file
from models.preview import CHANGED, NEW, UNCHANGED, Preview, errors_in_total
from models.progress import Progress, counted
from models.results import ResultKey, ResultValues, check_values, stored_by_key, with_as_of

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
        parsed.rows = [replace(r, where=prefix + r.where, origin=path.name) for r in parsed.rows]
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
    if not path.is_file():
        raise InputError(f"Filen {path} finns inte.")
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
    session: Session, parsed: Parsed, progress: Progress | None = None
) -> Preview[PreviewRow]:
    """What an import would do, compared with what is stored now. Writes nothing.

    `progress` hears the rows compared so far, of all of them.
    """
    result = Preview[PreviewRow](
        parsed.name, file_errors=list(parsed.errors), notes=list(parsed.notes),
        tell_errors=errors_in_total,
    )
    stored = stored_by_key(session, [row.key for row in parsed.rows])
    for row in counted(parsed.rows, progress, len(parsed.rows)):
        existing = stored.get(row.key)
        old = _values_of(existing) if existing is not None else None
        try:
            new = _merged(old, row.fields, row.origin)
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
    in flushes of FLUSH_ROWS, each told to `progress` (rows written, of all): the change
    log (models.tracking) records each row as set_result would, and a failure or a stop
    (`Cancelled` from `progress`) leaves the whole transaction to be rolled back.
    """
    if not result.ok:
        errors = result.errors
        raise InputError(
            f"Importen har {len(errors)} fel och sparas inte. Första felet: {errors[0]}"
        )
    rows = result.to_write
    stored = stored_by_key(session, [row.key for row in rows])
    if progress is not None:
        progress(0, len(rows))
    for number, row in enumerate(rows, start=1):
        existing = stored.get(row.key)
        if existing is None:
            session.add(SurveyResult(**vars(row.key), **vars(row.new)))
        else:
            for name, value in vars(row.new).items():
                if getattr(existing, name) != value:
                    setattr(existing, name, value)
        if number % FLUSH_ROWS == 0:
            session.flush()
            if progress is not None:
                progress(number, len(rows))
    session.flush()
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)


def preview_files(
    session: Session, paths: Iterable[Path], progress: Progress | None = None
) -> Preview[PreviewRow]:
    town = settings.load(session)
    parsed = read_files(paths, town.municipality_code, town.municipality_name,
                        kpi_targets(session), progress)
    return preview(session, parsed, progress)


def _values_of(row: Any) -> ResultValues:
    return ResultValues(
        row.value, row.answers, row.margin, row.response_rate, row.preliminary, row.source,
        row.preliminary_as_of,
    )


def _merged(old: ResultValues | None, fields: dict[str, Any], origin: str) -> ResultValues:
    base = old or ResultValues(value=0.0, source=f"Importerad från {origin}" if origin else "Import")
    merged = {**vars(base), **fields}
    if "preliminary" not in fields:
        merged["preliminary"] = False
    if "preliminary_as_of" not in fields:
        # A preliminary value keeps its as-of date only while it is the same reading.
        merged["preliminary_as_of"] = None
        return with_as_of(check_values(**merged), old, None)
    return check_values(**merged)


def error_lines(result: Preview[PreviewRow], limit: int = MAX_ERRORS_SHOWN) -> list[str]:
    errors = result.errors
    lines = errors[:limit]
    if len(errors) > limit:
        lines.append(f"… och {len(errors) - limit} fel till.")
    return lines
