"""Survey results: one value per municipality, year, customer group, area and measure."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import ranges
from models.codes import Area, Group, Measure
from models.entities import SurveyResult
from models.errors import InputError
from models.limits import SOURCE_CHARS, grouped
from models.words import number_text, quoted

RIKET = "0000"
# Kolada's municipality groups ("liknande kommuner"): G and digits, kept as comparisons.
MUNICIPALITY_GROUP = re.compile(r"^G\d{1,11}$")


@dataclass(frozen=True)
class ResultKey:
    municipality: str
    year: int
    group: Group
    area: Area
    measure: Measure


@dataclass(frozen=True)
class ResultValues:
    value: float
    answers: int | None = None
    margin: float | None = None
    response_rate: float | None = None
    preliminary: bool = False
    source: str = ""
    # When a preliminary value was read; always None for a final value.
    preliminary_as_of: dt.date | None = None


def is_municipality_group(code: str) -> bool:
    return bool(MUNICIPALITY_GROUP.match(code))


def check_municipality(value: Any, what: str = "Kommun") -> str:
    """A municipality code (four digits, Riket 0000) or a Kolada municipality group."""
    code = str(value if value is not None else "").strip().upper()
    if (len(code) == 4 and code.isdigit()) or is_municipality_group(code):
        return code
    raise InputError(
        f"{what}: {quoted(value)} är ingen kommunkod med fyra siffror (eller kommungrupp i Kolada, "
        "G och siffror, t.ex. G124018)."
    )


def check_year(value: Any, what: str = "År") -> int:
    number = parse_number(value, what)
    if number is None or number != int(number) or not 2000 <= number <= 2100:
        raise InputError(f"{what}: {quoted(value)} är inget år mellan 2000 och 2100.")
    return int(number)


def check_measured(year: int, preliminary: bool, today: dt.date) -> None:
    """A figure for `year` can exist by `today`, or InputError naming År.

    Results are published the spring after the measuring year: a final value is for a year
    before today's at most, a preliminary one for today's year at most.
    """
    last = today.year - 1
    if year > today.year:
        raise InputError.about(
            "År", "{year} är inte mätt ännu (senast mätta år är {last}).", "year",
            year=year, last=last,
        )
    if year == today.year and not preliminary:
        raise InputError.about(
            "År",
            "{year} är inte färdigmätt ännu: ett värde för {year} kan bara vara preliminärt "
            "(senast mätta år är {last}).",
            "year", year=year, last=last,
        )


def check_code(cls: type[Any], value: Any, what: str) -> Any:
    """A code of `cls` (Group, Area, Measure) as typed, or an error naming the field."""
    if isinstance(value, cls):
        return value
    try:
        return cls.parse(str(value if value is not None else ""))
    except ValueError as exc:
        raise InputError(f"{what}: {exc}") from None


def parse_number(value: Any, what: str) -> float | None:
    """A number as a Swedish person writes it: 67,5 or 67.5, with spaces or a − sign."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float
            raise InputError(f"{what}: {quoted(value)} är inget tal som kan sparas.") from None
    else:
        text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        text = text.replace("\u2212", "-").replace(",", ".")
        if text.endswith("%"):
            text = text[:-1]
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise InputError(f"{what}: {quoted(value)} är inget tal.") from None
    if math.isnan(number) or math.isinf(number):
        raise InputError(f"{what}: {quoted(value)} är inget tal.")
    return number


def round_half_up(number: float) -> float:
    """One decimal the way a Swede rounds by hand: 70,55 → 70,6 and 70,45 → 70,5.

    Python's round() rounds the binary float (70.55 is 70.5499…) and half to even; the
    number as written (its shortest repr) is rounded half up with Decimal instead.
    """
    return float(Decimal(repr(float(number))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def check_key(municipality: Any, year: Any, group: Any, area: Any, measure: Any) -> ResultKey:
    code = check_municipality(municipality)
    number = check_year(year)
    try:
        return ResultKey(
            code,
            number,
            group if isinstance(group, Group) else Group.parse(str(group)),
            area if isinstance(area, Area) else Area.parse(str(area)),
            measure if isinstance(measure, Measure) else Measure.parse(str(measure)),
        )
    except ValueError as exc:
        raise InputError(str(exc)[0].upper() + str(exc)[1:]) from None


def check_values(
    value: Any,
    answers: Any = None,
    margin: Any = None,
    response_rate: Any = None,
    preliminary: Any = False,
    source: Any = "",
    preliminary_as_of: Any = None,
) -> ResultValues:
    """The fields of a figure as typed, checked; an error names the field.

    A preliminary value keeps its as-of date (a date or ISO text); a final value has none.
    """
    number = parse_number(value, "Värde")
    if number is None:
        raise InputError("Värde: saknas.")
    if not 0 <= number <= 100:
        raise InputError(f"Värde: {_fmt(number)} ligger utanför 0–100.")
    count = parse_number(answers, "Antal svar")
    if count is not None and (count < 0 or count != int(count)):
        raise InputError(f"Antal svar: {_fmt(count)} är inget antal (heltal 0 eller mer).")
    if count is not None and count > ranges.ANSWERS_MAX:
        largest = f"{ranges.ANSWERS_MAX:,}".replace(",", " ")
        raise InputError(f"Antal svar: {_fmt(count)} ligger utanför 0–{largest}.")
    plus_minus = parse_number(margin, "Felmarginal")
    if plus_minus is not None and not 0 <= plus_minus <= 100:
        raise InputError(f"Felmarginal: {_fmt(plus_minus)} ligger utanför 0–100.")
    rate = parse_number(response_rate, "Svarsfrekvens")
    if rate is not None and not 0 <= rate <= 100:
        raise InputError(f"Svarsfrekvens: {_fmt(rate)} ligger utanför 0–100 %.")
    is_preliminary = parse_yes_no(preliminary, "Preliminär")
    as_of = parse_day(preliminary_as_of, "Preliminär per")
    origin = str(source or "").strip()
    if len(origin) > SOURCE_CHARS:  # refused, never cut
        raise InputError(f"Källa: högst {SOURCE_CHARS} tecken (nu {grouped(len(origin))}).")
    return ResultValues(
        round_half_up(number),
        int(count) if count is not None else None,
        round_half_up(plus_minus) if plus_minus is not None else None,
        round_half_up(rate) if rate is not None else None,
        is_preliminary,
        origin,
        as_of if is_preliminary else None,
    )


def parse_day(value: Any, what: str) -> dt.date | None:
    """A date as a date, an Excel date-time or ISO text (2024-04-24); empty gives None."""
    if isinstance(value, dt.datetime):
        return ranges.check_date(value.date(), what)
    if value is None or isinstance(value, dt.date):
        return value if value is None else ranges.check_date(value, what)
    text = str(value).strip()
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text[:10] if len(text) > 10 and text[10] in " T" else text)
    except ValueError:
        raise InputError(
            f"{what}: {quoted(text)} är inget giltigt datum (skriv som 2024-04-24)."
        ) from None
    return ranges.check_date(day, what)


def parse_yes_no(value: Any, what: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("", "nej", "n", "no", "false", "0", "falskt"):
        return False
    if text in ("ja", "j", "yes", "true", "1", "sant", "x", "preliminär", "prel"):
        return True
    raise InputError(f"{what}: {quoted(value)} ska vara ja eller nej.")


def _fmt(number: float) -> str:
    return number_text(f"{number:g}".replace(".", ","))


def set_result(
    session: Session, key: ResultKey, values: ResultValues, today: dt.date | None = None
) -> SurveyResult:
    """Store a value, replacing the one for the same key if any; a year not measured by
    `today` is refused (check_measured).

    A value marked preliminary without an as-of date keeps the stored one when the value
    itself is unchanged (the same reading), and is otherwise read `today`.
    """
    today = today or dt.date.today()
    check_measured(key.year, values.preliminary, today)
    row = find_result(session, key)
    values = with_as_of(values, row, today)
    if row is None:
        row = SurveyResult(**vars(key), **vars(values))
        session.add(row)
    else:
        for name, value in vars(values).items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    session.flush()
    return row


def with_as_of(values: ResultValues, stored: Any, today: dt.date | None) -> ResultValues:
    """`values` with the as-of date of a preliminary value filled in where none is given:
    the stored one for the same preliminary value, else `today` (None: left unknown)."""
    if not values.preliminary or values.preliminary_as_of is not None:
        return values
    if (
        stored is not None
        and stored.preliminary
        and stored.value == values.value
        and stored.preliminary_as_of is not None
    ):
        return replace(values, preliminary_as_of=stored.preliminary_as_of)
    return replace(values, preliminary_as_of=today)


def find_result(session: Session, key: ResultKey) -> SurveyResult | None:
    return session.scalar(
        select(SurveyResult).where(
            SurveyResult.municipality == key.municipality,
            SurveyResult.year == key.year,
            SurveyResult.group == key.group,
            SurveyResult.area == key.area,
            SurveyResult.measure == key.measure,
        )
    )


def stored_by_key(session: Session, keys: Iterable[ResultKey]) -> dict[ResultKey, SurveyResult]:
    """The stored figures for these keys, read in a few queries instead of one per key."""
    wanted = set(keys)
    towns = sorted({k.municipality for k in wanted})
    found: dict[ResultKey, SurveyResult] = {}
    for start in range(0, len(towns), 500):
        query = select(SurveyResult).where(SurveyResult.municipality.in_(towns[start:start + 500]))
        for row in session.scalars(query):
            key = ResultKey(row.municipality, row.year, row.group, row.area, row.measure)
            if key in wanted:
                found[key] = row
    return found


def values_by_key(session: Session, keys: Iterable[ResultKey]) -> dict[ResultKey, ResultValues]:
    """The stored values of these keys, exactly (those not stored are left out)."""
    return {
        key: ResultValues(row.value, row.answers, row.margin, row.response_rate,
                          row.preliminary, row.source, row.preliminary_as_of)
        for key, row in stored_by_key(session, keys).items()
    }


def put_values(
    session: Session, keys: Iterable[ResultKey], values: dict[ResultKey, ResultValues]
) -> None:
    """Each key stored exactly as `values` says, or removed when it is not there: an
    undone or redone step on results (models/steps.py), logged row by row."""
    keys = list(keys)
    stored = stored_by_key(session, keys)
    for number, key in enumerate(keys, start=1):
        row, wanted = stored.get(key), values.get(key)
        if wanted is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(SurveyResult(**vars(key), **vars(wanted)))
        else:
            for name, value in vars(wanted).items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        if number % 500 == 0:
            session.flush()
    session.flush()


def has_results(session: Session, municipality: str) -> bool:
    """Whether the database holds any result for the municipality (a four-digit code)."""
    found = session.scalar(
        select(SurveyResult.id).where(SurveyResult.municipality == municipality).limit(1)
    )
    return found is not None


def municipality_codes(session: Session) -> list[str]:
    """Every municipality code that has a result (Riket's 0000 among them), in order."""
    return sorted(set(session.scalars(select(SurveyResult.municipality).distinct())))


def newest_group(session: Session, municipality: str, area: Area) -> Group | None:
    """The customer group whose figures for the municipality and area reach the latest
    year; the most figures, then Totalt, decide a tie. None when there are none."""
    rows = session.execute(
        select(SurveyResult.group, func.max(SurveyResult.year), func.count())
        .where(SurveyResult.municipality == municipality, SurveyResult.area == area)
        .group_by(SurveyResult.group)
    ).all()
    if not rows:
        return None
    best = max(rows, key=lambda r: (r[1], r[2], Group(r[0]) == Group.TOTALT))
    return Group(best[0])


def results_of(
    session: Session, municipalities: Iterable[str], group: Group, area: Area
) -> list[SurveyResult]:
    """Every figure (each measure and year) of the municipalities for one group and area."""
    return list(
        session.scalars(
            select(SurveyResult).where(
                SurveyResult.municipality.in_(list(municipalities)),
                SurveyResult.group == group,
                SurveyResult.area == area,
            )
        )
    )


def delete_result(session: Session, key: ResultKey) -> bool:
    row = find_result(session, key)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def list_results(
    session: Session,
    municipality: str | None = None,
    group: Group | None = None,
    area: Area | None = None,
    measure: Measure | None = None,
) -> list[SurveyResult]:
    query = select(SurveyResult)
    if municipality is not None:
        query = query.where(SurveyResult.municipality == municipality)
    if group is not None:
        query = query.where(SurveyResult.group == group)
    if area is not None:
        query = query.where(SurveyResult.area == area)
    if measure is not None:
        query = query.where(SurveyResult.measure == measure)
    groups, areas, measures = list(Group), list(Area), list(Measure)
    rows = list(session.scalars(query))
    rows.sort(
        key=lambda r: (
            r.municipality, r.year, groups.index(r.group), areas.index(r.area),
            measures.index(r.measure),
        )
    )
    return rows
