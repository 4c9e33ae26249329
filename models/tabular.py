"""One reader for the tables people import: .csv/.txt/.tsv and .xlsx/.xlsm as rows of cells.

Both imports (results, `models.importers`; actions, `models.action_import`) read through
here. Rows are streamed: a CSV is decoded and split as it is read, a workbook is read with
openpyxl's read-only mode, and each sheet's rows pass the same limits (models/limits.py):
at most `Limits.max_rows` rows that are not empty, COLUMNS cells of a row (the rest is not
read), no cell longer than CELL_CHARS (Excel's limit; the first longer one stops the file
with its row and column), a CSV row of at most ROW_CHARS characters, a sheet of at most
EXCEL_ROWS rows in all. The rows come with their numbers (`Sheet.numbered`), empty ones left
out where they are met, so that a file of a million empty rows costs little more than
reading it. The file's size is checked before anything is read, and a workbook's parts
before openpyxl opens it (models/workbook_check.py).

CSV as Excel writes it: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode-text", tab
separated), else Windows-1252, by the rule in models/text_encoding.py (a file that mixes
UTF-8 with other bytes is refused); the separator (`;`, `,` or tab) is the one whose first
rows score best by the caller's measure (the results import: the most header columns
known). The encoding is settled by one pass over the bytes before any row is handed out,
so a file that cannot be decoded is refused whole, never half read.

Each import keeps its own words for what goes wrong (`Wording`); the defaults are the
results import's.
"""

from __future__ import annotations

import csv
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TextIO

from models import limits as limit
from models import text_encoding
from models.errors import InputError
from models.workbook_check import NotAZip, WorkbookRefused, check_workbook

CSV_SUFFIXES = (".csv", ".txt", ".tsv", "")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (";", ",", "\t")
SAMPLE_ROWS = 20  # the first rows, by which a separator is judged (the header is among them)
_BLOCK_CHARS = 1 << 16  # a CSV file's lines are read about this many characters at a time

Row = Sequence[Any]
Numbered = tuple[int, Row]  # a row and its number in the sheet (from 1)
Score = Callable[[list[Row]], Any]
BLANK: Row = ()  # an empty row, as `Sheet.rows` gives it


class Formula(str):
    """A workbook cell holding a formula (read with formulas="marked"): its text, "=…"."""


class RowLimitExceeded(InputError):
    """A sheet has more rows than `Limits.max_rows`."""


@dataclass(frozen=True)
class Limits:
    """How much of a file is read at most; None is no limit."""

    max_bytes: int | None = None  # the file's size on disk
    max_rows: int | None = None  # rows of one sheet (or of the CSV) that are not empty


@dataclass(frozen=True)
class Wording:
    """An import's messages. Fields: {name} (file name), {path}, {reason}, {mb}, {sheet},
    {limit}, {at} and {byte} (where decoding failed), {row} and {column} (a row and a
    column of the sheet; {other}: another row), {where} ("bladet ”…”" or "filen"), {chars},
    {error}."""

    unreadable: str = "{name}: filen kan inte läsas ({reason})."
    too_big: str = "{name}: filen är för stor ({mb} MB)."
    empty: str = "{name}: filen är tom."
    not_text: str = (
        "{name}: filen är varken UTF-8 eller Windows-1252 (byte {at} = 0x{byte:02X}). "
        "Spara den som CSV (UTF-8) i Excel."
    )
    bad_utf8: str = (
        "{name}: filen börjar som UTF-8 men har ett felaktigt tecken vid byte {at} (rad {row})."
    )
    mixed: str = (
        "{name}: filen blandar teckenkodningar: rad {row} är inte UTF-8 (vid byte {at}) men "
        "rad {other} är det; någon rad har troligen klistrats in från en fil i Windows-1252. "
        "Inget lästes, så att inga tecken blir fel. Spara hela filen som CSV UTF-8 i Excel."
    )
    bad_utf16: str = "{name}: filen ser ut som UTF-16 men går inte att läsa."
    not_csv: str = "{name}: filen går inte att läsa som CSV ({error})."
    not_workbook: str = (
        "{name}: filen är ingen Excel-fil (.xlsx) eller är skadad; den kan inte läsas "
        "som Excel-arbetsbok. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)."
    )
    workbook_too_big: str = "{name}: arbetsboken läses inte: {reason}"
    damaged_workbook: str = "{name}: arbetsboken är skadad och kan inte läsas: {error}."
    too_many_rows: str = "{name}: bladet ”{sheet}” har fler än {limit} rader."
    too_many_rows_in_all: str = (
        "{name}: bladet ”{sheet}” har fler än {limit} rader, tomma rader medräknade "
        "(Excels gräns)."
    )
    long_cell: str = (
        "{name}: rad {row}, kolumn {column}: cellen har {chars} tecken; en cell får ha högst "
        "{limit} (Excels gräns). Inget lästes."
    )
    long_csv_cell: str = (
        "{name}: rad {row}: en cell har fler än {limit} tecken (Excels gräns för en cell). "
        "Inget lästes."
    )
    long_row: str = "{name}: rad {row} har fler än {limit} tecken. Inget lästes."


def cells_in_first_row(rows: list[Row]) -> int:
    """The plainest measure of a separator: how many cells it makes of the first row."""
    return len(rows[0]) if rows else 0


class Sheet:
    """One sheet of a workbook, or the one table of a CSV file (its title is "")."""

    def __init__(self, title: str, numbered: Callable[[], Iterator[Numbered]]) -> None:
        self.title = title
        self._numbered = numbered

    def numbered(self) -> Iterator[Numbered]:
        """The rows that are not empty, each with its number, from the first (a new pass on
        every call)."""
        return self._numbered()

    def rows(self) -> Iterator[Row]:
        """Every row up to the last that is not empty, an empty one as BLANK."""
        expected = 1
        for number, row in self._numbered():
            for _ in range(number - expected):
                yield BLANK
            yield row
            expected = number + 1


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


def _column_name(index: int) -> str:
    """A column as Excel names it: 0 → A, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _counter(title: str, path: Path, limits: Limits, wording: Wording,
             workbook: bool) -> Callable[[], None]:
    """A call for every row that is not empty: RowLimitExceeded past `limits.max_rows`."""
    most = limits.max_rows
    counted = 0

    def count() -> None:
        nonlocal counted
        counted += 1
        if most is not None and counted > most:
            where = f"bladet ”{title}”" if workbook else "filen"
            raise RowLimitExceeded(wording.too_many_rows.format(
                name=path.name, sheet=title, where=where, limit=limit.grouped(most)))

    return count


# ---------------------------------------------------------------- CSV


def _encoding(path: Path, wording: Wording) -> text_encoding.Decided:
    try:
        return text_encoding.decide(path)
    except text_encoding.Undecodable as problem:
        template = {
            "utf16": wording.bad_utf16,
            "utf8": wording.bad_utf8,
            "mixed": wording.mixed,
            "neither": wording.not_text,
        }[problem.kind]
        raise _say(template, path, at=problem.at, row=problem.row, byte=problem.byte,
                   other=problem.other) from None
    except OSError as exc:
        raise _say(wording.unreadable, path, reason=exc.strerror or exc) from None


def _csv_rows(path: Path, decided: text_encoding.Decided, delimiter: str, limits: Limits,
              wording: Wording, until: int | None = None) -> Generator[Numbered, None, None]:
    """The rows of the CSV that are not empty, numbered (up to row `until`); at most
    ROW_CHARS characters to a row and CELL_CHARS to a cell, and COLUMNS cells read.

    The csv module is handed the file's lines a block at a time (`blocks`): a row's
    characters are counted over the lines it takes, but only in a block where a row could
    reach ROW_CHARS is that done line by line."""
    # The csv module's own limit is per cell: ours, so that a longer cell is told as such.
    csv.field_size_limit(limit.CELL_CHARS)
    count = _counter("", path, limits, wording, workbook=False)
    number = 0  # rows read, empty ones too
    ended = 0  # the lines those rows took (csv.reader's line_num after the last of them)

    def too_long() -> InputError:
        return _say(wording.long_row, path, row=number + 1, limit=limit.grouped(limit.ROW_CHARS))

    def checked(block: list[str], base: int, fed: int) -> Iterator[str]:
        """A block's lines one at a time; `base`: the first line's index, `fed`: characters
        of the row being read when the block begins."""
        seen = ended
        for index, line in enumerate(block, start=base):
            if ended != seen:  # rows ended since: the one being read began at line `ended`
                fed, seen = sum(map(len, block[ended - base:index - base])), ended
            fed += len(line)
            if fed > limit.ROW_CHARS:
                raise too_long()
            yield line.replace("\x00", "") if decided.has_nul else line

    def blocks(source: TextIO) -> Iterator[Iterable[str]]:
        previous: list[str] = []
        base = 0  # index of the first line of `previous`
        fed = 0  # characters of the row being read when `previous` began
        while block := source.readlines(_BLOCK_CHARS):
            if ended >= base:
                fed = sum(map(len, previous[ended - base:]))
            else:  # the row being read began before `previous`
                fed += sum(map(len, previous))
            base += len(previous)
            if fed + sum(map(len, block)) <= limit.ROW_CHARS:  # no row here can be too long
                yield [line.replace("\x00", "") for line in block] if decided.has_nul else block
            else:
                yield checked(block, base, fed)
            previous = block

    try:
        with path.open("r", encoding=decided.encoding, newline="") as f:
            reader = csv.reader(chain.from_iterable(blocks(f)), delimiter=delimiter)
            for cells in reader:
                number += 1
                ended = reader.line_num
                if until is not None and number > until:
                    return
                if not any(cells):
                    continue
                if len(cells) > limit.COLUMNS:
                    cells = cells[: limit.COLUMNS]
                count()
                yield number, cells
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _say(wording.long_csv_cell, path, row=number + 1,
                       limit=limit.grouped(limit.CELL_CHARS)) from None
        raise _say(wording.not_csv, path, error=exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise _say(wording.unreadable, path, reason=reason) from None


def _open_csv(path: Path, limits: Limits, wording: Wording, score: Score) -> Table:
    decided = _encoding(path, wording)
    best, best_score = DELIMITERS[0], None
    failed: InputError | None = None
    for delimiter in DELIMITERS:
        first = _csv_rows(path, decided, delimiter, Limits(), wording, until=SAMPLE_ROWS)
        try:
            sample = [cells for _, cells in first]
        except InputError as exc:  # a separator that makes one long cell of a line
            failed = failed or exc
            continue
        finally:
            first.close()
        judged = score(sample)
        if best_score is None or judged > best_score:
            best, best_score = delimiter, judged
    if best_score is None and failed is not None:
        raise failed

    def numbered() -> Iterator[Numbered]:
        return _csv_rows(path, decided, best, limits, wording)

    return Table(path.name, False, [Sheet("", numbered)], blank=decided.blank)


# ---------------------------------------------------------------- workbooks


def _open_workbook(path: Path, limits: Limits, wording: Wording,
                   formulas: Literal["values", "marked"]) -> Table:
    from openpyxl import load_workbook

    try:
        check_workbook(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            book = load_workbook(path, read_only=True, data_only=formulas == "values")
    except WorkbookRefused as refused:
        raise _say(wording.workbook_too_big, path, reason=refused.reason) from None
    except OSError as exc:
        raise _say(wording.unreadable, path, reason=exc.strerror or exc) from None
    except (NotAZip, Exception):  # openpyxl raises many kinds for a damaged or foreign file
        raise _say(wording.not_workbook, path) from None

    def reader(sheet: Any) -> Callable[[], Iterator[Numbered]]:
        def numbered() -> Iterator[Numbered]:
            raw = _values(sheet) if formulas == "values" else _marked(sheet)
            return _sheet_rows(_told(raw, path, wording), sheet.title, path, limits, wording)

        return numbered

    try:
        sheets = [Sheet(sheet.title, reader(sheet)) for sheet in book.worksheets]
    except Exception as exc:
        book.close()
        raise _say(wording.damaged_workbook, path, error=type(exc).__name__) from None
    return Table(path.name, True, sheets, close=book.close)


def _sheet_rows(rows: Iterable[Row], title: str, path: Path, limits: Limits,
                wording: Wording) -> Iterator[Numbered]:
    """The sheet's rows that are not empty, numbered, within the limits."""
    count = _counter(title, path, limits, wording, workbook=True)
    last_blank: object = None
    for number, row in enumerate(rows, start=1):
        if number > limit.EXCEL_ROWS:
            raise RowLimitExceeded(wording.too_many_rows_in_all.format(
                name=path.name, sheet=title, limit=limit.grouped(limit.EXCEL_ROWS)))
        # openpyxl fills a gap with one and the same empty row.
        if row is last_blank or row.count(None) == len(row):
            last_blank = row
            continue
        if len(row) > limit.COLUMNS:
            row = row[: limit.COLUMNS]
        for index, cell in enumerate(row):
            if isinstance(cell, str) and len(cell) > limit.CELL_CHARS:
                raise _say(wording.long_cell, path, row=number, column=_column_name(index),
                           chars=limit.grouped(len(cell)), limit=limit.grouped(limit.CELL_CHARS))
        count()
        yield number, row


def _widest(sheet: Any) -> int | None:
    """The columns to read: those the sheet says it has, at most COLUMNS (None: as many as
    each row has; openpyxl then pads no row to a width its dimension may overstate)."""
    stated = getattr(sheet, "max_column", None)
    return min(stated, limit.COLUMNS) if isinstance(stated, int) else None


def _values(sheet: Any) -> Iterator[Row]:
    return sheet.iter_rows(values_only=True, max_col=_widest(sheet))  # type: ignore[no-any-return]


def _marked(sheet: Any) -> Iterator[Row]:
    for row in sheet.iter_rows(max_col=_widest(sheet)):
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
