"""The Resultat grid never judges a preliminary change, marks what to look out for (a
preliminary value long after its final figures, a low response rate) and compares with a
Kolada municipality group. The figures beyond Borlänge's news item are made up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models.codes import Area, Group, Measure
from models.results import check_key, check_values, set_result
from ui.window.results.view import ResultsView


@pytest.fixture
def view(qtbot, borlange_db):
    widget = ResultsView(borlange_db)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def put(db, town, year, value, **extra) -> None:
    with db.write() as s:
        set_result(
            s,
            check_key(town, year, extra.get("group", "foretag"), extra.get("area", "bygglov"),
                      extra.get("measure", "nki")),
            check_values(value, extra.get("answers"), extra.get("margin"),
                         extra.get("rate"), extra.get("preliminary", False), "påhittat",
                         extra.get("as_of")),
        )


def cell(view, year: int, measure: Measure = Measure.NKI, compare: bool = False):
    return view.model.index(view.model.measures.index(measure), view.model.year_column(year, compare))


def change(view, measure: Measure = Measure.NKI) -> str:
    row = view.model.measures.index(measure)
    return view.model.index(row, view.model.columnCount() - 1).data()


def test_a_change_to_a_preliminary_value_is_preliminary_not_judged(view, borlange_db) -> None:
    # ±3 each (400 answers): +20 would be far beyond √(3² + 3²), but 2025 is preliminary.
    put(borlange_db, "2081", 2024, 60, answers=400)
    put(borlange_db, "2081", 2025, 80, answers=400, preliminary=True, as_of="2025-10-01")
    view.choose(group=Group.FORETAG, area=Area.BYGGLOV)
    assert change(view) == "2024–2025: +20\npreliminärt"
    tip = view.model.index(0, view.model.columnCount() - 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "preliminärt" in tip and "större än" not in tip


def test_a_tooltip_never_judges_a_change_against_a_hidden_year(view, borlange_db) -> None:
    # 2022: 60 from 5 answers (under 7: not shown) with a given ±1; 2021 and 2023 from 400
    # answers with ±1. 2023 is compared with 2021 (+15 beyond √(1² + 1²) = 1,5), as the
    # Förändring column does, never with the hidden 2022 (+10); 2022 is compared with nothing.
    put(borlange_db, "2081", 2021, 55, answers=400, margin=1)
    put(borlange_db, "2081", 2022, 60, answers=5, margin=1)
    put(borlange_db, "2081", 2023, 70, answers=400, margin=1)
    view.choose(group=Group.FORETAG, area=Area.BYGGLOV)
    view.extra_years = 3
    view.refresh()
    tip = cell(view, 2023).data(Qt.ItemDataRole.ToolTipRole)
    assert "Jämförs inte med 2022: för få svar (5 < 7)." in tip
    assert "Jämfört med 2022" not in tip and "+10" not in tip
    assert "Jämfört med 2021: +15, större än den kombinerade felmarginalen (±1,5): " \
        "statistiskt säkerställd" in tip
    assert change(view) == "2021–2023: +15\n↑ större än felmarginalen"
    hidden = cell(view, 2022).data(Qt.ItemDataRole.ToolTipRole)
    assert "Visas inte enligt regeln om minsta antal svar: för få svar (5 < 7)." in hidden
    assert "Jämfört" not in hidden


def test_a_stale_preliminary_value_and_a_low_response_rate_are_marked(view, borlange_db) -> None:
    put(borlange_db, "2081", 2020, 64, answers=200, preliminary=True, as_of="2020-09-01")
    put(borlange_db, "2081", 2021, 66, answers=200, rate=25)  # under 30 % per area
    put(borlange_db, "2081", 2022, 67, answers=200, rate=45)
    view.choose(group=Group.FORETAG, area=Area.BYGGLOV)
    view.extra_years = 3
    view.refresh()
    stale, low, fine = cell(view, 2020), cell(view, 2021), cell(view, 2022)
    assert stale.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "⚠ preliminärt sedan 2020-09-01, hämta de slutliga siffrorna" in stale.data(
        Qt.ItemDataRole.ToolTipRole)
    assert low.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "⚠ låg svarsfrekvens: 25 %, under SKR:s gräns på 30 % per myndighetsområde" in (
        low.data(Qt.ItemDataRole.ToolTipRole))
    assert fine.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Svarsfrekvens: 45 %" in fine.data(Qt.ItemDataRole.ToolTipRole)
    assert "⚠ = preliminärt sedan de slutliga siffrorna borde ha kommit" in view.legend.text()


def test_a_kolada_municipality_group_as_comparison(view, borlange_db) -> None:
    put(borlange_db, "G124018", 2023, 66.5, group="totalt", area="totalt")
    view.choose(group=Group.TOTALT, area=Area.TOTALT)
    view.other_code.setText("g124018")
    QTest.keyClick(view.other_code, Qt.Key.Key_Return)
    assert view.compare == "G124018"
    assert view.banner.text.text() == ""
    assert cell(view, 2023, compare=True).data() == "66,5"
    assert view.compare_box.currentText() == "Kommungrupp (G124018)"
    view.other_code.setText("G12x")
    QTest.keyClick(view.other_code, Qt.Key.Key_Return)
    assert "”G12x” är ingen kommunkod med fyra siffror (t.ex. 2080) eller kommungrupp" in (
        view.banner.text.text())
