"""The latest NKI per customer group: what the report's first page (and a later overview)
leads with.

The headline is the latest *final* value of area totalt that SKR shows (enough answers),
with its margin and its change from the previous final year, judged as everywhere
(models.effect.judge: the combined margin, the 2024 break of the total respected). A newer
preliminary value stands beside it, never in its place, with whether it is stale (still
preliminary after the spring its final figures come out).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import settings as db_settings
from models.codes import Area, Group, Measure
from models.effect import Judgement, YearValue, judge, year_value
from models.places import own_code
from models.results import list_results

GROUP_ORDER = (Group.TOTALT, Group.FORETAG, Group.PRIVATPERSONER)


@dataclass(frozen=True)
class LatestNki:
    group: Group
    final: YearValue | None  # the latest final value shown; None when there is none yet
    previous: YearValue | None = None  # the final year before it
    judgement: Judgement | None = None  # previous → final; None without a previous year
    preliminary: YearValue | None = None  # a newer preliminary value, beside the final
    source: str = ""

    @property
    def stale(self) -> bool:
        return self.preliminary is not None and self.preliminary.stale


def latest_nki(
    session: Session, today: dt.date | None = None, area: Area = Area.TOTALT
) -> list[LatestNki]:
    """One entry per customer group with NKI values shown (totalt, företag, privatpersoner)."""
    today = today or dt.date.today()
    town = db_settings.load(session)
    own = own_code(session, town)
    rows = list_results(session, municipality=own, area=area, measure=Measure.NKI) if own else []
    found: list[LatestNki] = []
    for group in GROUP_ORDER:
        mine = sorted((r for r in rows if r.group == group), key=lambda r: r.year)
        values = [(year_value(r, town, today), r.source) for r in mine]
        shown = [(v, source) for v, source in values if v.shown]
        finals = [(v, source) for v, source in shown if not v.preliminary]
        newest = shown[-1] if shown else None
        if newest is None:
            continue
        if not finals:
            found.append(LatestNki(group, None, preliminary=newest[0], source=newest[1]))
            continue
        final, source = finals[-1]
        newer = newest[0] if newest[0].preliminary and newest[0].year > final.year else None
        previous = finals[-2][0] if len(finals) > 1 else None
        judgement = judge(previous, final, area) if previous is not None else None
        found.append(LatestNki(group, final, previous, judgement, newer, source))
    return found
