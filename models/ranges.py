"""The ranges a value must keep to, so that what passes the checks is also stored on every
database (a number SQLite takes may be refused by PostgreSQL, so `migrate-to` would fail
later) and can be drawn (a date in year 9999 stops a chart).

Written once here and listed in the README ("Gränser"):
- dates entered or imported: 1990-01-01 to 2100-12-31 (action dates, milestones,
  comments, "Preliminär per", `--since`);
- number of answers: 0 to 10 000 000;
- ids typed or read from a file: 1 to 2 147 483 647 (PostgreSQL's INTEGER);
- integers in JSON: at most 20 digits (Python's int() of thousands of digits is slow).

No Qt, no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt

from models.errors import InputError

DATE_MIN = dt.date(1990, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
ANSWERS_MAX = 10_000_000
ID_MAX = 2**31 - 1
JSON_DIGITS_MAX = 20


def check_date(day: dt.date, what: str, field: str | None = None) -> dt.date:
    """`day` when it lies within DATE_MIN–DATE_MAX; else InputError naming `what`."""
    if not DATE_MIN <= day <= DATE_MAX:
        raise InputError.about(
            what,
            "{day} ligger utanför {first}–{last}.",
            field,
            day=day.isoformat(),
            first=DATE_MIN.year,
            last=DATE_MAX.year,
        )
    return day


def drawable(day: dt.date | None) -> dt.date | None:
    """A stored date as a chart may draw it: None outside DATE_MIN–DATE_MAX (a database
    written by an older version may hold 9999-12-31; the chart leaves it out and says so)."""
    if day is None or not DATE_MIN <= day <= DATE_MAX:
        return None
    return day


def check_id(value: object, what: str) -> int:
    """An id as typed or read (text or number) within 1–ID_MAX; else InputError."""
    text = str(value).strip()
    if not text.isdigit() or len(text) > len(str(ID_MAX)) or not 1 <= int(text) <= ID_MAX:
        from models.words import quoted

        largest = f"{ID_MAX:,}".replace(",", " ")
        raise InputError(f"{what}: {quoted(text, 30)} är inget id (ett heltal 1–{largest}).")
    return int(text)


def json_int(text: str) -> int:
    """`parse_int` for json.loads: a JSON integer of more than JSON_DIGITS_MAX digits is
    refused (ValueError) before Python's int() spends seconds on it."""
    if len(text.lstrip("-")) > JSON_DIGITS_MAX:
        raise ValueError(
            f"ett heltal med {len(text.lstrip('-'))} siffror (högst {JSON_DIGITS_MAX} tas emot)"
        )
    return int(text)
