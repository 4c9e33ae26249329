"""The report's targets, "Effekt hittills" and the actions' own areas and effect, on the
Borlänge data plus a made-up year of results.

The figures beyond Borlänge's news item are made up for the tests (bygglov, företag and
privatpersoner, 2022–2026): they are not Borlänge's (or anyone's) real results.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from charts.report import make_report
from models.results import check_key, check_values, set_result
from models.targets import set_target
from tests.report_helpers import shared_database

TODAY = dt.date(2026, 3, 1)


def put(db, year, number, measure="nki", group="foretag", area="bygglov", **extra) -> None:
    with db.write() as s:
        set_result(
            s,
            check_key("2081", year, group, area, measure),
            check_values(
                number,
                extra.get("answers"),
                extra.get("margin"),
                None,
                extra.get("preliminary", False),
                "påhittat testvärde",
                extra.get("as_of"),
            ),
        )


def make_up(db) -> None:
    """Borlänge, plus made-up bygglov figures around Telefontider (start 2024-05-02), and
    two targets."""
    put(db, 2023, 62, "information", answers=400)  # ±3
    put(db, 2025, 71, "information", answers=100)  # ±5: +9 beyond √(3² + 5²) → 6
    put(db, 2023, 70, "tillganglighet", margin=3.0)
    put(db, 2025, 72, "tillganglighet", margin=4.0)  # +2 within 5
    put(db, 2023, 73, "nki", answers=150)  # ±5
    put(db, 2025, 62, "nki", answers=150)  # −11 beyond √(5² + 5²) → 8
    put(db, 2023, 60, "nki", group="privatpersoner", answers=90)
    # +20 on a preliminary value: never called larger than the margin
    put(
        db,
        2025,
        80,
        "nki",
        group="privatpersoner",
        answers=60,
        preliminary=True,
        as_of="2025-10-01",
    )
    with db.write() as s:
        set_target(s, "nki", "foretag", "totalt", 2025, 75)  # not measured yet on TODAY
        set_target(s, "nki", "totalt", "totalt", 2023, 70)  # 71 in 2023: reached


@pytest.fixture
def made_up(borlange_db):
    make_up(borlange_db)
    return borlange_db


def pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


@pytest.fixture(scope="module")
def report(sqlite_templates, tmp_path_factory) -> list[str]:
    """The pages' texts of the made-up data's report, made once for the tests that read it."""
    folder = tmp_path_factory.mktemp("effekt")
    with shared_database(sqlite_templates[True], folder, make_up) as (db, _):
        path = folder / "möte.pdf"
        make_report(db, path, today=TODAY, record=False)
        return pages(path)


def test_the_first_page_has_the_targets_with_their_status(report) -> None:
    first = report[0]
    assert "Mål (2)" in first
    assert "Mål NKI företag 2025: 75 – inte mätt ännu" in first
    assert "Mål NKI totalt 2023: 70 – nått (71, ±3)" in first


def test_effect_so_far_follows_the_first_page(report) -> None:
    section = report[1]
    assert section.startswith("Effekt hittills") or "Effekt hittills" in section[:80]
    assert "den kombinerade felmarginalen √(m₁² + m₂²)" in section
    assert "Telefontider – start 2024-05-02" in section
    assert (
        "Information, företag, bygglov 62 (2023) 71 (2025) +9 ±6 statistiskt säkerställd ökning"
        in section
    )
    assert (
        "Tillgänglighet, företag, bygglov 70 (2023) 72 (2025) +2 ±5 ingen säker förändring"
        in section
    )
    assert (
        "NKI, företag, bygglov 73 (2023) 62 (2025) −11 ±8 statistiskt säkerställd minskning"
        in section
    )
    assert (
        "Öppet hus – inget startdatum Kan inte bedömas: åtgärden har inget startdatum "
        "(8 jämförelser)" in section
    )
    assert (
        "Av 3 jämförelser kan någon enstaka visa en statistiskt säkerställd förändring" in section
    )
    assert "Varför en jämförelse inte kan bedömas" in section
    assert (
        "Preliminärt värde, bedöms först med de slutliga siffrorna: ett av åren har bara" in section
    )
    # then the forest plot, on a landscape page of its own
    assert "Effekt av åtgärderna – Borlänge" in report[2]


def test_no_text_calls_a_preliminary_change_larger_or_smaller(report) -> None:
    tables = [t for t in report if "Mått, kundgrupp, område" in t]
    rows = [r for t in tables for r in re.findall(r"NKI, privatpersoner, bygglov.{0,160}", t)]
    assert len(rows) == 2  # Effekt hittills and the action's page
    for row in rows:
        assert row.startswith("NKI, privatpersoner, bygglov 60 (2023) 80 (2025, preliminärt"), row
        assert "+20 (prel.) kan inte bedömas: preliminärt värde" in row, row
    everything = " ".join(report)
    assert "+20; preliminärt värde, bedöms först med de slutliga siffrorna" in everything
    for found in re.finditer(r"\+20", everything):
        after = everything[found.start() : found.start() + 40]
        assert "säkerställd" not in after and "större än" not in after, after


def test_an_action_page_has_its_own_areas_and_effect(report) -> None:
    start = next(i for i, t in enumerate(report) if "Telefontider Status" in t)
    page = " ".join(report[start : start + 2])
    assert "Myndighetsområden Bygglov" in page
    assert "Servicefaktorerna åtgärden siktar på (företag, bygglov)" in page
    assert "Effekt (bygglov)" in page
    assert "Information, företag, bygglov 62 (2023) 71 (2025) +9 ±6" in page
    # An action naming no area is judged on area totalt.
    other = next(t for t in report if "Öppet hus Status" in t)
    assert "Effekt (totalt)" in other


def test_without_an_after_year_the_section_says_so_and_draws_no_plot(borlange_db, tmp_path) -> None:
    path = tmp_path / "borlange.pdf"
    make_report(borlange_db, path, today=TODAY, record=False)
    texts = pages(path)
    assert "Effekt hittills" in texts[1]
    assert (
        "Ingen jämförelse kan bedömas ännu, så diagrammet över effekterna visas inte." in texts[1]
    )
    assert "Mål (0)" in texts[0] and "Inga mål satta ännu" in texts[0]


def test_the_action_trends_use_the_actions_own_areas(made_up) -> None:
    from models.codes import Area, Group
    from models.report_data import load_report

    with made_up.read() as s:
        data = load_report(s, today=TODAY)
    by_title = {a.title: a.id for a in data.actions}
    phone = data.trends[by_title["Telefontider"]]
    assert (phone.group, phone.areas) == (Group.FORETAG, (Area.BYGGLOV,))
    assert [label for label, _ in phone.series] == ["Information", "Tillgänglighet"]
    assert {s.area for _, s in phone.series} == {Area.BYGGLOV}
    # Öppet hus names no area: its factors on area totalt, where there are none yet.
    open_house = data.trends[by_title["Öppet hus"]]
    assert open_house.areas == (Area.TOTALT,) and open_house.series == ()


def test_an_action_trend_of_the_total_across_2024_marks_the_break(borlange_db) -> None:
    from matplotlib.lines import Line2D

    from charts.report import report_pages
    from models.actions import create_action
    from models.report_data import load_report

    with borlange_db.write() as s:
        create_action(s, title="Klarspråk", start="2023-09-01", factors=["information"])
    for year, value in ((2022, 61), (2023, 63), (2024, 66)):
        put(borlange_db, year, value, "information", area="totalt", answers=200)
    with borlange_db.read() as s:
        data = load_report(s, today=TODAY)
    figures = report_pages(data)
    page = next(f for f in figures if f.axes and any(t.get_text() == "Klarspråk" for t in f.texts))
    gids = {str(line.get_gid()) for line in page.findobj(Line2D)}
    assert "break" in gids
    words = " ".join(t.get_text() for t in page.findobj(lambda a: hasattr(a, "get_text")))
    assert "nytt mått för totalt" in words
