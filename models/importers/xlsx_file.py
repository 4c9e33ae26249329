"""Excel workbooks (.xlsx) with the same columns as the CSV, read-only and without formulas."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from models.errors import InputError
from models.importers.rows import Parsed
from models.importers.table import find_header, parse_table

MAX_ROWS = 100_000


def read_xlsx(path: Path, own_municipality: str, own_name: str = "") -> Parsed:
    from openpyxl import load_workbook

    name = path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            book = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise InputError(f"{name}: filen kan inte läsas ({exc.strerror or exc}).") from None
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise InputError(
            f"{name}: filen är ingen Excel-fil (.xlsx) eller är skadad; den kan inte läsas "
            "som Excel-arbetsbok. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)."
        ) from None
    try:
        sheets = _sheets(book, name)
    finally:
        book.close()
    # The first sheet whose header has the required columns; else the first, to report on.
    for title, rows in sheets:
        index, found = find_header(rows)
        if index >= 0 and {"year", "group", "area", "measure", "value"} <= found.keys():
            parsed = parse_table(f"{name}, blad ”{title}”", rows, own_municipality, own_name)
            return parsed
    title, rows = sheets[0] if sheets else ("", [])
    return parse_table(f"{name}, blad ”{title}”", rows, own_municipality, own_name)


def _sheets(book: Any, name: str) -> list[tuple[str, list[tuple[Any, ...]]]]:
    result = []
    try:
        for sheet in book.worksheets:
            rows = []
            for count, row in enumerate(sheet.iter_rows(values_only=True)):
                if count >= MAX_ROWS:
                    raise InputError(f"{name}: bladet ”{sheet.title}” har fler än {MAX_ROWS} rader.")
                rows.append(tuple(row))
            result.append((sheet.title, rows))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            f"{name}: arbetsboken är skadad och kan inte läsas: {type(exc).__name__}."
        ) from None
    return result
