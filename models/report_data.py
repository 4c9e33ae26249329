"""What the meeting report ("Mötesunderlag") says, read from a session into plain data.

charts/report.py lays it out on A4 pages. Here: the latest NKI and whether its change is
larger than the margins, the actions by status, the late and soon-due ones, what happened
since the last meeting (from the change log and the comments), every action with its
milestones and comments, and where the figures come from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import chart_data, stats
from models import settings as db_settings
from models.actions import actions_query
from models.codes import TOTAL_BREAK_AFTER, Area, Group, Status
from models.effect import WORDS, Reason, Verdict, YearValue
from models.entities import Action, ChangeLogEntry, Comment, local_time, utcnow
from models.latest import latest_nki
from models.results import list_results

NO_PREVIOUS_DAYS = 30


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


@dataclass(frozen=True)
class CommentItem:
    date: dt.date
    author: str
    text: str
    status: Status
    progress: int


@dataclass(frozen=True)
class ActionReport:
    id: int
    title: str
    description: str
    unit: str
    owner: str
    status: Status
    assessment: str
    start: dt.date | None
    due: dt.date | None
    completed: dt.date | None
    progress: int
    factors: tuple[str, ...]
    factor_codes: tuple[str, ...]
    areas: tuple[str, ...]
    expected_effect: str
    milestones: tuple[str, ...]
    comments: tuple[CommentItem, ...]  # newest first
    overdue: bool
    due_soon: bool
    version: int
    updated: str

    @property
    def latest_comment(self) -> CommentItem | None:
        return self.comments[0] if self.comments else None


@dataclass(frozen=True)
class Event:
    """One thing that happened since the last meeting."""

    at: dt.datetime  # local time
    title: str
    text: str
    who: str = ""


@dataclass(frozen=True)
class SinceSection:
    since: dt.datetime  # local time
    reason: str  # why this date: the last report, --since, or no report yet
    status_changes: tuple[Event, ...] = ()
    finished: tuple[Event, ...] = ()
    new_actions: tuple[Event, ...] = ()
    removed: tuple[Event, ...] = ()
    due_changes: tuple[Event, ...] = ()
    comments: tuple[Event, ...] = ()

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.status_changes,
                self.finished,
                self.new_actions,
                self.removed,
                self.due_changes,
                self.comments,
            )
        )


@dataclass(frozen=True)
class ReportData:
    municipality_name: str
    municipality_code: str
    made_at: dt.datetime  # local time
    today: dt.date
    nki: tuple[NkiLine, ...]
    counts: tuple[tuple[Status, int], ...]
    overdue: tuple[ActionReport, ...]
    due_soon: tuple[ActionReport, ...]
    due_soon_days: int
    since: SinceSection
    actions: tuple[ActionReport, ...]
    footnotes: tuple[str, ...] = field(default=())
    nki_chart: chart_data.NkiData | None = None
    timeline: chart_data.TimelineData | None = None
    # The trend of each service factor (by code) for the customer group with most values.
    factor_group: Group = Group.FORETAG
    factor_series: dict[str, chart_data.Series] = field(default_factory=dict)


def _date_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _action_report(action: Action, today: dt.date, soon_days: int) -> ActionReport:
    comments = tuple(
        CommentItem(c.date, c.author, c.text, c.status, c.progress)
        for c in sorted(action.comments, key=lambda c: (c.date, c.id), reverse=True)
    )
    milestones = tuple(
        f"{m.date.isoformat()}{' ' + m.time_span if m.time_span else ''}: {m.text}"
        for m in action.milestones
    )
    updated = ""
    if action.updated_at:
        updated = f"{local_time(action.updated_at):%Y-%m-%d %H:%M}"
        if action.updated_by:
            updated += f" av {action.updated_by}"
    return ActionReport(
        id=action.id,
        title=action.title,
        description=action.description,
        unit=action.unit.name if action.unit else "",
        owner=action.owner.name if action.owner else "",
        status=action.status,
        assessment=action.assessment.label if action.assessment else "",
        start=action.start,
        due=action.due,
        completed=action.completed,
        progress=action.progress,
        factors=tuple(f.label for f in action.factors),
        factor_codes=tuple(f.value for f in action.factors),
        areas=tuple(a.label for a in action.areas),
        expected_effect=action.expected_effect,
        milestones=milestones,
        comments=comments,
        overdue=action.is_overdue(today),
        due_soon=action.is_due_soon(today, soon_days),
        version=action.version,
        updated=updated,
    )


def _nki_lines(session: Session, town: db_settings.DbSettings, today: dt.date) -> tuple[NkiLine, ...]:
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
                    _margin_note(newer, town),
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
            _margin_note(final, town),
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


def _margin_note(value: YearValue, town: db_settings.DbSettings) -> str:
    given = None if value.margin_estimated else value.margin
    return stats.margin(given, value.answers, town).note


def _since(
    session: Session,
    town: db_settings.DbSettings,
    since: dt.date | dt.datetime | None,
    now_utc: dt.datetime,
) -> tuple[dt.datetime, str]:
    """The start of "Sedan förra mötet" in UTC, and why that moment."""
    if isinstance(since, dt.datetime):
        return since, f"från {local_time(since):%Y-%m-%d %H:%M}"
    if isinstance(since, dt.date):
        local_midnight = dt.datetime.combine(since, dt.time()).astimezone()
        utc = local_midnight.astimezone(dt.UTC).replace(tzinfo=None)
        return utc, f"från {since.isoformat()} (angivet datum)"
    if town.last_report_at:
        try:
            last = dt.datetime.fromisoformat(town.last_report_at)
            # The log keeps whole seconds: what was logged in the report's own second was
            # in that report.
            return last + dt.timedelta(seconds=1), (
                f"sedan förra mötesunderlaget ({local_time(last):%Y-%m-%d %H:%M})"
            )
        except ValueError:
            pass
    start = now_utc - dt.timedelta(days=NO_PREVIOUS_DAYS)
    return start, (
        f"de senaste {NO_PREVIOUS_DAYS} dagarna (inget tidigare mötesunderlag från denna databas)"
    )


def _events(session: Session, start: dt.datetime, titles: dict[int, str]) -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = {
        k: [] for k in ("status", "finished", "new", "removed", "due", "comments")
    }
    entries = session.scalars(
        select(ChangeLogEntry)
        .where(ChangeLogEntry.at >= start, ChangeLogEntry.entity == "action")
        .order_by(ChangeLogEntry.id)
    )
    for e in entries:
        title = titles.get(e.entity_id) or e.old_value or e.new_value or f"åtgärd {e.entity_id}"
        at, who = local_time(e.at), e.user
        if e.operation == "create":
            found["new"].append(Event(at, e.new_value or title, "ny åtgärd", who))
        elif e.operation == "delete":
            found["removed"].append(Event(at, e.old_value or title, "borttagen", who))
        elif e.field == "status":
            old, new = _status_label(e.old_value), _status_label(e.new_value)
            found["status"].append(Event(at, title, f"{old} → {new}", who))
            if e.new_value == Status.KLAR.value:
                found["finished"].append(Event(at, title, "klar", who))
        elif e.field == "due":
            text = f"klart senast {e.old_value or 'inget datum'} → {e.new_value or 'inget datum'}"
            found["due"].append(Event(at, title, text, who))
    # Comments by their logged creation, like everything else here (one clock for all).
    created = {
        e.entity_id: e
        for e in session.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.at >= start,
                ChangeLogEntry.entity == "comment",
                ChangeLogEntry.operation == "create",
            )
        )
    }
    if created:
        comments = session.scalars(
            select(Comment)
            .options(selectinload(Comment.action))
            .where(Comment.id.in_(created))
            .order_by(Comment.id)
        )
        for c in comments:
            found["comments"].append(
                Event(dt.datetime.combine(c.date, dt.time()), c.action.title, c.text, c.author)
            )
    return found


def _status_label(code: str | None) -> str:
    try:
        return Status(code).label if code else "–"
    except ValueError:
        return str(code)


def _footnotes(
    session: Session, town: db_settings.DbSettings, nki: tuple[NkiLine, ...]
) -> tuple[str, ...]:
    notes: list[str] = []
    rows = list_results(session, municipality=town.municipality_code)
    sources = sorted({r.source for r in rows if r.source})
    for source in sources:
        years = sorted({r.year for r in rows if r.source == source})
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        if source.lower().startswith("källa"):
            notes.append(f"{source} ({span}).")  # "Källa: Kolada", as Kolada asks
        elif "kolada" in source.lower():
            notes.append(f"Källa: Kolada ({span}): {source}")
        else:
            notes.append(f"Källa ({span}): {source}")
    for line in nki:
        answers = f"{line.answers} svar" if line.answers is not None else "antal svar okänt"
        notes.append(f"NKI {line.group.label.lower()} {line.year}: {answers}; {line.margin_note}.")
    if any(r.area == Area.TOTALT and r.year > TOTAL_BREAK_AFTER for r in rows) and any(
        r.area == Area.TOTALT and r.year <= TOTAL_BREAK_AFTER for r in rows
    ):
        notes.append(
            f"Brott i serien: från mätåret {TOTAL_BREAK_AFTER + 1} omfattar totalt bara bygglov, "
            "miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd; värdena före "
            "och efter är inte samma mått och jämförs inte."
        )
    if any(r.preliminary for r in rows):
        notes.append("Preliminära värden kan ändras när SKR publicerar hela årets resultat.")
    notes.append(
        f"Felmarginalen är 95 %; där bara antalet svar är känt uppskattas den som "
        f"1,96 · {str(town.answer_sd).removesuffix('.0').replace('.', ',')} / √n, avrundad uppåt till heltal. En förändring är "
        "statistiskt säkerställd bara när den är större än den kombinerade felmarginalen "
        "√(m₁² + m₂²) för de båda åren; en förändring med ett preliminärt värde bedöms inte."
    )
    notes.append(f"Resultat visas bara med minst {town.min_answers} svar (SKR:s regel).")
    return tuple(notes)


def load_report(
    session: Session,
    since: dt.date | dt.datetime | None = None,
    today: dt.date | None = None,
    now_utc: dt.datetime | None = None,
) -> ReportData:
    now_utc = now_utc or utcnow()
    today = today or local_time(now_utc).date()
    town = db_settings.load(session)
    actions = list(
        session.scalars(
            actions_query()
            .options(selectinload(Action.comments))
            .order_by(Action.due.is_(None), Action.due, Action.title)
        )
    )
    reports = tuple(_action_report(a, today, town.due_soon_days) for a in actions)
    start, reason = _since(session, town, since, now_utc)
    events = _events(session, start, {a.id: a.title for a in actions})
    nki = _nki_lines(session, town, today)
    group, factor_series = _factor_series(session, today)
    return ReportData(
        municipality_name=town.municipality_name,
        municipality_code=town.municipality_code,
        made_at=local_time(now_utc),
        today=today,
        nki=nki,
        counts=tuple((s, sum(1 for a in reports if a.status == s)) for s in Status),
        overdue=tuple(a for a in reports if a.overdue),
        due_soon=tuple(a for a in reports if a.due_soon),
        due_soon_days=town.due_soon_days,
        since=SinceSection(
            since=local_time(start),
            reason=reason,
            status_changes=tuple(events["status"]),
            finished=tuple(events["finished"]),
            new_actions=tuple(events["new"]),
            removed=tuple(events["removed"]),
            due_changes=tuple(events["due"]),
            comments=tuple(events["comments"]),
        ),
        actions=reports,
        footnotes=_footnotes(session, town, nki),
        nki_chart=chart_data.load_nki(session, today=today),
        timeline=chart_data.load_timeline(session, today=today),
        factor_group=group,
        factor_series=factor_series,
    )


def _factor_series(session: Session, today: dt.date) -> tuple[Group, dict[str, chart_data.Series]]:
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


def record_report(session: Session, at: dt.datetime | None = None) -> None:
    """Remember when a report was made: the next one's "Sedan förra mötet" starts here."""
    db_settings.save(session, last_report_at=(at or utcnow()).isoformat())
