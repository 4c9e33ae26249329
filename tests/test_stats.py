"""How far a figure can be trusted (models/stats.py): margins, changes, grades, response rates."""

from __future__ import annotations

import datetime as dt

import pytest

from models import stats
from models.codes import Area
from models.errors import InputError
from models.settings import DEFAULTS, DbSettings, GradeBand, published


@pytest.mark.parametrize(
    ("answers", "shown"),
    [
        (509, 3.0),  # 1,96 · 25 / √509 = 2,17 → 3
        (400, 3.0),  # 1,96 · 25 / 20 = 2,45 → 3
        (100, 5.0),  # 4,9 → 5
        (81, 6.0),  # 1,96 · 25 / 9 = 5,44 → 6
        (49, 7.0),  # 1,96 · 25 / 7 = 7,0 exactly: stays 7, not 8
    ],
)
def test_estimated_margins_are_whole_numbers_rounded_up(answers, shown) -> None:
    found = stats.margin(None, answers, DEFAULTS)
    assert (found.value, found.estimated) == (shown, True)
    assert found.note == f"±{shown:g} (uppskattad från {answers} svar)"


def test_a_given_margin_keeps_its_decimal_and_none_is_said() -> None:
    assert stats.margin(3.7, 509, DEFAULTS).note == "±3,7 (angiven)"
    assert stats.margin(None, None, DEFAULTS).note == "felmarginal okänd (antal svar saknas)"


def test_a_given_margin_of_zero_is_unknown_and_estimated_from_the_answers() -> None:
    # ±0 typed or imported is no margin: 30 answers give 1,96 · 25 / √30 = 8,95 → ±9.
    found = stats.margin(0.0, 30, DEFAULTS)
    assert (found.value, found.estimated) == (9.0, True)
    assert found.note == "±9 (uppskattad från 30 svar; angiven ±0 räknas inte)"
    unknown = stats.margin(0.0, None, DEFAULTS)
    assert (unknown.value, unknown.known) == (None, False)
    assert unknown.note == "felmarginal okänd (antal svar saknas; angiven ±0 räknas inte)"


def test_the_default_spread_is_25() -> None:
    assert DEFAULTS.answer_sd == 25.0


def test_a_preliminary_change_is_never_larger_or_smaller_than_the_margin() -> None:
    tight = stats.Margin(1.0, False, "")
    final = stats.change(70, tight, 80, tight, preliminary=False)
    assert (final.real, final.combined) == (True, 1.5)  # √2 = 1,414 → 1,5
    assert final.note == (
        "större än den kombinerade felmarginalen (±1,5): statistiskt säkerställd"
    )
    found = stats.change(70, tight, 80, tight, preliminary=True)
    assert (found.difference, found.real, found.note) == (10.0, None, "preliminärt")
    within = stats.change(70, stats.Margin(3, False, ""), 74, stats.Margin(4, False, ""),
                          preliminary=False)
    assert within.note == "inom den kombinerade felmarginalen (±5): ingen säker förändring"


@pytest.mark.parametrize(
    ("value", "grade"),
    [(69.7, "högt"), (69.5, "högt"), (69.4, "under 70"), (70.0, "högt"), (0.0, "under 70")],
)
def test_grades_are_judged_on_the_published_whole_value(value, grade) -> None:
    # SKR publishes 69,7 as 70: "högt"; 69,4 as 69.
    assert DEFAULTS.grade(value) == grade


def test_published_rounds_half_up() -> None:
    assert [published(v) for v in (69.5, 70.5, 69.49, 0.5, 99.95)] == [70, 71, 69, 1, 100]


def test_grade_bands_are_settings() -> None:
    town = DbSettings(grade_bands=(GradeBand(75, "mycket högt"), GradeBand(60, "godkänt")))
    assert (town.grade(74.5), town.grade(59.4)) == ("mycket högt", "")


@pytest.mark.parametrize(
    ("rate", "area", "low", "note"),
    [
        (38.0, Area.TOTALT, True, "låg svarsfrekvens: 38 %, under SKR:s gräns på 40 % i genomsnitt"),
        (40.0, Area.TOTALT, False, "svarsfrekvens 40 %"),
        (29.5, Area.BYGGLOV, True,
         "låg svarsfrekvens: 29,5 %, under SKR:s gräns på 30 % per myndighetsområde"),
        (35.0, Area.BYGGLOV, False, "svarsfrekvens 35 %"),
    ],
)
def test_response_rate_against_skr_s_thresholds(rate, area, low, note) -> None:
    found = stats.response_rate_check(rate, area, DEFAULTS)
    assert (found.low, found.note) == (low, note)


def test_unknown_response_rate_is_not_marked_and_thresholds_are_settings() -> None:
    assert stats.response_rate_check(None, Area.TOTALT, DEFAULTS) is None
    strict = DbSettings(response_rate_min_area=50.0)
    assert stats.response_rate_check(45.0, Area.MILJO_HALSOSKYDD, strict).low


def test_stale_after_the_day_of_the_final_figures() -> None:
    assert DEFAULTS.final_figures_date(2024) == dt.date(2025, 5, 31)
    assert not stats.is_stale(2024, True, dt.date(2025, 5, 31), DEFAULTS)
    assert stats.is_stale(2024, True, dt.date(2025, 6, 1), DEFAULTS)
    assert not stats.is_stale(2024, False, dt.date(2030, 1, 1), DEFAULTS)  # final: never
    assert stats.preliminary_note(2024, None, True) == (
        "preliminärt sedan 2024, hämta de slutliga siffrorna"
    )


def test_the_day_of_the_final_figures_is_checked(db) -> None:
    from models import settings

    with db.write() as s, pytest.raises(InputError, match="ska vara månad-dag"):
        settings.save(s, final_figures_by="02-30")
    with db.write() as s:
        assert settings.save(s, final_figures_by="4-30").final_figures_by == "04-30"
