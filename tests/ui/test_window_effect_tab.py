"""The detail panel's Effekt tab on the Borlänge data plus a made-up year of results: the
rows in words, the reasons, the small forest plot, and a refresh when the results change.

The figures beyond Borlänge's news item are made up for the tests."""

from __future__ import annotations

import pytest
from matplotlib.lines import Line2D

from models.results import check_key, check_values, set_result
from tests.ui.conftest import select_title


def put(db, year, number, measure="nki", group="foretag", area="bygglov", **extra) -> None:
    with db.write() as s:
        set_result(
            s,
            check_key("2081", year, group, area, measure),
            check_values(number, extra.get("answers"), extra.get("margin"), None,
                         extra.get("preliminary", False), "påhittat testvärde"),
        )


@pytest.fixture
def made_up(borlange_db):
    put(borlange_db, 2023, 62, "information", answers=400)  # ±3
    put(borlange_db, 2025, 71, "information", answers=100)  # ±5: +9 beyond 6
    put(borlange_db, 2023, 70, "tillganglighet", margin=3.0)
    put(borlange_db, 2025, 72, "tillganglighet", margin=4.0)  # +2 within 5
    return borlange_db


def rows(tab) -> list[str]:
    return tab.row_texts()


def show_effect(qtbot, window):
    form = window.form
    form.tabs.setCurrentWidget(form.effect_tab)
    qtbot.waitUntil(lambda: form.effect_tab.isVisible())
    return form.effect_tab


def test_the_effect_tab_shows_the_rows_of_the_action(qtbot, made_up, window) -> None:
    select_title(window, "Telefontider")
    tab = show_effect(qtbot, window)
    assert window.form.tabs.tabText(window.form.tabs.currentIndex()) == "Effekt"
    shown = rows(tab)
    assert shown[0] == (
        "▲ Information, företag, bygglov: 62 (2023) → 71 (2025), +9, större än den "
        "uppskattade kombinerade felmarginalen ±6 (statistiskt säkerställd ökning)"
    )
    assert "○ Tillgänglighet, företag, bygglov: 70 (2023) → 72 (2025), +2, inom den " \
        "kombinerade felmarginalen ±5 (ingen säker förändring)" in shown
    no_before = [r for r in shown if r.startswith("– NKI, företag, bygglov")]
    assert no_before == ["– NKI, företag, bygglov: kan inte bedömas: ingen mätning före startåret"]
    tip = tab.rows[shown.index(no_before[0])].toolTip()
    assert tip.startswith("Varför: det finns inget värde för något år före")
    assert tab.chance.text().startswith("Av 2 jämförelser kan någon enstaka visa")
    # The small forest plot: two points, one per judged row.
    qtbot.waitUntil(lambda: tab.canvas is not None and tab.canvas.isVisible())
    points = [ln for ln in tab.figure.findobj(Line2D) if str(ln.get_gid()).startswith("verdict:")]
    assert len(points) == 2
    tab.resize(500, 600)
    assert not tab.grab().isNull()


def test_an_action_without_a_start_date_says_so_once(qtbot, made_up, window) -> None:
    select_title(window, "Öppet hus")
    tab = show_effect(qtbot, window)
    assert rows(tab) == ["– Kan inte bedömas: åtgärden har inget startdatum (8 jämförelser)."]
    assert tab.placeholder.text() == "Inget diagram: ingen jämförelse kan bedömas ännu."


def test_the_tab_follows_the_results(qtbot, made_up, window) -> None:
    select_title(window, "Telefontider")
    tab = show_effect(qtbot, window)
    assert not any(r.startswith("▼ NKI, företag, bygglov") for r in rows(tab))
    put(made_up, 2023, 73, "nki", answers=150)
    put(made_up, 2025, 62, "nki", answers=150)  # −11 beyond √(5² + 5²) → 8
    window.opened.data_written()  # as after an import
    assert any(r.startswith("▼ NKI, företag, bygglov: 73 (2023) → 62 (2025), −11") for r in rows(tab))
