"""The register of actions as a Qt item model, its sort/filter proxy and its progress bar.

The model holds plain rows (`ActionRow`), read in one short session: no ORM object and no
session stays behind the table. Custom roles: `SORT_ROLE` gives native values to sort by,
`ROW_ROLE` hands back the row itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from models.codes import Assessment, Factor, Status
from models.collation import sort_key
from models.register import RegisterRow
from ui.window.i18n import QT_TRANSLATE_NOOP, date_text, label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# Overdue and due-soon marks sit in the due-date column: one column less keeps the title
# readable beside the detail panel on a 1366-pixel screen.
TITLE, OWNER, UNIT, STATUS, ASSESSMENT, DUE, PROGRESS, FACTORS = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("ActionTableModel", "Åtgärd"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Ansvarig"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Enhet"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Bedömning"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Klart senast"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Framsteg"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Servicefaktorer"),
)

# A symbol per status and assessment, so the table reads in black and white too.
STATUS_LOOK = {
    Status.EJ_PABORJAD: ("○", "#e4e4e4"),
    Status.PAGAR: ("◐", "#cfe2ff"),
    Status.KLAR: ("●", "#cde8d6"),
    Status.PAUSAD: ("‖", "#fff0c2"),
    Status.AVBRUTEN: ("✕", "#f3d2d5"),
}
ASSESSMENT_LOOK = {
    Assessment.GRON: ("●", "#1e7b34"),
    Assessment.GUL: ("▲", "#9a6a00"),
    Assessment.ROD: ("■", "#b3261e"),
}
FACTOR_SHORT = {
    Factor.INFORMATION: QT_TRANSLATE_NOOP("ActionTableModel", "Info"),
    Factor.TILLGANGLIGHET: QT_TRANSLATE_NOOP("ActionTableModel", "Tillg"),
    Factor.BEMOTANDE: QT_TRANSLATE_NOOP("ActionTableModel", "Bem"),
    Factor.KOMPETENS: QT_TRANSLATE_NOOP("ActionTableModel", "Komp"),
    Factor.RATTSSAKERHET: QT_TRANSLATE_NOOP("ActionTableModel", "Rätts"),
    Factor.EFFEKTIVITET: QT_TRANSLATE_NOOP("ActionTableModel", "Eff"),
}
OVERDUE_COLOUR = "#b3261e"
_TOP = QModelIndex()


@dataclass(frozen=True)
class ActionRow(RegisterRow):
    """What the table shows of one action: the register's row and what is derived from it."""

    overdue: bool
    due_soon: bool
    search_text: str = ""

    @classmethod
    def of(cls, action: RegisterRow, today: dt.date, soon_days: int) -> ActionRow:
        return cls(
            **{f.name: getattr(action, f.name) for f in fields(RegisterRow)},
            overdue=action.is_overdue(today),
            due_soon=action.is_due_soon(today, soon_days),
            search_text=" ".join((
                action.title, action.description, action.expected_effect, action.owner,
                action.unit,
            )).casefold(),
        )

    def days_late(self, today: dt.date) -> int:
        return (today - self.due).days if self.due else 0

    # Sort keys in Swedish order (å, ä, ö after z), made once per row when first sorted by
    # and kept: sorting 10 000 rows again costs no collation work. cached_property writes
    # to the instance's __dict__, which a frozen dataclass allows.
    @cached_property
    def title_key(self) -> str:
        return sort_key(self.title)

    @cached_property
    def owner_key(self) -> str:
        return sort_key(self.owner)

    @cached_property
    def unit_key(self) -> str:
        return sort_key(self.unit)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionTableModel", text)


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []
        self.today = dt.date.today()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- filling -----------------------------------------------------------------------
    def set_rows(self, rows: list[ActionRow], today: dt.date) -> None:
        self.beginResetModel()
        self.today = today
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    # --- sorting (here, not in the proxy) ----------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row. The proxy's own sort would call data() for
        every comparison: seconds for 10 000 actions (benchmarks/large_data.py)."""
        self._sort_column, self._sort_order = column, order
        if column < 0 or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = self._sorted(old)
        position = {id(row): i for i, row in enumerate(self._rows)}
        before = self.persistentIndexList()  # the selection moves with its row
        after = [self.index(position[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ActionRow]) -> list[ActionRow]:
        column = self._sort_column
        if column < 0:
            return rows
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda row: self._sort_key(row, column), reverse=descending)

    def rows(self) -> list[ActionRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ActionRow:
        return self._rows[row]

    def row_of(self, action_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == action_id:
                return i
        return -1

    # --- Qt's interface ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS:
            return QBrush(QColor(STATUS_LOOK[row.status][1]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == ASSESSMENT and row.assessment:
                return QBrush(QColor(ASSESSMENT_LOOK[row.assessment][1]))
            if col == STATUS:
                return QBrush(QColor("#000000"))
            if col == DUE and row.overdue:
                return QBrush(QColor(OVERDUE_COLOUR))
        return None

    def _display(self, row: ActionRow, col: int) -> str | None:
        if col == TITLE:
            return row.title
        if col == OWNER:
            return row.owner
        if col == UNIT:
            return row.unit
        if col == STATUS:
            return f"{STATUS_LOOK[row.status][0]} {label(row.status)}"
        if col == ASSESSMENT:
            if row.assessment is None:
                return ""
            return f"{ASSESSMENT_LOOK[row.assessment][0]} {label(row.assessment)}"
        if col == DUE:
            # The mark keeps together (non-breaking spaces) when the cell wraps.
            mark = self._watch_text(row).replace(" ", "\u00a0")
            return f"{date_text(row.due)} {mark}" if mark else date_text(row.due)
        if col == PROGRESS:
            return f"{row.progress} %"
        if col == FACTORS:
            return ", ".join(_tr(FACTOR_SHORT[f]) for f in row.factors)
        return None

    def _watch_text(self, row: ActionRow) -> str:
        if row.overdue:
            return QCoreApplication.translate("ActionTableModel", "⚠ {days} d sen").format(days=row.days_late(self.today))
        if row.due_soon:
            return QCoreApplication.translate("ActionTableModel", "◔ om {days} d").format(days=-row.days_late(self.today))
        return ""

    def _tooltip(self, row: ActionRow, col: int) -> str | None:
        if col == FACTORS:
            return ", ".join(label(f) for f in row.factors)
        if col == TITLE:
            return row.title
        if col in (OWNER, UNIT):
            return self._display(row, col) or None
        if col == DUE and row.overdue:
            return QCoreApplication.translate("ActionTableModel", "Försenad: skulle ha varit klar {due}").format(due=date_text(row.due))
        if col == DUE and row.due_soon:
            return QCoreApplication.translate("ActionTableModel", "Ska vara klar inom {days} dagar").format(days=-row.days_late(self.today))
        return None

    def _sort_key(self, row: ActionRow, col: int) -> Any:
        if col == TITLE:
            return row.title_key
        if col == OWNER:
            return row.owner_key
        if col == UNIT:
            return row.unit_key
        if col == STATUS:
            return list(Status).index(row.status)
        if col == ASSESSMENT:
            return list(Assessment).index(row.assessment) if row.assessment else 9
        if col == DUE:
            return row.due.isoformat() if row.due else "9999"
        if col == PROGRESS:
            return row.progress
        if col == FACTORS:
            return ",".join(f"{list(Factor).index(f)}" for f in row.factors) or "9"
        return None


@dataclass
class RowFilter:
    """What the filter row above the table narrows the list by; empty means all."""

    text: str = ""
    status: Status | None = None
    unit: str = ""
    owner: str = ""
    factor: Factor | None = None
    only_overdue: bool = False

    def accepts(self, row: ActionRow) -> bool:
        needle = self.text.strip().casefold()
        if needle and needle not in row.search_text:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.unit and row.unit != self.unit:
            return False
        if self.owner and row.owner != self.owner:
            return False
        if self.factor is not None and self.factor not in row.factors:
            return False
        return not (self.only_overdue and not row.overdue)


class ActionFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter = RowFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        # Each row's verdict under the current filter, by the row object (rows are replaced,
        # never changed): a keystroke on 10 000 actions costs one pass, not 10 000 data().
        self._verdicts: dict[int, tuple[ActionRow, bool]] = {}

    def set_filter(self, row_filter: RowFilter) -> None:
        self.beginFilterChange()
        self.filter = row_filter
        self._verdicts = {}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table's model sorts itself (fast); the proxy keeps its order."""
        source = self.sourceModel()
        if isinstance(source, ActionTableModel):
            source.sort(column, order)
            return
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if isinstance(source, ActionTableModel):
            # Straight to the row object: this runs for every row on every keystroke.
            row = source.row_at(source_row)
            known = self._verdicts.get(id(row))
            if known is None or known[0] is not row:
                if len(self._verdicts) > 2 * source.rowCount() + 100:
                    self._verdicts = {}
                known = (row, self.filter.accepts(row))
                self._verdicts[id(row)] = known
            return known[1]
        row = source.index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and self.filter.accepts(row)


class ProgressDelegate(QStyledItemDelegate):
    """The progress column as a bar with the percentage on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: ActionRow | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 4, -3, -4)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = row.progress
        bar.text = f"{row.progress} %"
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
