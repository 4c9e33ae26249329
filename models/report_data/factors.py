"""The service factors' trends on the action pages."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from models import chart_data
from models.codes import Group


def factor_series(session: Session, today: dt.date) -> tuple[Group, dict[str, chart_data.Series]]:
    """The own municipality's factor trends for the customer group with the most values."""
    best: tuple[int, Group, dict[str, chart_data.Series]] = (-1, Group.FORETAG, {})
    for group in (Group.FORETAG, Group.TOTALT, Group.PRIVATPERSONER):
        data = chart_data.load_factors(session, group=group, today=today)
        found = {
            p.factor.value: s for p in data.panels for s in p.series if not s.comparison and s.shown
        }
        count = sum(len(s.shown) for s in found.values())
        if count > best[0]:
            best = (count, group, found)
    return best[1], best[2]
