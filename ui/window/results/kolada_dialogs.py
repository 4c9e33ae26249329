"""Hämta från Kolada… and the KPI table: which Kolada id is which Insikt figure.

The fetch and its preview run in a worker (ui/window/tasks.py), so the window stays alive
while Kolada answers or the network times out, and can be stopped between Kolada's pages.
What came is previewed like a file import and written, in a worker too, only when the
user confirms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import importers, kolada
from models import settings as db_settings
from models.codes import Area, Group, Measure
from models.db import Database
from models.errors import InsiktError
from models.importers import PreviewRow
from models.preview import Preview
from models.progress import Progress
from models.results import RIKET
from ui.window.i18n import QT_TRANSLATE_NOOP, label
from ui.window.results.import_preview import PreviewDialog
from ui.window.saving import write_soon
from ui.window.widgets import Banner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

W = TypeVar("W", bound=QWidget)


class KoladaFetchDialog(PreviewDialog):
    """Chosen KPIs for chosen municipalities (own and Riket by default), previewed."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Hämta från Kolada"))
        self.resize(1000, 620)

        with db.read() as session:
            town = db_settings.load(session)
            kpis = kolada.list_kpis(session)
        self.town = town
        intro = QLabel(self.tr(
            "Kryssa i de nyckeltal som ska hämtas. Ett nyckeltal där det står ”troligen rätt "
            "nyckeltal” är inte kontrollerat: jämför namnet med nyckeltalet på kolada.se "
            "innan du hämtar det, och rätta i KPI-tabellen om det inte stämmer."
        ))
        intro.setWordWrap(True)
        self.kpi_list = QListWidget()
        self.kpi_list.setMaximumHeight(130)
        for row in kpis:
            text = f"{row.title or label(row.measure)} ({row.kpi})"
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, row.kpi)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if row.probable:
                # Not fetched unless the user, having read the warning, ticks it.
                text += self.tr(" – troligen rätt nyckeltal, kontrollera i Kolada")
                item.setToolTip(self.tr(
                    "Id:t {kpi} är inte bekräftat. Sök på ”Insikt” på kolada.se och jämför "
                    "nyckeltalets namn innan du hämtar."
                ).format(kpi=row.kpi))
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setCheckState(Qt.CheckState.Checked)
            item.setText(text)
            self.kpi_list.addItem(item)
        own = [town.municipality_code] if town.municipality_code else []
        self.places = QLineEdit(", ".join([*own, RIKET]))
        self.places.setToolTip(self.tr(
            "Kommunkoden har fyra siffror (Borlänge = 2081); flera skiljs med komma. "
            "Riket (hela Sverige) = 0000."
        ))
        self.place_names = QLabel()
        self.place_names.setWordWrap(True)
        self.places.textChanged.connect(self._show_place_names)
        self._show_place_names()
        self.base_url = QLineEdit(town.kolada_base_url)
        self.save_url_button = QPushButton(self.tr("Spara adressen som standard"))
        self.fetch_button = QPushButton(self.tr("&Hämta"))
        self.status = QLabel()
        self.banner = Banner()
        self.panel.summary.setText(self.tr("Kryssa i nyckeltal, skriv kommunkoderna och tryck Hämta."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Spara i databasen"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Nyckeltal"), self.kpi_list)
        form.addRow(self.tr("Kommuner (koder)"), self.places)
        form.addRow("", self.place_names)
        url_row = QHBoxLayout()
        url_row.addWidget(self.base_url, 1)
        url_row.addWidget(self.save_url_button)
        form.addRow(self.tr("Kolada-adress"), url_row)
        fetch_row = QHBoxLayout()
        fetch_row.addWidget(self.fetch_button)
        fetch_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(fetch_row)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("Källa: Kolada.")))
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.fetch_button.clicked.connect(self.fetch)
        self.save_url_button.clicked.connect(self.save_base_url)
        self.save_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

    def _codes(self) -> list[str]:
        return [p.strip() for p in self.places.text().replace(";", ",").split(",") if p.strip()]

    def _show_place_names(self) -> None:
        """The codes as names: the database's own municipality, Riket, other codes."""
        own, name = self.town.municipality_code, self.town.municipality_name
        names = []
        for code in self._codes():
            if code == RIKET:
                names.append(self.tr("Riket (0000)"))
            elif own and code == own and name:
                names.append(f"{name} ({code})")
            else:
                names.append(self.tr("kommun {code}").format(code=code))
        if not names:
            self.place_names.setText(self.tr("Ingen kommun vald."))
            return
        listed = names[0] if len(names) == 1 else self.tr("{first} och {last}").format(
            first=", ".join(names[:-1]), last=names[-1])
        self.place_names.setText(self.tr("Hämtas för: {places}.").format(places=listed))

    def chosen_kpis(self) -> list[str]:
        return [
            self.kpi_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.kpi_list.count())
            if self.kpi_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def fetch(self) -> None:
        """Start fetching and previewing in a worker; `_fetched` shows the preview."""
        if self.busy:
            return
        self.banner.clear()
        self.save_button.setEnabled(False)
        places = self._codes()
        chosen = self.chosen_kpis()
        if not chosen:
            self.banner.show_message("error", self.tr("Kryssa i minst ett nyckeltal."))
            return
        try:
            with self.db.read() as session:
                plan = kolada.plan_fetch(session, chosen, places, self.base_url.text())
        except InsiktError as exc:
            self.banner.show_message("error", exc.message)
            return
        self.status.setText(self.tr("Hämtar från {url} …").format(url=plan.base_url))
        db = self.db

        def work(progress: Progress) -> Preview[PreviewRow]:
            parsed = kolada.fetch(plan, progress=progress)
            with db.read() as session:
                return importers.preview(session, parsed, progress)

        self.start(self.tr("Hämtar från Kolada"), work, self._fetched,
                   failed=self._fetch_failed, cancelled=self._fetch_stopped)

    def update_buttons(self) -> None:
        self.fetch_button.setEnabled(not self.busy)
        if not self.busy:
            self.status.setText("")
        preview = self.panel.preview
        self.save_button.setEnabled(
            not self.busy and preview is not None and preview.ok and bool(preview.to_write)
            and not self.db.read_only
        )

    def _fetched(self, preview: Preview[PreviewRow]) -> None:
        self.panel.set_preview(preview)

    def _fetch_failed(self, exc: InsiktError) -> None:
        self.banner.show_message("error", exc.message)
        self.panel.set_preview(None)

    def _fetch_stopped(self) -> None:
        self.banner.show_message("info", self.tr("Hämtningen avbröts. Inget har ändrats."))
        self.panel.set_preview(None)

    def confirm(self) -> None:
        def failed(exc: InsiktError) -> None:
            self.banner.show_message("error", self.tr("Inget sparades: {error}").format(
                error=exc.message))

        def stopped() -> None:
            self.banner.show_message("info", self.tr("Sparandet avbröts. Inget sparades."))

        self.write_preview(self.tr("Sparar Koladas värden"), failed, stopped)

    def save_base_url(self) -> None:
        def saved(url: str) -> None:
            self.base_url.setText(url)
            self.banner.show_message("info", self.tr("Kolada-adressen är sparad: {url}").format(
                url=url))

        typed = self.base_url.text()

        def write(session: Session) -> str:
            url = kolada.check_base_url(typed)
            db_settings.save(session, kolada_base_url=url)
            return url

        try:
            write_soon(self, self.db, self.tr("Sparar Kolada-adressen"), write, saved,
                       self._show_error)
        except InsiktError as exc:
            self._show_error(exc)

    def _show_error(self, exc: InsiktError) -> None:
        self.banner.show_message("error", exc.message)


KPI_HEADERS = (
    QT_TRANSLATE_NOOP("KpiTableDialog", "KPI-id"),
    QT_TRANSLATE_NOOP("KpiTableDialog", "Titel i Kolada"),
    QT_TRANSLATE_NOOP("KpiTableDialog", "Kundgrupp"),
    QT_TRANSLATE_NOOP("KpiTableDialog", "Myndighetsområde"),
    QT_TRANSLATE_NOOP("KpiTableDialog", "Mått"),
    QT_TRANSLATE_NOOP("KpiTableDialog", "Osäkert id (kontrollera)"),
)
ID, TITLE, GROUP, AREA, MEASURE, PROBABLE = range(6)


class KpiTableDialog(QDialog):
    """The KPI table to see and correct; saved whole, in one transaction, after checking."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("KPI-tabell för Kolada"))
        self.resize(1000, 400)
        self.table = QTableWidget(0, len(KPI_HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in KPI_HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Lägg till rad"))
        self.remove_button = QPushButton(self.tr("&Ta bort rad"))
        self.banner = Banner()
        help_text = QLabel(self.tr(
            "Tabellen säger vilket nyckeltal i Kolada som är vilket Insikt-mått. Nyckeltal som "
            "inte står här hämtas inte; de nämns i förhandsvisningen.\n"
            "Så hittar du ett id: sök på ”Insikt” på kolada.se och öppna nyckeltalet. Id:t är "
            "en bokstav och fem siffror (t.ex. U07455) och står vid nyckeltalets namn. Id:n "
            "följer inte på varandra, så gissa inte nästa nummer. Kryssa i ”Osäkert id” tills "
            "någon har kontrollerat id:t i Kolada."
        ))
        help_text.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        # A bound method, not a lambda: a lambda that holds the dialog keeps PySide's wrapper
        # alive in its connection, and Qt deleting the dialog with its parent at exit then
        # met it as a shared object ("shared QObject was deleted directly", a crash).
        self.add_button.clicked.connect(self.add_empty_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        with db.read() as session:
            for kpi in kolada.list_kpis(session):
                self.add_row(kpi)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not db.read_only)

    def add_row(self, kpi: kolada.KpiRow | None = None) -> int:
        index = self.table.rowCount()
        self.table.insertRow(index)
        id_item = QTableWidgetItem(kpi.kpi if kpi else "")
        self.table.setItem(index, ID, id_item)
        self.table.setItem(index, TITLE, QTableWidgetItem(kpi.title if kpi else ""))
        for column, codes, value in ((GROUP, Group, kpi.group if kpi else Group.FORETAG),
                                     (AREA, Area, kpi.area if kpi else Area.TOTALT),
                                     (MEASURE, Measure, kpi.measure if kpi else Measure.NKI)):
            box = QComboBox()
            for code in codes:
                box.addItem(label(code), code.value)
            box.setCurrentIndex(box.findData(value.value))
            self.table.setCellWidget(index, column, box)
        probable = QCheckBox()
        probable.setChecked(bool(kpi and kpi.probable))
        self.table.setCellWidget(index, PROBABLE, probable)
        if kpi is None:
            self.table.setCurrentCell(index, ID)
            self.table.editItem(id_item)
        return index

    def add_empty_row(self) -> None:
        self.add_row()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> list[kolada.KpiRow]:
        """Every row checked; InputError names the first bad one ("rad 3, KPI-id: …")."""
        result = []
        for index in range(self.table.rowCount()):
            text, title = self._text(index, ID), self._text(index, TITLE)
            if not text.strip() and not title.strip():
                continue  # an empty new row is left out, not refused
            group, area, measure = (self._cell(index, c, QComboBox).currentData()
                                    for c in (GROUP, AREA, MEASURE))
            probable = self._cell(index, PROBABLE, QCheckBox).isChecked()
            result.append(kolada.check_kpi(self.tr("rad {n}").format(n=index + 1), text, title,
                                           group, area, measure, probable))
        return result

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _cell(self, row: int, column: int, kind: type[W]) -> W:
        """The widget add_row put in the cell."""
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, kind)
        return widget

    def save(self) -> None:
        def failed(exc: InsiktError) -> None:
            self.banner.show_message("error", exc.message)

        try:
            rows = self.rows()
            write_soon(self, self.db, self.tr("Sparar KPI-tabellen"),
                       lambda session: kolada.replace_kpis(session, rows),
                       lambda _result: self.accept(), failed)
        except InsiktError as exc:
            failed(exc)
