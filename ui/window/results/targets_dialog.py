"""The targets (mål): every target with its status, a form to set one, and removal.

Opened from the Resultat view (a button, and a measure row's context menu) and from the
charts' settings panel, with the measure, customer group, area and year it was opened
from filled in. Each change is one write transaction through models/targets.py, so the
change log records it; bad input is said in Swedish under its field and nothing is stored.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.codes import Area, Group, Measure
from models.db import Database
from models.errors import InputError, InsiktError
from models.targets import TargetCheck, TargetStatus, judge_targets, remove_target, set_target
from ui.window import messages
from ui.window.i18n import error_text, label
from ui.window.widgets import Banner, error_label, fill_table, show_error, with_error

REACHED = "#e3f4ea"


class TargetsDialog(QDialog):
    """The list of targets with their status, and a form to set or remove one."""

    targets_changed = Signal()

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        measure: Measure = Measure.NKI,
        group: Group = Group.FORETAG,
        area: Area = Area.TOTALT,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Mål"))
        self.checks: list[TargetCheck] = []
        self.banner = Banner()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Mått"), self.tr("Kundgrupp"), self.tr("Område"), self.tr("År"),
            self.tr("Målvärde"), self.tr("Status"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._picked)
        self.empty = QLabel(self.tr("Inga mål ännu. Sätt det första nedan."))
        self.remove_button = QPushButton(self.tr("&Ta bort målet…"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.measure = self._combo(list(Measure), measure)
        self.group = self._combo(list(Group), group)
        self.area = self._combo(list(Area), area)
        self.year = QLineEdit(str(year or dt.date.today().year))
        self.year.setPlaceholderText(self.tr("t.ex. 2025"))
        self.year.setMaxLength(4)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("0–100, t.ex. 75"))
        self.value.returnPressed.connect(self.save)
        self.errors = {
            name: error_label() for name in ("measure", "group", "area", "year", "value")
        }
        self.save_button = QPushButton(self.tr("&Spara målet"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("&Mått"), with_error(self.measure, self.errors["measure"]))
        form.addRow(self.tr("&Kundgrupp"), with_error(self.group, self.errors["group"]))
        form.addRow(self.tr("&Område"), with_error(self.area, self.errors["area"]))
        form.addRow(self.tr("&År"), with_error(self.year, self.errors["year"]))
        form.addRow(self.tr("&Värde"), with_error(self.value, self.errors["value"]))
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        heading = QLabel(self.tr(
            "Ett mål är ett värde för ett mått, en kundgrupp, ett område och ett år. Det "
            "bedöms mot årets värde så som SKR publicerar det (avrundat till heltal)."
        ))
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(list_buttons)
        layout.addWidget(QLabel(self.tr("<b>Sätt ett mål</b> (finns det redan ett för samma "
                                         "mått, kundgrupp, område och år ersätts det)")))
        layout.addLayout(form)
        layout.addLayout(form_buttons)
        layout.addWidget(close)
        self.resize(720, 560)
        for widget in (self.measure, self.group, self.area, self.year, self.value,
                       self.save_button):
            widget.setEnabled(not db.read_only)
        self.reload()
        self.value.setFocus()

    def _combo(self, codes: list[Measure] | list[Group] | list[Area], chosen: object) -> QComboBox:
        box = QComboBox()
        for code in codes:
            box.addItem(label(code), code.value)
        box.setCurrentIndex(max(0, box.findData(getattr(chosen, "value", chosen))))
        return box

    # --- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            with self.db.read() as session:
                self.checks = judge_targets(session, dt.date.today())
        except InsiktError as exc:
            self.banner.show_message("error", exc.message)
            return
        rows = [
            [
                label(c.target.measure), label(c.target.group), label(c.target.area),
                str(c.target.year), _number(c.target.value), c.status_words,
            ]
            for c in self.checks
        ]
        colours = [REACHED if c.status == TargetStatus.NATT else None for c in self.checks]
        fill_table(self.table, rows, colours)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.checks)
        self._picked()

    def selected(self) -> TargetCheck | None:
        rows = self.table.selectionModel().selectedRows()
        return self.checks[rows[0].row()] if rows else None

    def select(self, target_id: int) -> None:
        for row, check in enumerate(self.checks):
            if check.target.id == target_id:
                self.table.selectRow(row)

    def _picked(self) -> None:
        check = self.selected()
        self.remove_button.setEnabled(check is not None and not self.db.read_only)
        if check is None:
            return
        target = check.target
        for box, code in ((self.measure, target.measure), (self.group, target.group),
                          (self.area, target.area)):
            box.setCurrentIndex(box.findData(code.value))
        self.year.setText(str(target.year))
        self.value.setText(_number(target.value))

    # --- writing -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Set the target in the form: one write; a bad field is said under it."""
        for lbl in self.errors.values():
            show_error(lbl, "")
        try:
            with self.db.write() as session:
                saved = set_target(
                    session,
                    self.measure.currentData(),
                    self.group.currentData(),
                    self.area.currentData(),
                    self.year.text(),
                    self.value.text(),
                )
        except InputError as exc:
            show_error(self.errors.get(exc.field or "", self.errors["value"]), error_text(exc))
            return False
        except InsiktError as exc:
            self.banner.show_message("error", self.tr("Målet sparades inte: {reason}").format(
                reason=exc.message))
            return False
        self.banner.show_message("info", self.tr("Målet sparat: {target}.").format(
            target=saved.label))
        self.reload()
        self.select(saved.id)
        self.targets_changed.emit()
        return True

    def remove_selected(self) -> bool:
        check = self.selected()
        if check is None:
            return False
        if not messages.ask(
            self, self.tr("Ta bort målet"),
            self.tr("Ta bort målet {target}? Ändringen loggas.").format(target=check.target.label),
            self.tr("Ta bort"),
        ):
            return False
        try:
            with self.db.write() as session:
                removed = remove_target(session, check.target.id)
        except InsiktError as exc:
            self.banner.show_message("error", self.tr("Målet togs inte bort: {reason}").format(
                reason=exc.message))
            return False
        self.banner.show_message("info", self.tr("Målet borttaget: {target}.").format(
            target=removed.label))
        self.reload()
        self.targets_changed.emit()
        return True


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def open_targets(
    db: Database,
    parent: QWidget,
    measure: Measure = Measure.NKI,
    group: Group = Group.FORETAG,
    area: Area = Area.TOTALT,
    year: int | None = None,
) -> TargetsDialog:
    """The dialog, shown window-modal without blocking (the caller connects its signal)."""
    dialog = TargetsDialog(db, parent, measure, group, area, year)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
