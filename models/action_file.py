"""An actions file (.xlsx or .csv with the columns of the export) read into rows by field.

The header row names the columns: the export's headers, the field keys and common other
names, ignoring case and å/ä/ö. The columns the export writes but an import cannot set
(Senast ändrad, …) are passed over quietly; others are told as notes. The file is read by
`models.tabular`: Excel's CSV in every encoding, a workbook's sheet "Åtgärder" (else its
first), formulas marked so that the import can refuse them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models import limits, words
from models.action_fields import FIELDS
from models.codes import normalise
from models.errors import InputError
from models.export import ACTION_COLUMNS, csv_unguard
from models.tabular import (
    WORKBOOK_SUFFIXES,
    Limits,
    Numbered,
    RowLimitExceeded,
    Sheet,
    Wording,
    open_table,
)

MAX_BYTES = limits.ACTIONS_FILE_BYTES
MAX_ROWS = limits.ACTION_ROWS
LIMITS = Limits(max_bytes=MAX_BYTES, max_rows=MAX_ROWS + 1)  # the header and the actions
WORDING = Wording(
    unreadable="Filen {path} kan inte läsas: {reason}.",
    not_text="{name}: filen är varken UTF-8 eller Windows-1252.",
    not_workbook=(
        "{name}: filen är ingen Excel-fil (.xlsx) eller är skadad; den går inte att "
        "öppna som Excel-arbetsbok."
    ),
)

HEADERS = {c.key: c.header for c in ACTION_COLUMNS}
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("Åtgärd-id", "Nr", "Nummer"),
    **{f.name: f.aliases for f in FIELDS},
    "milestones": ("Milstolpe",),
}
# In the export's column order: where two columns answer to one name, the later has it.
_BY_HEADER = {
    normalise(name): c.key
    for c in ACTION_COLUMNS
    if c.importable
    for name in (c.header, c.key, *_ALIASES[c.key])
}
_READ_ONLY = {normalise(c.header) for c in ACTION_COLUMNS if not c.importable}


@dataclass
class SourceRow:
    row: int
    cells: dict[str, Any]  # field key -> raw value (text, number or date)


def read_rows(path: Path) -> tuple[list[SourceRow], list[str], list[str]]:
    """The data rows of a file by field, file-level errors, and notes."""
    path = Path(path)
    if path.suffix.lower() not in (*WORKBOOK_SUFFIXES, ".csv", ".txt"):
        raise InputError(
            f"{path.name}: filtypen ”{path.suffix or '(ingen)'}” kan inte läsas "
            "(välj en .xlsx- eller .csv-fil)."
        )
    with open_table(path, limits=LIMITS, wording=WORDING, formulas="marked") as table:
        sheet = _actions_sheet(table.sheets)
        rows = sheet.numbered() if sheet else iter(())
        return _rows_of(rows, path.name, quoted=not table.is_workbook)


def _actions_sheet(sheets: list[Sheet]) -> Sheet | None:
    for sheet in sheets:
        if normalise(sheet.title) in ("atgarder", "actions"):
            return sheet
    return sheets[0] if sheets else None


def _rows_of(
    table: Iterator[Numbered], name: str, quoted: bool
) -> tuple[list[SourceRow], list[str], list[str]]:
    """The rows under the first row that is not empty (the header), by field."""
    errors: list[str] = []
    notes: list[str] = []
    first = next(table, None)
    if first is None:
        return [], [f"{name}: filen är tom."], notes
    _, header = first
    columns: dict[int, str] = {}
    for index, raw in enumerate(header):
        text = csv_unguard(str(raw or "")).strip()
        if not text:
            continue
        key = _BY_HEADER.get(normalise(text))
        if key is None:
            if normalise(text) not in _READ_ONLY:
                notes.append(f"Kolumnen {words.quoted(text, 40)} känns inte igen och läses inte.")
        elif key in columns.values():
            errors.append(f"Kolumnen {HEADERS[key]} finns två gånger ({words.quoted(text, 40)}).")
        else:
            columns[index] = key
    if "title" not in columns.values():
        errors.append(
            f"{name}: kolumnen Titel saknas i första raden (rubrikerna ska vara som i "
            "exporten: Id, Titel, Status, …)."
        )
    rows = []
    try:
        for number, raw_row in table:
            cells: dict[str, Any] = {}
            for index, key in columns.items():
                value = raw_row[index] if index < len(raw_row) else None
                if isinstance(value, str) and quoted:
                    value = csv_unguard(value)
                cells[key] = value
            if all(blank(v) for v in cells.values()):
                continue
            rows.append(SourceRow(number, cells))
    except RowLimitExceeded:
        errors.append(f"{name}: högst {MAX_ROWS} åtgärder kan läsas in på en gång.")
    return rows, errors, notes


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
