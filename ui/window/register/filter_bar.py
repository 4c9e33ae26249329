"""The filter row above the register: free text, status, unit, owner, factor, only overdue.

It emits `changed` with a RowFilter whenever the user changes any of them, and shows the
count of shown and all actions.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from models.codes import Factor, Status
from ui.window.i18n import label
from ui.window.register.table import RowFilter


class FilterBar(QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Sök i titel, beskrivning, ansvarig, enhet …"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Alla statusar"), None)
        for code in Status:
            self.status_filter.addItem(label(code), code)
        self.unit_filter = QComboBox()
        self.owner_filter = QComboBox()
        for combo in (self.unit_filter, self.owner_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
        self.factor_filter = QComboBox()
        self.factor_filter.addItem(self.tr("Alla faktorer"), None)
        for factor in Factor:
            self.factor_filter.addItem(label(factor), factor)
        self.overdue_filter = QCheckBox(self.tr("Endast &försenade"))
        self.count_label = QLabel()
        self.set_names([], [])

        self.search.textChanged.connect(self._emit)
        for combo in (self.status_filter, self.unit_filter, self.owner_filter, self.factor_filter):
            combo.currentIndexChanged.connect(self._emit)
        self.overdue_filter.toggled.connect(self._emit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("&Sök"))
        search_label.setBuddy(self.search)
        layout.addWidget(search_label)
        layout.addWidget(self.search, 2)
        for widget in (self.status_filter, self.unit_filter, self.owner_filter,
                       self.factor_filter, self.overdue_filter):
            layout.addWidget(widget)
        layout.addStretch(0)
        layout.addWidget(self.count_label)

    def current(self) -> RowFilter:
        return RowFilter(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            unit=self.unit_filter.currentData() or "",
            owner=self.owner_filter.currentData() or "",
            factor=self.factor_filter.currentData(),
            only_overdue=self.overdue_filter.isChecked(),
        )

    def _emit(self) -> None:
        self.changed.emit(self.current())

    def set_names(self, units: list[str], people: list[str]) -> None:
        """The units and people to choose from (a chosen one that is gone is let go)."""
        self._fill(self.unit_filter, self.tr("Alla enheter"), units)
        self._fill(self.owner_filter, self.tr("Alla ansvariga"), people)

    def _fill(self, combo: QComboBox, everything: str, names: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for name in names:
            combo.addItem(name, name)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current and index < 0:
            self._emit()

    def is_set(self) -> bool:
        """True when any filter narrows the list."""
        return self.current() != RowFilter()

    def escape(self) -> bool:
        """Esc: the search text goes first, then every other filter. False when there was
        nothing to clear."""
        if self.search.text():
            self.search.clear()
            return True
        if self.is_set():
            self.clear()
            return True
        return False

    def clear(self) -> None:
        self.search.clear()
        for combo in (self.status_filter, self.unit_filter, self.owner_filter, self.factor_filter):
            combo.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)

    def show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("Visar {shown} av {total} åtgärder").format(
            shown=shown, total=total))
