"""The register tab: banners, the filter row, the table of actions, the detail panel's place.

It shows rows and keeps the selection; it reads and writes nothing. Before the database is
open (the quick start's first look) it shows the rows read by models/register_file.py and
"Öppnar databasen …" where the detail panel goes; ui/window/opened.py fills it afterwards
and hears `row_chosen` when the user moves to another row.

Its texts are the main window's in the translation (context "MainWindow"), spelt out in
each call so that lupdate finds them there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import settings
from ui.window.register.empty_hint import EmptyHint
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

# The titles stay readable: on a narrow screen (a projector's 1024×768 with the detail panel
# beside) the title column keeps this many pixels and the table scrolls sideways.
TITLE_LEAST = 180


class _TitleRoom(QObject):
    """The title column takes the room the other columns leave (Stretch) while that is at
    least TITLE_LEAST pixels; with less, it keeps TITLE_LEAST and the table scrolls."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_changed: object) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(col) for col in range(header.count())
                     if col != TITLE and not header.isSectionHidden(col))
        stretch = QHeaderView.ResizeMode.Stretch
        if self.table.viewport().width() - others >= TITLE_LEAST:
            if header.sectionResizeMode(TITLE) != stretch:
                header.setSectionResizeMode(TITLE, stretch)
            return
        if header.sectionResizeMode(TITLE) == stretch:
            header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        if header.sectionSize(TITLE) < TITLE_LEAST:
            header.resizeSection(TITLE, TITLE_LEAST)


class RegisterView(QWidget):
    """The "Åtgärder" tab without its detail panel (see `set_form`)."""

    row_chosen = Signal(object)  # the user moved to another row: its ActionRow, or None
    row_activated = Signal()  # a double-click on a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()
        self.due_soon_days = settings.DEFAULTS.due_soon_days
        self.columns_fitted = False
        # True while the detail panel holds unsaved typing (set by ui/window/opened.py).
        self.editing: Callable[[], bool] = lambda: False
        self._selecting = False
        self.model = ActionTableModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.read_only_banner = Banner()
        self.alert_banner = Banner()
        self.message_banner = Banner()
        self.filters = FilterBar()
        self.filters.changed.connect(self._filter_changed)
        self.table = self._build_table()
        # The detail panel (ActionForm) goes in here once the database is open.
        self.form_place = QWidget()
        place = QVBoxLayout(self.form_place)
        place.setContentsMargins(0, 0, 0, 0)
        self._place = place
        # Shown only during the quick start's first look, for the fraction of a second
        # before the database is open.
        self.opening_label = QLabel(QCoreApplication.translate("MainWindow", "Öppnar databasen …"))
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_label.setEnabled(False)
        place.addWidget(self.opening_label)
        # The table, or how to begin while there are no actions at all.
        self.empty_hint = EmptyHint()
        self.table_place = QStackedWidget()
        self.table_place.addWidget(self.table)
        self.table_place.addWidget(self.empty_hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table_place)
        self.splitter.addWidget(self.form_place)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.alert_banner)
        layout.addWidget(self.message_banner)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        # Long titles and names wrap onto a second line rather than being cut off.
        table.setWordWrap(True)
        # Room for two lines in every row: measuring each row's content instead costs
        # seconds with thousands of actions.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 8)
        rows.hide()
        table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(table))
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.doubleClicked.connect(lambda _index: self.row_activated.emit())
        self._title_room = _TitleRoom(table)
        return table

    def set_form(self, form: QWidget) -> None:
        """The detail panel, in the place of "Öppnar databasen …"."""
        self.opening_label.hide()
        self._place.addWidget(form)
        form.show()  # a child added to a window already shown stays hidden otherwise

    # --- rows and selection ----------------------------------------------------------------
    def show_rows(self, rows: list[ActionRow], names: list[str], units: list[str],
                  keep: int | None) -> None:
        """New rows (and the names the filters offer); the row of `keep` stays selected."""
        self._selecting = True
        try:
            self.model.set_rows(rows, self.today)
            self.filters.set_names(units, names)
            if keep is not None:
                self.select(keep)
        finally:
            self._selecting = False
        self._update_count()
        self.table_place.setCurrentWidget(self.table if rows else self.empty_hint)
        if not self.columns_fitted and rows:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """First start: every column as wide as its content, the title takes the rest."""
        self.columns_fitted = True
        for col in range(self.model.columnCount()):
            if col != TITLE:
                self.table.resizeColumnToContents(col)
                # Longer names wrap (see setWordWrap), so no column takes the title's room.
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 115))
        self.table.setColumnWidth(PROGRESS, max(self.table.columnWidth(PROGRESS), 80))
        self._title_room.fit()

    def select(self, action_id: int | None) -> bool:
        """Select the action's row (none for None) without telling `row_chosen`."""
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

    def selected_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self.row_chosen.emit(current.data(ROW_ROLE) if current.isValid() else None)

    # --- filter ----------------------------------------------------------------------------
    def _filter_changed(self, row_filter: RowFilter) -> None:
        self.proxy.set_filter(row_filter)
        self._update_count()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Esc in the table or the filter row (the panel takes its own Esc while it is
        # edited): the search, then the other filters, are cleared.
        if (event.key() == Qt.Key.Key_Escape and not self.editing()
                and self.filters.escape()):
            event.accept()
            return
        super().keyPressEvent(event)

    def clear_filters(self) -> None:
        self.filters.clear()

    def _update_count(self) -> None:
        self.filters.show_count(self.proxy.rowCount(), self.model.rowCount())

    def point_out_deadlines(self) -> None:
        """The banner over the table: what is late, what is due soon."""
        translate = QCoreApplication.translate
        rows = self.model.rows()
        late = sorted((r for r in rows if r.overdue), key=lambda r: r.due or self.today)
        soon = sorted((r for r in rows if r.due_soon), key=lambda r: r.due or self.today)
        if not late and not soon:
            self.alert_banner.clear()
            return
        parts = []
        if late:
            parts.append(translate("MainWindow", "⚠ Försenade ({n}): {names}").format(
                n=len(late), names=", ".join(f"{r.title} ({r.due})" for r in late)))
        if soon:
            parts.append(translate("MainWindow", "◔ Klart senast inom {days} dagar ({n}): {names}").format(
                days=self.due_soon_days, n=len(soon),
                names=", ".join(f"{r.title} ({r.due})" for r in soon)))
        show = QPushButton(translate("MainWindow", "Visa försenade"))
        show.clicked.connect(lambda: self.filters.overdue_filter.setChecked(True))
        show.setEnabled(bool(late))
        hide = QPushButton(translate("MainWindow", "Dölj"))
        hide.clicked.connect(self.alert_banner.clear)
        self.alert_banner.show_message("warning" if late else "info", "\n".join(parts), (show, hide))
