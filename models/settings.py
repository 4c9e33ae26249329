"""Settings that belong to a database (shared by everyone who opens it).

Each setting is declared once with its default; the table holds JSON text only for the
settings someone changed.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from models import ranges, words
from models.errors import InputError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLAlchemy and the entities are imported inside load() and save(): the window's first
# paint reads the settings with sqlite3 (from_stored) before SQLAlchemy is loaded.


DEFAULT_FINAL_FIGURES_BY = "05-31"


@dataclass(frozen=True)
class GradeBand:
    lower: float
    label: str


@dataclass(frozen=True)
class DbSettings:
    municipality_code: str = ""
    municipality_name: str = ""
    # Highest band first; a value gets the first band whose lower limit it reaches.
    # Only "högt" from 70 is confirmed (SKR's scale); lower bands are each municipality's
    # own choice, so none is invented here.
    grade_bands: tuple[GradeBand, ...] = (GradeBand(70.0, "högt"), GradeBand(0.0, "under 70"))
    min_answers: int = 7
    # Per measuring year where SKR's rule differed from min_answers.
    min_answers_by_year: dict[int, int] = field(default_factory=dict)
    due_soon_days: int = 14
    # How many automatic backups of a SQLite file are kept (models.backups.daily_backup).
    backup_keep: int = 10
    # Spread of single answers on the 0–100 scale, for estimating a margin from n alone
    # (the README's section on margins says why 25).
    answer_sd: float = 25.0
    # The day ("MM-DD") of the year after a measuring year by which SKR has published the
    # final figures: a value still marked preliminary after it is stale.
    final_figures_by: str = DEFAULT_FINAL_FIGURES_BY
    # SKR's thresholds for the response rate (%): on average (area totalt) and per area.
    response_rate_min_total: float = 40.0
    response_rate_min_area: float = 30.0
    kolada_base_url: str = "https://api.kolada.se/v3"
    # When the last meeting report was made from this database (UTC, ISO): the next
    # report's "Sedan förra mötet" starts there.
    last_report_at: str = ""

    def min_answers_for(self, year: int) -> int:
        return self.min_answers_by_year.get(year, self.min_answers)

    def grade(self, value: float) -> str:
        """The band of a value as SKR publishes it: 69,7 is published as 70, so "högt"."""
        shown = published(value)
        for band in sorted(self.grade_bands, key=lambda b: -b.lower):
            if shown >= band.lower:
                return band.label
        return ""

    def final_figures_date(self, year: int) -> dt.date:
        """When the final figures of measuring year `year` are out (year + 1, final_figures_by)."""
        try:
            month, day = _month_day(self.final_figures_by)
        except InputError:  # a damaged stored value: SKR's usual date
            month, day = _month_day(DEFAULT_FINAL_FIGURES_BY)
        return dt.date(year + 1, month, day)


def published(value: float) -> int:
    """A value as SKR publishes it: a whole number, rounded half up (69,5 → 70, 69,4 → 69).

    The value as written (its shortest repr) is rounded, not the binary float.
    """
    return int(Decimal(repr(float(value))).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def _month_day(text: str) -> tuple[int, int]:
    """"05-31" → (5, 31); a day that is not in every year (02-29) or no date is refused."""
    try:
        month, day = (int(part) for part in str(text).strip().split("-"))
        dt.date(2001, month, day)
    except ValueError:
        raise InputError(
            f"Dagen för de slutliga siffrorna: {words.quoted(text)} ska vara månad-dag, t.ex. 05-31."
        ) from None
    return month, day


DEFAULTS = DbSettings()


def _encode(key: str, value: Any) -> str:
    if key == "grade_bands":
        return json.dumps([[b.lower, b.label] for b in value], ensure_ascii=False)
    if key == "min_answers_by_year":
        return json.dumps({str(k): v for k, v in value.items()})
    return json.dumps(value, ensure_ascii=False)


def _check(key: str, value: Any) -> Any:
    if key not in DbSettings.__dataclass_fields__:
        raise InputError(f"Okänd inställning: {key}")
    if key == "municipality_code":
        value = str(value).strip()
        if not (len(value) == 4 and value.isdigit()):
            raise InputError(
                f"Kommunkoden ska vara fyra siffror (t.ex. 2081), inte {words.quoted(value)}."
            )
    elif key in ("min_answers", "due_soon_days"):
        value = int(value)
        if not 0 <= value <= 1000:
            raise InputError(f"{key}: {value} ligger utanför 0–1000.")
    elif key == "backup_keep":
        value = int(value)
        if not 1 <= value <= 365:
            raise InputError(f"Antal säkerhetskopior att spara: {value} ligger utanför 1–365.")
    elif key == "answer_sd":
        value = float(value)
        if not 0 < value <= 50:
            raise InputError(f"Spridningen {value} ligger utanför 0–50.")
    elif key == "final_figures_by":
        month, day = _month_day(str(value))
        value = f"{month:02d}-{day:02d}"
    elif key in ("response_rate_min_total", "response_rate_min_area"):
        value = float(value)
        if not 0 <= value <= 100:
            raise InputError(f"Lägsta svarsfrekvens: {value:g} % ligger utanför 0–100 %.")
    elif key == "grade_bands":
        value = tuple(value)
        if not value or any(not 0 <= b.lower <= 100 for b in value):
            raise InputError("Betygsgränserna ska ligga inom 0–100.")
    return value


def stored(session: Session) -> dict[str, str]:
    """The settings table as it is: key → JSON text."""
    from sqlalchemy import select

    from models.entities import Setting

    return {s.key: s.value for s in session.scalars(select(Setting))}


def load(session: Session) -> DbSettings:
    return from_stored(stored(session))


# The JSON type each stored setting must have (bool is no number here).
_NUMBER = (int, float)
_TYPES: dict[str, tuple[type, ...]] = {
    "municipality_code": (str,),
    "municipality_name": (str,),
    "grade_bands": (list,),
    "min_answers": (int,),
    "min_answers_by_year": (dict,),
    "due_soon_days": (int,),
    "backup_keep": (int,),
    "answer_sd": _NUMBER,
    "final_figures_by": (str,),
    "response_rate_min_total": _NUMBER,
    "response_rate_min_area": _NUMBER,
    "kolada_base_url": (str,),
    "last_report_at": (str,),
}


def _stored_value(key: str, text: str) -> Any:
    """A stored setting decoded and checked (type and range), or ValueError.

    Another program or an older version may have written anything into the table: a
    value that is not what this program writes is never used (it could stop results,
    charts or the report).
    """
    try:
        raw: Any = json.loads(text, parse_int=ranges.json_int)
    except (ValueError, RecursionError):
        raise ValueError("ingen giltig JSON") from None
    if not _has_type(raw, _TYPES[key]):
        raise ValueError("fel typ")
    if isinstance(raw, float) and not math.isfinite(raw):
        raise ValueError("inget ändligt tal")
    if key == "municipality_code" and raw == "":
        return raw
    if key == "grade_bands":
        if not all(
            isinstance(b, list) and len(b) == 2 and isinstance(b[0], _NUMBER)
            and not isinstance(b[0], bool) and isinstance(b[1], str) for b in raw
        ):
            raise ValueError("fel form")
        raw = tuple(GradeBand(float(lower), label) for lower, label in raw)
    elif key == "min_answers_by_year":
        raw = _answers_by_year(raw)
    elif key == "last_report_at":
        if raw:
            dt.datetime.fromisoformat(raw)
        return raw
    elif key in ("municipality_name", "kolada_base_url"):
        return raw
    try:
        return _check(key, raw)
    except InputError as exc:
        raise ValueError(exc.message) from None


def _has_type(value: object, types: tuple[type, ...]) -> bool:
    return not isinstance(value, bool) and isinstance(value, types)


def _answers_by_year(raw: dict[str, Any]) -> dict[int, int]:
    out = {}
    for year, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1000:
            raise ValueError("fel värde")
        number = int(year)
        if not 1990 <= number <= 2100:
            raise ValueError("fel år")
        out[number] = value
    return out


def _default_text(key: str) -> str:
    value = getattr(DEFAULTS, key)
    if key == "grade_bands":
        return ", ".join(f"{b.label} från {b.lower:g}" for b in value)
    if key == "min_answers_by_year":
        return "inga"
    if value == "":
        return "tomt"
    return str(value).replace(".", ",") if isinstance(value, float) else str(value)


def from_stored(stored: dict[str, str]) -> DbSettings:
    """The settings from the table's key → JSON text pairs (defaults for the rest).

    A stored value of the wrong type or range falls back to its default (the opening
    says so once: `stored_problems`).
    """
    values = {}
    for key in DbSettings.__dataclass_fields__:
        if key in stored:
            try:
                values[key] = _stored_value(key, stored[key])
            except (ValueError, TypeError):
                continue
    return DbSettings(**values)


def stored_problems(stored: dict[str, str]) -> list[str]:
    """A Swedish warning for every stored setting that is not used (wrong type or range),
    naming it, the value found and the default used instead."""
    problems = []
    for key in DbSettings.__dataclass_fields__:
        if key not in stored:
            continue
        try:
            _stored_value(key, stored[key])
        except (ValueError, TypeError) as exc:
            problems.append(
                f"Inställningen {key} i databasen har ett ogiltigt värde "
                f"({words.quoted(stored[key], 40)}: {exc}); standardvärdet "
                f"({_default_text(key)}) används i stället."
            )
    return problems


def save(session: Session, **changes: Any) -> DbSettings:
    from models.entities import Setting

    for key, value in changes.items():
        value = _check(key, value)
        text = _encode(key, value)
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=text))
        elif row.value != text:
            row.value = text
    session.flush()
    return load(session)
