"""The main window: the working group's register of actions, and room for other views.

The central widget is a QTabWidget; its first tab "Åtgärder" is the register (filter row,
table, detail panel). Other parts of the program add tabs with `add_view()` and menu items
through `file_menu()` and friends, and listen to `data_changed` (after every save,
undo/redo and change seen from another copy) and `database_changed` (another file opened).

At start the window may show first, before the database is properly open
(`MainWindow.first_look`, rows read by models/register_file.py with sqlite3): then it has no
database, no form and no editing until `finish_opening(db)`. This module therefore imports
only PySide6 and modules without SQLAlchemy at its top; the editing parts (form, undo,
file actions, models' operations) are imported when the database is there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import settings
from models.errors import InsiktError
from models.register import register_rows
from ui.window import messages
from ui.window.app_settings import AppSettings
from ui.window.register.filter_bar import FilterBar
from ui.window.register.table import (
    DUE,
    PROGRESS,
    ROW_ROLE,
    TITLE,
    ActionFilterProxy,
    ActionRow,
    ActionTableModel,
    ProgressDelegate,
    RowFilter,
)
from ui.window.widgets import Banner

if TYPE_CHECKING:
    from models.db import Database
    from models.register_file import QuickRegister
    from ui.window.files.file_actions import FileActions
    from ui.window.register.form import ActionForm
    from ui.window.undo import UndoContext

VERSION = "0.1.0"


class MainWindow(QMainWindow):
    data_changed = Signal()
    database_changed = Signal(object)

    def __init__(self, db: Database | None, parent: QWidget | None = None,
                 app_settings: AppSettings | None = None) -> None:
        super().__init__(parent)
        # None only while the window shows its first look (see first_look).
        self.db: Database | None = db
        self.settings = app_settings or AppSettings()
        self.today = dt.date.today()
        self.due_soon_days = settings.DEFAULTS.due_soon_days
        self._last_change = 0
        self._columns_fitted = False
        self._closed = False
        self._selecting = False
        # Made with the database (finish_opening): they need it, and SQLAlchemy.
        self.ctx: UndoContext | None = None
        self.files: FileActions | None = None
        self.form: ActionForm | None = None
        self.model = ActionTableModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tabs.addTab(self._build_register(), self.tr("Åtgärder"))
        self._build_actions()
        self._build_menus()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(self.settings.poll_interval_ms)
        self.poll_timer.timeout.connect(self.poll)
        self._restore_layout()
        if db is not None:
            self.finish_opening(db)

    @classmethod
    def first_look(cls, quick: QuickRegister, path: Path, read_only: bool,
                   app_settings: AppSettings | None = None) -> MainWindow:
        """The window with the register read by sqlite3, before the database is open.

        Nothing can be changed until `finish_opening(db)`: the editing actions are off and
        the detail panel is empty.
        """
        window = cls(None, app_settings=app_settings)
        window._show_title(path.name, read_only, str(path))
        window.due_soon_days = quick.settings.due_soon_days
        window._last_change = quick.last_change
        window._show_rows(
            [ActionRow.of(r, window.today, window.due_soon_days) for r in quick.rows],
            quick.people, quick.units, None,
        )
        window._point_out_deadlines()
        return window

    def finish_opening(self, db: Database) -> None:
        """The database is open (checked, upgraded, backed up): editing can begin."""
        from ui.window.files.file_actions import FileActions
        from ui.window.register.form import ActionForm
        from ui.window.undo import UndoContext

        self.db = db
        self.ctx = UndoContext(db, self._command_done, self._command_failed, self)
        self.files = FileActions(self)
        self.form = ActionForm(self.ctx)
        self.form.cancelled.connect(self._form_cancelled)
        self.opening_label.hide()
        self.form_place.layout().addWidget(self.form)
        self.form.show()  # a child added to a window already shown stays hidden otherwise
        self.ctx.stack.indexChanged.connect(self._update_undo_texts)
        for action in self._file_actions:
            action.setEnabled(True)
        self._update_undo_texts()
        self._database_opened(first=True)
        self.poll_timer.start()

    @property
    def is_open(self) -> bool:
        """False while the window shows its first look, before the database is open."""
        return self.form is not None

    # --- building ----------------------------------------------------------------------
    def _build_register(self) -> QWidget:
        self.read_only_banner = Banner()
        self.alert_banner = Banner()
        self.message_banner = Banner()
        self.filters = FilterBar()
        self.filters.changed.connect(self._filter_changed)
        # Short names for the filter widgets (tests and benchmarks type into them).
        self.search = self.filters.search
        self.status_filter = self.filters.status_filter
        self.unit_filter = self.filters.unit_filter
        self.owner_filter = self.filters.owner_filter
        self.factor_filter = self.filters.factor_filter
        self.overdue_filter = self.filters.overdue_filter
        self.count_label = self.filters.count_label

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # Long titles and names wrap onto a second line rather than being cut off.
        self.table.setWordWrap(True)
        # Room for two lines in every row: measuring each row's content instead costs
        # seconds with thousands of actions.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * 2 + 8)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        # The detail panel (ActionForm) goes in here once the database is open.
        self.form_place = QWidget()
        place = QVBoxLayout(self.form_place)
        place.setContentsMargins(0, 0, 0, 0)
        # Shown only during the quick start's first look, for the fraction of a second
        # before the database is open.
        self.opening_label = QLabel(self.tr("Öppnar databasen …"))
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_label.setEnabled(False)
        place.addWidget(self.opening_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.form_place)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.alert_banner)
        layout.addWidget(self.message_banner)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        return page

    def _build_actions(self) -> None:
        self.undo_action = QAction(self.tr("Ångra"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Gör om"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.redo)
        self.new_action = QAction(self.tr("&Ny åtgärd"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.create_action)
        self.edit_action = QAction(self.tr("&Redigera åtgärd"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("&Ta bort åtgärd…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)
        self.comment_action = QAction(self.tr("Ny &kommentar…"), self)
        self.comment_action.setShortcut(QKeySequence("Ctrl+K"))
        self.comment_action.triggered.connect(self._add_comment)
        self.people_action = QAction(self.tr("&Personer och enheter…"), self)
        self.people_action.triggered.connect(self.manage_people)
        self.refresh_action = QAction(self.tr("&Uppdatera"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(lambda: self.poll(force=True))
        for action in (self.new_action, self.edit_action, self.delete_action,
                       self.comment_action, self.people_action):
            action.setEnabled(False)  # until the database is open (finish_opening)
        self._update_undo_texts()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu(self.tr("&Arkiv"))
        new_db = self._file_menu.addAction(self.tr("&Ny databas…"))
        new_db.triggered.connect(self.new_database)
        open_db = self._file_menu.addAction(self.tr("Ö&ppna databas…"))
        open_db.setShortcut(QKeySequence.StandardKey.Open)
        open_db.triggered.connect(self.open_database_dialog)
        self.recent_menu = self._file_menu.addMenu(self.tr("&Senast öppnade"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._file_menu.addSeparator()
        backup = self._file_menu.addAction(self.tr("Säker&hetskopiera…"))
        backup.triggered.connect(self.backup)
        # Off until the database is open (finish_opening).
        self._file_actions = [new_db, open_db, self.recent_menu.menuAction(), backup]
        for action in self._file_actions:
            action.setEnabled(False)
        self._file_end = self._file_menu.addSeparator()
        self.quit_action = self._file_menu.addAction(self.tr("&Avsluta"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        self._edit_menu = bar.addMenu(self.tr("&Redigera"))
        for action in (self.undo_action, self.redo_action, None, self.new_action,
                       self.edit_action, self.delete_action, self.comment_action, None,
                       self.people_action):
            if action is None:
                self._edit_menu.addSeparator()
            else:
                self._edit_menu.addAction(action)

        self._view_menu = bar.addMenu(self.tr("&Visa"))
        self._view_menu.addAction(self.refresh_action)
        overdue = self._view_menu.addAction(self.tr("Endast försenade"))
        overdue.setCheckable(True)
        overdue.toggled.connect(self.overdue_filter.setChecked)
        self.overdue_filter.toggled.connect(overdue.setChecked)
        clear = self._view_menu.addAction(self.tr("Rensa filter"))
        clear.triggered.connect(self.clear_filters)
        self._view_menu.addSeparator()
        language = self._view_menu.addMenu(self.tr("&Språk"))
        group = QActionGroup(self)
        for code, name in (("sv", "Svenska"), ("en", "English")):
            act = language.addAction(name)
            act.setCheckable(True)
            act.setChecked(self.settings.language == code)
            act.setData(code)
            group.addAction(act)
        group.triggered.connect(self._language_chosen)

        self._help_menu = bar.addMenu(self.tr("&Hjälp"))
        about = self._help_menu.addAction(self.tr("&Om Insiktskollen"))
        about.triggered.connect(self.about)

    # --- what other parts of the program use --------------------------------------------------
    def add_view(self, widget: QWidget, title: str) -> int:
        """Add a tab (Resultat, Diagram, …) after the register; returns its index."""
        return self.tabs.addTab(widget, title)

    def file_menu(self) -> QMenu:
        return self._file_menu

    def add_file_action(self, action: QAction) -> None:
        """Put an item (Importera…, Skriv ut…) in Arkiv, above Avsluta."""
        self._file_menu.insertAction(self._file_end, action)

    def add_file_separator(self) -> None:
        """A line in Arkiv between groups of items, above Avsluta."""
        self._file_menu.insertSeparator(self._file_end)

    @property
    def closed(self) -> bool:
        """True once the window has been closed (or closed at once)."""
        return self._closed

    def close_at_once(self) -> None:
        """Close without asking and without saving the layout (the opening failed)."""
        self._closed = True
        self.close()

    def data_written(self) -> None:
        """Something outside the register wrote to the database (an import): read again
        and tell the other views."""
        self.refresh()
        self.data_changed.emit()

    def edit_menu(self) -> QMenu:
        return self._edit_menu

    def view_menu(self) -> QMenu:
        return self._view_menu

    def help_menu(self) -> QMenu:
        return self._help_menu

    # --- database ----------------------------------------------------------------------------
    def _show_title(self, name: str, ro: bool, where: str) -> None:
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

    def _database_opened(self, first: bool = False) -> None:
        assert self.db is not None and self.form is not None
        ro = self.db.read_only
        self._show_title(self.db.name, ro, str(self.db.path or self.db.name))
        for action in (self.new_action, self.edit_action, self.delete_action,
                       self.comment_action, self.people_action):
            action.setEnabled(not ro)
        self.form.set_read_only(ro)
        self.form.show_nothing()
        self.refresh()
        self._point_out_deadlines()
        if self.db.notices:  # what the opening put right (WAL mode, a bad setting): said once
            self.message_banner.show_message("info", "\n".join(self.db.notices))
        if self.db.path is not None:
            self.settings.last_database = str(self.db.path)
            self.settings.add_recent(str(self.db.path))
        if not first:
            self.database_changed.emit(self.db)
            self.data_changed.emit()

    def set_database(self, db: Database) -> None:
        """Switch to another open database (the old one is closed)."""
        if self.form.is_dirty() and not self.form.save():
            db.dispose()
            return
        old = self.db
        self.db = db
        self.ctx.switch(db)
        self.clear_filters()
        self._update_undo_texts()
        self._database_opened()
        old.dispose()

    def open_path(self, path: str, create: bool = False) -> None:
        """Open (or create) the database at `path` in this window."""
        if self.files is not None:
            self.files.open_path(path, create)

    def new_database(self) -> None:
        if self.files is not None:
            self.files.new_database()

    def open_database_dialog(self) -> None:
        if self.files is not None:
            self.files.open_dialog()

    def _fill_recent(self) -> None:
        if self.files is not None:
            self.files.fill_recent(self.recent_menu)

    def backup(self) -> None:
        if self.files is not None:
            self.files.backup()

    # --- reading -------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Read the actions again (one short read) and keep the selection."""
        if self.db is None or self.form is None:
            return
        from models import actions, people

        keep = select_id if select_id is not None else self.form.action_id
        self.today = dt.date.today()
        try:
            with self.db.read() as session:
                self.due_soon_days = settings.load(session).due_soon_days
                rows = [ActionRow.of(a, self.today, self.due_soon_days)
                        for a in register_rows(session)]
                names = [p.name for p in people.list_people(session)]
                units = [u.name for u in people.list_units(session)]
                self._last_change = actions.last_change_id(session)
        except InsiktError as exc:
            self.message_banner.show_message("error", exc.message)
            return
        self._show_rows(rows, names, units, keep)

    def _show_rows(self, rows: list[ActionRow], names: list[str], units: list[str],
                   keep: int | None) -> None:
        self._selecting = True
        try:
            self.model.set_rows(rows, self.today)
            self.filters.set_names(units, names)
            if self.form is not None:
                self.form.set_choices(names, units)
            if keep is not None:
                self._select(keep)
        finally:
            self._selecting = False
        self._update_count()
        if not self._columns_fitted and rows:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """First start: every column as wide as its content, the title takes the rest."""
        self._columns_fitted = True
        for col in range(self.model.columnCount()):
            if col != TITLE:
                self.table.resizeColumnToContents(col)
                # Longer names wrap (see setWordWrap), so no column takes the title's room.
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 115))
        self.table.setColumnWidth(PROGRESS, max(self.table.columnWidth(PROGRESS), 80))

    def _select(self, action_id: int | None) -> bool:
        was, self._selecting = self._selecting, True
        try:
            row = self.model.row_of(action_id) if action_id is not None else -1
            if row < 0:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
                return False
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                self.table.clearSelection()
                return False
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
            return True
        finally:
            self._selecting = was

    def poll(self, force: bool = False) -> None:
        """Show what other copies of the program saved (runs every few seconds)."""
        if self.db is None or self.form is None:
            return
        from models import actions, tracking

        try:
            with self.db.read() as session:
                last = actions.last_change_id(session)
                if last == self._last_change and not force:
                    return
                entries = tracking.changes_after(session, self._last_change)
        except InsiktError:
            return  # busy for a moment: the next round tries again
        others = [e for e in entries if e.user != self.db.user or e.action_id is not None]
        mine_open = self.form.action_id
        self.refresh()
        if mine_open is not None and any(e.action_id == mine_open for e in entries):
            if self.model.row_of(mine_open) >= 0:
                who = next((e.user for e in reversed(entries) if e.action_id == mine_open), "")
                self.form.changed_elsewhere(who)
            elif not self.form.is_dirty():
                self.form.show_nothing()
        if others:
            users = sorted({e.user for e in others})
            self.statusBar().showMessage(self.tr("Uppdaterat med ändringar av {who}").format(
                who=", ".join(users)), 8000)
        self._point_out_deadlines()
        self.data_changed.emit()

    # --- filter ----------------------------------------------------------------------------------
    def _filter_changed(self, row_filter: RowFilter) -> None:
        self.proxy.set_filter(row_filter)
        self._update_count()

    def clear_filters(self) -> None:
        self.filters.clear()

    def _update_count(self) -> None:
        self.filters.show_count(self.proxy.rowCount(), self.model.rowCount())

    def _point_out_deadlines(self) -> None:
        rows = self.model.rows()
        late = sorted((r for r in rows if r.overdue), key=lambda r: r.due or self.today)
        soon = sorted((r for r in rows if r.due_soon), key=lambda r: r.due or self.today)
        if not late and not soon:
            self.alert_banner.clear()
            return
        parts = []
        if late:
            parts.append(self.tr("⚠ Försenade ({n}): {names}").format(
                n=len(late), names=", ".join(f"{r.title} ({r.due})" for r in late)))
        if soon:
            parts.append(self.tr("◔ Klart senast inom {days} dagar ({n}): {names}").format(
                days=self.due_soon_days, n=len(soon),
                names=", ".join(f"{r.title} ({r.due})" for r in soon)))
        show = QPushButton(self.tr("Visa försenade"))
        show.clicked.connect(lambda: self.overdue_filter.setChecked(True))
        show.setEnabled(bool(late))
        hide = QPushButton(self.tr("Dölj"))
        hide.clicked.connect(self.alert_banner.clear)
        self.alert_banner.show_message("warning" if late else "info", "\n".join(parts), (show, hide))

    # --- selection and editing -------------------------------------------------------------
    def selected_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or self.form is None:
            return
        target: ActionRow | None = current.data(ROW_ROLE) if current.isValid() else None
        if target is not None and target.id == self.form.action_id and not self.form.is_new:
            return
        if self.form.is_dirty():
            # Saving reloads the table, which must not happen inside the selection model's
            # own signal: the switch is finished once the event loop is back.
            back = self.form.action_id
            target_id = target.id if target else None
            QTimer.singleShot(0, lambda: self._switch_after_save(back, target_id))
            return
        self._show_row(target)

    def _switch_after_save(self, back: int | None, target_id: int | None) -> None:
        if self.form.is_dirty() and not self.form.save():
            self._select(back)
            return
        index = self.model.row_of(target_id) if target_id is not None else -1
        self._show_row(self.model.row_at(index) if index >= 0 else None)

    def _show_row(self, target: ActionRow | None) -> None:
        self._select(target.id if target else None)
        if target is None:
            if not self.form.is_new:
                self.form.show_nothing()
        else:
            self._load_form(target.id)

    def _load_form(self, action_id: int) -> None:
        try:
            self.form.load(action_id)
        except InsiktError as exc:
            self.message_banner.show_message("error", exc.message)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.db is None or self.form is None or self.db.read_only:
            return
        if self.form.action_id != row.id:
            self._load_form(row.id)
        self.form.focus_title()

    def create_action(self) -> None:
        if self.db is None or self.form is None or self.db.read_only:
            return
        if self.form.is_dirty() and not self.form.save():
            return
        self._select(None)
        self.form.new_action()

    def _form_cancelled(self) -> None:
        self.table.setFocus()

    def delete_selected(self) -> None:
        from models.steps import DeleteAction

        row = self.selected_row()
        if row is None or self.db is None or self.ctx is None or self.db.read_only:
            return
        question = self.tr("Ta bort åtgärden ”{title}” med dess milstolpar och kommentarer? "
                           "Det går att ångra med Ctrl+Z.").format(title=row.title)
        if not messages.ask(self, self.tr("Ta bort åtgärd"), question, self.tr("Ta bort")):
            return
        step = DeleteAction(self.ctx.refs, self.ctx.refs.ref(row.id, row.version), row.version)
        try:
            self.ctx.push(self.tr("ta bort {title}").format(title=row.title), step)
        except InsiktError as exc:
            self.message_banner.show_message("error", self.tr("Inte borttagen: {reason}").format(
                reason=exc.message))

    # --- undo ---------------------------------------------------------------------------------
    def undo(self) -> None:
        if self.form is None or self.ctx is None:
            return
        if self.form.is_dirty() and not self.form.save():
            return
        self.ctx.stack.undo()

    def redo(self) -> None:
        if self.form is None or self.ctx is None:
            return
        if self.form.is_dirty() and not self.form.save():
            return
        self.ctx.stack.redo()

    def _add_comment(self) -> None:
        if self.form is not None:
            self.form.add_comment()

    def _update_undo_texts(self) -> None:
        if self.ctx is None:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
            return
        stack = self.ctx.stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("Ångra: {what}").format(what=stack.undoText())
                                 if stack.canUndo() else self.tr("Ångra"))
        self.redo_action.setText(self.tr("Gör om: {what}").format(what=stack.redoText())
                                 if stack.canRedo() else self.tr("Gör om"))

    def _command_done(self, action_id: int | None) -> None:
        """After a step of the undo stack: read again, show the action it was about."""
        self.message_banner.clear()
        # A step on the lists of people and units concerns no action: keep the one shown.
        target = action_id if action_id is not None else self.form.action_id
        self.refresh(select_id=target)
        if target is not None and self.model.row_of(target) >= 0:
            self._select(target)
            self.form.load(target)
        elif not self.form.is_new:
            self.form.show_nothing()
        self._point_out_deadlines()
        self._update_undo_texts()
        self.data_changed.emit()

    def _command_failed(self, what: str, exc: InsiktError) -> None:
        self.message_banner.show_message("error", self.tr(
            "”{what}” kunde inte göras: {reason}"
        ).format(what=what, reason=exc.message))
        self.refresh()
        QTimer.singleShot(0, self._update_undo_texts)

    # --- other ------------------------------------------------------------------------------------
    def manage_people(self) -> None:
        from ui.window.register.people_dialog import PeopleDialog

        if self.form is None or self.ctx is None:
            return
        if self.form.is_dirty() and not self.form.save():
            return
        dialog = PeopleDialog(self.ctx, self)
        dialog.open()
        self.people_dialog = dialog

    def _language_chosen(self, action: QAction) -> None:
        code = action.data()
        if code == self.settings.language:
            return
        self.settings.language = code
        self.statusBar().showMessage(self.tr(
            "Språket byts nästa gång du startar Insiktskollen."), 10000)

    def about(self) -> None:
        messages.info(self, self.tr("Om Insiktskollen"), self.tr(
            "Insiktskollen {version}\n\nArbetsgruppens förbättringsåtgärder för kommunens "
            "myndighetsutövning, följda mot SKR:s servicemätning Insikt (NKI och "
            "servicefaktorerna).\n\nDatabas: {db}"
        ).format(version=VERSION, db=(self.db.path or self.db.name) if self.db else ""))

    # --- layout memory ---------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        if not self.restoreGeometry(self.settings.window_geometry):
            self.resize(1280, 760)
        self.restoreState(self.settings.window_state)
        header_state = self.settings.table_header
        self._columns_fitted = not header_state.isEmpty() and (
            self.table.horizontalHeader().restoreState(header_state)
        )
        if not self.splitter.restoreState(self.settings.splitter_state):
            self.splitter.setSizes([900, 450])

    def save_layout(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.table_header = self.table.horizontalHeader().saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if self.form is not None and self.form.is_dirty() and not self.form.save():
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
