"""The register on a projector's 1024×768: the titles stay readable beside the detail
panel (the title column had shrunk to about 25 pixels, "F…", "T…"); on a wide screen the
title still takes the room the other columns leave. The detail panel shows all its tabs
(Effekt was behind scroll arrows), and the Diagram tab's chart choice its whole name."""

from __future__ import annotations

import pytest

from tests.ui.conftest import select_title
from ui.window.register.table import TITLE
from ui.window.register.view import TITLE_LEAST


def _title_width(window) -> int:
    return window.register.table.columnWidth(TITLE)


@pytest.fixture
def projector(qtbot, borlange_db, monkeypatch):
    """The program as it starts on a projector: on Läget, the register not shown yet."""
    from ui.window.main_window import MainWindow
    from ui.window.workspace import install

    win = MainWindow(borlange_db)
    win.test_workspace = install(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.poll_timer.stop()
    monkeypatch.setattr("ui.window.messages.ask", lambda *args, **kwargs: True)
    win.close()
    win.deleteLater()


def test_titles_keep_their_room_at_1024x768(qtbot, projector) -> None:
    window = projector
    window.tabs.setCurrentWidget(window.register)
    select_title(window, "Öppet hus")  # the detail panel beside the table
    qtbot.waitUntil(lambda: _title_width(window) >= TITLE_LEAST)
    table = window.register.table
    shown = table.visualRect(table.model().index(0, TITLE))
    assert shown.width() >= TITLE_LEAST - 1  # the cell, without its grid line
    # the rest of the row is reached by scrolling sideways
    assert table.horizontalScrollBar().maximum() > 0


def test_on_a_wide_screen_the_title_takes_the_rest(qtbot, window) -> None:
    window.resize(1920, 1080)
    window.tabs.setCurrentWidget(window.register)
    table = window.register.table
    header = table.horizontalHeader()

    def rest() -> int:
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != TITLE)
        return table.viewport().width() - others

    qtbot.waitUntil(lambda: rest() >= TITLE_LEAST and abs(_title_width(window) - rest()) <= 2)
    assert table.horizontalScrollBar().maximum() == 0


def test_every_detail_tab_is_in_sight_at_1024x768(qtbot, projector) -> None:
    window = projector
    window.tabs.setCurrentWidget(window.register)
    select_title(window, "Öppet hus")
    tabs = window.form.tabs
    bar = tabs.tabBar()
    names = ["Uppgifter", "Milstolpar (1)", "Kommentarer (0)", "Historik", "Effekt"]
    qtbot.waitUntil(lambda: [tabs.tabText(i) for i in range(tabs.count())] == names)

    def in_sight(index: int) -> bool:
        shown = bar.tabRect(index)
        return shown.left() >= 0 and shown.right() < bar.width()

    qtbot.waitUntil(lambda: bar.isVisible() and all(map(in_sight, range(len(names)))))
    for index, name in enumerate(names):
        assert bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(name), name
    assert tabs.geometry().right() < window.register.width()  # the panel itself fits too


def test_the_chart_choice_shows_its_whole_name_at_1024x768(qtbot, projector) -> None:
    window = projector
    charts = window.test_workspace.charts
    window.tabs.setCurrentWidget(charts)
    combo = charts.chart
    qtbot.waitUntil(lambda: combo.isVisible() and combo.width() > 0)
    longest = max((combo.itemText(i) for i in range(combo.count())),
                  key=combo.fontMetrics().horizontalAdvance)
    assert longest == "NKI över åren med åtgärderna"
    # the text room: the box less its frame and arrow (as the style draws it)
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert room.width() >= combo.fontMetrics().horizontalAdvance(longest)
