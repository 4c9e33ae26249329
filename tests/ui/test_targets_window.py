"""Targets set and removed in the window: from the Resultat view and the charts' settings,
stored and logged, drawn in the NKI chart; bad input said in Swedish, nothing stored."""

from __future__ import annotations

import pytest
from matplotlib.lines import Line2D
from PySide6.QtCore import Qt
from sqlalchemy import select

from models.codes import Area, Group, Measure
from models.entities import ChangeLogEntry
from models.targets import list_targets
from ui.window import messages
from ui.window.charts.view import ChartView
from ui.window.results.view import ResultsView


@pytest.fixture
def views(qtbot, borlange_db):
    results = ResultsView(borlange_db)
    charts = ChartView(borlange_db)
    results.data_changed.connect(charts.refresh)  # as the window's workspace joins them
    for widget in (results, charts):
        qtbot.addWidget(widget)
        widget.resize(1366, 700)
        widget.show()
        qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: charts.canvas is not None)
    return results, charts


def logged(db) -> list[tuple[str, str | None, str | None]]:
    with db.read() as s:
        return [
            (e.operation, e.old_value, e.new_value)
            for e in s.scalars(
                select(ChangeLogEntry).where(ChangeLogEntry.entity == "target")
                .order_by(ChangeLogEntry.id)
            )
        ]


def stars(charts: ChartView) -> set[str]:
    return {
        str(line.get_gid())
        for line in charts._figure.findobj(Line2D)
        if str(line.get_gid() or "").startswith("target:")
    }


def test_set_and_remove_a_target_from_the_results_view(qtbot, views, borlange_db, monkeypatch) -> None:
    results, charts = views
    results.choose(group=Group.FORETAG, area=Area.TOTALT)
    dialog = results.open_targets(Measure.NKI, 2025)
    qtbot.addWidget(dialog)
    assert dialog.measure.currentData() == "nki" and dialog.group.currentData() == "foretag"
    assert dialog.area.currentData() == "totalt" and dialog.year.text() == "2025"
    dialog.value.setText("75")
    with qtbot.waitSignal(charts.chart_drawn, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with borlange_db.read() as s:
        assert [t.label for t in list_targets(s)] == ["NKI, företag, totalt, 2025: 75"]
    assert logged(borlange_db) == [("create", None, "75.0")]
    assert dialog.banner.text.text() == "Målet sparat: NKI, företag, totalt, 2025: 75."
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 5).text() in ("inte mätt ännu", "ingen mätning (inget värde för året)")
    # The NKI chart marks it at 2025.
    assert stars(charts) == {"target:nki:foretag:2025"}

    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(charts.chart_drawn, timeout=10_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    with borlange_db.read() as s:
        assert list_targets(s) == []
    assert logged(borlange_db)[-1][0] == "delete"
    assert dialog.banner.text.text() == "Målet borttaget: NKI, företag, totalt, 2025: 75."
    assert stars(charts) == set()


@pytest.mark.parametrize(
    ("year", "value", "field", "message"),
    [
        ("2025", "105", "value", "Värde: 105 ligger utanför 0–100."),
        ("2025", "mycket", "value", "Värde: ”mycket” är inget tal."),
        ("2025", "", "value", "Värde: saknas."),
        ("1999", "75", "year", "År: ”1999” är inget år mellan 2000 och 2100."),
    ],
)
def test_bad_input_is_said_under_its_field_and_nothing_is_stored(
    qtbot, views, borlange_db, year, value, field, message
) -> None:
    results, _charts = views
    dialog = results.open_targets(Measure.NKI)
    qtbot.addWidget(dialog)
    dialog.year.setText(year)
    dialog.value.setText(value)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors[field].text() == message
    assert dialog.errors[field].isVisible()
    assert all(not lbl.isVisible() for name, lbl in dialog.errors.items() if name != field)
    with borlange_db.read() as s:
        assert list_targets(s) == []
    assert logged(borlange_db) == []


def test_set_a_target_from_the_charts_settings(qtbot, views, borlange_db) -> None:
    _results, charts = views
    charts.group.setCurrentIndex(charts.group.findData("totalt"))
    qtbot.waitUntil(lambda: not charts._stale)
    dialog = charts.open_targets()
    qtbot.addWidget(dialog)
    assert (dialog.measure.currentData(), dialog.group.currentData()) == ("nki", "totalt")
    dialog.year.setText("2023")
    dialog.value.setText("70")
    with qtbot.waitSignal(charts.chart_drawn, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert stars(charts) == {"target:nki:totalt:2023"}
    texts = [t.get_text() for t in charts._figure.texts + [
        t for ax in charts._figure.axes for t in ax.texts]]
    assert "Mål 70: nått (71, ±3)" in texts
