"""The main window: its menus and tabs; the first tab "Åtgärder" is the register.

The central widget is a QTabWidget; its first tab is the register (ui/window/register/
view.py: filter row, table, detail panel). Other parts of the program add tabs with
`add_view()` and menu items through `file_menu()` and friends, and listen to
`data_changed` (after every save, undo/redo and change seen from another copy) and
`database_changed` (another file opened).

The window has two states. At start it may show first, before the database is properly
open (`MainWindow.first_look`, rows read by models/register_file.py with sqlite3): it then
has no database, no detail panel and no editing. `finish_opening(db)` makes its `Opened`
(ui/window/opened.py: the database, the undo stack, the form, the file actions, and the
register's reading and editing) and wires the menus to it. This module therefore imports
only PySide6 and modules without SQLAlchemy at its top.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from ui.window import keys, messages, screen_fit
from ui.window.app_settings import AppSettings
from ui.window.help import HelpMenu
from ui.window.register.table import ActionRow
from ui.window.register.view import RegisterView

if TYPE_CHECKING:
    from models.db import Database
    from models.register_file import QuickRegister
    from ui.window.opened import Opened
    from ui.window.register.form import ActionForm
    from ui.window.undo import UndoContext

VERSION = "0.1.0"


class MainWindow(QMainWindow):
    data_changed = Signal()
    database_changed = Signal(object)

    def __init__(self, db: Database | None, parent: QWidget | None = None,
                 app_settings: AppSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = app_settings or AppSettings()
        self._opened: Opened | None = None  # made by finish_opening
        self._closed = False
        self._fitted = False  # to the screen, once shown (showEvent)
        self._fitted_geometry = QRect()  # what _restore_layout chose
        self.register = RegisterView()
        self._short_names(self.register)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tabs.addTab(self.register, self.tr("Åtgärder"))
        self._build_actions()
        self._build_menus()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(self.settings.poll_interval_ms)
        self._restore_layout()
        if db is not None:
            self.finish_opening(db)

    def _short_names(self, register: RegisterView) -> None:
        # The register's parts by short names (tests, benchmarks and the app use them).
        self.model = register.model
        self.proxy = register.proxy
        self.table = register.table
        self.splitter = register.splitter
        self.read_only_banner = register.read_only_banner
        self.alert_banner = register.alert_banner
        self.message_banner = register.message_banner
        self.opening_label = register.opening_label
        self.filters = register.filters
        self.search = self.filters.search
        self.status_filter = self.filters.status_filter
        self.unit_filter = self.filters.unit_filter
        self.owner_filter = self.filters.owner_filter
        self.factor_filter = self.filters.factor_filter
        self.overdue_filter = self.filters.overdue_filter
        self.count_label = self.filters.count_label

    @classmethod
    def first_look(cls, quick: QuickRegister, path: Path, read_only: bool,
                   app_settings: AppSettings | None = None) -> MainWindow:
        """The window with the register read by sqlite3, before the database is open.

        Nothing can be changed until `finish_opening(db)`: the editing actions are off and
        the detail panel is empty.
        """
        window = cls(None, app_settings=app_settings)
        window.show_title(path.name, read_only, str(path))
        register = window.register
        register.due_soon_days = quick.settings.due_soon_days
        register.show_rows(
            [ActionRow.of(r, register.today, register.due_soon_days) for r in quick.rows],
            quick.people, quick.units, None,
        )
        register.point_out_deadlines()
        return window

    def finish_opening(self, db: Database) -> Opened:
        """The database is open (checked, upgraded, backed up): editing can begin."""
        from ui.window.opened import Opened

        opened = Opened(self, db)
        self._opened = opened
        files = opened.files
        for action, slot in (
            (self.undo_action, opened.undo), (self.redo_action, opened.redo),
            (self.new_action, opened.create_action), (self.edit_action, opened.edit_selected),
            (self.delete_action, opened.delete_selected),
            (self.comment_action, opened.form.add_comment),
            (self.people_action, opened.manage_people),
            (self.refresh_action, lambda: opened.poll(force=True)),
            (self._new_db_action, files.new_database), (self._open_action, files.open_dialog),
            (self._backup_action, files.backup),
        ):
            action.triggered.connect(slot)
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent(self.recent_menu))
        self.poll_timer.timeout.connect(opened.poll)
        for action in self._file_actions:
            action.setEnabled(True)
        opened.start()
        self.poll_timer.start()
        return opened

    @property
    def is_open(self) -> bool:
        """False while the window shows its first look, before the database is open."""
        return self._opened is not None

    @property
    def opened(self) -> Opened:
        """The open database and the editing; only once open (see `is_open`)."""
        if self._opened is None:
            raise RuntimeError("Fönstret har ingen öppen databas ännu (finish_opening).")
        return self._opened

    # Short names for what `opened` holds (tests and scripts); only once open.
    @property
    def db(self) -> Database:
        return self.opened.db

    @property
    def form(self) -> ActionForm:
        return self.opened.form

    @property
    def ctx(self) -> UndoContext:
        return self.opened.ctx

    # --- building ----------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.undo_action = QAction(self.tr("Ångra"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("Gör om"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.new_action = QAction(self.tr("&Ny åtgärd"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.edit_action = QAction(self.tr("&Redigera åtgärd"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action = QAction(self.tr("&Ta bort åtgärd…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.register.empty_hint.offer(self.register.empty_hint.new_button, self.new_action)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)
        self.comment_action = QAction(self.tr("Ny &kommentar…"), self)
        self.comment_action.setShortcut(QKeySequence("Ctrl+K"))
        self.people_action = QAction(self.tr("&Personer och enheter…"), self)
        self.refresh_action = QAction(self.tr("&Uppdatera"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        # Until the database is open (finish_opening connects them).
        self.set_editing_enabled(False)
        self.show_undo_texts(None)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu(self.tr("&Arkiv"))
        self._new_db_action = self._file_menu.addAction(self.tr("&Ny databas…"))
        self._open_action = self._file_menu.addAction(self.tr("Ö&ppna databas…"))
        self._open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = self._file_menu.addMenu(self.tr("&Senast öppnade"))
        self._file_menu.addSeparator()
        self._backup_action = self._file_menu.addAction(self.tr("Säker&hetskopiera…"))
        # Off until the database is open (finish_opening).
        self._file_actions = [self._new_db_action, self._open_action,
                              self.recent_menu.menuAction(), self._backup_action]
        for action in self._file_actions:
            action.setEnabled(False)
        self._file_end = self._file_menu.addSeparator()
        self.quit_action = self._file_menu.addAction(self.tr("&Avsluta"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        self._edit_menu = bar.addMenu(self.tr("&Redigera"))
        for items in ([self.undo_action, self.redo_action],
                      [self.new_action, self.edit_action, self.delete_action, self.comment_action],
                      [self.people_action]):
            if self._edit_menu.actions():
                self._edit_menu.addSeparator()
            self._edit_menu.addActions(items)

        self._view_menu = bar.addMenu(self.tr("&Visa"))
        self._view_menu.addAction(self.refresh_action)
        overdue = self._view_menu.addAction(self.tr("Endast försenade"))
        overdue.setCheckable(True)
        overdue.toggled.connect(self.overdue_filter.setChecked)
        self.overdue_filter.toggled.connect(overdue.setChecked)
        clear = self._view_menu.addAction(self.tr("Rensa filter"))
        clear.triggered.connect(self.register.clear_filters)

        self._help_menu = bar.addMenu(self.tr("&Hjälp"))
        self.help = HelpMenu(self, self._help_menu, self.about)
        keys.add_tab_keys(self, self.tabs)

    # --- what other parts of the program use --------------------------------------------------
    def add_view(self, widget: QWidget, title: str) -> int:
        """Add a tab (Resultat, Diagram, …) after the register; returns its index."""
        return self.tabs.addTab(widget, title)

    def add_first_view(self, widget: QWidget, title: str) -> int:
        """Put a tab before all others (Läget) and show it."""
        index = self.tabs.insertTab(0, widget, title)
        self.tabs.setCurrentIndex(index)
        return index

    def file_menu(self) -> QMenu:
        return self._file_menu

    def add_file_action(self, action: QAction) -> None:
        """Put an item (Importera…, Skriv ut…) in Arkiv, above Avsluta."""
        self._file_menu.insertAction(self._file_end, action)

    def add_file_separator(self) -> None:
        """A line in Arkiv between groups of items, above Avsluta."""
        self._file_menu.insertSeparator(self._file_end)

    def edit_menu(self) -> QMenu:
        return self._edit_menu

    def view_menu(self) -> QMenu:
        return self._view_menu

    def help_menu(self) -> QMenu:
        return self._help_menu

    def writing_items(self) -> list[QAction]:
        """The window's menu items that write (off while a write runs in a worker)."""
        return [*self._file_actions, self.new_action, self.edit_action, self.delete_action,
                self.comment_action, self.people_action, self.undo_action, self.redo_action]

    @property
    def closed(self) -> bool:
        """True once the window has been closed (or closed at once)."""
        return self._closed

    def close_at_once(self) -> None:
        """Close without asking and without saving the layout (the opening failed)."""
        self._closed = True
        self.close()

    # --- what the open database shows ------------------------------------------------------
    def show_title(self, name: str, ro: bool, where: str) -> None:
        self.setWindowTitle(
            self.tr("Insiktskollen – {name}").format(name=name)
            + (self.tr(" (skrivskyddad)") if ro else "")
        )
        if ro:
            self.read_only_banner.show_message("warning", self.tr(
                "Databasen {name} går inte att skriva till och är öppnad skrivskyddad: du kan "
                "läsa allt men inte ändra något. Kopiera filen till en plats där du får skriva, "
                "eller be den som äger filen om skrivrätt."
            ).format(name=where))
        else:
            self.read_only_banner.clear()

    def set_editing_enabled(self, enabled: bool) -> None:
        for action in (self.new_action, self.edit_action, self.delete_action,
                       self.comment_action, self.people_action):
            action.setEnabled(enabled)

    def show_undo_texts(self, stack: QUndoStack | None) -> None:
        """Ångra and Gör om named after the steps they would take (off without a stack)."""
        if stack is None:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
            return
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("Ångra: {what}").format(what=stack.undoText())
                                 if stack.canUndo() else self.tr("Ångra"))
        self.redo_action.setText(self.tr("Gör om: {what}").format(what=stack.redoText())
                                 if stack.canRedo() else self.tr("Gör om"))

    # --- other ------------------------------------------------------------------------------------
    def about(self) -> None:
        db = self._opened.db if self._opened is not None else None
        messages.info(self, self.tr("Om Insiktskollen"), self.tr(
            "Insiktskollen {version}\n\nArbetsgruppens förbättringsåtgärder för kommunens "
            "myndighetsutövning, följda mot SKR:s servicemätning Insikt (NKI och "
            "servicefaktorerna).\n\nDatabas: {db}"
        ).format(version=VERSION, db=(db.path or db.name) if db is not None else ""))

    # --- layout memory ---------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        available = self.screen().availableGeometry()
        if not self.restoreGeometry(self.settings.window_geometry):
            self.setGeometry(screen_fit.first_geometry(available))
        elif not (self.isMaximized() or self.isFullScreen()):
            # Last time's screen may have been larger than this one (a projector).
            self.setGeometry(screen_fit.clamp(self.geometry(), available))
        self._fitted_geometry = self.geometry()
        self.restoreState(self.settings.window_state)
        header_state = self.settings.table_header
        self.register.columns_fitted = not header_state.isEmpty() and (
            self.table.horizontalHeader().restoreState(header_state)
        )
        if not self.splitter.restoreState(self.settings.splitter_state):
            self.splitter.setSizes([900, 450])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._fitted or self.isMaximized() or self.isFullScreen():
            return
        self._fitted = True
        if self.geometry() != self._fitted_geometry:
            return  # sized on purpose after the layout was restored (a script, a test)
        # The frame the window manager adds is known only now: all of it on the screen.
        available = self.screen().availableGeometry()
        if screen_fit.needs_clamping(self.frameGeometry(), available):
            self.setGeometry(screen_fit.within_frame(self.geometry(), self.frameGeometry(), available))

    def save_layout(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.table_header = self.table.horizontalHeader().saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._closed:
            event.accept()
            return
        if self._opened is not None and not self._opened.save_typing():
            if self._opened.form.saving:
                event.ignore()  # the save waits for the database (the status bar says so)
                return
            if not messages.ask(self, self.tr("Avsluta"), self.tr(
                "Ändringarna i åtgärden kunde inte sparas (se meddelandet i panelen). "
                "Avsluta ändå? Det du skrivit går då förlorat."
            ), self.tr("Avsluta ändå")):
                event.ignore()
                return
        self.poll_timer.stop()
        self.save_layout()
        self._closed = True
        event.accept()
