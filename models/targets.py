"""Targets (mål): a value the group aims at for a measure, customer group, area and year of
the own municipality ("NKI företag, totalt, 2025: 75"), and how each target stands.

Targets are set and removed through the change log like every figure (models.tracking). A
target is judged against that year's own value as SKR publishes it, a whole number rounded
half up (69,7 → 70), as grades are. The statuses, checked in this order:

- `ingen_matning`: no value for that year, or one SKR does not show (too few answers),
  preliminary or not: its value is never shown;
- `preliminart`: the value is preliminary: shown beside, never judged;
- `natt`: the published value reaches the target;
- `inom_felmarginalen`: short of it by no more than the value's margin (given, or
  estimated from the answers);
- `inte_natt`: short by more, or short at all when no margin is known.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ranges, stats
from models import settings as db_settings
from models.codes import Area, Group, Measure
from models.entities import SurveyResult, Target
from models.errors import InputError, NotFoundError
from models.places import own_code
from models.results import ResultKey, check_code, check_values, check_year, find_result
from models.words import number_text


class TargetStatus(StrEnum):
    NATT = "natt"
    INOM_FELMARGINALEN = "inom_felmarginalen"
    INTE_NATT = "inte_natt"
    INGEN_MATNING = "ingen_matning"
    PRELIMINART = "preliminart"


STATUS_WORDS: dict[TargetStatus, str] = {
    TargetStatus.NATT: "nått",
    TargetStatus.INOM_FELMARGINALEN: "inte nått, men inom felmarginalen",
    TargetStatus.INTE_NATT: "inte nått",
    TargetStatus.INGEN_MATNING: "ingen mätning",
    TargetStatus.PRELIMINART: "preliminärt värde, bedöms inte",
}


@dataclass(frozen=True)
class TargetRow:
    id: int
    measure: Measure
    group: Group
    area: Area
    year: int
    value: float

    @property
    def label(self) -> str:
        """"NKI, företag, totalt, 2025: 75"."""
        return (
            f"{self.measure.label}, {self.group.label.lower()}, {self.area.label.lower()}, "
            f"{self.year}: {_fmt(self.value)}"
        )


@dataclass(frozen=True)
class TargetCheck:
    """A target and the year's own value: the status, and what it was judged on."""

    target: TargetRow
    status: TargetStatus
    value: float | None = None  # as stored (one decimal)
    published: int | None = None  # as SKR publishes it: what is judged
    margin: float | None = None
    margin_estimated: bool = False
    answers: int | None = None
    stale: bool = False  # a preliminary value past the spring of its final figures
    note: str = ""
    pending: bool = False  # no value yet, and the year's final figures are not due yet

    @property
    def words(self) -> str:
        return STATUS_WORDS[self.status]

    @property
    def status_words(self) -> str:
        """The status as the views say it, the published value beside it: "nått (76)",
        "inte nått, men inom felmarginalen (74, ±3)", "inte mätt ännu"."""
        if self.pending:
            return "inte mätt ännu"
        if self.status == TargetStatus.PRELIMINART and self.published is not None:
            return f"preliminärt värde {self.published}, bedöms inte"
        if self.published is None:
            return self.words + (f" ({self.note})" if self.note else "")
        margin = f", ±{_fmt(self.margin)}" if self.margin is not None else ""
        return f"{self.words} ({self.published}{margin})"

    @property
    def headline(self) -> str:
        """"Mål NKI företag 2025: 75 – inte mätt ännu" (the area named unless totalt). A
        preliminary value past the spring of its final figures says so: "… – preliminärt
        värde 80, bedöms inte (preliminärt sedan 2024-04-24, hämta de slutliga siffrorna)"."""
        target = self.target
        where = target.group.label.lower()
        if target.area != Area.TOTALT:
            where += f", {target.area.label.lower()}"
        stale = (f" ({self.note})" if self.stale and self.status == TargetStatus.PRELIMINART
                 and self.note else "")
        return (
            f"Mål {target.measure.label} {where} {target.year}: {_fmt(target.value)} – "
            f"{self.status_words}{stale}"
        )


def _row(target: Target) -> TargetRow:
    return TargetRow(
        target.id, target.measure, target.group, target.area, target.year, target.value
    )


def check_target(
    measure: Any, group: Any, area: Any, year: Any, value: Any
) -> tuple[Measure, Group, Area, int, float]:
    """A target as typed; an error names the field ("Värde: 105 ligger utanför 0–100.") in
    its message and in `field` (measure, group, area, year, value), for a form to mark."""
    checks: tuple[tuple[str, Callable[[], Any]], ...] = (
        ("measure", lambda: check_code(Measure, measure, "Mått")),
        ("group", lambda: check_code(Group, group, "Kundgrupp")),
        ("area", lambda: check_code(Area, area, "Myndighetsområde")),
        ("year", lambda: check_year(year)),
        ("value", lambda: check_values(value).value),
    )
    found = []
    for field, check in checks:
        try:
            found.append(check())
        except InputError as exc:
            raise InputError(exc.message, field=field) from None
    the_measure, the_group, the_area, the_year, the_value = found
    return the_measure, the_group, the_area, the_year, the_value


def _find(session: Session, measure: Measure, group: Group, area: Area, year: int) -> Target | None:
    return session.scalar(
        select(Target).where(
            Target.measure == measure,
            Target.group == group,
            Target.area == area,
            Target.year == year,
        )
    )


def set_target(
    session: Session, measure: Any, group: Any, area: Any, year: Any, value: Any
) -> TargetRow:
    """Set the target for a measure, group, area and year (replacing the one there was)."""
    the_measure, the_group, the_area, the_year, the_value = check_target(
        measure, group, area, year, value
    )
    target = _find(session, the_measure, the_group, the_area, the_year)
    if target is None:
        target = Target(
            measure=the_measure, group=the_group, area=the_area, year=the_year, value=the_value
        )
        session.add(target)
    elif target.value != the_value:
        target.value = the_value
    session.flush()
    return _row(target)


def remove_target(session: Session, target_id: Any) -> TargetRow:
    """Remove a target by its id; the removed target is returned for the message."""
    number = ranges.check_id(target_id, "Mål")
    target = session.get(Target, number)
    if target is None:
        raise NotFoundError(f"Mål {number} finns inte.")
    removed = _row(target)
    session.delete(target)
    session.flush()
    return removed


def list_targets(session: Session) -> list[TargetRow]:
    rows = [_row(t) for t in session.scalars(select(Target))]
    measures, groups, areas = list(Measure), list(Group), list(Area)
    rows.sort(
        key=lambda t: (
            t.year, measures.index(t.measure), groups.index(t.group), areas.index(t.area)
        )
    )
    return rows


def judge(
    target: TargetRow,
    row: SurveyResult | None,
    town: db_settings.DbSettings,
    today: dt.date,
) -> TargetCheck:
    """How one target stands against the year's own value (None: not measured)."""
    if row is None:
        return TargetCheck(
            target,
            TargetStatus.INGEN_MATNING,
            note="inget värde för året",
            pending=today <= town.final_figures_date(target.year),
        )
    margin = stats.margin(row.margin, row.answers, town)
    published = db_settings.published(row.value)
    found = TargetCheck(
        target,
        TargetStatus.NATT,
        value=row.value,
        published=published,
        margin=margin.value,
        margin_estimated=margin.estimated,
        answers=row.answers,
    )
    visible, hidden_reason = stats.shown(row.answers, row.year, town)
    stale = stats.is_stale(row.year, row.preliminary, today, town)
    if not visible:  # preliminary or not: SKR does not show it, so neither is its value
        note = f"{hidden_reason}: SKR visar inte värdet"
        if row.preliminary:
            note += f"; {stats.preliminary_note(row.year, row.preliminary_as_of, stale)}"
        return TargetCheck(
            target, TargetStatus.INGEN_MATNING, answers=row.answers, stale=stale, note=note
        )
    if row.preliminary:
        note = stats.preliminary_note(row.year, row.preliminary_as_of, stale)
        return replace(found, status=TargetStatus.PRELIMINART, stale=stale, note=note)
    short = round(target.value - published, 1)
    if short <= 0:
        return found
    if margin.value is not None and short <= margin.value:
        return replace(
            found,
            status=TargetStatus.INOM_FELMARGINALEN,
            note=f"{_fmt(short)} under målet",  # the margin is in the words beside it
        )
    note = f"{_fmt(short)} under målet"
    if margin.value is None:
        note += "; felmarginal okänd"
    return replace(found, status=TargetStatus.INTE_NATT, note=note)


def judge_targets(session: Session, today: dt.date | None = None) -> list[TargetCheck]:
    """Every target with its status against the own municipality's values."""
    today = today or dt.date.today()
    town = db_settings.load(session)
    own = own_code(session, town)
    checks = []
    for target in list_targets(session):
        row = None
        if own:
            key = ResultKey(own, target.year, target.group, target.area, target.measure)
            row = find_result(session, key)
        checks.append(judge(target, row, town, today))
    return checks


def _fmt(number: float) -> str:
    return number_text(f"{number:g}".replace(".", ","))
