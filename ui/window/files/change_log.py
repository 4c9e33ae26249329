"""Ändringslogg…: every change in the database, newest first, with filters by date,
person and kind.

The table is a QAbstractTableModel that reads a page of rows (models/change_list.py) when
the view scrolls near its end (canFetchMore/fetchMore), so tens of thousands of changes
open at once; each page is one short read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import change_list
from models.change_list import ChangeFilter, ChangeRow
from models.db import Database
from models.errors import InsiktError
from ui.window.i18n import QT_TRANSLATE_NOOP, field_label
from ui.window.register.history import value_text
from ui.window.widgets import date_edit, error_label, read_date, show_error

ENTITY_LABELS = {
    "action": QT_TRANSLATE_NOOP("ChangeLog", "Åtgärd"),
    "comment": QT_TRANSLATE_NOOP("ChangeLog", "Kommentar"),
    "milestone": QT_TRANSLATE_NOOP("ChangeLog", "Milstolpe"),
    "result": QT_TRANSLATE_NOOP("ChangeLog", "Resultat"),
    "target": QT_TRANSLATE_NOOP("ChangeLog", "Mål"),
    "setting": QT_TRANSLATE_NOOP("ChangeLog", "Inställning"),
    "person": QT_TRANSLATE_NOOP("ChangeLog", "Person"),
    "unit": QT_TRANSLATE_NOOP("ChangeLog", "Enhet"),
    "kpi": QT_TRANSLATE_NOOP("ChangeLog", "Kolada-nyckeltal"),
}
OPERATIONS = {
    "create": QT_TRANSLATE_NOOP("ChangeLog", "Ny"),
    "update": QT_TRANSLATE_NOOP("ChangeLog", "Ändrad"),
    "delete": QT_TRANSLATE_NOOP("ChangeLog", "Borttagen"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ChangeLog", "När"),
    QT_TRANSLATE_NOOP("ChangeLog", "Vem"),
    QT_TRANSLATE_NOOP("ChangeLog", "Slag"),
    QT_TRANSLATE_NOOP("ChangeLog", "Gäller"),
    QT_TRANSLATE_NOOP("ChangeLog", "Vad"),
    QT_TRANSLATE_NOOP("ChangeLog", "Från"),
    QT_TRANSLATE_NOOP("ChangeLog", "Till"),
)
TEXT_LIMIT = 120  # a cell shows this much; the tooltip has all of it


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeLog", text)


# A page of rows before a log id (None: the newest).
PageReader = Callable[[int | None], list[ChangeRow]]


class ChangeLogModel(QAbstractTableModel):
    """The changes a filter lets through, read a page at a time as the view needs them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChangeRow] = []
        self._read: PageReader = lambda _before: []
        self._more = False

    def start(self, read: PageReader) -> None:
        """Show from the newest change again, reading pages through `read`."""
        self.beginResetModel()
        self._read = read
        self._rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rows(self) -> list[ChangeRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        before = self._rows[-1].id if self._rows else None
        got = self._read(before)
        self._more = len(got) >= change_list.PAGE_ROWS
        if got:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(got) - 1)
            self._rows.extend(got)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row, TEXT_LIMIT)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts(row, 0)[index.column()]
        return None

    @staticmethod
    def _texts(row: ChangeRow, limit: int) -> list[str]:
        kind = _tr(ENTITY_LABELS.get(row.entity, row.entity))
        what = _tr(OPERATIONS.get(row.operation, row.operation))
        if row.operation == "update" and row.field and row.entity not in ("setting", "kpi"):
            what = f"{what}: {field_label(row.field).lower()}"
        elif row.operation == "update" and row.entity == "kpi":
            what = f"{what}: {row.field.partition(' ')[2]}"
        return [
            f"{row.at:%Y-%m-%d %H:%M}", row.user, kind, row.concerns, what,
            _value(row, row.old_value, limit) if row.operation != "create" else "",
            _value(row, row.new_value, limit) if row.operation != "delete" else "",
        ]


def _value(row: ChangeRow, value: str | None, limit: int) -> str:
    """A logged value as shown: a figure with a decimal comma, codes by their names."""
    text = value_text(row.field, value, limit)
    if row.entity in ("result", "target") and _is_number(text):
        return text.replace(".", ",")
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class ChangeLogDialog(QDialog):
    """The change log with its filters; reads again whenever a filter changes."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Ändringslogg"))
        self.start = date_edit()
        self.end = date_edit()
        self.date_error = error_label()
        self.user = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alla slag"), "")
        for code, text in ENTITY_LABELS.items():
            self.kind.addItem(_tr(text), code)
        self.count_label = QLabel()
        self.model = ChangeLogModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((120, 100, 95, 240, 150, 140)):
            self.table.setColumnWidth(col, width)
        self._build_layout()
        for edit in (self.start, self.end):
            edit.editingFinished.connect(self.reload)
        self.user.currentIndexChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self._fill_users()
        self.reload()
        available = parent.screen().availableGeometry()
        self.resize(min(1100, available.width() - 40), min(640, available.height() - 80))

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Från"), self.start), (self.tr("&Till"), self.end),
                             (self.tr("&Person"), self.user), (self.tr("&Slag"), self.kind)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter in a date field applies the filter; it must not close the dialog.
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.date_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _fill_users(self) -> None:
        self.user.blockSignals(True)
        self.user.addItem(self.tr("Alla personer"), "")
        try:
            with self.db.read() as session:
                names = change_list.users(session)
        except InsiktError as exc:
            names = []
            show_error(self.date_error, exc.message)
        for name in names:
            self.user.addItem(name, name)
        self.user.blockSignals(False)

    def chosen(self) -> ChangeFilter | None:
        """The filter as typed; None (and a message) while a date cannot be read."""
        show_error(self.date_error, "")
        ok_start, start = read_date(self.start, self.date_error, self.tr("Från"))
        if not ok_start:
            return None
        ok_end, end = read_date(self.end, self.date_error, self.tr("Till"))
        if not ok_end:
            return None
        if start is not None and end is not None and end < start:
            show_error(self.date_error, self.tr("Till: datumet ligger före Från ({start}).")
                       .format(start=start.isoformat()))
            return None
        return ChangeFilter(start=start, end=end, user=self.user.currentData() or "",
                            entity=self.kind.currentData() or "")

    def reload(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        db = self.db

        def read(before: int | None) -> list[ChangeRow]:
            try:
                with db.read() as session:
                    return change_list.page(session, chosen, before)
            except InsiktError as exc:
                show_error(self.date_error, exc.message)
                return []

        try:
            with db.read() as session:
                total = change_list.count(session, chosen)
        except InsiktError as exc:
            show_error(self.date_error, exc.message)
            return
        number = f"{total:,}".replace(",", "\u00a0")
        self.count_label.setText(self.tr("1 ändring") if total == 1
                                 else self.tr("{n} ändringar").format(n=number))
        self.model.start(read)
