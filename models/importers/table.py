"""Rows of cells (from CSV or Excel) to result rows: the header, the columns, the values.

Columns come in any order; header names are matched ignoring case, å/ä/ö, spaces and
punctuation. An empty cell in an optional number column (Antal svar, Felmarginal,
Svarsfrekvens) or in Källa leaves what is stored as it is; Preliminär empty means "nej".
Preliminär per (or Avläst) is the date a preliminary value was read; empty keeps the stored
date while the value is the same, and is otherwise unknown.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from itertools import chain, islice
from typing import Any

from models.codes import Area, Group, Measure, normalise
from models.errors import InputError
from models.importers.rows import Incoming, Parsed, key_text
from models.limits import ERRORS_KEPT
from models.results import RIKET, ResultKey, check_key, check_values

# field name, the header as the template writes it, other names people use
COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("year", "År", ("Mätår", "Year")),
    ("group", "Kundgrupp", ("Grupp",)),
    ("area", "Myndighetsområde", ("Område", "Verksamhetsområde")),
    ("measure", "Mått", ("Servicefaktor", "Index")),
    ("value", "Värde", ("Resultat",)),
    ("answers", "Antal svar", ("Svar", "Antal")),
    ("margin", "Felmarginal", ("Marginal", "Osäkerhet", "Felmarginal ±")),
    ("preliminary", "Preliminär", ("Prel",)),
    ("preliminary_as_of", "Preliminär per", ("Avläst", "Preliminärt per", "Avläst datum")),
    ("source", "Källa", ()),
    ("municipality", "Kommun", ("Kommunkod", "Kommun-id")),
    ("response_rate", "Svarsfrekvens", ()),
)
REQUIRED = ("year", "group", "area", "measure", "value")
TEMPLATE_FIELDS = (
    "year", "group", "area", "measure", "value", "answers", "margin", "preliminary",
    "preliminary_as_of", "source", "municipality",
)
HEADER = {name: title for name, title, _ in COLUMNS}
_BY_NAME = {
    normalise(alias): name
    for name, title, aliases in COLUMNS
    for alias in (title, *aliases)
}
HEADER_SEARCH_ROWS = 20


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def match_header(cells: Sequence[Any]) -> dict[str, int]:
    """Field name to column index for the cells of a header row."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = _BY_NAME.get(normalise(str(cell))) if not _blank(cell) else None
        if name is not None and name not in found:
            found[name] = index
    return found


def _header_problems(cells: Sequence[Any], found: dict[str, int]) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    seen: dict[str, int] = {}
    for index, cell in enumerate(cells):
        if _blank(cell):
            continue
        name = _BY_NAME.get(normalise(str(cell)))
        if name is None:
            notes.append(f"Kolumnen ”{str(cell).strip()[:40]}” känns inte igen och lästes inte.")
        elif name in seen:
            errors.append(
                f"Kolumnen {HEADER[name]} finns två gånger i rubrikraden "
                f"(kolumn {seen[name] + 1} och {index + 1})."
            )
        else:
            seen[name] = index
    missing = [HEADER[n] for n in REQUIRED if n not in found]
    if missing:
        errors.append(
            "Rubrikraden saknar " + ", ".join(missing) + ". Krävs: "
            + ", ".join(HEADER[n] for n in REQUIRED) + "."
        )
    return errors, notes


def find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int]]:
    """Index of the row that best looks like the header among the first rows."""
    best, best_found = -1, dict[str, int]()
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = match_header(cells)
        if len(found) > len(best_found):
            best, best_found = index, found
        if all(n in found for n in REQUIRED):
            break
    return best, best_found


def parse_table(
    name: str, rows: Iterable[tuple[int, Sequence[Any]]], own_municipality: str,
    own_name: str = "",
) -> Parsed:
    """The result rows of a table whose header is among its first rows.

    `rows`: the rows that are not empty, each with its number in the file. They are read
    one at a time; a table whose header is wrong is not read further.
    """
    parsed = Parsed(name)
    rows = iter(rows)
    head = list(islice(rows, HEADER_SEARCH_ROWS))
    header_index, found = find_header([cells for _, cells in head])
    if header_index < 0:
        parsed.errors.append(
            f"{name}: hittar ingen rubrikrad med kolumnerna "
            + ", ".join(HEADER[n] for n in REQUIRED) + "."
        )
        return parsed
    header_line, header = head[header_index]
    errors, notes = _header_problems(header, found)
    parsed.notes.extend(notes)
    if errors:
        parsed.errors.extend(f"Rad {header_line}: {e}" for e in errors)
        return parsed
    if "municipality" not in found and not own_municipality:
        parsed.errors.append(
            "Filen har ingen kolumn Kommun och databasen har ingen egen kommunkod: "
            "ange kommunkoden i inställningarna eller lägg till kolumnen Kommun."
        )
        return parsed
    first_line: dict[Any, str] = {}
    for line, cells in chain(head[header_index + 1 :], rows):
        if all(_blank(c) for c in cells):
            continue
        incoming, row_errors = parse_row(line, cells, found, own_municipality, own_name)
        parsed.errors.extend(row_errors)
        if len(parsed.errors) >= ERRORS_KEPT:
            parsed.errors.append(
                f"{name}: läsningen avbröts på rad {line} efter {len(parsed.errors)} fel; "
                "rätta dem och importera igen."
            )
            break
        if incoming is None:
            continue
        if incoming.key in first_line:
            parsed.errors.append(
                f"rad {line}: samma resultat ({key_text(incoming.key)}) "
                f"finns redan på {first_line[incoming.key]}."
            )
            continue
        first_line[incoming.key] = f"rad {line}"
        parsed.rows.append(incoming)
    if not parsed.rows and not parsed.errors:
        parsed.notes.append(f"{name}: inga resultatrader under rubrikraden.")
    return parsed




def municipality_code(cell: Any, own: str, own_name: str) -> str:
    """A municipality as written: a code (Excel drops the leading zero of 0180), Riket,
    or the own municipality's name."""
    if _blank(cell):
        if not own:
            raise InputError("Kommun: saknas, och databasen har ingen egen kommunkod.")
        return own
    text = str(cell).strip()
    if isinstance(cell, float) and cell.is_integer():
        text = str(int(cell))
    return _municipality_text(text, own, own_name)


@functools.lru_cache(maxsize=4096)
def _municipality_text(text: str, own: str, own_name: str) -> str:
    # Remembered: a file names the same few municipalities thousands of times.
    if text.isdigit() and len(text) < 4:
        return text.zfill(4)
    key = normalise(text)
    if key in ("riket", "sverige", "hela landet"):
        return RIKET
    if own_name and key == normalise(own_name):
        return own
    return text


# The checks of one cell, remembered by its value: a large file repeats the same codes,
# years and values thousands of times. An error is not remembered (raised again, the same).
@functools.lru_cache(maxsize=4096)
def _checked_municipality(code: str) -> str:
    return check_key(code, 2000, Group.TOTALT, Area.TOTALT, Measure.NKI).municipality


@functools.lru_cache(maxsize=4096, typed=True)
def _checked_year(cell: Any) -> int:
    return check_key(RIKET, cell, Group.TOTALT, Area.TOTALT, Measure.NKI).year


@functools.lru_cache(maxsize=16384, typed=True)
def _checked_field(name: str, raw: Any) -> Any:
    # An as-of date is kept only with a preliminary value: probed as one.
    probe = {"value": 50, "preliminary": name == "preliminary_as_of", name: raw}
    return getattr(check_values(**probe), name)


def _field(name: str, raw: Any) -> Any:
    try:
        return _checked_field(name, raw)
    except TypeError:  # a cell that cannot be remembered (unhashable): checked as it is
        probe = {"value": 50, "preliminary": name == "preliminary_as_of", name: raw}
        return getattr(check_values(**probe), name)


def parse_row(
    line: int, cells: Sequence[Any], found: dict[str, int], own: str, own_name: str
) -> tuple[Incoming | None, list[str]]:
    errors: list[str] = []

    def checked(what: str, convert: Any, *args: Any) -> Any:
        try:
            return convert(*args)
        except InputError as exc:
            errors.append(f"rad {line}, {exc.message}")
        except ValueError as exc:
            errors.append(f"rad {line}, {what}: {exc}")
        return None

    # Each column's cell read once, text stripped: a large file has many rows.
    width = len(cells)
    got = {
        name: (text.strip() or None) if isinstance(text := cells[index], str) else text
        for name, index in found.items() if index < width
    }
    read = got.get
    code = checked("Kommun", _municipality, read("municipality"), own, own_name)
    year = checked("År", _checked_year, read("year"))
    group = checked("Kundgrupp", _coded, Group, read("group"), "Kundgrupp")
    area = checked("Myndighetsområde", _coded, Area, read("area"), "Myndighetsområde")
    measure = checked("Mått", _coded, Measure, read("measure"), "Mått")
    given = {"value": read("value")}
    for name in ("answers", "margin", "response_rate", "source", "preliminary_as_of"):
        if read(name) is not None:
            given[name] = read(name)
    if "preliminary" in found:
        given["preliminary"] = read("preliminary") or False
    # Each column on its own, so that one row reports all its bad cells.
    fields: dict[str, Any] = {}
    for name, raw in given.items():
        try:
            fields[name] = _field(name, raw)
        except InputError as exc:
            errors.append(f"rad {line}, {exc.message}")
        except ValueError as exc:
            errors.append(f"rad {line}, {HEADER[name]}: {exc}")
    if errors or None in (code, year, group, area, measure):
        return None, errors
    key = ResultKey(code, year, group, area, measure)
    return Incoming(f"rad {line}", key, fields), errors


def _municipality(cell: Any, own: str, own_name: str) -> str:
    return _checked_municipality(municipality_code(cell, own, own_name))


def _coded(cls: type, cell: Any, what: str) -> Any:
    return _code(cls, _text(cell, what))


@functools.lru_cache(maxsize=512)
def _code(cls: type, text: str) -> Any:
    """Cls.parse, remembered: a file repeats the same few spellings thousands of times."""
    return cls.parse(text)  # type: ignore[attr-defined]


def _text(cell: Any, what: str) -> str:
    if cell is None:
        raise InputError(f"{what}: saknas.")
    return str(cell)
