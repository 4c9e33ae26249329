"""Läget (models/overview.py): the one summary the window, the presentation mode and
`main.py overview` read.

Two data sets: Borlänge's first data set, and a made-up one ("Påhittby", code 9999). The
made-up figures, actions, targets and milestones are invented for these tests: they are
nobody's real results. The verdicts are worked out by hand in the comments.
"""

from __future__ import annotations

import datetime as dt

import pytest

from models import settings as db_settings
from models.actions import add_milestone, create_action, update_action
from models.codes import Group, Status
from models.effect import Reason, Verdict
from models.entities import utcnow
from models.overview import (
    NEXT_MILESTONES,
    SINCE_KINDS,
    latest_sentence,
    load_overview,
    preliminary_sentence,
    since_sentence,
)
from models.report_data import record_report
from models.report_data.since import load_since
from models.results import check_key, check_values, set_result
from models.targets import TargetStatus, set_target

TODAY = dt.date(2026, 3, 1)
TOWN = "9999"  # made up


def put(s, year, number, group="totalt", area="totalt", answers=400, preliminary=False,
        as_of=None) -> None:
    set_result(
        s,
        check_key(TOWN, year, group, area, "nki"),
        check_values(number, answers, None, None, preliminary, "påhittat testvärde", as_of),
    )


def action(s, title, **values) -> int:
    return create_action(s, today=TODAY, title=title, **values).id


@pytest.fixture
def made_up(db):
    """Påhittby: a made-up data set (no real municipality's figures)."""
    with db.write() as s:
        db_settings.save(s, municipality_code=TOWN, municipality_name="Påhittby")
        # NKI, area totalt; margins estimated from 400 answers: 1,96·25/√400 = 2,45 → ±3
        put(s, 2021, 66)
        put(s, 2022, 70)
        put(s, 2023, 76)
        put(s, 2025, 60, preliminary=True, as_of=dt.date(2025, 9, 1))  # not stale before June
        # företag: 100 answers → ±5; 2024 still preliminary after 2025-05-31: stale
        put(s, 2023, 68, group="foretag", answers=100)
        put(s, 2024, 72, group="foretag", answers=100, preliminary=True, as_of=dt.date(2024, 10, 1))
        put(s, 2025, 65, group="privatpersoner", preliminary=True, as_of=dt.date(2025, 9, 1))
        # företag, bygglov: 70 (2022) → 72 (2025), ±5 each, √50 = 7,07 → 8: no sure change
        put(s, 2022, 70, group="foretag", area="bygglov", answers=100)
        put(s, 2025, 72, group="foretag", area="bygglov", answers=100)
        ids = {
            "sen": action(s, "Snabbare svar", status="pagar", start="2022-09-01",
                          due="2026-02-01"),
            "snart": action(s, "Ny e-tjänst", due="2026-03-10"),
            "pausad": action(s, "Mentorskap", status="pausad", start="2024-03-01",
                             due="2026-06-01"),
            "bygglov": action(s, "Bygglovsguide", status="pagar", start="2023-05-01",
                              areas=["bygglov"]),
            "inställd": action(s, "Inställd mässa", areas=["bygglov"]),
        }
        add_milestone(s, ids["sen"], "2026-01-01", "Redan passerad")
        add_milestone(s, ids["sen"], "2026-03-05", "Uppföljning")
        add_milestone(s, ids["snart"], "2026-04-01", "Lansering")
        add_milestone(s, ids["snart"], "2026-03-20", "Test med företag")
        add_milestone(s, ids["pausad"], "2026-05-01", "Ny omgång")
        add_milestone(s, ids["bygglov"], "2026-06-01", "Guiden tryckt")
        add_milestone(s, ids["bygglov"], "2026-07-01", "Utvärdering")
        add_milestone(s, ids["inställd"], "2026-03-02", "Mässan")
        update_action(s, ids["inställd"], None, today=TODAY, status="avbruten")
        set_target(s, "nki", "totalt", "totalt", 2023, 75)  # 76 ≥ 75: nått
        set_target(s, "nki", "totalt", "totalt", 2021, 75)  # 66, 9 under, ±3: inte nått
        set_target(s, "nki", "foretag", "totalt", 2023, 72)  # 68, 4 under ±5: inom
        set_target(s, "nki", "foretag", "totalt", 2024, 70)  # preliminary: not judged
        set_target(s, "nki", "totalt", "totalt", 2027, 80)  # not measured yet
    return db, ids


def test_the_latest_final_value_is_chosen_over_a_newer_preliminary_one(made_up) -> None:
    db, _ = made_up
    with db.read() as s:
        found = load_overview(s, TODAY)
    latest = {e.group: e for e in found.latest}
    assert list(latest) == [Group.TOTALT, Group.FORETAG, Group.PRIVATPERSONER]
    total = latest[Group.TOTALT]
    # 2025 is newer but preliminary: 2023 leads, 2025 stands beside it
    assert (total.final.year, total.final.value, total.preliminary.year) == (2023, 76.0, 2025)
    assert not total.stale
    # 70 → 76 = +6; ±3 and ±3 estimated: √18 = 4,24 → 5; 6 > 5
    assert total.judgement.verdict == Verdict.OKAT
    assert latest_sentence(total) == (
        "NKI totalt 76 (2023), ±3 (uppskattad), statistiskt säkerställd ökning från 2022 (+6)"
    )
    assert preliminary_sentence(total) == "Nyare: 60 (2025, preliminärt)"
    company = latest[Group.FORETAG]
    assert (company.final.year, company.preliminary.year, company.stale) == (2023, 2024, True)
    assert latest_sentence(company) == (
        "NKI företag 68 (2023), ±5 (uppskattad), inget tidigare slutligt år att jämföra med"
    )
    assert preliminary_sentence(company) == (
        "Nyare: 72 (2024, preliminärt sedan 2024-10-01, hämta de slutliga siffrorna)"
    )
    private = latest[Group.PRIVATPERSONER]
    assert private.final is None and private.preliminary.year == 2025
    assert latest_sentence(private) == "NKI privatpersoner 65 (2025, preliminärt)"
    assert preliminary_sentence(private) == ""


def test_stale_flags_follow_the_spring_of_the_final_figures(made_up) -> None:
    db, _ = made_up
    with db.read() as s:
        before = {e.group: e.stale for e in load_overview(s, dt.date(2025, 5, 31)).latest}
        after = {e.group: e.stale for e in load_overview(s, dt.date(2026, 6, 1)).latest}
    # företag's 2024 is stale after 2025-05-31; the total's 2025 after 2026-05-31
    assert before == {Group.TOTALT: False, Group.FORETAG: False, Group.PRIVATPERSONER: False}
    assert after == {Group.TOTALT: True, Group.FORETAG: True, Group.PRIVATPERSONER: True}


def test_target_statuses(made_up) -> None:
    db, _ = made_up
    with db.read() as s:
        found = load_overview(s, TODAY)
    statuses = {(t.target.group, t.target.year): t.status for t in found.targets}
    assert statuses == {
        (Group.TOTALT, 2021): TargetStatus.INTE_NATT,
        (Group.TOTALT, 2023): TargetStatus.NATT,
        (Group.FORETAG, 2023): TargetStatus.INOM_FELMARGINALEN,
        (Group.FORETAG, 2024): TargetStatus.PRELIMINART,
        (Group.TOTALT, 2027): TargetStatus.INGEN_MATNING,
    }


def test_verdicts_are_counted_with_the_reasons(made_up) -> None:
    db, ids = made_up
    with db.read() as s:
        effects = load_overview(s, TODAY).effects
    # Snabbare svar (start 2022), NKI in area totalt for three groups:
    #   totalt 66 (2021) → 76 (2023) = +10 > 5: ökat; företag and privatpersoner have
    #   nothing before 2022.
    # Ny e-tjänst: no start (three groups). Inställd mässa: no start (bygglov: företag).
    # Mentorskap (start 2024): totalt 76 (2023) → 60 (2025) lies across the break;
    #   företag has nothing after 2024 (2024 is the start year); privatpersoner nothing before.
    # Bygglovsguide (start 2023, bygglov): företag 70 (2022) → 72 (2025), ±8: no sure change.
    assert dict(effects.verdicts) == {
        Verdict.OKAT: 1,
        Verdict.MINSKAT: 0,
        Verdict.INGEN_SAKER_FORANDRING: 1,
        Verdict.KAN_INTE_BEDOMAS: 9,
    }
    assert effects.total == 11
    assert dict(effects.reasons) == {
        Reason.STARTDATUM_SAKNAS: 4,
        Reason.INGEN_MATNING_FORE: 3,
        Reason.SERIEBROTT: 1,
        Reason.INGEN_MATNING_EFTER: 1,
    }
    assert [r.id for r in effects.actions_with(Verdict.OKAT)] == [ids["sen"]]
    assert [r.title for r in effects.actions_with(Verdict.INGEN_SAKER_FORANDRING)] == [
        "Bygglovsguide"
    ]
    assert effects.actions_with(Verdict.MINSKAT) == ()


def test_the_verdicts_counted_together_say_what_chance_alone_gives(made_up) -> None:
    """At 95 % about one comparison in twenty crosses the margin by chance (domain.md, many
    comparisons): where Läget counts the judged ones together it says so."""
    from ui.cli.overview import overview_lines

    db, _ = made_up
    with db.read() as s:
        found = load_overview(s, TODAY)
    note = ("Av 2 jämförelser kan någon enstaka visa en statistiskt säkerställd förändring "
            "av en slump (1 av 20).")
    assert found.effects.chance == note
    assert "  " + note in overview_lines(found)


def test_no_chance_note_when_nothing_is_judged(borlange_db) -> None:
    """Borlänge: no action has a start date, so no comparison is judged: nothing to say."""
    from ui.cli.overview import overview_lines

    with borlange_db.read() as s:
        found = load_overview(s, TODAY)
    assert found.effects.chance == ""
    assert not any("slump" in line for line in overview_lines(found))


def test_actions_by_status_late_and_due_soon(made_up) -> None:
    db, ids = made_up
    with db.read() as s:
        actions = load_overview(s, TODAY).actions
    assert dict(actions.by_status) == {
        Status.EJ_PABORJAD: 1,
        Status.PAGAR: 2,
        Status.KLAR: 0,
        Status.PAUSAD: 1,
        Status.AVBRUTEN: 1,
    }
    assert [(a.id, a.title) for a in actions.late] == [(ids["sen"], "Snabbare svar")]
    assert [(a.id, a.due) for a in actions.due_soon] == [(ids["snart"], dt.date(2026, 3, 10))]
    assert actions.due_soon_days == 14
    with db.write() as s:
        db_settings.save(s, due_soon_days=100)
    with db.read() as s:
        soon = load_overview(s, TODAY).actions.due_soon
    assert [a.title for a in soon] == ["Ny e-tjänst", "Mentorskap"]


def test_the_next_milestones_of_open_actions(made_up) -> None:
    db, ids = made_up
    with db.read() as s:
        milestones = load_overview(s, TODAY).milestones
    # the past one and the cancelled action's are left out; five at most
    assert len(milestones) == NEXT_MILESTONES
    assert [(m.date.isoformat(), m.text, m.action_id, m.done) for m in milestones] == [
        ("2026-03-05", "Uppföljning", ids["sen"], False),
        ("2026-03-20", "Test med företag", ids["snart"], False),
        ("2026-04-01", "Lansering", ids["snart"], False),
        ("2026-05-01", "Ny omgång", ids["pausad"], False),
        ("2026-06-01", "Guiden tryckt", ids["bygglov"], False),
    ]
    assert milestones[0].action_title == "Snabbare svar"


def test_changes_since_the_last_meeting_report_are_counted_by_kind(made_up) -> None:
    db, ids = made_up
    with db.read() as s:
        since = load_overview(s, TODAY).since_last_report
    # no report yet: the last 30 days, which hold the whole made-up set
    assert dict(since.counts)["new_actions"] == 5
    # net: the cancelled action is new in the period, so its status is no change of its own
    assert dict(since.counts)["status_changes"] == 0
    with db.write() as s:
        # the log keeps whole seconds: a report a day ago keeps the test off the clock's edge
        record_report(s, utcnow() - dt.timedelta(days=1))
        update_action(s, ids["snart"], None, today=TODAY, status="klar", completed="2026-03-01")
    with db.read() as s:
        since = load_overview(s, TODAY).since_last_report
    # Net: every made-up action was made after that report, so each is new, and the
    # finishing of one of them is part of what is new about it, not a change of its own.
    assert {k: n for k, n in since.counts if n} == {"new_actions": 5}
    with db.read() as s:
        town = db_settings.load(s)
        section = load_since(s, town, None, utcnow())
    # The summary counts what the report's "Sedan förra mötet" lists: they never disagree.
    assert dict(since.counts) == {k: len(getattr(section, k)) for k, _, _ in SINCE_KINDS}
    assert since.reason.startswith("sedan förra mötesunderlaget")
    assert since_sentence(since).endswith(
        ": 5 nya åtgärder."
    )


def test_borlange(borlange_db) -> None:
    with borlange_db.read() as s:
        found = load_overview(s, dt.date(2024, 5, 1))
        stale = load_overview(s, dt.date(2025, 6, 1))
    assert found.municipality_name == "Borlänge" and not found.empty
    total, company = found.latest
    # the final 71 (2023) leads; the preliminary 80 (2024) stands beside it
    assert (total.final.year, total.final.value) == (2023, 71.0)
    assert (total.preliminary.year, total.preliminary.value, total.stale) == (2024, 80.0, False)
    assert stale.latest[0].stale
    # The sentence names the year that lacks a margin (the figure shows its own).
    assert latest_sentence(total) == (
        "NKI totalt 71 (2023), ±3 (uppskattad), förändringen från 2022 kan inte bedömas: 2022 saknar "
        "felmarginal (varken felmarginal eller antal svar)"
    )
    assert latest_sentence(company) == (
        "NKI företag 68 (2023), förändringen från 2022 kan inte bedömas: 2022 och 2023 saknar "
        "felmarginal (varken felmarginal eller antal svar)"
    )
    assert dict(found.actions.by_status)[Status.EJ_PABORJAD] == 6
    assert dict(found.actions.by_status)[Status.PAGAR] == 1
    assert found.actions.late == () and found.targets == ()
    # no action has start and after-measurement: nothing can be judged yet
    assert dict(found.effects.verdicts)[Verdict.OKAT] == 0
    assert found.effects.total == dict(found.effects.verdicts)[Verdict.KAN_INTE_BEDOMAS] > 0
    assert [(m.date.isoformat(), m.text) for m in found.milestones] == [
        ("2024-05-02", "Telefontiderna startar"),
        ("2024-05-15", "Nästa öppet hus"),
    ]


def test_an_empty_database_is_empty(db) -> None:
    with db.read() as s:
        found = load_overview(s, TODAY)
    assert found.empty
    assert found.latest == () and found.milestones == () and found.actions.total == 0
    assert found.effects.total == 0
