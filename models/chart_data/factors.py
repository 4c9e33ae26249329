"""What the service-factor charts need: one panel per factor with the actions aimed at
it, and each factor's latest value and change for the matrix."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import settings as db_settings
from models import stats
from models.chart_data.actions import ActionItem, load_actions, undrawn_note
from models.chart_data.series import FACTOR_MEASURE, Series, in_years, series_notes, series_of
from models.chart_data.targets import aimed, load_targets
from models.codes import Area, Factor, Group
from models.places import own_code
from models.results import list_results
from models.targets import TargetCheck


@dataclass(frozen=True)
class FactorPanel:
    factor: Factor
    series: tuple[Series, ...]
    actions: tuple[ActionItem, ...]
    targets: tuple[TargetCheck, ...] = ()


@dataclass(frozen=True)
class FactorsData:
    municipality_name: str
    group: Group
    area: Area
    panels: tuple[FactorPanel, ...]
    today: dt.date
    notes: tuple[str, ...] = ()


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
    checks = load_targets(session, today)
    panels: list[FactorPanel] = []
    every: list[Series] = []
    for factor, measure in FACTOR_MEASURE.items():
        found: list[Series] = []
        mine = series_of(rows, town, own, group, area, measure, years, False)
        if mine is not None:
            found.append(mine)
        if comparison and comparison != own:
            other = series_of(rows, town, comparison, group, area, measure, years, True)
            if other is not None:
                found.append(other)
        every.extend(found)
        aimed_at = tuple(a for a in actions if factor in a.factors)
        targets = tuple(
            t for t in aimed(checks, [measure], [group], area) if in_years(t.target.year, years)
        )
        panels.append(FactorPanel(factor, tuple(found), aimed_at, targets))
    return FactorsData(
        municipality_name=town.municipality_name,
        group=group,
        area=area,
        panels=tuple(panels),
        today=today,
        notes=tuple(series_notes(every, town, today)) + tuple(undrawn_note(actions)),
    )


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
        series = series_of(rows, town, own, group, area, measure, None, False)
        summaries.append(summarise_factor(series, factor))
    return MatrixData(group, area, load_actions(session, today), tuple(summaries))
