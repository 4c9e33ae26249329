"""The "Resultat" view: the Insikt figures of a customer group and area, measure by year.

Values are entered and corrected in the grid (double-click, type, Enter) or in the panel
beside it, which also takes the number of answers, the margin, "preliminär" and the
source. Every change is one write transaction through models.results, so the change log
records it. Errors are shown in Swedish above the grid and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import results
from models import settings as db_settings
from models.codes import Area, Group, Measure
from models.db import Database
from models.errors import InsiktError
from models.results import (
    RIKET,
    is_municipality_group,
)
from ui.window.i18n import label
from ui.window.results.editor import GridDelegate, ResultEditor
from ui.window.results.model import CELL_ROLE, KEY_ROLE, Cell, ResultsGridModel, number
from ui.window.results.writing import ResultWriter
from ui.window.undo import UndoContext
from ui.window.widgets import Banner

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class ResultsView(QWidget):
    """Survey results of the own municipality, with a comparison beside them."""

    data_changed = Signal()
    saved = Signal(str)  # what an import saved, for the status bar

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.town = db_settings.DbSettings()
        self.extra_years = 0
        self.model = ResultsGridModel(self)
        # The tab's own undo stack (the window's Ångra uses it while this tab is shown).
        self.undo_ctx = UndoContext(db, self._step_done, self._step_failed, self,
                                    done_on_push=False)
        # Until the user picks a group, the view opens on the one with the newest own figures.
        self._group_chosen = False
        self.writer = ResultWriter(self)
        self._build()
        self.refresh()

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.group_box = QComboBox()
        for group in Group:
            self.group_box.addItem(label(group), group)
        self.area_box = QComboBox()
        for area in Area:
            self.area_box.addItem(label(area), area)
        self.compare_box = QComboBox()
        self.other_code = QLineEdit()
        self.other_code.setPlaceholderText(self.tr("annan kommunkod"))
        self.other_code.setToolTip(self.tr(
            "En kommunkod med fyra siffror (t.ex. 2080) eller en kommungrupp i Kolada "
            "(t.ex. G124018), följd av Enter"
        ))
        self.other_code.setMaximumWidth(130)
        self.earlier_button = QPushButton(self.tr("Tidigare år"))
        self.import_button = QPushButton(self.tr("&Importera resultat…"))
        self.fetch_button = QPushButton(self.tr("Hämta från &Kolada…"))
        self.kpi_button = QPushButton(self.tr("KPI-tabell…"))
        self.targets_button = QPushButton(self.tr("Må&l…"))
        self.targets_button.setToolTip(self.tr(
            "Mål för ett mått, en kundgrupp, ett område och ett år, med hur det står sig "
            "(högerklicka på ett mått för att sätta ett mål för det)"
        ))

        choices = QHBoxLayout()
        for text, widget in ((self.tr("&Kundgrupp"), self.group_box),
                             (self.tr("&Myndighetsområde"), self.area_box),
                             (self.tr("&Jämför med"), self.compare_box)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            choices.addWidget(caption)
            choices.addWidget(widget)
        choices.addWidget(self.other_code)
        choices.addWidget(self.earlier_button)
        choices.addStretch(1)
        # The ways figures come in on a row of their own: in one row with the choices the
        # tab was 1 290 pixels wide, too wide for a 1 024 or 1 280 screen.
        sources = QHBoxLayout()
        for button in (self.import_button, self.fetch_button, self.kpi_button):
            sources.addWidget(button)
        sources.addStretch(1)
        sources.addWidget(self.targets_button)

        self.banner = Banner()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(GridDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(84)
        # Two lines per row (value; answers and margin), filled or not, so rows stay even.
        self.table.verticalHeader().setMinimumSectionSize(
            2 * self.table.fontMetrics().lineSpacing() + 6
        )
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.break_label = QLabel()
        self.break_label.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.editor = ResultEditor()
        self.editor.setMaximumWidth(340)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.break_label)
        left_layout.addWidget(self.legend)
        left_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(sources)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.group_box.currentIndexChanged.connect(self._choice_changed)
        self.area_box.currentIndexChanged.connect(self._choice_changed)
        self.compare_box.currentIndexChanged.connect(self._choice_changed)
        self.other_code.returnPressed.connect(self._other_code_entered)
        self.earlier_button.clicked.connect(self._earlier)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.editor.save_button.clicked.connect(self.writer.save_panel)
        self.editor.delete_button.clicked.connect(self.writer.delete_current)
        self.import_button.clicked.connect(self.open_import)
        self.fetch_button.clicked.connect(self.open_fetch)
        self.kpi_button.clicked.connect(self.open_kpi_table)
        self.targets_button.clicked.connect(lambda: self.open_targets())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    # --- what the window uses -----------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self.db = db
        self.undo_ctx.switch(db)
        self.extra_years = 0
        self._group_chosen = False
        self.banner.clear()
        self.refresh()

    @property
    def group(self) -> Group:
        return Group(self.group_box.currentData())  # Qt hands the StrEnum back as str

    @property
    def area(self) -> Area:
        return Area(self.area_box.currentData())

    @property
    def compare(self) -> str | None:
        return self.compare_box.currentData()

    def choose(self, group: Group | None = None, area: Area | None = None,
               compare: str | None | Literal[False] = False) -> None:
        """Pick group, area and comparison (compare=None: none; False: leave as is)."""
        if group is not None:
            self._group_chosen = True
        for box, value in ((self.group_box, group), (self.area_box, area)):
            if value is not None:
                box.setCurrentIndex(box.findData(value))
        if compare is not False:
            self._select_compare(compare)
        self.refresh()

    def show_figure(self, group: Group, area: Area, measure: Measure, year: int) -> None:
        """Go to one own figure (a link on Läget): its group and area chosen, its cell current."""
        self.choose(group=group, area=area)
        own = self.town.municipality_code
        row = self.model.measures.index(measure) if measure in self.model.measures else -1
        column = next((i for i, c in enumerate(self.model.columns)
                       if c.year == year and c.municipality == own and not c.compare), -1)
        if row >= 0 and column >= 0:
            index = self.model.index(row, column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self.table.setFocus()

    def refresh(self) -> None:
        """Read the figures again (one short read) and redraw the grid."""
        current = self.table.currentIndex()
        place = (current.row(), current.column()) if current.isValid() else None
        try:
            with self.db.read() as session:
                self.town = db_settings.load(session)
                codes = results.municipality_codes(session)
                if not self._group_chosen:
                    self._open_on_newest_group(session)
                cells = self._read_cells(session)
        except InsiktError as exc:  # busy or unreachable: say so, keep what is shown
            self.banner.show_message("error", exc.message)
            return
        self._fill_compare_box(codes)
        own = self.town.municipality_code
        years = self._years({y for (_, y, _) in cells})
        names = {own: self.town.municipality_name or own} if own else {}
        self.model.on_edit = self.save_value if (own and not self.db.read_only) else None
        self.model.set_data(cells, years, own, self.compare, self.area, self.town, names)
        if place and place[0] < self.model.rowCount() and place[1] < self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(*place))
        self._update_texts(own, bool(cells))
        self._fit_height()
        self._current_changed(self.table.currentIndex())
        editable = bool(own) and not self.db.read_only
        for button in (self.import_button, self.fetch_button, self.kpi_button):
            button.setEnabled(not self.db.read_only)
        self.table.setEditTriggers(
            EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    # --- reading ------------------------------------------------------------------------------
    def _open_on_newest_group(self, session: Session) -> None:
        """Show the group whose own figures (this area) reach the latest year; the most
        figures, then Totalt, decide a tie. Nothing found: the box stays as it is."""
        own = self.town.municipality_code
        if not own:
            return
        best = results.newest_group(session, own, self.area)
        if best is None:
            return
        index = self.group_box.findData(best)
        if index >= 0 and index != self.group_box.currentIndex():
            self.group_box.blockSignals(True)  # this refresh reads it; no second one
            self.group_box.setCurrentIndex(index)
            self.group_box.blockSignals(False)

    def _read_cells(self, session: Session) -> dict[tuple[str, int, Measure], Cell]:
        towns = [t for t in (self.town.municipality_code, self.compare) if t]
        if not towns:
            return {}
        rows = results.results_of(session, towns, self.group, self.area)
        return {
            (r.municipality, r.year, r.measure): Cell(
                r.value, r.answers, r.margin, r.preliminary, r.source, r.response_rate,
                r.preliminary_as_of,
            )
            for r in rows
        }

    def _years(self, found: set[int]) -> list[int]:
        # The last measured year is published the next spring: offer a column to enter it.
        last = max(found | {dt.date.today().year - 1})
        first = min(found | {last - 2}) - self.extra_years
        return list(range(first, last + 1))

    def _fill_compare_box(self, codes: list[str]) -> None:
        chosen = self.compare
        wanted = [RIKET] + [c for c in codes if c not in (RIKET, self.town.municipality_code)]
        if chosen and chosen not in wanted:
            wanted.append(chosen)
        self.compare_box.blockSignals(True)
        self.compare_box.clear()
        self.compare_box.addItem(self.tr("ingen jämförelse"), None)
        for code in wanted:
            if code == RIKET:
                text = self.tr("Riket")
            elif is_municipality_group(code):
                text = self.tr("Kommungrupp")
            else:
                text = code
            self.compare_box.addItem(f"{text} ({code})", code)
        self.compare_box.setCurrentIndex(max(0, self.compare_box.findData(chosen)))
        self.compare_box.blockSignals(False)

    def _select_compare(self, code: str | None) -> None:
        if code is not None and self.compare_box.findData(code) < 0:
            self.compare_box.addItem(code, code)
        self.compare_box.blockSignals(True)
        self.compare_box.setCurrentIndex(max(0, self.compare_box.findData(code)))
        self.compare_box.blockSignals(False)

    def _fit_height(self) -> None:
        """As tall as its rows, so the notes sit right under the grid."""
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)

    def _update_texts(self, own: str, any_cells: bool) -> None:
        if not own:
            self.empty_label.setText(self.tr(
                "Databasen har ingen egen kommunkod ännu: ange den i inställningarna för att "
                "kunna skriva in resultat."
            ))
        elif not any_cells:
            self.empty_label.setText(self.tr(
                "Inga resultat för {group}, {area} ännu. Dubbelklicka i en cell för att skriva "
                "in ett värde, eller importera en fil."
            ).format(group=label(self.group), area=label(self.area)))
        else:
            self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        breaks = any(self.model.breaks_before(c) for c in self.model.columns)
        self.break_label.setText(self.model.break_note() if breaks else "")
        self.break_label.setVisible(breaks)
        self.legend.setText(self.tr(
            "prel. (kursivt) = preliminärt värde · * = felmarginalen uppskattad från antal svar "
            "(1,96·s/√n, s = {sd}) · grått = för få svar (minst {minimum}) · ⚠ = preliminärt "
            "sedan de slutliga siffrorna borde ha kommit, eller låg svarsfrekvens · "
            "NKI {high} eller mer är ”{grade}”. Dubbelklicka för att skriva in eller rätta ett värde."
        ).format(
            sd=number(self.town.answer_sd), minimum=self.town.min_answers,
            high=number(max(b.lower for b in self.town.grade_bands)),
            grade=self.town.grade(100),
        ))

    # --- choosing -----------------------------------------------------------------------------
    def _choice_changed(self) -> None:
        if self.sender() is self.group_box:
            self._group_chosen = True  # the user's choice stays until another database
        self.banner.clear()
        self.refresh()

    def _other_code_entered(self) -> None:
        code = self.other_code.text().strip().upper()
        if not ((len(code) == 4 and code.isdigit()) or is_municipality_group(code)):
            self.banner.show_message("error", self.tr(
                "Jämför med: ”{code}” är ingen kommunkod med fyra siffror (t.ex. 2080) eller "
                "kommungrupp i Kolada (G och siffror, t.ex. G124018)."
            ).format(code=self.other_code.text().strip()))
            return
        self.banner.clear()
        self._select_compare(code)
        self.other_code.clear()
        self.refresh()

    def _earlier(self) -> None:
        self.extra_years += 1
        self.refresh()

    def _current_changed(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE) if index.isValid() else None
        if key is None:
            self.editor.show_cell(None, None, "", editable=False)
            return
        column = self.model.columns[index.column()]
        heading = self.tr("Kundgrupp {group}, område {area}").format(
            group=label(self.group).lower(), area=label(self.area).lower()
        )
        description = self.model.describe(column, key[2])
        first, _, rest = description.partition("\n")
        self.editor.show_cell(f"{heading}: {first}", index.data(CELL_ROLE), rest,
                              editable=self.model.on_edit is not None)

    # --- writing ------------------------------------------------------------------------------
    def _step_done(self, _action_id: int | None) -> None:
        self.refresh()
        self.data_changed.emit()

    def _step_failed(self, what: str, exc: InsiktError) -> None:
        self.banner.show_message("error", self.tr("”{what}” kunde inte göras: {reason}").format(
            what=what, reason=exc.message))
        self.refresh()

    def save_value(self, town: str, year: int, measure: Measure, text: str) -> bool:
        """A value typed into the grid: the other fields of the figure are kept."""
        return self.writer.save_value(town, year, measure, text)

    def menu_actions(self) -> list[QAction]:
        """Menu items for the window's Arkiv menu, working on this view."""
        items = []
        for text, slot in ((self.tr("Importera resultat…"), self.open_import),
                           (self.tr("Hämta från Kolada…"), self.open_fetch),
                           (self.tr("KPI-tabell för Kolada…"), self.open_kpi_table)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            action.setEnabled(not self.db.read_only)
            items.append(action)
        return items

    # --- dialogs ------------------------------------------------------------------------------
    def _after_dialog(self, changed: bool) -> None:
        if changed:
            self.refresh()
            self.data_changed.emit()

    def _imported(self, dialog: Any, what: str) -> None:
        """After an import dialog: what it wrote is one step on this tab's undo stack."""
        written = bool(dialog.exec()) and dialog.written > 0
        if written and dialog.step is not None:
            self.undo_ctx.push_taken(what.format(n=dialog.written), dialog.step)
        self._after_dialog(written)
        if dialog.saved_text:
            self.saved.emit(dialog.saved_text)
        dialog.deleteLater()  # not kept as a hidden child until the window goes

    def open_import(self) -> None:
        from ui.window.results.import_dialog import ImportDialog

        self._imported(ImportDialog(self.db, self), self.tr("import av {n} resultat"))

    def open_fetch(self) -> None:
        from ui.window.results.import_dialog import KoladaFetchDialog

        self._imported(KoladaFetchDialog(self.db, self),
                       self.tr("hämtning av {n} resultat från Kolada"))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        measure = self.model.measures[index.row()]
        year = self.model.columns[index.column()].year
        menu = QMenu(self)
        item = menu.addAction(self.tr("Sätt mål för {measure}…").format(measure=label(measure)))
        item.triggered.connect(lambda: self.open_targets(measure, year))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def open_targets(self, measure: Measure | None = None, year: int | None = None) -> Any:
        """The targets dialog for the chosen group and area (and a measure and year)."""
        from ui.window.results.targets_dialog import open_targets

        if measure is None:
            index = self.table.currentIndex()
            measure = self.model.measures[index.row()] if index.isValid() else Measure.NKI
        dialog = open_targets(self.db, self, measure, self.group, self.area, year)
        dialog.targets_changed.connect(self.data_changed)
        return dialog

    def open_kpi_table(self) -> None:
        from ui.window.results.import_dialog import KpiTableDialog

        dialog = KpiTableDialog(self.db, self)
        dialog.exec()
        dialog.deleteLater()
