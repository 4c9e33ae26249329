"""The "Diagram" view: the six charts with the user's choices, and export to a file.

matplotlib is imported the first time the view is shown (it costs about half a second),
so the program starts without it. One canvas is kept: each refresh clears its figure,
draws the chosen chart again and asks for a repaint with draw_idle().
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import chart_data
from models import settings as db_settings
from models.codes import Area, Group
from models.db import Database
from models.errors import InsiktError
from models.results import RIKET
from ui.window import messages
from ui.window.app_settings import AppSettings
from ui.window.charts.row_tips import show_row_tips
from ui.window.i18n import label

# Charts that use the result choices (group, area, years, comparison, target).
USES = {
    "nki": {"group", "area", "years", "comparison", "target"},
    "timeline": set(),
    "factors": {"group", "area", "years", "comparison"},
    "matrix": {"group", "area"},
    "status": set(),
    "effect": set(),
}
LOGICAL_DPI = 100  # the canvas's figure: 100 dpi per logical pixel (Qt scales for HiDPI)
FILTERS = {".png": "PNG-bild (*.png)", ".svg": "SVG-bild (*.svg)", ".pdf": "PDF-dokument (*.pdf)"}


class ChartView(QWidget):
    """Chooser, choices, one canvas and an export button."""

    chart_drawn = Signal(str)
    exported = Signal(str)

    def __init__(
        self, db: Database, parent: QWidget | None = None, settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings or AppSettings()
        self._drawn_for: tuple[int, int] = (0, 0)
        self._canvas: Any = None
        self._figure: Any = None
        self._stale = True
        self._filling = False

        self.chart = QComboBox()
        for kind, title in (
            ("nki", self.tr("NKI över åren med åtgärderna")),
            ("timeline", self.tr("Åtgärdernas tidslinje")),
            ("factors", self.tr("Servicefaktorerna")),
            ("matrix", self.tr("Åtgärder och servicefaktorer")),
            ("status", self.tr("Åtgärder per status")),
            ("effect", self.tr("Effekt av åtgärderna")),
        ):
            self.chart.addItem(title, kind)
        self.group = QComboBox()
        self.group.addItem(self.tr("Alla kundgrupper"), None)
        for group in Group:
            self.group.addItem(group.label, group.value)
        self.area = QComboBox()
        for area in Area:
            self.area.addItem(area.label, area.value)
        self.first_year = QComboBox()
        self.last_year = QComboBox()
        self.comparison = QComboBox()
        self.target = QSpinBox()
        self.target.setRange(0, 100)
        self.target.setSpecialValueText(self.tr("inget"))
        self.target.setToolTip(self.tr("En mållinje för NKI (0 = ingen)"))
        self.large = QCheckBox(self.tr("Stor text (projektor)"))
        self.export_button = QPushButton(self.tr("Exportera…"))
        self.export_button.setToolTip(self.tr("Spara diagrammet som PNG, SVG eller PDF"))
        self.export_button.clicked.connect(self.export)
        self.targets_button = QPushButton(self.tr("Må&l…"))
        self.targets_button.setToolTip(self.tr(
            "Sätt och ta bort mål; de visas som stjärnor i NKI-diagrammet och "
            "servicefaktorerna"
        ))
        self.targets_button.clicked.connect(lambda: self.open_targets())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setWordWrap(True)

        choices = QFormLayout()
        # The chart's name over the panel's whole width: beside its label it was cut at
        # 1024×768 ("NKI över åren med åtgä").
        chart_label = QLabel(self.tr("&Diagram:"))
        chart_label.setBuddy(self.chart)
        choices.addRow(chart_label)
        choices.addRow(self.chart)
        choices.addRow(self.tr("&Kundgrupp:"), self.group)
        choices.addRow(self.tr("&Område:"), self.area)
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(QLabel("–"))
        years.addWidget(self.last_year)
        years_label = QLabel(self.tr("Å&r:"))
        years_label.setBuddy(self.first_year)  # a row holding a layout gets no buddy itself
        choices.addRow(years_label, years)
        choices.addRow(self.tr("&Jämför med:"), self.comparison)
        choices.addRow(self.tr("&Mål (NKI):"), self.target)
        choices.addRow("", self.large)
        side = QVBoxLayout()
        side.addLayout(choices)
        side.addWidget(self.targets_button)
        side.addWidget(self.export_button)
        side.addWidget(self.saved)
        side.addWidget(self.hint)
        side.addStretch(1)
        self.panel = QWidget()
        self.panel.setObjectName("chart_choices")
        self.panel.setLayout(side)
        self.panel.setMaximumWidth(270)
        # The choices fold away (F9 or the button) to give the chart the whole width; the
        # user's settings remember it.
        self.fold_button = QPushButton()
        self.fold_button.setObjectName("fold_choices")
        self.fold_button.setCheckable(True)
        self.fold_button.toggled.connect(self._show_choices)
        fold = QShortcut(QKeySequence("F9"), self)
        fold.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        fold.activated.connect(self.fold_button.toggle)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(250)
        self._resize_timer.timeout.connect(self._size_changed)

        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.placeholder = QLabel(self.tr("Diagrammet ritas när vyn visas."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_scroll.setWidget(self.placeholder)
        fold_column = QVBoxLayout()
        fold_column.addWidget(self.fold_button)
        fold_column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(fold_column)
        layout.addWidget(self.panel)
        layout.addWidget(self.chart_scroll, 1)
        self.fold_button.setChecked(not self._settings.chart_choices_shown)
        self._show_choices(not self._settings.chart_choices_shown)

        for combo in (
            self.chart,
            self.group,
            self.area,
            self.first_year,
            self.last_year,
            self.comparison,
        ):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.target.valueChanged.connect(self._choice_changed)
        self.large.toggled.connect(self._choice_changed)
        self._enable_choices()

    # --- what the main window uses -----------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        self.refresh()

    @property
    def db(self) -> Database:
        """The database the charts are read from (printing draws the chart again)."""
        return self._db

    @property
    def canvas(self) -> Any:
        """The matplotlib canvas once the first chart is drawn (None before)."""
        return self._canvas

    def refresh(self) -> None:
        """Read the data again and redraw; while the view is hidden, only remember to."""
        self._stale = True
        if self.isVisible():
            self._redraw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._resize_timer.start()

    def _size_changed(self) -> None:
        if self._canvas is not None and self.isVisible() and self._room() != self._drawn_for:
            self._redraw()

    def _room(self) -> tuple[int, int]:
        """The chart's room in the window: the scroll area's inside, in logical pixels."""
        viewport = self.chart_scroll.viewport()
        return max(320, viewport.width()), max(240, viewport.height())

    # --- the choices ---------------------------------------------------------------------------
    def _show_choices(self, folded: bool) -> None:
        self.panel.setVisible(not folded)
        self.fold_button.setText("▶" if folded else "◀")
        self.fold_button.setToolTip(
            self.tr("Visa valen (F9)") if folded else self.tr("Dölj valen (F9)")
        )
        self._settings.chart_choices_shown = 0 if folded else 1
        self._resize_timer.start()

    def kind(self) -> str:
        return str(self.chart.currentData())

    def options(self) -> Any:
        from charts.catalog import ChartOptions

        first, last = self.first_year.currentData(), self.last_year.currentData()
        years = None
        if first is not None and last is not None:
            years = (min(first, last), max(first, last))
        # Qt hands the codes back as plain text.
        group = self.group.currentData()
        return ChartOptions(
            group=Group(group) if group else None,
            area=Area(self.area.currentData()),
            comparison=self.comparison.currentData(),
            years=years,
            target=float(self.target.value()) if self.target.value() > 0 else None,
            large=self.large.isChecked(),
        )

    def _choice_changed(self) -> None:
        if self._filling:
            return
        self._enable_choices()
        self.refresh()

    def _enable_choices(self) -> None:
        used = USES.get(self.kind(), set())
        self.group.setEnabled("group" in used)
        self.area.setEnabled("area" in used)
        self.first_year.setEnabled("years" in used)
        self.last_year.setEnabled("years" in used)
        self.comparison.setEnabled("comparison" in used)
        self.target.setEnabled("target" in used)
        self.hint.setText("")  # the drawing says which group "Alla kundgrupper" became

    def _resolved_options(self, session: Any, kind: str) -> Any:
        """The choices; for the factor charts "Alla kundgrupper" becomes the group with the
        most factor values (one group per chart), and the hint says which."""
        from dataclasses import replace

        options = self.options()
        if kind in ("factors", "matrix") and options.group is None:
            counts = chart_data.factor_counts(session, options.area)
            group = max(counts, key=lambda g: counts[g])  # a tie: företag, then totalt
            options = replace(options, group=group)
            if counts[group]:
                self.hint.setText(self.tr(
                    "Alla kundgrupper: diagrammet visar {group}, den kundgrupp som har flest "
                    "värden för servicefaktorerna."
                ).format(group=label(group).lower()))
            else:
                self.hint.setText(self.tr(
                    "Alla kundgrupper: ingen kundgrupp har värden för servicefaktorerna ännu."
                ))
        return options

    def _fill_choices(self, years: list[int], towns: list[str], own: str, own_name: str) -> None:
        """Years and comparison municipalities from the data, keeping what was chosen."""
        self._filling = True
        try:
            for combo, everything in (
                (self.first_year, self.tr("första")),
                (self.last_year, self.tr("senaste")),
            ):
                chosen = combo.currentData()
                combo.clear()
                combo.addItem(everything, None)
                for year in years:
                    combo.addItem(str(year), year)
                combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            chosen = self.comparison.currentData()
            self.comparison.clear()
            self.comparison.addItem(self.tr("ingen jämförelse"), None)
            others = [c for c in towns if c != own]
            if RIKET not in others:
                others.insert(0, RIKET)
            for code in others:
                name = chart_data.municipality_label(code, own, own_name)
                self.comparison.addItem(f"{name} ({code})", code)
            self.comparison.setCurrentIndex(max(0, self.comparison.findData(chosen)))
        finally:
            self._filling = False

    # --- drawing -------------------------------------------------------------------------------
    def _ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self._figure = Figure(dpi=100)
        self._canvas = FigureCanvasQTAgg(self._figure)
        self._canvas.setObjectName("chart_canvas")
        show_row_tips(self._canvas)
        self.chart_scroll.takeWidget()
        self.placeholder.deleteLater()
        self.chart_scroll.setWidget(self._canvas)

    def _redraw(self) -> None:
        self._ensure_canvas()
        from dataclasses import replace

        from charts import catalog
        from charts.style import Style, message_figure, natural_size

        kind = self.kind()
        try:
            with self._db.read() as session:
                town = db_settings.load(session)
                self._fill_choices(
                    chart_data.result_years(session),
                    chart_data.municipalities(session),
                    town.municipality_code,
                    town.municipality_name,
                )
                options = self._resolved_options(session, kind)
                data = catalog.load(session, kind, options)
            # laid out for the room it has (a chart with many rows grows taller and scrolls)
            room = self._room()
            inches = (room[0] / LOGICAL_DPI, room[1] / LOGICAL_DPI)
            catalog.draw(kind, data, replace(options, size=inches), self._figure)
            self._drawn_for = room
        except InsiktError as exc:
            message_figure(self.tr("Diagrammet kan inte visas"), Style(), self._figure, exc.message)
        _width, height = natural_size(self._figure)
        self._canvas.setMinimumSize(320, int(height * LOGICAL_DPI))
        self._canvas.draw_idle()
        self._stale = False
        self.chart_drawn.emit(kind)

    # --- targets -------------------------------------------------------------------------------
    def open_targets(self) -> Any:
        """The targets dialog for the chosen group and area; the chart follows each change."""
        from models.codes import Measure
        from ui.window.results.targets_dialog import open_targets

        options = self.options()
        measure = Measure.INFORMATION if self.kind() in ("factors", "matrix") else Measure.NKI
        dialog = open_targets(
            self._db, self, measure, options.group or Group.FORETAG, options.area
        )
        dialog.targets_changed.connect(self.refresh)
        return dialog

    # --- export --------------------------------------------------------------------------------
    def export(self) -> None:
        """Save the chart as PNG, SVG or PDF at its own size (not the window's)."""
        from charts import catalog

        kind = self.kind()
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Exportera diagram"), f"{kind}.png", ";;".join(FILTERS.values())
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in FILTERS:
            suffix = next((s for s, f in FILTERS.items() if f == chosen), ".png")
            target = target.with_name(target.name + suffix)
        try:
            with self._db.read() as session:
                options = self._resolved_options(session, kind)
                data = catalog.load(session, kind, options)
            catalog.save(catalog.draw(kind, data, options), target)
        except InsiktError as exc:
            messages.error(self, self.tr("Exporten misslyckades"), exc.message)
            return
        except OSError as exc:
            messages.error(
                self,
                self.tr("Exporten misslyckades"),
                self.tr("Diagrammet kunde inte sparas i {0}: {1}").format(
                    target, exc.strerror or exc
                ),
            )
            return
        self.saved.setText(self.tr("Sparat i {0}").format(target))
        self.exported.emit(str(target))
