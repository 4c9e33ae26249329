"""The report's "Senaste NKI": the latest final value per customer group, its change from
the final year before and a newer preliminary value beside it (models.latest)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from models import settings as db_settings
from models import stats
from models.codes import Group
from models.effect import WORDS, Reason, Verdict, YearValue
from models.latest import latest_nki


@dataclass(frozen=True)
class NkiLine:
    """The latest final NKI of one customer group, its change from the final year before,
    and a newer preliminary value beside it. `preliminary` is True only for a group that
    has no final value yet (the line is then the preliminary one)."""

    group: Group
    year: int
    value: float
    preliminary: bool
    answers: int | None
    margin_note: str
    previous_year: int | None = None
    previous_value: float | None = None
    difference: float | None = None
    real: bool | None = None
    change_note: str = ""
    source: str = ""
    # A newer preliminary value than the final one above, shown beside it, never instead.
    preliminary_year: int | None = None
    preliminary_value: float | None = None
    preliminary_answers: int | None = None
    # "preliminärt sedan 2024-04-24, hämta de slutliga siffrorna" when stale
    preliminary_note: str = ""
    stale: bool = False


def nki_lines(
    session: Session, town: db_settings.DbSettings, today: dt.date
) -> tuple[NkiLine, ...]:
    """The first page's NKI: the latest final value per group (models.latest), a newer
    preliminary one beside it."""
    lines = []
    for latest in latest_nki(session, today):
        newer = latest.preliminary
        if latest.final is None:
            assert newer is not None  # a group with only preliminary values so far
            lines.append(
                NkiLine(
                    latest.group,
                    newer.year,
                    newer.value,
                    True,
                    newer.answers,
                    margin_note(newer, town),
                    source=latest.source,
                    preliminary_note=newer.preliminary_note,
                    stale=newer.stale,
                )
            )
            continue
        final = latest.final
        line = NkiLine(
            latest.group,
            final.year,
            final.value,
            False,
            final.answers,
            margin_note(final, town),
            source=latest.source,
        )
        if latest.previous is not None and latest.judgement is not None:
            judged = latest.judgement
            real = None
            if judged.verdict in (Verdict.OKAT, Verdict.MINSKAT):
                real = True
            elif judged.verdict == Verdict.INGEN_SAKER_FORANDRING:
                real = False
            note = WORDS[judged.reason] if judged.reason == Reason.SERIEBROTT else judged.note
            line = replace(
                line,
                previous_year=latest.previous.year,
                previous_value=latest.previous.value,
                difference=judged.change if judged.reason != Reason.SERIEBROTT else None,
                real=real,
                change_note=note,
            )
        if newer is not None:
            line = replace(
                line,
                preliminary_year=newer.year,
                preliminary_value=newer.value,
                preliminary_answers=newer.answers,
                preliminary_note=newer.preliminary_note,
                stale=newer.stale,
            )
        lines.append(line)
    return tuple(lines)


def margin_note(value: YearValue, town: db_settings.DbSettings) -> str:
    given = None if value.margin_estimated else value.margin
    return stats.margin(given, value.answers, town).note
