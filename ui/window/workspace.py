"""Puts the parts of the program together in the main window.

The register (ui/window/main_window.py) knows nothing of results, charts, printing or Excel; this
module adds their tabs and menu items and keeps them in step with the open database.

Long work runs in workers (ui/window/tasks.py), one write at a time: while a write task
runs, what writes is switched off here (menu items, the register's editing, the results'
panel) and a write begun anyway is refused by the database's `before_write`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from models.db import Database
from ui.window import messages, tasks
from ui.window.charts.view import ChartView
from ui.window.main_window import MainWindow
from ui.window.opened import Opened
from ui.window.overview.links import install_overview
from ui.window.presentation import Presenter
from ui.window.results.view import ResultsView

if TYPE_CHECKING:
    from ui.window.files.change_log import ChangeLogDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


class Workspace(QObject):
    """The Resultat and Diagram tabs and the Arkiv items for import, export and paper.

    It talks to the window through the window's public methods and signals only, and to
    the open database through the window's `Opened`; as the window's child it lives as
    long as the window.
    """

    def __init__(self, opened: Opened) -> None:
        window = opened.window
        super().__init__(window)
        self.window = window
        self.opened = opened
        self.results = ResultsView(opened.db)
        self.charts = ChartView(opened.db)
        self.results_tab = window.add_view(self.results, _tr("Resultat"))
        opened.add_undo_stack(self.results, self.results.undo_ctx)
        self.charts_tab = window.add_view(self.charts, _tr("Diagram"))
        self.overview = install_overview(window, opened, self.results)
        window.data_changed.connect(self.results.refresh)
        window.data_changed.connect(self.charts.refresh)
        self.results.data_changed.connect(self.charts.refresh)
        self.results.saved.connect(self.window.statusBar().showMessage)
        window.database_changed.connect(self.database_changed)
        self._writers: list[QAction] = []
        self.change_log: ChangeLogDialog | None = None
        self._add_menu_items()
        self._watch_busy(opened.db)
        self._write_watch = _WriteWatch(self)
        self.presenter = Presenter(opened)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None = None,
                writes: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if writes:
            self._writers.append(action)
        self.window.add_file_action(action)
        return action

    def _add_menu_items(self) -> None:
        self.window.add_file_separator()
        results_items = self.results.menu_actions()
        for action in results_items:
            self._writers.append(action)
            self.window.add_file_action(action)
        # The empty register's "Importera resultat…" and "Hämta från Kolada…" are these.
        hint = self.window.register.empty_hint
        hint.offer(hint.import_button, results_items[0])
        hint.offer(hint.fetch_button, results_items[1])
        self._action(_tr("Importera åtgärder…"), self.import_actions, writes=True)
        self._action(_tr("Exportera…"), self.export)
        self.window.add_file_separator()
        self.print_action = self._action(_tr("Skriv &ut…"), self.print_current, "Ctrl+P")
        self.report_action = self._action(_tr("Spara mötesunderlag som PDF…"), self.save_report)
        self.window.add_file_separator()
        self._action(_tr("Återställ från säkerhetskopia…"), self.restore, writes=True)
        self._update_enabled()
        view = self.window.view_menu()
        view.addSeparator()
        self.change_log_action = view.addAction(_tr("Ändringslogg…"))
        self.change_log_action.triggered.connect(self.show_change_log)

    def _update_enabled(self) -> None:
        for action in self._writers:
            action.setEnabled(not self.opened.db.read_only)

    def _watch_busy(self, db: Database) -> None:
        # The GUI thread never waits for the lock (ui/window/saving.py): it hears a busy
        # database once, as a save goes on in a worker, whose waits come by busy_heard.
        db.on_busy = self.show_busy
        db.before_write = tasks.refuse_other_writes

    def show_busy(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    def while_writing(self) -> list[QAction | QWidget]:
        """What is off while a write runs in a worker: everything that would write."""
        return [
            *self._writers, self.report_action, *self.window.writing_items(), self.opened.form,
            self.results.editor, self.results.import_button, self.results.fetch_button,
            self.results.kpi_button,
        ]

    def database_changed(self, db: Database) -> None:
        self.results.set_database(db)
        self.charts.set_database(db)
        self._watch_busy(db)
        self._update_enabled()

    # --- menu items ---------------------------------------------------------------------
    def import_actions(self) -> None:
        from ui.window.files.excel_dialogs import import_actions_dialog

        if import_actions_dialog(self.window, self.opened.db) is not None:
            self.opened.data_written()

    def export(self) -> None:
        from ui.window.files.excel_dialogs import export_dialog

        def exported(path: Path) -> None:
            self.window.statusBar().showMessage(_tr("Exporterat till {path}").format(path=path), 8000)

        export_dialog(self.window, self.opened.db, exported)

    def print_current(self) -> None:
        from ui.window.charts import printing

        if self.window.tabs.currentWidget() is self.charts:
            printing.print_chart_view(self.window, self.charts)
        else:
            printing.print_report(self.window, self.opened.db)

    def save_report(self) -> None:
        from ui.window.charts import printing

        def saved(path: Path) -> None:
            self.window.statusBar().showMessage(
                _tr("Mötesunderlaget sparades i {path}").format(path=path), 8000
            )

        printing.save_report_dialog(self.window, self.opened.db, saved)

    def show_change_log(self) -> None:
        from ui.window.files.change_log import ChangeLogDialog

        if self.change_log is not None:
            self.change_log.close()
            self.change_log.deleteLater()
        self.change_log = ChangeLogDialog(self.opened.db, self.window)
        self.change_log.open()

    def restore(self) -> None:
        from ui.window.files.restore_dialog import offer_restore

        db = self.opened.db
        if db.path is None:
            messages.info(self.window, _tr("Återställ"), _tr(
                "Återställning gäller databasfiler (SQLite). En serverdatabas återställs av "
                "den som sköter servern."
            ))
            return
        path = db.path
        if offer_restore(self.window, path):
            self.opened.open_path(str(path))


class _WriteWatch(QObject):
    """Hears the write tasks for one window; a child of it, so it goes with the window."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace.window)
        self.workspace = workspace
        self._switched_off: list[QAction | QWidget] = []
        state = tasks.write_state()
        state.changed.connect(self.writing)
        state.busy_heard.connect(self.busy_heard)

    def writing(self, running: bool) -> None:
        if running:
            self._switched_off = [w for w in self.workspace.while_writing() if w.isEnabled()]
            for item in self._switched_off:
                item.setEnabled(False)
            return
        for item in self._switched_off:
            item.setEnabled(True)
        self._switched_off = []

    def busy_heard(self, message: str) -> None:
        self.workspace.show_busy(message)


def install(window: MainWindow) -> Workspace:
    """The tabs and items of a window whose database is open."""
    return Workspace(window.opened)
