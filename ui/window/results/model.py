"""The results grid as a Qt item model: measures (NKI and the six factors) by year.

Like the tables of SKR's municipal reports: one row per measure, one column per year, and
the change between the last two years at the end. With a comparison (Riket or another
municipality) each year gets a second, shaded column beside the own one. The model holds
plain `Cell` values read in one short session; edits go back through `on_edit`, which
the view connects to a write transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from models import stats
from models.codes import TOTAL_BREAK_AFTER, Area, Measure
from models.results import RIKET
from models.settings import DbSettings
from models.words import number_text
from ui.window.i18n import label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (municipality, year, measure) of a year cell
BREAK_ROLE = Qt.ItemDataRole.UserRole + 2  # True left of the first year after the break
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # the Cell, or None

COMPARE_BACKGROUND = QColor("#eef2f7")
GREY = QColor("#8a8a8a")


@dataclass(frozen=True)
class Cell:
    value: float
    answers: int | None
    margin: float | None
    preliminary: bool
    source: str
    response_rate: float | None = None
    as_of: dt.date | None = None  # when a preliminary value was read


@dataclass(frozen=True)
class Column:
    year: int | None  # None: the change column
    municipality: str
    compare: bool


def number(value: float) -> str:
    """67 or 72,5: the way the reports write an index."""
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",").replace("-", "−")
    return number_text(text)  # −0,04 is "0", not "−0"


def signed(value: float) -> str:
    text = number(value)
    if text == "0":
        return "±0"
    return ("+" if value > 0 else "") + text


class ResultsGridModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.measures = list(Measure)
        self.columns: list[Column] = []
        self.cells: dict[tuple[str, int, Measure], Cell] = {}
        self.settings = DbSettings()
        self.area = Area.TOTALT
        self.names: dict[str, str] = {RIKET: "Riket"}
        self.on_edit: Callable[[str, int, Measure, str], bool] | None = None
        self.today = dt.date.today()
        self._warning: QIcon | None = None

    # --- filling ----------------------------------------------------------------------------
    def set_data(
        self,
        cells: dict[tuple[str, int, Measure], Cell],
        years: list[int],
        own: str,
        compare: str | None,
        area: Area,
        settings: DbSettings,
        names: dict[str, str],
    ) -> None:
        self.beginResetModel()
        self.cells, self.area, self.settings = cells, area, settings
        self.today = dt.date.today()
        self.names = {RIKET: self.tr("Riket"), **names}
        columns = []
        for year in years:
            columns.append(Column(year, own, False))
            if compare:
                columns.append(Column(year, compare, True))
        columns.append(Column(None, own, False))
        self.columns = columns
        self.endResetModel()

    def place(self, code: str) -> str:
        return self.names.get(code, code)

    def year_column(self, year: int, compare: bool = False) -> int:
        for index, column in enumerate(self.columns):
            if column.year == year and column.compare == compare:
                return index
        raise KeyError(year)

    def breaks_before(self, column: Column) -> bool:
        if self.area != Area.TOTALT or column.year != TOTAL_BREAK_AFTER + 1:
            return False
        first = next(c for c in self.columns if c.year == column.year)
        return first is column

    # --- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.measures)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return label(self.measures[section])
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.year is None:
                return self.tr("Förändring")
            head = str(column.year)
            if self.breaks_before(column):
                head += " ¹"
            return f"{head}\n{self.place(column.municipality)}"
        if role == Qt.ItemDataRole.ToolTipRole and self.breaks_before(column):
            return self.break_note()
        return None

    def break_note(self) -> str:
        return self.tr(
            "¹ Från mätåret {year} omfattar totalen bara bygglov, miljö- och hälsoskydd, "
            "livsmedelskontroll och serveringstillstånd: värdena före och efter är inte "
            "samma mått och jämförs inte."
        ).format(year=TOTAL_BREAK_AFTER + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].year is not None and self.on_edit:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell_at(self, index: QModelIndex | QPersistentModelIndex) -> Cell | None:
        column = self.columns[index.column()]
        if column.year is None:
            return None
        return self.cells.get((column.municipality, column.year, self.measures[index.row()]))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        measure = self.measures[index.row()]
        if column.year is None:
            return self._change_data(measure, role)
        cell = self.cells.get((column.municipality, column.year, measure))
        if role == KEY_ROLE:
            return (column.municipality, column.year, measure)
        if role == CELL_ROLE:
            return cell
        if role == BREAK_ROLE:
            return self.breaks_before(column)
        if role == Qt.ItemDataRole.BackgroundRole and column.compare:
            return QBrush(COMPARE_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.EditRole:
            return number(cell.value) if cell else ""
        if cell is None:
            return None
        hidden, reason = self._hidden(cell, column.year)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell, column.year, hidden, reason)
        if role == Qt.ItemDataRole.ForegroundRole and hidden:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and cell.preliminary:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(column, measure)
        if role == Qt.ItemDataRole.DecorationRole and self.warnings(cell, column.year):
            return self._warning_icon()
        return None

    def warnings(self, cell: Cell, year: int) -> list[str]:
        """What to look out for in a figure: a preliminary value long after its final figures
        came out, a response rate under SKR's threshold. Marked with ⚠ in the grid."""
        found = []
        if stats.is_stale(year, cell.preliminary, self.today, self.settings):
            found.append(stats.preliminary_note(year, cell.as_of, True))
        rate = stats.response_rate_check(cell.response_rate, self.area, self.settings)
        if rate is not None and rate.low:
            found.append(rate.note)
        return found

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            style = QApplication.style()
            self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    def _hidden(self, cell: Cell, year: int) -> tuple[bool, str]:
        shown, reason = stats.shown(cell.answers, year, self.settings)
        return (not shown), reason

    def _display(self, cell: Cell, year: int, hidden: bool, reason: str) -> str:
        first = number(cell.value) + (" " + self.tr("prel.") if cell.preliminary else "")
        margin = stats.margin(cell.margin, cell.answers, self.settings)
        parts = []
        if cell.answers is not None:
            parts.append(self.tr("{n} svar").format(n=cell.answers))
        if margin.known:
            parts.append(f"±{number(margin.value or 0)}" + ("*" if margin.estimated else ""))
        second = " · ".join(parts)
        if hidden:
            second = reason
        return first + ("\n" + second if second else "")

    def describe(self, column: Column, measure: Measure) -> str:
        """Everything about one figure, in words: for the tooltip and the detail panel."""
        if column.year is None:
            return ""
        cell = self.cells.get((column.municipality, column.year, measure))
        what = self.tr("{measure} {year}, {place}").format(
            measure=label(measure), year=column.year, place=self.place(column.municipality)
        )
        if cell is None:
            return what + "\n" + self.tr("Inget värde ännu. Dubbelklicka för att skriva in ett.")
        margin = stats.margin(cell.margin, cell.answers, self.settings)
        lines = [
            what,
            self.tr("Värde: {value} ({grade})").format(
                value=number(cell.value), grade=self.settings.grade(cell.value)
            ),
            self.tr("Antal svar: {n}").format(
                n=cell.answers if cell.answers is not None else self.tr("okänt")
            ),
            self.tr("Felmarginal: {note}").format(note=margin.note),
        ]
        hidden, reason = self._hidden(cell, column.year)
        if hidden:
            lines.append(self.tr("Visas inte enligt regeln om minsta antal svar: {reason}.")
                         .format(reason=reason))
        if cell.preliminary:
            lines.append(self.tr("Preliminärt värde."))
        if cell.response_rate is not None:
            lines.append(self.tr("Svarsfrekvens: {rate} %").format(rate=number(cell.response_rate)))
        lines += [f"⚠ {warning}" for warning in self.warnings(cell, column.year)]
        if cell.source:
            lines.append(self.tr("Källa: {source}").format(source=cell.source))
        if not hidden:
            lines += self._comparison(column.municipality, column.year, measure)
        return "\n".join(lines)

    def _comparison(self, town: str, year: int, measure: Measure) -> list[str]:
        """The change from the year before, as the Förändring column judges it: only between
        figures that are shown (a hidden figure is never compared; why is said)."""
        lines = []
        earlier = [y for y in self._years_with_values(town, measure, False) if y < year]
        if earlier:
            nearest = earlier[-1]
            hidden, reason = self._hidden(self.cells[(town, nearest, measure)], nearest)
            if hidden:
                lines.append(self.tr("Jämförs inte med {year}: {reason}.")
                             .format(year=nearest, reason=reason))
        previous = self._previous(town, year, measure, shown_only=True)
        if previous is not None:
            before_year, difference, _, note = previous
            if difference is not None:
                note = f"{signed(difference)}, {note}"
            lines.append(self.tr("Jämfört med {year}: {note}").format(year=before_year, note=note))
        return lines

    def _years_with_values(self, town: str, measure: Measure, shown_only: bool) -> list[int]:
        return sorted(
            y for (t, y, m), cell in self.cells.items()
            if t == town and m == measure and not (shown_only and self._hidden(cell, y)[0])
        )

    def _previous(
        self, town: str, year: int, measure: Measure, shown_only: bool = False
    ) -> tuple[int, float | None, bool | None, str] | None:
        """The year before with a value, the difference to it and whether it is real."""
        earlier = [y for y in self._years_with_values(town, measure, shown_only) if y < year]
        if not earlier:
            return None
        before_year = earlier[-1]
        if self.area == Area.TOTALT and before_year <= TOTAL_BREAK_AFTER < year:
            return before_year, None, None, self.tr("inte jämförbart (totalen ändrades {year})").format(
                year=TOTAL_BREAK_AFTER + 1
            )
        before = self.cells[(town, before_year, measure)]
        after = self.cells[(town, year, measure)]
        change = stats.change(
            before.value, stats.margin(before.margin, before.answers, self.settings),
            after.value, stats.margin(after.margin, after.answers, self.settings),
            preliminary=before.preliminary or after.preliminary,
        )
        return before_year, change.difference, change.real, change.note

    def _change_data(self, measure: Measure, role: int) -> Any:
        own = self.columns[-1].municipality
        # Figures hidden by the minimum-answers rule are left out of the change, as SKR does.
        years = self._years_with_values(own, measure, shown_only=True)
        if len(years) < 2:
            return None
        previous = self._previous(own, years[-1], measure, shown_only=True)
        if previous is None:
            return None
        before_year, difference, real, note = previous
        head = f"{before_year}–{years[-1]}"
        if difference is not None:
            head += f": {signed(difference)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{head}\n{self._short(difference, real, note)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Förändring {head}, {note}").format(head=head, note=note)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _short(self, difference: float | None, real: bool | None, note: str = "") -> str:
        """The verdict on a change in a few words; the tooltip has the whole of it. A change
        with a preliminary value is never judged: it is "preliminärt"."""
        if difference is None:
            return self.tr("ej jämförbart (ny total)")
        if note == stats.PRELIMINARY_NOTE:
            return self.tr("preliminärt")
        if real:
            return ("↑ " if difference > 0 else "↓ ") + self.tr("större än felmarginalen")
        if real is False:
            return self.tr("inom felmarginalen")
        return self.tr("felmarginal okänd")

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        column = self.columns[index.column()]
        if column.year is None:
            return False
        current = self.data(index, Qt.ItemDataRole.EditRole)
        if str(value).strip() == current:
            return False
        return self.on_edit(column.municipality, column.year, self.measures[index.row()], str(value))
