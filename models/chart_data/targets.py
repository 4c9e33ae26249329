"""The targets (mål) a chart shows: those of its measures, customer groups and area, each with
its status against the year's own value (models.targets)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from models.codes import Area, Group, Measure
from models.targets import TargetCheck, judge_targets


def load_targets(session: Session, today: dt.date) -> tuple[TargetCheck, ...]:
    """Every target, judged: one read for a chart that filters them per panel."""
    return tuple(judge_targets(session, today))


def aimed(
    checks: Iterable[TargetCheck],
    measures: Iterable[Measure],
    groups: Iterable[Group],
    area: Area,
) -> tuple[TargetCheck, ...]:
    """The targets for these measures and customer groups in `area`, by year."""
    wanted_measures, wanted_groups = set(measures), set(groups)
    return tuple(
        sorted(
            (
                c
                for c in checks
                if c.target.measure in wanted_measures
                and c.target.group in wanted_groups
                and c.target.area == area
            ),
            key=lambda c: (c.target.year, list(Group).index(c.target.group)),
        )
    )
