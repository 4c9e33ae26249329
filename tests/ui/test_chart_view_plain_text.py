"""The Diagram tab with titles matplotlib would read as math text (issue 13, finding 7): a
title "$x^{$" left a half-drawn chart and no message; "Pris 5$ och 10$" lost its dollars.
Every chart is drawn on the tab's own Qt canvas, and the titles are shown as typed."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.text import Text

from charts import catalog
from models import actions as ops
from models.codes import Factor, Status
from models.db import Database
from ui.window.charts.view import ChartView

TITLES = ("$x^{$", "Pris 5$ och 10$")


@pytest.fixture
def view(qtbot, borlange_db: Database) -> ChartView:
    with borlange_db.write() as s:
        for n, title in enumerate(TITLES):
            ops.create_action(
                s, title=title, status=Status.PAGAR, start=dt.date(2023, 3, 1),
                due=dt.date(2025, 6, 1 + n), factors=[Factor.TILLGANGLIGHET],
            )
    widget = ChartView(borlange_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    return widget


@pytest.mark.parametrize("kind", list(catalog.CHART_TITLES))
def test_every_chart_on_the_tab_draws_dollar_titles_as_typed(qtbot, view, kind) -> None:
    view.show()
    qtbot.waitUntil(lambda: view._canvas is not None)
    with qtbot.waitSignal(view.chart_drawn, timeout=10000):
        view.chart.setCurrentIndex(view.chart.findData(kind))
        view.refresh()
    view._canvas.draw()  # as the event loop would; math text would raise here
    texts = [t.get_text() for t in view._figure.findobj(Text) if t.get_text()]
    assert not any(t.startswith("Diagrammet kan inte visas") for t in texts), texts
    if kind in ("timeline", "matrix", "nki"):
        assert any("Pris 5$ och" in t for t in texts), texts
    assert all(not t.get_parse_math() for t in view._figure.findobj(Text) if "$" in t.get_text())
