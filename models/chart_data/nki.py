"""What the NKI chart needs: NKI per customer group over the years, a comparison, the
actions on the same time axis, the "högt" band and the targets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import settings as db_settings
from models.chart_data.actions import ActionItem, load_actions, undrawn_note
from models.chart_data.series import Series, in_years, series_notes, series_of
from models.chart_data.targets import aimed, load_targets
from models.codes import Area, Group, Measure
from models.places import municipality_label, own_code
from models.results import list_results
from models.targets import TargetCheck


@dataclass(frozen=True)
class NkiData:
    municipality_name: str
    area: Area
    series: tuple[Series, ...]
    actions: tuple[ActionItem, ...]
    today: dt.date
    high_from: float | None = 70.0
    high_label: str = "högt"
    target: float | None = None  # a line at a level the user asks for (not stored)
    notes: tuple[str, ...] = ()
    targets: tuple[TargetCheck, ...] = ()  # the stored targets of these groups and area


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
        found = series_of(rows, town, own, g, area, Measure.NKI, years, comparison=False)
        if found is not None:
            series.append(found)
    if comparison and comparison != own:
        own_groups = [s.group for s in series] or groups
        for g in own_groups:
            found = series_of(rows, town, comparison, g, area, Measure.NKI, years, comparison=True)
            if found is not None:
                series.append(found)
    notes = list(series_notes(series, town, today))
    if comparison and not any(s.comparison for s in series):
        notes.append(
            f"Inga NKI-värden för {municipality_label(comparison)} att jämföra med "
            f"({area.label.lower()})."
        )
    high = _high_band(town)
    targets = aimed(load_targets(session, today), [Measure.NKI], groups, area)
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
        targets=tuple(t for t in targets if in_years(t.target.year, years)),
    )


def _high_band(town: db_settings.DbSettings) -> tuple[float | None, str]:
    for band in town.grade_bands:
        if band.label.strip().lower() == "högt":
            return band.lower, band.label
    bands = sorted(town.grade_bands, key=lambda b: -b.lower)
    if bands and bands[0].lower > 0:
        return bands[0].lower, bands[0].label
    return None, ""
