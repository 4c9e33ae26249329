"""What the charts need, read from a session into plain frozen data (no Qt, no matplotlib).

The chart functions in charts/ draw from these objects only, so they can be tested
without a database and the same data serves the screen, the exported file and print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from models import settings as db_settings
from models import stats
from models.actions import list_actions
from models.codes import TOTAL_BREAK_AFTER, Area, Factor, Group, Measure, Status
from models.entities import Action, SurveyResult
from models.ranges import DATE_MAX, DATE_MIN, drawable
from models.results import RIKET, is_municipality_group, list_results

BREAK_NOTE = (
    "Ingen linje mellan 2023 och 2024 i totalen för alla myndighetsområden: från 2024 "
    "omfattar totalen bara "
    "bygglov, miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd, "
    "så värdena är inte samma mått."
)

FACTOR_MEASURE = {
    Factor.INFORMATION: Measure.INFORMATION,
    Factor.TILLGANGLIGHET: Measure.TILLGANGLIGHET,
    Factor.BEMOTANDE: Measure.BEMOTANDE,
    Factor.KOMPETENS: Measure.KOMPETENS,
    Factor.RATTSSAKERHET: Measure.RATTSSAKERHET,
    Factor.EFFEKTIVITET: Measure.EFFEKTIVITET,
}


@dataclass(frozen=True)
class Point:
    """One year's figure. A hidden figure (too few answers) has no value to draw."""

    year: int
    value: float | None
    margin: float | None = None
    margin_estimated: bool = False
    margin_note: str = ""
    preliminary: bool = False
    answers: int | None = None
    hidden_reason: str = ""

    @property
    def hidden(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Series:
    """A measure over the years for one municipality, customer group and area."""

    label: str
    municipality: str
    group: Group
    area: Area
    measure: Measure
    points: tuple[Point, ...]
    comparison: bool = False
    break_after: int | None = None

    @property
    def shown(self) -> tuple[Point, ...]:
        return tuple(p for p in self.points if not p.hidden)

    def segments(self) -> list[tuple[Point, ...]]:
        """Runs of shown points that a line may join: split at the break and hidden years."""
        runs: list[list[Point]] = []
        current: list[Point] = []
        for point in sorted(self.points, key=lambda p: p.year):
            crosses = (
                current
                and self.break_after is not None
                and current[-1].year <= self.break_after < point.year
            )
            if point.hidden or crosses:
                if current:
                    runs.append(current)
                current = []
            if not point.hidden:
                current.append(point)
        if current:
            runs.append(current)
        return [tuple(run) for run in runs]

    def crosses_break(self) -> bool:
        years = [p.year for p in self.shown]
        return (
            self.break_after is not None
            and any(y <= self.break_after for y in years)
            and any(y > self.break_after for y in years)
        )


@dataclass(frozen=True)
class MilestoneItem:
    date: dt.date
    text: str


@dataclass(frozen=True)
class ActionItem:
    id: int
    title: str
    status: Status
    start: dt.date | None
    due: dt.date | None
    completed: dt.date | None
    progress: int
    milestones: tuple[MilestoneItem, ...] = ()
    factors: tuple[Factor, ...] = ()
    areas: tuple[Area, ...] = ()
    overdue: bool = False
    # Stored dates left out of the drawing (outside models.ranges' 1990–2100), as
    # "slutdatum 9999-12-31": a database written by an older version may hold them.
    undrawn: tuple[str, ...] = ()

    @property
    def end(self) -> dt.date | None:
        """Where the lane ends: the completion of a finished action, else the due date."""
        if self.status.is_closed and self.completed is not None:
            return self.completed
        return self.due

    @property
    def dated(self) -> bool:
        return any((self.start, self.due, self.completed)) or bool(self.milestones)

    def dates(self) -> list[dt.date]:
        found = [d for d in (self.start, self.due, self.completed) if d is not None]
        return found + [m.date for m in self.milestones]


@dataclass(frozen=True)
class NkiData:
    municipality_name: str
    area: Area
    series: tuple[Series, ...]
    actions: tuple[ActionItem, ...]
    today: dt.date
    high_from: float | None = 70.0
    high_label: str = "högt"
    target: float | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactorPanel:
    factor: Factor
    series: tuple[Series, ...]
    actions: tuple[ActionItem, ...]


@dataclass(frozen=True)
class FactorsData:
    municipality_name: str
    group: Group
    area: Area
    panels: tuple[FactorPanel, ...]
    today: dt.date
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineData:
    actions: tuple[ActionItem, ...]
    today: dt.date


@dataclass(frozen=True)
class FactorSummary:
    """A factor's latest shown value and its change from the shown year before."""

    factor: Factor
    year: int | None = None
    value: float | None = None
    previous_year: int | None = None
    difference: float | None = None
    real: bool | None = None
    note: str = ""
    preliminary: bool = False


@dataclass(frozen=True)
class MatrixData:
    group: Group
    area: Area
    actions: tuple[ActionItem, ...]
    factors: tuple[FactorSummary, ...]


@dataclass(frozen=True)
class StatusData:
    counts: tuple[tuple[Status, int], ...]
    overdue: int
    undated: int
    today: dt.date
    overdue_titles: tuple[str, ...] = field(default=())

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def action_item(action: Action, today: dt.date) -> ActionItem:
    named = {"start": action.start, "slutdatum": action.due, "klar": action.completed}
    named.update({f"milstolpe {m.text[:30]}": m.date for m in action.milestones})
    undrawn = tuple(
        f"{what} {day.isoformat()}" for what, day in named.items()
        if day is not None and drawable(day) is None
    )
    return ActionItem(
        id=action.id,
        title=action.title,
        status=action.status,
        start=drawable(action.start),
        due=drawable(action.due),
        completed=drawable(action.completed),
        progress=action.progress,
        milestones=tuple(
            MilestoneItem(m.date, m.text) for m in action.milestones if drawable(m.date)
        ),
        factors=tuple(action.factors),
        areas=tuple(action.areas),
        overdue=action.is_overdue(today),
        undrawn=undrawn,
    )


def undrawn_note(actions: Iterable[ActionItem]) -> list[str]:
    """A note naming the stored dates a chart leaves out (see ActionItem.undrawn)."""
    found = [f"”{a.title[:60]}” ({', '.join(a.undrawn)})" for a in actions if a.undrawn]
    if not found:
        return []
    return [
        f"Datum utanför {DATE_MIN.year}–{DATE_MAX.year} ritas inte: {'; '.join(found[:5])}"
        + (f" och {len(found) - 5} till" if len(found) > 5 else "") + "."
    ]


def load_actions(session: Session, today: dt.date | None = None) -> tuple[ActionItem, ...]:
    today = today or dt.date.today()
    return tuple(action_item(a, today) for a in list_actions(session, today=today))


def _point(row: SurveyResult, town: db_settings.DbSettings) -> Point:
    m = stats.margin(row.margin, row.answers, town)
    visible, reason = stats.shown(row.answers, row.year, town)
    return Point(
        year=row.year,
        value=row.value if visible else None,
        margin=m.value,
        margin_estimated=m.estimated,
        margin_note=m.note,
        preliminary=row.preliminary,
        answers=row.answers,
        hidden_reason=reason,
    )


def _in_years(year: int, years: tuple[int, int] | None) -> bool:
    return years is None or years[0] <= year <= years[1]


def _series(
    rows: Iterable[SurveyResult],
    town: db_settings.DbSettings,
    municipality: str,
    group: Group,
    area: Area,
    measure: Measure,
    years: tuple[int, int] | None,
    comparison: bool,
) -> Series | None:
    points = tuple(
        _point(r, town)
        for r in sorted(rows, key=lambda r: r.year)
        if r.municipality == municipality
        and r.group == group
        and r.area == area
        and r.measure == measure
        and _in_years(r.year, years)
    )
    if not points:
        return None
    label = group.label
    if comparison:
        label = f"{municipality_label(municipality)}, {group.label.lower()}"
    return Series(
        label=label,
        municipality=municipality,
        group=group,
        area=area,
        measure=measure,
        points=points,
        comparison=comparison,
        break_after=TOTAL_BREAK_AFTER if area == Area.TOTALT else None,
    )


def municipality_label(code: str, own_code: str = "", own_name: str = "") -> str:
    if code == RIKET:
        return "Riket"
    if is_municipality_group(code):
        return f"Kommungrupp {code}"
    if own_code and code == own_code and own_name:
        return own_name
    return f"Kommun {code}"


def municipalities(session: Session) -> list[str]:
    """The municipality codes that have results, Riket first."""
    codes = sorted({r.municipality for r in list_results(session)})
    return sorted(codes, key=lambda c: (c != RIKET, c))


def own_code(session: Session, town: db_settings.DbSettings) -> str:
    """The database's own municipality; before it is set, the one (not Riket, not a Kolada
    group) with results."""
    if town.municipality_code:
        return town.municipality_code
    others = [
        c for c in municipalities(session) if c != RIKET and not is_municipality_group(c)
    ]
    return others[0] if others else ""


def result_years(session: Session) -> list[int]:
    return sorted({r.year for r in list_results(session)})


def _name(series: Series) -> str:
    if series.measure == Measure.NKI:
        return series.label
    return f"{series.measure.label} ({series.label.lower()})"


def _notes(series: Iterable[Series]) -> tuple[str, ...]:
    notes: list[str] = []
    all_series = list(series)
    if any(s.crosses_break() for s in all_series):
        notes.append(BREAK_NOTE)
    hidden = [
        f"{_name(s)} {p.year}: {p.hidden_reason}" for s in all_series for p in s.points if p.hidden
    ]
    if hidden:
        notes.append("Visas inte (för få svar): " + "; ".join(hidden) + ".")
    if any(p.preliminary for s in all_series for p in s.shown):
        notes.append("Ofyllda punkter är preliminära värden.")
    if any(p.margin_estimated for s in all_series for p in s.shown):
        notes.append("Felmarginalen är uppskattad från antalet svar där den inte är angiven.")
    unknown = [
        f"{_name(s)} " + ", ".join(str(p.year) for p in s.shown if p.margin is None)
        for s in all_series
        if any(p.margin is None for p in s.shown)
    ]
    if unknown:
        notes.append("Felmarginal okänd (antal svar saknas): " + "; ".join(unknown) + ".")
    return tuple(notes)


def load_nki(
    session: Session,
    area: Area = Area.TOTALT,
    group: Group | None = None,
    comparison: str | None = None,
    years: tuple[int, int] | None = None,
    target: float | None = None,
    today: dt.date | None = None,
) -> NkiData:
    """NKI for the own municipality per customer group (or one group), and a comparison."""
    today = today or dt.date.today()
    town = db_settings.load(session)
    own = own_code(session, town)
    rows = list_results(session, area=area, measure=Measure.NKI)
    groups = [group] if group is not None else list(Group)
    series: list[Series] = []
    for g in groups:
        found = _series(rows, town, own, g, area, Measure.NKI, years, comparison=False)
        if found is not None:
            series.append(found)
    if comparison and comparison != own:
        own_groups = [s.group for s in series] or groups
        for g in own_groups:
            found = _series(rows, town, comparison, g, area, Measure.NKI, years, comparison=True)
            if found is not None:
                series.append(found)
    notes = list(_notes(series))
    if comparison and not any(s.comparison for s in series):
        notes.append(
            f"Inga NKI-värden för {municipality_label(comparison)} att jämföra med "
            f"({area.label.lower()})."
        )
    high = _high_band(town)
    actions = tuple(
        a
        for a in load_actions(session, today)
        if not a.areas or area == Area.TOTALT or area in a.areas
    )
    notes += undrawn_note(actions)
    return NkiData(
        municipality_name=town.municipality_name,
        area=area,
        series=tuple(series),
        actions=actions,
        today=today,
        high_from=high[0],
        high_label=high[1],
        target=target,
        notes=tuple(notes),
    )


def _high_band(town: db_settings.DbSettings) -> tuple[float | None, str]:
    for band in town.grade_bands:
        if band.label.strip().lower() == "högt":
            return band.lower, band.label
    bands = sorted(town.grade_bands, key=lambda b: -b.lower)
    if bands and bands[0].lower > 0:
        return bands[0].lower, bands[0].label
    return None, ""


def load_factors(
    session: Session,
    group: Group = Group.FORETAG,
    area: Area = Area.TOTALT,
    comparison: str | None = None,
    years: tuple[int, int] | None = None,
    today: dt.date | None = None,
) -> FactorsData:
    today = today or dt.date.today()
    town = db_settings.load(session)
    own = own_code(session, town)
    rows = list_results(session, group=group, area=area)
    actions = load_actions(session, today)
    panels: list[FactorPanel] = []
    every: list[Series] = []
    for factor, measure in FACTOR_MEASURE.items():
        found: list[Series] = []
        mine = _series(rows, town, own, group, area, measure, years, False)
        if mine is not None:
            found.append(mine)
        if comparison and comparison != own:
            other = _series(rows, town, comparison, group, area, measure, years, True)
            if other is not None:
                found.append(other)
        every.extend(found)
        aimed = tuple(a for a in actions if factor in a.factors)
        panels.append(FactorPanel(factor, tuple(found), aimed))
    return FactorsData(
        municipality_name=town.municipality_name,
        group=group,
        area=area,
        panels=tuple(panels),
        today=today,
        notes=_notes(every) + tuple(undrawn_note(actions)),
    )


def load_timeline(session: Session, today: dt.date | None = None) -> TimelineData:
    today = today or dt.date.today()
    return TimelineData(load_actions(session, today), today)


def summarise_factor(series: Series | None, factor: Factor) -> FactorSummary:
    """The latest shown value of a factor and whether its change is larger than the margins."""
    if series is None or not series.shown:
        return FactorSummary(factor, note="inga värden")
    shown = sorted(series.shown, key=lambda p: p.year)
    last = shown[-1]
    if len(shown) == 1:
        return FactorSummary(
            factor, last.year, last.value, note="ett år", preliminary=last.preliminary
        )
    before = shown[-2]
    assert last.value is not None and before.value is not None
    if series.break_after is not None and before.year <= series.break_after < last.year:
        return FactorSummary(
            factor,
            last.year,
            last.value,
            before.year,
            None,
            None,
            "ej jämförbart med året före (mätningen ändrades 2024)",
            last.preliminary,
        )
    found = stats.change(
        before.value,
        stats.Margin(before.margin, before.margin_estimated, before.margin_note),
        last.value,
        stats.Margin(last.margin, last.margin_estimated, last.margin_note),
        preliminary=before.preliminary or last.preliminary,
    )
    return FactorSummary(
        factor,
        last.year,
        last.value,
        before.year,
        found.difference,
        found.real,
        found.note,
        last.preliminary,
    )


def factor_counts(session: Session, area: Area = Area.TOTALT) -> dict[Group, int]:
    """How many own service-factor values each customer group has in `area`."""
    town = db_settings.load(session)
    own = own_code(session, town)
    measures = set(FACTOR_MEASURE.values())
    counts = {group: 0 for group in (Group.FORETAG, Group.TOTALT, Group.PRIVATPERSONER)}
    for row in list_results(session, municipality=own, area=area):
        if row.measure in measures and row.value is not None and row.group in counts:
            counts[row.group] += 1
    return counts


def factor_group(session: Session, area: Area = Area.TOTALT) -> Group:
    """The customer group with the most own service-factor values in `area` (a tie goes to
    företag, then totalt): what a factor chart shows when no group is chosen."""
    counts = factor_counts(session, area)
    return max(counts, key=lambda g: counts[g])  # max keeps the first of equals


def load_matrix(
    session: Session,
    group: Group = Group.FORETAG,
    area: Area = Area.TOTALT,
    today: dt.date | None = None,
) -> MatrixData:
    today = today or dt.date.today()
    town = db_settings.load(session)
    own = own_code(session, town)
    rows = list_results(session, municipality=own, group=group, area=area)
    summaries = []
    for factor, measure in FACTOR_MEASURE.items():
        series = _series(rows, town, own, group, area, measure, None, False)
        summaries.append(summarise_factor(series, factor))
    return MatrixData(group, area, load_actions(session, today), tuple(summaries))


def load_status(session: Session, today: dt.date | None = None) -> StatusData:
    today = today or dt.date.today()
    actions = load_actions(session, today)
    counts = tuple((s, sum(1 for a in actions if a.status == s)) for s in Status)
    late = tuple(a.title for a in actions if a.overdue)
    return StatusData(
        counts=counts,
        overdue=len(late),
        undated=sum(1 for a in actions if not a.dated),
        today=today,
        overdue_titles=late,
    )
