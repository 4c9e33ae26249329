"""The effect of each action (models/effect.py) and the latest NKI (models/latest.py).

Every verdict and reason is checked against figures worked out by hand; the arithmetic is
in the comments. The figures beyond Borlänge's news item are made up for the tests: they
are not Borlänge's (or anyone's) real results.
"""

from __future__ import annotations

import datetime as dt

import pytest

from models import settings as db_settings
from models.actions import create_action
from models.codes import Area, Group, Measure
from models.effect import (
    WORDS,
    Reason,
    Verdict,
    YearValue,
    chance_note,
    effect_line,
    effects,
    judge,
    pick,
)
from models.errors import NotFoundError
from models.latest import latest_nki
from models.results import check_key, check_values, set_result

TODAY = dt.date(2026, 12, 1)


def value(year: int, number: float, margin: float | None = None, answers: int | None = None,
          preliminary: bool = False, estimated: bool = False, hidden: str = "") -> YearValue:
    return YearValue(year, number, margin, estimated, answers, preliminary, hidden_reason=hidden)


def put(db, year, number, measure="nki", group="foretag", area="bygglov", **extra) -> None:
    with db.write() as s:
        set_result(
            s,
            check_key("2081", year, group, area, measure),
            check_values(
                number, extra.get("answers"), extra.get("margin"), None,
                extra.get("preliminary", False), "påhittat testvärde", extra.get("as_of"),
            ),
        )


def own(db) -> None:
    with db.write() as s:
        db_settings.save(s, municipality_code="2081", municipality_name="Testkommun")


# --- the verdicts, by hand ---------------------------------------------------------------------


def test_increase_beyond_the_combined_margin() -> None:
    # 62 → 71 = +9; given margins ±3 and ±3: √(3² + 3²) = 4,243, rounded up to 4,3; 9 > 4,3.
    found = judge(value(2023, 62, 3), value(2025, 71, 3), Area.BYGGLOV)
    assert (found.verdict, found.reason, found.change, found.combined_margin) == (
        Verdict.OKAT, None, 9.0, 4.3
    )


def test_estimated_margins_are_whole_and_so_is_the_combined_one() -> None:
    # ±3 (1,96·25/√400 = 2,45 → 3) and ±5 (1,96·25/√100 = 4,9 → 5), both estimated:
    # √(3² + 5²) = 5,83 → 6 (whole, since an estimate is in it); +9 > 6.
    found = judge(value(2023, 62, 3, 400, estimated=True), value(2025, 71, 5, 100, estimated=True),
                  Area.BYGGLOV)
    assert (found.verdict, found.combined_margin) == (Verdict.OKAT, 6.0)


def test_decrease_beyond_the_combined_margin() -> None:
    # 70 → 63 = −7; √(3² + 4²) = 5; −7 < −5.
    found = judge(value(2023, 70, 3), value(2025, 63, 4), Area.BYGGLOV)
    assert (found.verdict, found.change, found.combined_margin) == (Verdict.MINSKAT, -7.0, 5.0)


@pytest.mark.parametrize("after", [74, 75, 65])
def test_within_the_combined_margin_is_no_sure_change(after) -> None:
    # 70 → 74 (+4), 70 → 75 (+5, equal to the margin: not larger), 70 → 65 (−5); margin 5.
    found = judge(value(2023, 70, 3), value(2025, after, 4), Area.BYGGLOV)
    assert (found.verdict, found.reason) == (Verdict.INGEN_SAKER_FORANDRING, None)
    assert found.change == after - 70


def test_no_measurement_before_or_after() -> None:
    assert judge(None, value(2025, 71, 3), Area.BYGGLOV).reason == Reason.INGEN_MATNING_FORE
    assert judge(value(2023, 62, 3), None, Area.BYGGLOV).reason == Reason.INGEN_MATNING_EFTER
    assert judge(None, None, Area.BYGGLOV).reason == Reason.INGEN_MATNING_FORE  # the first


def test_the_total_is_not_judged_across_the_2024_break_but_an_area_is() -> None:
    before, after = value(2023, 62, 1), value(2025, 80, 1)  # +18, far beyond √2 = 1,5
    total = judge(before, after, Area.TOTALT)
    assert (total.verdict, total.reason, total.change) == (
        Verdict.KAN_INTE_BEDOMAS, Reason.SERIEBROTT, None
    )
    assert judge(before, after, Area.BYGGLOV).verdict == Verdict.OKAT
    assert judge(value(2024, 62, 1), after, Area.TOTALT).verdict == Verdict.OKAT  # both after


def test_a_preliminary_value_on_either_side_is_never_judged() -> None:
    # 62 → 80 = +18 with ±1 and ±1 would be "okat"; preliminary, it is not judged at all.
    for before, after in (
        (value(2023, 62, 1), value(2025, 80, 1, preliminary=True)),
        (value(2023, 62, 1, preliminary=True), value(2025, 80, 1)),
    ):
        found = judge(before, after, Area.BYGGLOV)
        assert (found.verdict, found.reason) == (Verdict.KAN_INTE_BEDOMAS, Reason.PRELIMINAR)
        assert (found.change, found.combined_margin) == (18.0, 1.5)  # shown, not judged


def test_too_few_answers_on_either_side() -> None:
    few = value(2023, 62, 9, 5, estimated=True, hidden="för få svar (5 < 7)")
    found = judge(few, value(2025, 80, 1), Area.BYGGLOV)
    assert (found.reason, found.change) == (Reason.FOR_FA_SVAR, None)
    assert judge(value(2023, 62, 1), few, Area.BYGGLOV).reason == Reason.FOR_FA_SVAR


def test_no_margin_and_no_answers() -> None:
    found = judge(value(2023, 67), value(2025, 71, 3), Area.BYGGLOV)
    assert (found.verdict, found.reason, found.change, found.combined_margin) == (
        Verdict.KAN_INTE_BEDOMAS, Reason.FELMARGINAL_SAKNAS, 4.0, None
    )


def test_the_order_of_the_reasons() -> None:
    # across the break, preliminary, too few answers and no margin at once: the break first
    prel_few = value(2025, 80, None, 5, preliminary=True, hidden="för få svar (5 < 7)")
    assert judge(value(2023, 67), prel_few, Area.TOTALT).reason == Reason.SERIEBROTT
    # a single area: too few answers before the preliminary value (SKR does not show the
    # figure, so there is no change from it either), and that before the missing margin
    found = judge(value(2023, 67), prel_few, Area.BYGGLOV)
    assert (found.reason, found.change, found.combined_margin) == (Reason.FOR_FA_SVAR, None, None)
    few = value(2025, 80, None, 5, hidden="för få svar (5 < 7)")
    assert judge(value(2023, 67), few, Area.BYGGLOV).reason == Reason.FOR_FA_SVAR
    preliminary = value(2025, 80, preliminary=True)
    assert judge(value(2023, 67), preliminary, Area.BYGGLOV).reason == Reason.PRELIMINAR


# --- which years ---------------------------------------------------------------------------------


def test_the_start_year_is_never_before_or_after_and_a_newer_preliminary_is_an_early_sign() -> None:
    values = [
        value(2022, 60, 3), value(2023, 62, 3), value(2024, 65, 3),  # 2024: the start year
        value(2025, 71, 3), value(2026, 74, 3, preliminary=True),
    ]
    before, after, early = pick(values, 2024)
    assert (before.year, after.year, early.year) == (2023, 2025, 2026)
    only_preliminary = [value(2023, 62, 3), value(2025, 74, 3, preliminary=True)]
    before, after, early = pick(only_preliminary, 2024)
    assert (before.year, after.year, after.preliminary, early) == (2023, 2025, True, None)
    assert pick([value(2024, 65, 3)], 2024) == (None, None, None)


def test_a_figure_under_the_minimum_is_never_an_early_sign() -> None:
    # 2026 preliminary from 3 answers is hidden: no early sign; the shown 2025 one is.
    hidden = value(2026, 90, None, 3, preliminary=True, hidden="för få svar (3 < 7)")
    values = [value(2022, 60, 3), value(2024, 66, 3), value(2025, 70, 3, preliminary=True),
              hidden]
    assert pick(values, 2023)[2] == values[2]
    assert pick(values[:2] + [hidden], 2023)[2] is None


# --- on the Borlänge data plus a made-up year ---------------------------------------------------


@pytest.fixture
def made_up(borlange_db):
    """Borlänge, plus made-up bygglov figures for företag around Telefontider (2024-05-02)."""
    db = borlange_db
    put(db, 2023, 62, "information", answers=400)  # ±3 (1,96·25/20 = 2,45 → 3)
    put(db, 2024, 66, "information", answers=400)  # the start year: never used
    put(db, 2025, 71, "information", answers=100)  # ±5 (4,9 → 5)
    put(db, 2023, 70, "tillganglighet", margin=3.0)
    put(db, 2025, 72, "tillganglighet", margin=4.0)
    put(db, 2026, 75, "tillganglighet", preliminary=True, as_of="2026-04-20")
    put(db, 2023, 66, "effektivitet", answers=5)
    put(db, 2025, 70, "effektivitet", answers=200)
    put(db, 2025, 68, "nki")
    return db


def test_telefontider_on_bygglov(made_up) -> None:
    with made_up.read() as s:
        rows = effects(s, action_id=1, today=TODAY)
    assert {(e.action, e.area, e.group) for e in rows} == {("Telefontider", Area.BYGGLOV, Group.FORETAG)}
    by = {e.measure: e for e in rows}
    assert list(by) == [Measure.INFORMATION, Measure.TILLGANGLIGHET, Measure.EFFEKTIVITET, Measure.NKI]
    # information 62 → 71 = +9; √(3² + 5²) = 5,83 → 6: a statistically sure increase
    info = by[Measure.INFORMATION]
    assert (info.before.year, info.after.year, info.change, info.combined_margin, info.verdict) == (
        2023, 2025, 9.0, 6.0, Verdict.OKAT
    )
    assert effect_line(info) == (
        "Telefontider – Information, företag, bygglov: 62 (2023) → 71 (2025), +9, större än "
        "den uppskattade kombinerade felmarginalen ±6 (statistiskt säkerställd ökning)"
    )
    # tillgänglighet 70 → 72 = +2 within √(3² + 4²) = 5; 2026's 75 is preliminary: beside
    access = by[Measure.TILLGANGLIGHET]
    assert (access.verdict, access.combined_margin, access.early_sign.year) == (
        Verdict.INGEN_SAKER_FORANDRING, 5.0, 2026
    )
    assert effect_line(access).endswith(
        "inom den kombinerade felmarginalen ±5 (ingen säker förändring); "
        "tidig signal: 75 (2026, preliminärt)"
    )
    assert by[Measure.EFFEKTIVITET].reason == Reason.FOR_FA_SVAR  # 5 answers in 2023
    assert by[Measure.NKI].reason == Reason.INGEN_MATNING_FORE  # bygglov NKI only from 2025


def test_actions_without_a_start_date_cannot_be_judged(made_up) -> None:
    with made_up.read() as s:
        rows = [e for e in effects(s, today=TODAY) if e.action == "Öppet hus"]
    # no areas named: totalt, where företag and totalt have figures; three factors and NKI
    assert len(rows) == 8 and {e.area for e in rows} == {Area.TOTALT}
    assert {(e.verdict, e.reason) for e in rows} == {
        (Verdict.KAN_INTE_BEDOMAS, Reason.STARTDATUM_SAKNAS)
    }
    assert rows[0].before is None and rows[0].change is None
    assert effect_line(rows[0]).endswith("kan inte bedömas: åtgärden har inget startdatum")


def test_an_action_on_the_total_across_the_break(made_up) -> None:
    with made_up.write() as s:
        late = create_action(s, title="Servicelöfte", start="2023-09-01", factors=["bemotande"])
        later = create_action(s, title="Drop in", start="2024-03-01")
    with made_up.read() as s:
        rows = effects(s, action_id=late.id, today=TODAY)
        nki_2024 = [e for e in effects(s, action_id=later.id, today=TODAY)
                    if e.measure == Measure.NKI and e.group == Group.TOTALT][0]
    nki = [e for e in rows if e.measure == Measure.NKI and e.group == Group.TOTALT][0]
    # before: 2022 (70); after: only the preliminary 2024 (80); 2022 and 2024 lie on both
    # sides of the break of the total, which is said first
    assert (nki.before.year, nki.after.year, nki.after.preliminary) == (2022, 2024, True)
    assert (nki.reason, nki.change) == (Reason.SERIEBROTT, None)
    # started in 2024: the preliminary 2024 is the start year itself, so nothing after yet
    assert (nki_2024.before.year, nki_2024.after, nki_2024.reason) == (
        2023, None, Reason.INGEN_MATNING_EFTER
    )


def test_a_given_margin_of_zero_does_not_make_a_change_sure(db) -> None:
    # ±0 given, 30 answers each year: each margin is estimated, 1,96·25/√30 = 8,95 → 9;
    # √(9² + 9²) = 12,7 → 13; +2 is well within it. Without answers it cannot be judged.
    own(db)
    put(db, 2022, 64, answers=30, margin=0)
    put(db, 2025, 66, answers=30, margin=0)
    put(db, 2022, 64, group="privatpersoner", margin=0)
    put(db, 2025, 66, group="privatpersoner", margin=0)
    with db.write() as s:
        action = create_action(s, title="Telefontider", start="2024-05-02", areas=["bygglov"])
    with db.read() as s:
        rows = {e.group: e for e in effects(s, action.id, TODAY) if e.measure == Measure.NKI}
    sure = rows[Group.FORETAG]
    assert (sure.verdict, sure.combined_margin) == (Verdict.INGEN_SAKER_FORANDRING, 13.0)
    assert sure.after is not None and sure.after.margin_estimated
    assert effect_line(sure).endswith(
        "+2, inom den uppskattade kombinerade felmarginalen ±13 (ingen säker förändring)"
    )
    unknown = rows[Group.PRIVATPERSONER]
    assert (unknown.verdict, unknown.reason) == (
        Verdict.KAN_INTE_BEDOMAS, Reason.FELMARGINAL_SAKNAS
    )
    assert "felmarginal saknas" in effect_line(unknown)


def test_a_change_to_a_preliminary_value_under_the_minimum_is_never_shown(db) -> None:
    # 62 (2023, 400 answers) before; after a preliminary 80 from 3 answers, hidden by the
    # minimum of 7: no value, no change (+18 would be), only the reason.
    from charts.effect import words_of

    own(db)
    put(db, 2023, 62, answers=400)
    put(db, 2025, 80, answers=3, preliminary=True, as_of="2025-04-20")
    with db.write() as s:
        action = create_action(s, title="Drop in", start="2024-03-01", areas=["bygglov"])
    with db.read() as s:
        (row,) = [e for e in effects(s, action.id, dt.date(2025, 5, 1))
                  if e.measure == Measure.NKI]
    assert row.after is not None and not row.after.shown
    assert (row.change, row.combined_margin, row.reason) == (None, None, Reason.FOR_FA_SVAR)
    assert words_of(row) == "kan inte bedömas: för få svar"
    assert effect_line(row) == (
        "Drop in – NKI, företag, bygglov: 62 (2023) → 2025: för få svar (3 < 7), "
        "kan inte bedömas: för få svar"
    )


def test_an_early_sign_of_the_total_never_crosses_the_break(db) -> None:
    # Action from 2022: before 2021 (60), after 2023 (62), ±2 each: +2 within √8 = 2,83 →
    # 2,9. A preliminary 2024 (80) is the new total, another measure than 2021's: no early
    # sign beside it. In bygglov, comparable across the break, it is one.
    own(db)
    for area in ("totalt", "bygglov"):
        put(db, 2021, 60, area=area, margin=2)
        put(db, 2023, 62, area=area, margin=2)
        put(db, 2024, 80, area=area, answers=81, preliminary=True, as_of="2024-04-24")
    with db.write() as s:
        action = create_action(s, title="Servicelöfte", start="2022-06-01",
                               areas=["totalt", "bygglov"])
    with db.read() as s:
        rows = {e.area: e for e in effects(s, action.id, dt.date(2024, 5, 1))
                if e.measure == Measure.NKI}
    total = rows[Area.TOTALT]
    assert (total.before.year, total.after.year, total.early_sign) == (2021, 2023, None)
    assert effect_line(total) == (
        "Servicelöfte – NKI, företag, totalt: 60 (2021) → 62 (2023), +2, inom den "
        "kombinerade felmarginalen ±2,9 (ingen säker förändring)"
    )
    assert effect_line(rows[Area.BYGGLOV]).endswith("; tidig signal: 80 (2024, preliminärt)")


def test_unknown_action(db) -> None:
    with db.read() as s, pytest.raises(NotFoundError, match="Åtgärden med id 99 finns inte"):
        effects(s, action_id=99)


def test_words_for_every_verdict_and_reason() -> None:
    assert set(WORDS) == set(Verdict) | set(Reason)
    assert WORDS[Verdict.OKAT] == "statistiskt säkerställd ökning"
    assert all("verklig" not in words for words in WORDS.values())


@pytest.mark.parametrize(
    ("judged", "sentence"),
    [
        (0, ""),
        (1, "En enda jämförelse: risken att den visar en statistiskt säkerställd förändring av "
            "en slump är ungefär 1 av 20."),
        (6, "Av 6 jämförelser kan någon enstaka visa en statistiskt säkerställd förändring av "
            "en slump (1 av 20)."),
        (24, "Av 24 jämförelser kan ungefär 1 visa en statistiskt säkerställd förändring av en "
             "slump (1 av 20)."),  # 24 / 20 = 1,2 → 1
        (30, "Av 30 jämförelser kan ungefär 2 visa en statistiskt säkerställd förändring av en "
             "slump (1 av 20)."),  # 1,5 → 2, half up
    ],
)
def test_the_footnote_on_many_comparisons(judged, sentence) -> None:
    assert chance_note(judged) == sentence


# --- the latest NKI -----------------------------------------------------------------------------


def test_latest_nki_is_the_latest_final_value_with_the_preliminary_beside(borlange_db) -> None:
    with borlange_db.read() as s:
        latest = {entry.group: entry for entry in latest_nki(s, TODAY)}
    assert list(latest) == [Group.TOTALT, Group.FORETAG]
    total = latest[Group.TOTALT]
    assert (total.final.year, total.final.value, total.previous.year) == (2023, 71.0, 2022)
    # 70 → 71: 2022 has neither margin nor answers
    assert total.judgement.reason == Reason.FELMARGINAL_SAKNAS
    assert (total.preliminary.year, total.preliminary.value) == (2024, 80.0)
    assert total.stale and total.preliminary.preliminary_note == (
        "preliminärt sedan 2024-04-24, hämta de slutliga siffrorna"
    )
    assert latest[Group.FORETAG].preliminary is None


def test_a_preliminary_value_is_stale_after_the_spring_of_its_final_figures(borlange_db) -> None:
    with borlange_db.read() as s:
        on_the_day = latest_nki(s, dt.date(2025, 5, 31))[0]
        after = latest_nki(s, dt.date(2025, 6, 1))[0]
    assert not on_the_day.stale and on_the_day.preliminary.preliminary_note == (
        "preliminärt, avläst 2024-04-24"
    )
    assert after.stale
    with borlange_db.write() as s:
        db_settings.save(s, final_figures_by="04-30")
    with borlange_db.read() as s:
        assert latest_nki(s, dt.date(2025, 5, 1))[0].stale


def test_latest_nki_respects_the_break_and_judges_final_values(borlange_db) -> None:
    put(borlange_db, 2024, 74, group="totalt", area="totalt", answers=400)  # made up, final
    put(borlange_db, 2025, 79, group="totalt", area="totalt", answers=400)  # made up, final
    with borlange_db.read() as s:
        total = latest_nki(s, TODAY)[0]
    # 74 → 79 = +5; ±3 and ±3 (2,45 → 3): √18 = 4,24 → 5 (estimates: whole); 5 is not > 5
    assert (total.final.year, total.previous.year, total.preliminary) == (2025, 2024, None)
    assert total.judgement.verdict == Verdict.INGEN_SAKER_FORANDRING
    assert total.judgement.combined_margin == 5.0
    put(borlange_db, 2025, 79, group="totalt", area="totalt", answers=400, preliminary=True)
    with borlange_db.read() as s:
        total = latest_nki(s, TODAY)[0]
    # 2024 is final now and the latest; 2023 → 2024 lies across the break
    assert (total.final.year, total.previous.year) == (2024, 2023)
    assert total.judgement.reason == Reason.SERIEBROTT
    assert total.preliminary.year == 2025 and total.stale  # past 2026-05-31


def test_a_combined_margin_from_estimates_is_called_estimated(db) -> None:
    """Margins estimated from the number of answers understate (domain.md): the words say
    the combined margin is estimated; from given margins they do not."""
    own(db)
    put(db, 2022, 62, answers=400)  # 1,96·25/√400 = 2,45 → ±3, estimated
    put(db, 2025, 71, answers=100)  # ±5, estimated; √(9 + 25) = 5,83 → 6
    put(db, 2022, 62, measure="information", margin=3)
    put(db, 2025, 71, measure="information", margin=5)
    with db.write() as s:
        action = create_action(s, title="Telefontider", start="2024-05-02", areas=["bygglov"],
                               factors=["information"])
    with db.read() as s:
        rows = {e.measure: e for e in effects(s, action.id, TODAY)
                if e.group == Group.FORETAG}
    assert rows[Measure.NKI].verdict == Verdict.OKAT
    assert ("större än den uppskattade kombinerade felmarginalen ±6 (statistiskt "
            "säkerställd ökning)") in effect_line(rows[Measure.NKI])
    assert ("större än den kombinerade felmarginalen ±5,9 (statistiskt säkerställd ökning)"
            in effect_line(rows[Measure.INFORMATION]))
