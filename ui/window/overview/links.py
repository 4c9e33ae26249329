"""Läget in the window: the tab put first and shown at start, kept in step with the data,
and its links followed to their places (the register, the action's Effekt tab, Resultat,
the empty database's first steps)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.codes import Area, Group, Measure
from ui.window.main_window import MainWindow
from ui.window.opened import Opened
from ui.window.overview.tab import OverviewTab
from ui.window.results.view import ResultsView


def install_overview(window: MainWindow, opened: Opened, results: ResultsView) -> OverviewTab:
    tab = OverviewTab(opened.db)
    window.add_first_view(tab, QCoreApplication.translate("Workspace", "Läget"))
    window.data_changed.connect(tab.refresh)
    results.data_changed.connect(tab.refresh)
    window.database_changed.connect(tab.set_database)

    def to_register() -> None:
        window.tabs.setCurrentWidget(window.register)

    def open_action(action_id: int) -> None:
        to_register()
        opened.open_action(action_id)

    def open_effect(action_id: int) -> None:
        to_register()
        if opened.open_action(action_id):
            opened.form.tabs.setCurrentWidget(opened.form.effect_tab)

    def open_figure(group: Group, area: Area, measure: Measure, year: int) -> None:
        window.tabs.setCurrentWidget(results)
        results.show_figure(group, area, measure, year)

    def new_action() -> None:
        to_register()
        opened.create_action()

    tab.action_chosen.connect(open_action)
    tab.effect_chosen.connect(open_effect)
    tab.figure_chosen.connect(open_figure)
    tab.new_action_wanted.connect(new_action)
    tab.import_wanted.connect(results.open_import)
    tab.fetch_wanted.connect(results.open_fetch)
    # What works on the register's panel (Ctrl+N, editing, a comment) shows the register.
    for action in (window.new_action, window.edit_action, window.comment_action):
        action.triggered.connect(to_register)
    return tab
