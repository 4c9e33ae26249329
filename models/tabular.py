"""One reader for the tables people import: .csv/.txt/.tsv and .xlsx/.xlsm as rows of cells.

Both imports (results, `models.importers`; actions, `models.action_import`) read through
here. Rows are streamed: a CSV is decoded and split as it is read, a workbook is read with
openpyxl's read-only mode, and a sheet stops at `Limits.max_rows`. The file's size is
checked before anything is read.

CSV as Excel writes it: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode-text", tab
separated), else Windows-1252; the separator (`;`, `,` or tab) is the one whose first rows
score best by the caller's measure (the results import: the most header columns known).
The encoding is settled by one pass over the bytes before any row is handed out, so a
file that cannot be decoded is refused whole, never half read.

Each import keeps its own words for what goes wrong (`Wording`); the defaults are the
results import's.
"""

from __future__ import annotations

import codecs
import csv
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from models.errors import InputError

CSV_SUFFIXES = (".csv", ".txt", ".tsv", "")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (";", ",", "\t")
SAMPLE_ROWS = 20  # the rows a separator is judged by (the header is among them)
_CHUNK = 1 << 20
_BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")
_BOM_UTF8 = b"\xef\xbb\xbf"

Row = Sequence[Any]
Score = Callable[[list[list[str]]], Any]


class Formula(str):
    """A workbook cell holding a formula (read with formulas="marked"): its text, "=…"."""


class RowLimitExceeded(InputError):
    """A sheet has more rows than `Limits.max_rows`."""


@dataclass(frozen=True)
class Limits:
    """How much of a file is read at most; None is no limit."""

    max_bytes: int | None = None  # the file's size on disk
    max_rows: int | None = None  # rows of one sheet (or of the CSV), the header included


@dataclass(frozen=True)
class Wording:
    """An import's messages. Fields: {name} (file name), {path}, {reason}, {mb}, {sheet},
    {limit}, {at} and {byte} (where decoding failed), {error}."""

    unreadable: str = "{name}: filen kan inte läsas ({reason})."
    too_big: str = "{name}: filen är för stor ({mb} MB)."
    empty: str = "{name}: filen är tom."
    not_text: str = (
        "{name}: filen är varken UTF-8 eller Windows-1252 (byte {at} = 0x{byte:02X}). "
        "Spara den som CSV (UTF-8) i Excel."
    )
    bad_utf8: str = "{name}: filen börjar som UTF-8 men har ett felaktigt tecken vid byte {at}."
    bad_utf16: str = "{name}: filen ser ut som UTF-16 men går inte att läsa."
    not_csv: str = "{name}: filen går inte att läsa som CSV ({error})."
    not_workbook: str = (
        "{name}: filen är ingen Excel-fil (.xlsx) eller är skadad; den kan inte läsas "
        "som Excel-arbetsbok. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)."
    )
    damaged_workbook: str = "{name}: arbetsboken är skadad och kan inte läsas: {error}."
    too_many_rows: str = "{name}: bladet ”{sheet}” har fler än {limit} rader."


def cells_in_first_row(rows: list[list[str]]) -> int:
    """The plainest measure of a separator: how many cells it makes of the first row."""
    return len(rows[0]) if rows else 0


class Sheet:
    """One sheet of a workbook, or the one table of a CSV file (its title is "")."""

    def __init__(self, title: str, rows: Callable[[], Iterator[Row]]) -> None:
        self.title = title
        self._rows = rows

    def rows(self) -> Iterator[Row]:
        """The sheet's rows from its first, one at a time (a new pass on every call)."""
        return self._rows()


class Table:
    """An open .csv or .xlsx file: its sheets, read while the table is open."""

    def __init__(self, name: str, workbook: bool, sheets: list[Sheet], blank: bool = False,
                 close: Callable[[], None] | None = None) -> None:
        self.name = name
        self.is_workbook = workbook
        self.sheets = sheets
        self.blank = blank  # a CSV holding nothing but white space
        self._close = close

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_table(
    path: Path,
    *,
    limits: Limits = Limits(),
    wording: Wording = Wording(),
    formulas: Literal["values", "marked"] = "values",
    score: Score = cells_in_first_row,
) -> Table:
    """Open a table file for reading, by its suffix: a workbook or else CSV.

    `formulas`: "values" gives a formula cell's value as Excel last computed it; "marked"
    gives its text as a `Formula`. `score` judges the separator of a CSV by its first rows.
    Raises InputError (in `wording`) when the file cannot be read as such a table.
    """
    path = Path(path)
    _check_size(path, limits, wording)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return _open_workbook(path, limits, wording, formulas)
    return _open_csv(path, limits, wording, score)


def _say(template: str, path: Path, **facts: Any) -> InputError:
    return InputError(template.format(name=path.name, path=path, **facts))


def _check_size(path: Path, limits: Limits, wording: Wording) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _say(wording.unreadable, path, reason=exc.strerror or exc) from None
    if limits.max_bytes is not None and size > limits.max_bytes:
        raise _say(wording.too_big, path, mb=size // 1_000_000)


def _limited(rows: Iterable[Row], title: str, path: Path, limits: Limits,
             wording: Wording) -> Iterator[Row]:
    if limits.max_rows is None:
        yield from rows
        return
    count = 0
    for row in rows:
        if count >= limits.max_rows:
            raise RowLimitExceeded(
                wording.too_many_rows.format(name=path.name, sheet=title, limit=limits.max_rows)
            )
        count += 1
        yield row


# ---------------------------------------------------------------- CSV


@dataclass
class _Scan:
    ok: bool
    blank: bool = True
    has_nul: bool = False


def _scan(path: Path, encoding: str) -> _Scan:
    """Whether the whole file decodes, read a chunk at a time."""
    decoder = codecs.getincrementaldecoder(encoding)()
    found = _Scan(ok=True)
    with path.open("rb") as f:
        while True:
            chunk = f.read(_CHUNK)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                return _Scan(ok=False)
            found.blank = found.blank and not chunk.strip()
            found.has_nul = found.has_nul or "\x00" in text
            if not chunk:
                return found


def _refusal(data: bytes, path: Path, wording: Wording) -> InputError:
    """Why the bytes decode as nothing this reader knows (found again on the whole file)."""
    if data.startswith(_BOMS_UTF16):
        return _say(wording.bad_utf16, path)
    try:
        if data.startswith(_BOM_UTF8):
            try:
                data[3:].decode("utf-8")
            except UnicodeDecodeError as exc:
                return _say(wording.bad_utf8, path, at=exc.start + 3)
        else:
            data.decode("cp1252")
    except UnicodeDecodeError as exc:
        return _say(wording.not_text, path, at=exc.start, byte=data[exc.start])
    return _say(wording.unreadable, path, reason="den ändrades medan den lästes")


def _encoding(path: Path, wording: Wording) -> tuple[str, _Scan]:
    try:
        with path.open("rb") as f:
            head = f.read(3)
        if head.startswith(_BOMS_UTF16):
            candidates: tuple[str, ...] = ("utf-16",)
        elif head.startswith(_BOM_UTF8):
            candidates = ("utf-8-sig",)
        else:
            candidates = ("utf-8", "cp1252")
        for encoding in candidates:
            scan = _scan(path, encoding)
            if scan.ok:
                return encoding, scan
        raise _refusal(path.read_bytes(), path, wording)
    except OSError as exc:
        raise _say(wording.unreadable, path, reason=exc.strerror or exc) from None


def _csv_rows(path: Path, encoding: str, delimiter: str, strip_nul: bool,
              wording: Wording) -> Iterator[list[str]]:
    try:
        with path.open("r", encoding=encoding, newline="") as f:
            lines: Iterable[str] = (line.replace("\x00", "") for line in f) if strip_nul else f
            yield from csv.reader(lines, delimiter=delimiter)
    except csv.Error as exc:
        raise _say(wording.not_csv, path, error=exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise _say(wording.unreadable, path, reason=reason) from None


def _open_csv(path: Path, limits: Limits, wording: Wording, score: Score) -> Table:
    encoding, scan = _encoding(path, wording)
    best, best_score = DELIMITERS[0], None
    for delimiter in DELIMITERS:
        sample = list(islice(_csv_rows(path, encoding, delimiter, scan.has_nul, wording),
                             SAMPLE_ROWS))
        judged = score(sample)
        if best_score is None or judged > best_score:
            best, best_score = delimiter, judged

    def rows() -> Iterator[Row]:
        raw = _csv_rows(path, encoding, best, scan.has_nul, wording)
        return _limited(raw, "", path, limits, wording)

    return Table(path.name, False, [Sheet("", rows)], blank=scan.blank)


# ---------------------------------------------------------------- workbooks


def _open_workbook(path: Path, limits: Limits, wording: Wording,
                   formulas: Literal["values", "marked"]) -> Table:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            book = load_workbook(path, read_only=True, data_only=formulas == "values")
    except OSError as exc:
        raise _say(wording.unreadable, path, reason=exc.strerror or exc) from None
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise _say(wording.not_workbook, path) from None

    def reader(sheet: Any) -> Callable[[], Iterator[Row]]:
        def rows() -> Iterator[Row]:
            raw = _values(sheet) if formulas == "values" else _marked(sheet)
            return _limited(_told(raw, path, wording), sheet.title, path, limits, wording)

        return rows

    try:
        sheets = [Sheet(sheet.title, reader(sheet)) for sheet in book.worksheets]
    except Exception as exc:
        book.close()
        raise _say(wording.damaged_workbook, path, error=type(exc).__name__) from None
    return Table(path.name, True, sheets, close=book.close)


def _values(sheet: Any) -> Iterator[Row]:
    return sheet.iter_rows(values_only=True)  # type: ignore[no-any-return]


def _marked(sheet: Any) -> Iterator[Row]:
    for row in sheet.iter_rows():
        yield [
            Formula(str(cell.value)) if getattr(cell, "data_type", "") == "f" else cell.value
            for cell in row
        ]


def _told(rows: Iterator[Row], path: Path, wording: Wording) -> Iterator[Row]:
    """openpyxl's errors while streaming a damaged sheet, said as the import says them."""
    try:
        yield from rows
    except Exception as exc:
        raise _say(wording.damaged_workbook, path, error=type(exc).__name__) from None
