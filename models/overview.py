"""Läget: where the group stands, in one summary that the window's first tab, the
presentation mode's first page and `main.py overview` all read, so they never disagree.

Nothing is worked out here that another module already computes: the latest NKI comes from
models.latest, the targets from models.targets, the verdicts from models.effect, late and
soon due from models.deadlines (through the actions), what happened since the last meeting
report from the report's own data. This module only gathers and counts, and says the
latest NKI in one short Swedish sentence.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import settings as db_settings
from models.actions import list_actions
from models.codes import Group, Status
from models.effect import (
    WORDS,
    Effect,
    Reason,
    Verdict,
    chance_note,
    change_text,
    effects,
    figure_text,
)
from models.entities import Action, Milestone, local_time, utcnow
from models.latest import LatestNki, latest_nki
from models.report_data.since import load_since
from models.targets import TargetCheck, judge_targets
from models.words import number_text, plural

NEXT_MILESTONES = 5

# The kinds of "since the last meeting report", in the order the views list them, with
# their Swedish words (the attribute names of models.report_data.since.SinceSection).
SINCE_KINDS: tuple[tuple[str, str, str], ...] = (
    ("new_actions", "ny åtgärd", "nya åtgärder"),
    ("status_changes", "ändrad status", "ändrade statusar"),
    ("finished", "klar åtgärd", "klara åtgärder"),
    ("due_changes", "ändrat slutdatum", "ändrade slutdatum"),
    ("removed", "borttagen åtgärd", "borttagna åtgärder"),
    ("comments", "ny kommentar", "nya kommentarer"),
    ("renamed", "nytt namn", "nya namn"),
)


@dataclass(frozen=True)
class ActionRef:
    """An action named in the summary: enough to show it and to open it."""

    id: int
    title: str
    due: dt.date | None = None


@dataclass(frozen=True)
class EffectCounts:
    """The effect rows (action × measure × area × group, models.effect) counted by verdict,
    the reasons of those that cannot be judged yet counted too, and which actions have
    rows with each verdict (each action once, in id order)."""

    verdicts: tuple[tuple[Verdict, int], ...]  # every verdict, in Verdict's order
    reasons: tuple[tuple[Reason, int], ...]  # only reasons that occur, most first
    actions: tuple[tuple[Verdict, tuple[ActionRef, ...]], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.verdicts)

    def count(self, verdict: Verdict) -> int:
        return dict(self.verdicts)[verdict]

    @property
    def chance(self) -> str:
        """At 95 % about one comparison in twenty crosses the margin by chance: said where
        the judged ones are counted together ("" when none is judged)."""
        return chance_note(self.total - self.count(Verdict.KAN_INTE_BEDOMAS))

    def actions_with(self, verdict: Verdict) -> tuple[ActionRef, ...]:
        return dict(self.actions)[verdict]


@dataclass(frozen=True)
class ActionCounts:
    by_status: tuple[tuple[Status, int], ...]  # every status, in Status's order
    late: tuple[ActionRef, ...]  # by due date
    due_soon: tuple[ActionRef, ...]  # due within `due_soon_days` days, by due date
    due_soon_days: int

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_status)


@dataclass(frozen=True)
class NextMilestone:
    id: int
    date: dt.date
    time_span: str
    text: str
    action_id: int
    action_title: str
    done: bool  # False where the database has no done column yet


@dataclass(frozen=True)
class SinceCounts:
    """How much changed since the last meeting report, counted by kind (SINCE_KINDS)."""

    since: dt.datetime  # local time
    reason: str  # "sedan förra mötesunderlaget (2025-03-01 10:00)" or why another start
    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True)
class Overview:
    today: dt.date
    municipality_name: str
    latest: tuple[LatestNki, ...]  # per customer group: totalt, företag, privatpersoner
    targets: tuple[TargetCheck, ...]
    effects: EffectCounts
    actions: ActionCounts
    milestones: tuple[NextMilestone, ...]  # the next few, from today
    since_last_report: SinceCounts

    @property
    def empty(self) -> bool:
        """Nothing to stand on yet: no actions and no NKI of the own municipality."""
        return not self.latest and self.actions.total == 0


def load_overview(
    session: Session, today: dt.date | None = None, now_utc: dt.datetime | None = None
) -> Overview:
    now_utc = now_utc or utcnow()
    today = today or local_time(now_utc).date()
    town = db_settings.load(session)
    actions = list_actions(session, today=today)
    return Overview(
        today=today,
        municipality_name=town.municipality_name,
        latest=tuple(latest_nki(session, today)),
        targets=tuple(judge_targets(session, today)),
        effects=count_effects(effects(session, today=today)),
        actions=count_actions(actions, today, town.due_soon_days),
        milestones=next_milestones(session, today),
        since_last_report=since_last_report(session, town, now_utc, actions),
    )


def count_effects(rows: list[Effect]) -> EffectCounts:
    verdicts = Counter(e.verdict for e in rows)
    reasons = Counter(e.reason for e in rows if e.reason is not None)
    acting: dict[Verdict, dict[int, ActionRef]] = {v: {} for v in Verdict}
    for e in rows:
        acting[e.verdict].setdefault(e.action_id, ActionRef(e.action_id, e.action, e.start))
    return EffectCounts(
        verdicts=tuple((v, verdicts[v]) for v in Verdict),
        reasons=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], list(Reason).index(kv[0])))),
        actions=tuple((v, tuple(acting[v][i] for i in sorted(acting[v]))) for v in Verdict),
    )


def count_actions(actions: list[Action], today: dt.date, soon_days: int) -> ActionCounts:
    """`actions` ordered by due date, as models.actions.list_actions gives them."""
    return ActionCounts(
        by_status=tuple((s, sum(1 for a in actions if a.status == s)) for s in Status),
        late=tuple(ActionRef(a.id, a.title, a.due) for a in actions if a.is_overdue(today)),
        due_soon=tuple(
            ActionRef(a.id, a.title, a.due) for a in actions if a.is_due_soon(today, soon_days)
        ),
        due_soon_days=soon_days,
    )


def next_milestones(session: Session, today: dt.date) -> tuple[NextMilestone, ...]:
    """The next milestones from today on, of actions still open (a finished or cancelled
    action's plans are not coming up)."""
    open_statuses = [s for s in Status if not s.is_closed]
    found = session.scalars(
        select(Milestone)
        .join(Milestone.action)
        .options(selectinload(Milestone.action))
        .where(Milestone.date >= today, Action.status.in_(open_statuses))
        .order_by(Milestone.date, Milestone.id)
        .limit(NEXT_MILESTONES)
    )
    return tuple(
        NextMilestone(
            m.id,
            m.date,
            m.time_span,
            m.text,
            m.action_id,
            m.action.title,
            # the done column comes with migration 0004; before it, nothing is done
            bool(getattr(m, "done", False)),
        )
        for m in found
    )


def since_last_report(
    session: Session, town: db_settings.DbSettings, now_utc: dt.datetime, actions: list[Action]
) -> SinceCounts:
    """The net changes since the last meeting report, counted by kind: the report's own
    "Sedan förra mötet" (models.report_data.net_changes), so the two never disagree."""
    section = load_since(session, town, None, now_utc)
    return SinceCounts(
        since=section.since,
        reason=section.reason,
        counts=tuple((kind, len(getattr(section, kind))) for kind, _, _ in SINCE_KINDS),
    )


# --- in words ------------------------------------------------------------------------------


def group_name(group: Group) -> str:
    """"NKI totalt", "NKI företag", "NKI privatpersoner"."""
    return f"NKI {group.label.lower()}"


def latest_sentence(entry: LatestNki) -> str:
    """"NKI företag 68 (2023), ±3, ingen säker förändring från 2022 (+1)" ("±3
    (uppskattad)" when the margin is estimated from the answers); a group with
    only a preliminary value so far: "NKI totalt 80 (2024, preliminärt)"."""
    final = entry.final
    if final is None:
        assert entry.preliminary is not None
        return f"{group_name(entry.group)} {figure_text(entry.preliminary)}"
    text = f"{group_name(entry.group)} {figure_text(final)}"
    if final.margin is not None:
        text += f", ±{number_text(f'{final.margin:g}'.replace('.', ','))}"
        if final.margin_estimated:  # from the number of answers: an estimate understates
            text += " (uppskattad)"
    judged, previous = entry.judgement, entry.previous
    if judged is None or previous is None:
        return text + ", inget tidigare slutligt år att jämföra med"
    if judged.verdict == Verdict.KAN_INTE_BEDOMAS:
        assert judged.reason is not None
        reason = WORDS[judged.reason]
        lacking = [v.year for v in (previous, final) if v.margin is None]
        if judged.reason == Reason.FELMARGINAL_SAKNAS and lacking:
            # Say which year: the figure above shows its own margin.
            years = " och ".join(str(year) for year in lacking)
            reason = f"{years} saknar felmarginal (varken felmarginal eller antal svar)"
        return text + f", förändringen från {previous.year} kan inte bedömas: {reason}"
    change = f" ({change_text(judged.change)})" if judged.change is not None else ""
    return text + f", {WORDS[judged.verdict]} från {previous.year}{change}"


def preliminary_sentence(entry: LatestNki) -> str:
    """A newer preliminary value beside the final one: "Nyare: 80 (2024, preliminärt sedan
    2024-04-24, hämta de slutliga siffrorna)"; empty when there is none."""
    if entry.final is None or entry.preliminary is None:
        return ""
    return f"Nyare: {figure_text(entry.preliminary)}"


def since_sentence(since: SinceCounts) -> str:
    """"Sedan förra mötesunderlaget (2025-03-01 10:00): 2 nya åtgärder, 1 ändrad status"."""
    words = {kind: (one, many) for kind, one, many in SINCE_KINDS}
    parts = [plural(n, *words[kind]) for kind, n in since.counts if n]
    head = since.reason[0].upper() + since.reason[1:]
    return f"{head}: {', '.join(parts) if parts else 'inget ändrat'}."
