"""Targets (mål): set, replaced, removed through the change log, and judged against the year's
value as SKR publishes it. The result figures here are made up for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.entities import ChangeLogEntry
from models.errors import InputError, NotFoundError
from models.results import check_key, check_values, set_result
from models.targets import (
    TargetStatus,
    judge_targets,
    list_targets,
    remove_target,
    set_target,
)

TODAY = dt.date(2026, 12, 1)


def put(db, year, number, preliminary=False, **extra) -> None:
    with db.write() as s:
        set_result(
            s,
            check_key("2081", year, "foretag", "totalt", "nki"),
            check_values(number, extra.get("answers"), extra.get("margin"), None, preliminary,
                         "påhittat testvärde", extra.get("as_of")),
        )


def status_of(db, year: int, target: float):
    with db.write() as s:
        set_target(s, "nki", "företag", "totalt", year, target)
    with db.read() as s:
        return [c for c in judge_targets(s, TODAY) if c.target.year == year][0]


def test_set_replace_list_and_remove_with_the_change_log(borlange_db) -> None:
    with borlange_db.write() as s:
        first = set_target(s, "NKI", "Företag", "Totalt", "2025", "75")
        again = set_target(s, "nki", "foretag", "totalt", 2025, "76,5")
        set_target(s, "information", "totalt", "bygglov", 2026, 70)
    assert first.id == again.id and again.value == 76.5
    with borlange_db.read() as s:
        assert [t.label for t in list_targets(s)] == [
            "NKI, företag, totalt, 2025: 76,5",
            "Information, totalt, bygglov, 2026: 70",
        ]
        log = [(e.operation, e.old_value, e.new_value) for e in s.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "target")
            .order_by(ChangeLogEntry.id))]
    assert log == [("create", None, "75.0"), ("update", "75.0", "76.5"), ("create", None, "70.0")]
    with borlange_db.write() as s:
        removed = remove_target(s, first.id)
    assert removed.label == "NKI, företag, totalt, 2025: 76,5"
    with borlange_db.read() as s:
        assert len(list_targets(s)) == 1
        assert s.scalars(select(ChangeLogEntry.operation).where(
            ChangeLogEntry.entity == "target").order_by(ChangeLogEntry.id.desc())).first() == "delete"


@pytest.mark.parametrize(
    ("args", "message", "field"),
    [
        (("nki", "företag", "totalt", 2025, 105), "Värde: 105 ligger utanför 0–100.", "value"),
        (("nki", "företag", "totalt", 2025, "mycket"), "Värde: ”mycket” är inget tal.", "value"),
        (("nöjdhet", "företag", "totalt", 2025, 75), "Mått: okänt värde ”nöjdhet”", "measure"),
        (("nki", "kunder", "totalt", 2025, 75), "Kundgrupp: okänt värde ”kunder”", "group"),
        (("nki", "företag", "hamn", 2025, 75), "Myndighetsområde: okänt värde ”hamn”", "area"),
        (
            ("nki", "företag", "totalt", 1999, 75),
            "År: ”1999” är inget år mellan 2000 och 2100.",
            "year",
        ),
    ],
)
def test_bad_targets_are_refused_in_swedish(db, args, message, field) -> None:
    with db.write() as s, pytest.raises(InputError) as caught:
        set_target(s, *args)
    assert caught.value.message.startswith(message)
    assert caught.value.field == field  # a form marks the field
    with db.read() as s:
        assert list_targets(s) == []


def test_removing_an_unknown_target_says_so(db) -> None:
    with db.write() as s, pytest.raises(NotFoundError, match="Mål 7 finns inte."):
        remove_target(s, 7)
    with db.write() as s, pytest.raises(InputError, match="”sju” är inget id"):
        remove_target(s, "sju")


def test_reached_on_the_published_whole_value(borlange_db) -> None:
    put(borlange_db, 2025, 74.5, margin=2.0)  # published as 75 (half up)
    check = status_of(borlange_db, 2025, 75)
    assert (check.status, check.value, check.published) == (TargetStatus.NATT, 74.5, 75)


@pytest.mark.parametrize(
    ("stored", "status"),
    [
        (72.4, TargetStatus.INOM_FELMARGINALEN),  # published 72: 75 − 72 = 3 ≤ ±3
        (71.5, TargetStatus.INOM_FELMARGINALEN),  # published 72 (half up): 3 ≤ ±3
        (71.4, TargetStatus.INTE_NATT),  # published 71: 4 > ±3
    ],
)
def test_short_by_no_more_than_the_margin(borlange_db, stored, status) -> None:
    put(borlange_db, 2025, stored, margin=3.0)
    check = status_of(borlange_db, 2025, 75)
    assert (check.status, check.margin) == (status, 3.0)


def test_short_without_a_known_margin_is_not_reached(borlange_db) -> None:
    put(borlange_db, 2025, 74.4)  # published 74, no margin and no answers
    check = status_of(borlange_db, 2025, 75)
    assert check.status == TargetStatus.INTE_NATT and "felmarginal okänd" in check.note


def test_an_estimated_margin_counts(borlange_db) -> None:
    put(borlange_db, 2025, 70, answers=100)  # ±5 (1,96 · 25 / 10 = 4,9 → 5)
    check = status_of(borlange_db, 2025, 75)
    assert (check.status, check.margin, check.margin_estimated) == (
        TargetStatus.INOM_FELMARGINALEN, 5.0, True
    )


def test_no_measurement_and_too_few_answers(borlange_db) -> None:
    assert status_of(borlange_db, 2026, 75).status == TargetStatus.INGEN_MATNING
    put(borlange_db, 2025, 90, answers=5)
    check = status_of(borlange_db, 2025, 75)
    assert (check.status, check.value) == (TargetStatus.INGEN_MATNING, None)
    assert "för få svar (5 < 7)" in check.note


def test_a_preliminary_value_is_shown_never_judged(borlange_db) -> None:
    put(borlange_db, 2026, 90, preliminary=True, answers=40, as_of="2026-04-20")
    check = status_of(borlange_db, 2026, 75)  # 90 ≥ 75, but preliminary
    assert (check.status, check.value, check.stale) == (TargetStatus.PRELIMINART, 90.0, False)
    assert check.note == "preliminärt, avläst 2026-04-20"
    put(borlange_db, 2024, 90, preliminary=True, answers=40, as_of="2024-04-20")
    stale = status_of(borlange_db, 2024, 75)
    assert stale.stale and stale.note == "preliminärt sedan 2024-04-20, hämta de slutliga siffrorna"


def test_a_preliminary_value_under_the_minimum_is_not_shown(borlange_db) -> None:
    # 90 from 3 answers (under 7), preliminary: SKR shows no value, so neither does the target
    put(borlange_db, 2026, 90, preliminary=True, answers=3, as_of="2026-04-20")
    with borlange_db.write() as s:
        set_target(s, "nki", "företag", "totalt", 2026, 75)
    with borlange_db.read() as s:
        (check,) = [c for c in judge_targets(s, dt.date(2026, 5, 1)) if c.target.year == 2026]
    assert (check.status, check.value, check.published) == (TargetStatus.INGEN_MATNING, None, None)
    assert check.headline == (
        "Mål NKI företag 2026: 75 – ingen mätning (för få svar (3 < 7): SKR visar inte "
        "värdet; preliminärt, avläst 2026-04-20)"
    )


def test_a_stale_preliminary_value_says_the_final_figures_should_be_fetched(borlange_db) -> None:
    """Borlänge's 2024 NKI totalt is 80, preliminary since 2024-04-24. Before its final
    figures are due (2025-05-31) the target only says it is not judged; after that the
    headline (Läget, the report, the presentation) says to fetch the final figures. The
    chart's words beside the star stay short."""
    with borlange_db.write() as s:
        set_target(s, "nki", "totalt", "totalt", 2024, 75)
    with borlange_db.read() as s:
        (early,) = judge_targets(s, dt.date(2025, 3, 1))
        (late,) = judge_targets(s, dt.date(2026, 12, 1))
    assert early.headline == "Mål NKI totalt 2024: 75 – preliminärt värde 80, bedöms inte"
    assert late.headline == (
        "Mål NKI totalt 2024: 75 – preliminärt värde 80, bedöms inte (preliminärt sedan "
        "2024-04-24, hämta de slutliga siffrorna)"
    )
    assert late.status_words == "preliminärt värde 80, bedöms inte"


def test_the_status_in_words_for_the_views(borlange_db) -> None:
    # 2023: 71 from 509 answers, ±3 estimated (Borlänge); 2026: not measured yet on 2026-03-01
    with borlange_db.write() as s:
        set_target(s, "nki", "totalt", "totalt", 2023, 72)
        set_target(s, "nki", "foretag", "bygglov", 2026, 70)
    with borlange_db.read() as s:
        checks = judge_targets(s, dt.date(2026, 3, 1))
    assert [c.headline for c in checks] == [
        "Mål NKI totalt 2023: 72 – inte nått, men inom felmarginalen (71, ±3)",
        "Mål NKI företag, bygglov 2026: 70 – inte mätt ännu",
    ]
    with borlange_db.read() as s:
        later = judge_targets(s, dt.date(2027, 6, 1))  # the 2026 figures are due by then
    assert later[1].status_words == "ingen mätning (inget värde för året)"
