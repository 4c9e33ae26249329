"""A measure over the years, as the charts draw it: points with their margins, runs that
stop at the 2024 break of the total and at hidden years, and the notes that explain them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from models import settings as db_settings
from models import stats
from models.codes import TOTAL_BREAK_AFTER, Area, Factor, Group, Measure
from models.entities import SurveyResult
from models.places import municipality_label

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


def point_of(row: SurveyResult, town: db_settings.DbSettings) -> Point:
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


def in_years(year: int, years: tuple[int, int] | None) -> bool:
    return years is None or years[0] <= year <= years[1]


def series_of(
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
        point_of(r, town)
        for r in sorted(rows, key=lambda r: r.year)
        if r.municipality == municipality
        and r.group == group
        and r.area == area
        and r.measure == measure
        and in_years(r.year, years)
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


def series_name(series: Series) -> str:
    if series.measure == Measure.NKI:
        return series.label
    return f"{series.measure.label} ({series.label.lower()})"


def series_notes(
    series: Iterable[Series], town: db_settings.DbSettings | None = None,
    today: dt.date | None = None,
) -> tuple[str, ...]:
    """The chart's notes on its figures; with `town` and `today`, also the preliminary
    points still preliminary after their final figures were due (stale)."""
    notes: list[str] = []
    all_series = list(series)
    if any(s.crosses_break() for s in all_series):
        notes.append(BREAK_NOTE)
    hidden = [
        f"{series_name(s)} {p.year}: {p.hidden_reason}"
        for s in all_series
        for p in s.points
        if p.hidden
    ]
    if hidden:
        notes.append("Visas inte (för få svar): " + "; ".join(hidden) + ".")
    if any(p.preliminary for s in all_series for p in s.shown):
        notes.append("Ofyllda punkter är preliminära värden.")
    if town is not None and today is not None:
        stale = [
            f"{series_name(s)} {p.year}"
            for s in all_series
            for p in s.shown
            if stats.is_stale(p.year, p.preliminary, today, town)
        ]
        if stale:
            notes.append(
                "Fortfarande preliminärt fast de slutliga siffrorna borde vara publicerade: "
                + "; ".join(stale) + " (hämta de slutliga siffrorna)."
            )
    if any(p.margin_estimated for s in all_series for p in s.shown):
        notes.append("Felmarginalen är uppskattad från antalet svar där den inte är angiven.")
    unknown = [
        f"{series_name(s)} " + ", ".join(str(p.year) for p in s.shown if p.margin is None)
        for s in all_series
        if any(p.margin is None for p in s.shown)
    ]
    if unknown:
        notes.append("Felmarginal okänd (antal svar saknas): " + "; ".join(unknown) + ".")
    return tuple(notes)
