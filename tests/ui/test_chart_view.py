"""The "Diagram" view offscreen: lazy drawing, the choices, redraw on refresh, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from models.actions import create_action, list_actions, update_action
from models.db import Database
from ui.window.charts.view import FILTERS, ChartView


def figure_texts(view: ChartView) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in view._figure.findobj(Text) if t.get_text()]


@pytest.fixture
def view(qtbot, borlange_db: Database) -> ChartView:
    widget = ChartView(borlange_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    return widget


def test_nothing_is_drawn_until_the_view_is_shown(qtbot, view: ChartView) -> None:
    view.refresh()
    assert view._canvas is None
    with qtbot.waitSignal(view.chart_drawn, timeout=10000):
        view.show()
    assert view._canvas is not None
    assert "NKI över åren – Borlänge, alla myndighetsområden (totalt)" in figure_texts(view)
    assert view.chart_scroll.widget() is view._canvas


def test_choosing_a_chart_redraws_the_same_canvas(qtbot, view: ChartView) -> None:
    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    canvas, figure = view._canvas, view._figure
    with qtbot.waitSignal(view.chart_drawn, timeout=10000) as drawn:
        view.chart.setCurrentIndex(view.chart.findData("status"))
    assert drawn.args == ["status"]
    assert view._canvas is canvas and view._figure is figure
    assert any(t.startswith("Åtgärder per status: 7 åtgärder") for t in figure_texts(view))
    # The status summary does not depend on the result choices: they are greyed out.
    assert not view.group.isEnabled() and not view.area.isEnabled()
    view.chart.setCurrentIndex(view.chart.findData("factors"))
    assert view.group.isEnabled() and not view.target.isEnabled()
    qtbot.waitUntil(lambda: view.hint.text() != "")
    # Borlänge has no service-factor values in any group: the hint says so (not "företag").
    assert view.hint.text() == (
        "Alla kundgrupper: ingen kundgrupp har värden för servicefaktorerna ännu.")


def test_refresh_shows_new_data_and_choices_follow_the_data(
    qtbot, view: ChartView, borlange_db: Database
) -> None:
    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    view.chart.setCurrentIndex(view.chart.findData("timeline"))
    assert "Ny åtgärd från testet" not in figure_texts(view)
    with borlange_db.write() as session:
        create_action(session, title="Ny åtgärd från testet", start="2024-06-01", due="2024-09-30")
    view.refresh()
    assert "Ny åtgärd från testet" in figure_texts(view)
    years = [view.first_year.itemText(i) for i in range(view.first_year.count())]
    assert years == ["första", "2022", "2023", "2024"]
    assert view.comparison.itemText(1) == "Riket (0000)"


def test_choices_reach_the_chart(qtbot, view: ChartView) -> None:
    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    view.group.setCurrentIndex(view.group.findText("Företag"))
    view.target.setValue(75)
    words = figure_texts(view)
    assert "Mål 75" in words and "Totalt" not in words and "Företag" in words
    view.large.setChecked(True)
    assert view._figure.axes[0].yaxis.label.get_fontsize() > 12


@pytest.mark.parametrize(
    ("name", "chosen", "expected", "magic"),
    [
        ("nki.svg", FILTERS[".svg"], "nki.svg", b"<?xml"),
        ("nki", FILTERS[".pdf"], "nki.pdf", b"%PDF"),
        ("nki.PNG", FILTERS[".png"], "nki.PNG", b"\x89PNG"),
    ],
)
def test_export_writes_the_chosen_format(
    qtbot,
    view: ChartView,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    chosen: str,
    expected: str,
    magic: bytes,
) -> None:
    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / name), chosen))
    )
    with qtbot.waitSignal(view.exported, timeout=10000):
        view.export_button.click()
    out = tmp_path / expected
    assert out.read_bytes().startswith(magic)
    assert view.saved.text() == f"Sparat i {out}"


def test_export_cancelled_writes_nothing(
    qtbot, view: ChartView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    view.export_button.click()
    assert view.saved.text() == ""
    assert list(tmp_path.glob("nki*")) == []


def test_export_failure_is_said_in_swedish(
    qtbot, view: ChartView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "saknas" / "nki.png"), FILTERS[".png"])),
    )
    monkeypatch.setattr(
        "ui.window.messages.error", lambda _p, title, text: shown.append(f"{title}: {text}")
    )
    view.export_button.click()
    assert len(shown) == 1
    assert shown[0].startswith("Exporten misslyckades: Diagrammet kunde inte sparas i ")
    assert "saknas" in shown[0]


def test_all_groups_shows_the_group_with_factor_values(qtbot, view: ChartView,
                                                       borlange_db: Database, tmp_path) -> None:
    from models.codes import Area, Group, Measure
    from models.results import check_key, check_values, set_result

    with borlange_db.write() as session:
        for year, value in ((2022, 70), (2023, 74)):
            key = check_key("2081", year, Group.PRIVATPERSONER, Area.TOTALT, Measure.BEMOTANDE)
            set_result(session, key, check_values(value))
    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    with qtbot.waitSignal(view.chart_drawn, timeout=10000):
        view.chart.setCurrentIndex(view.chart.findData("factors"))
    assert view.group.currentText() == "Alla kundgrupper"
    assert view.hint.text().startswith("Alla kundgrupper: diagrammet visar privatpersoner,")
    assert any(t.startswith("Servicefaktorerna – Borlänge, privatpersoner") for t in figure_texts(view))
    view.grab().save(str(tmp_path / "factors_all_groups.png"))


def test_the_choices_fold_away_and_the_chart_takes_the_room(
    qtbot, view: ChartView, borlange_db: Database
) -> None:
    from ui.window.app_settings import AppSettings

    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    assert view.panel.isVisible() and view.panel.maximumWidth() <= 270
    drawn = view._figure.get_figwidth()
    from PySide6.QtGui import QKeySequence, QShortcut

    keys = [s.key() for s in view.findChildren(QShortcut)]
    assert QKeySequence("F9") in keys
    qtbot.mouseClick(view.fold_button, Qt.MouseButton.LeftButton)
    assert view.panel.isHidden() and view.fold_button.toolTip() == "Visa valen (F9)"
    assert AppSettings().chart_choices_shown == 0
    # drawn again for the wider room
    qtbot.waitUntil(lambda: view._figure.get_figwidth() > drawn + 1, timeout=10000)
    again = ChartView(borlange_db)
    qtbot.addWidget(again)
    assert again.panel.isHidden()  # remembered
    qtbot.mouseClick(again.fold_button, Qt.MouseButton.LeftButton)
    assert not again.panel.isHidden() and AppSettings().chart_choices_shown == 1


def test_a_shortened_title_is_in_the_tooltip(qtbot, view: ChartView, borlange_db: Database) -> None:
    from charts.style import row_tip

    title = "Checklista och vägledning för bygglovsansökan med exempel på ritningar"
    with borlange_db.write() as session:
        create_action(session, title=title, start="2024-06-01", due="2024-09-30")
    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    view.chart.setCurrentIndex(view.chart.findData("timeline"))
    view._canvas.draw()
    fig = view._figure
    lanes = fig.axes[0]
    label = next(t for t in lanes.get_yticklabels() if t.get_text().startswith("Checklista"))
    assert label.get_text() != title  # shortened in the chart
    box = label.get_window_extent()
    centre = ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
    assert row_tip(fig, None, None, centre).startswith(title)


def test_the_effect_chart_in_large_text_fits_beside_the_choices(
    qtbot, view: ChartView, borlange_db: Database
) -> None:
    """At 1024 × 768 with the choices open, "Effekt av åtgärderna" in "Stor text": laid
    out for the canvas it is shown in, its key and row labels inside it (the two-column
    key was wider than the room and pushed the columns out of the figure)."""
    from charts.style import natural_size
    from tests.chart_overlap import problems
    from ui.window.charts.view import LOGICAL_DPI

    with borlange_db.write() as session:  # Öppet hus with a start: two lines of words
        opened = next(a for a in list_actions(session) if a.title == "Öppet hus")
        update_action(session, opened.id, None, start="2024-05-15")
    view.resize(1000, 680)
    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    view.chart.setCurrentIndex(view.chart.findData("effect"))
    view.large.setChecked(True)
    qtbot.wait(400)  # the resize timer, if the scroll bar took some width
    canvas = view._canvas
    assert view.panel.isVisible()
    assert abs(natural_size(view._figure)[0] * LOGICAL_DPI - canvas.width()) <= 2
    assert problems(view._figure) == []
