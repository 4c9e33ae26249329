"""The trend of the service factors an action aims at, in the areas it aims at (area totalt
when it names none), for its page in the report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import settings as db_settings
from models.chart_data.series import FACTOR_MEASURE, Series, series_of
from models.chart_data.targets import aimed
from models.codes import Area, Group
from models.entities import Action
from models.places import own_code
from models.results import list_results
from models.targets import TargetCheck

GROUPS = (Group.FORETAG, Group.TOTALT, Group.PRIVATPERSONER)  # a tie goes to the first


@dataclass(frozen=True)
class ActionTrend:
    """The own figures of an action's factors in its areas, for one customer group: the one
    with the most values there. `series` are (label, series): "Information" or, with more
    than one area, "Information, bygglov"."""

    group: Group
    areas: tuple[Area, ...]
    series: tuple[tuple[str, Series], ...]
    targets: tuple[TargetCheck, ...] = ()


def action_trends(
    session: Session, actions: Sequence[Action], targets: Sequence[TargetCheck]
) -> dict[int, ActionTrend]:
    """Each action's trend (by id), for the actions that aim at a factor."""
    town = db_settings.load(session)
    own = own_code(session, town)
    rows = list_results(session, municipality=own) if own else []
    found: dict[int, ActionTrend] = {}
    for action in actions:
        if not action.factors:
            continue
        areas = tuple(action.areas) or (Area.TOTALT,)
        best: tuple[int, Group, list[tuple[str, Series]]] = (-1, Group.FORETAG, [])
        for group in GROUPS:
            mine: list[tuple[str, Series]] = []
            for area in areas:
                for factor in action.factors:
                    one = series_of(
                        rows, town, own, group, area, FACTOR_MEASURE[factor], None, False
                    )
                    if one is not None and one.shown:
                        where = f", {area.label.lower()}" if len(areas) > 1 else ""
                        mine.append((f"{factor.label}{where}", one))
            count = sum(len(s.shown) for _, s in mine)
            if count > best[0]:
                best = (count, group, mine)
        _, group, mine = best
        measures = [FACTOR_MEASURE[f] for f in action.factors]
        aimed_at = tuple(t for area in areas for t in aimed(targets, measures, [group], area))
        found[action.id] = ActionTrend(group, areas, tuple(mine), aimed_at)
    return found
