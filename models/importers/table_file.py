"""Result rows from a table file: CSV as Swedish Excel writes it (`;` and decimal comma,
UTF-8 with or without BOM, Windows-1252, tab-separated UTF-16 "Unicode-text"; also `,`
with decimal points) or an Excel workbook (.xlsx, .xlsm) with the same columns.

The file is read by `models.tabular`; the separator of a CSV is the one that makes the
best header row. In a workbook the first sheet whose header has every required column is
read (else the first, to say what is missing); formulas give the value Excel computed.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice
from pathlib import Path

from models import limits
from models.errors import InputError
from models.importers.rows import Parsed
from models.importers.table import HEADER_SEARCH_ROWS, REQUIRED, find_header, parse_table
from models.progress import Progress, counted
from models.tabular import WORKBOOK_SUFFIXES, Limits, Numbered, Row, Table, Wording, open_table

CSV_LIMITS = Limits(max_bytes=limits.RESULTS_CSV_BYTES, max_rows=limits.RESULT_ROWS)
WORKBOOK_LIMITS = Limits(max_bytes=limits.RESULTS_WORKBOOK_BYTES, max_rows=limits.RESULT_ROWS)
WORDING = Wording(
    too_big="{name}: filen är för stor ({mb} MB) för en resultatfil.",
    too_many_rows="{name}: {where} har fler än {limit} rader med innehåll; dela upp den.",
)


def _header_score(rows: list[Row]) -> int:
    return len(find_header(rows)[1])


def read_table_file(
    path: Path, own_municipality: str, own_name: str = "", progress: Progress | None = None
) -> Parsed:
    """The file's result rows; `progress` hears the rows read so far (the total unknown)."""
    workbook = path.suffix.lower() in WORKBOOK_SUFFIXES
    bounds = WORKBOOK_LIMITS if workbook else CSV_LIMITS
    with open_table(path, limits=bounds, wording=WORDING, score=_header_score) as table:
        if workbook:
            return _read_workbook(table, own_municipality, own_name, progress)
        if table.blank:
            raise InputError(WORDING.empty.format(name=path.name))
        rows = counted(table.sheets[0].numbered(), progress)
        return parse_table(path.name, rows, own_municipality, own_name)


def _read_workbook(
    table: Table, own_municipality: str, own_name: str, progress: Progress | None
) -> Parsed:
    for sheet in table.sheets:
        rows = sheet.numbered()
        head = list(islice(rows, HEADER_SEARCH_ROWS))
        index, found = find_header([cells for _, cells in head])
        if index >= 0 and set(REQUIRED) <= found.keys():
            name = f"{table.name}, blad ”{sheet.title}”"
            return parse_table(name, counted(chain(head, rows), progress), own_municipality,
                               own_name)
    first = table.sheets[0] if table.sheets else None
    every: Iterator[Numbered] = first.numbered() if first else iter(())
    name = f"{table.name}, blad ”{first.title if first else ''}”"
    return parse_table(name, counted(every, progress), own_municipality, own_name)
