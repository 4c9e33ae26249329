"""The Resultat view's writes: a value typed into the grid, the panel's figure, a removal.

Each is one change in one transaction through models.results, an undoable step on the
view's own stack (models.steps.ChangeResults), with a Swedish message either way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from models.codes import Measure
from models.errors import InsiktError
from models.results import check_key, check_values, delete_result, find_result, set_result
from models.steps import ChangeResults
from ui.window import messages
from ui.window.i18n import label
from ui.window.results.model import CELL_ROLE, KEY_ROLE, Cell, number

if TYPE_CHECKING:
    from ui.window.results.view import ResultsView

HAND_SOURCE = "Inmatad i Insiktskollen"


class ResultWriter:
    """The writes of one ResultsView (it shows their outcome)."""

    def __init__(self, view: ResultsView) -> None:
        self.view = view

    def where(self, town: str, year: int, measure: Measure) -> str:
        return self.view.tr("{measure} {year}, {place}").format(
            measure=label(measure), year=year, place=self.view.model.place(town)
        )

    def write(self, town: str, year: int, measure: Measure,
               change: Callable[[Session, Any], str]) -> bool:
        """One change in one transaction, an undoable step (in a worker when the database
        is busy, see ui/window/saving.py); a Swedish message either way. True when saved now."""
        where = self.where(town, year, measure)

        def failed(exc: InsiktError) -> None:
            self.view.banner.show_message("error", f"{where}: {exc.message}")

        try:
            key = check_key(town, year, self.view.group, self.view.area, measure)
            step = ChangeResults([key], lambda session: change(session, key))

            def landed() -> None:
                self.view.banner.show_message("info", f"{where}: {step.outcome}")
                self.reload_cell(town, year, measure)
                self.view.data_changed.emit()

            return self.view.undo_ctx.push(where, step, landed, failed)
        except InsiktError as exc:
            failed(exc)
            return False

    def save_value(self, town: str, year: int, measure: Measure, text: str) -> bool:
        """A value typed into the grid: the other fields of the figure are kept."""
        def change(session: Session, key: Any) -> str:
            old = find_result(session, key)
            if old is None:
                values = check_values(text, source=HAND_SOURCE)
            else:
                values = check_values(text, old.answers, old.margin, old.response_rate,
                                      old.preliminary, old.source)
            set_result(session, key, values)
            return self.view.tr("sparat {value}.").format(value=number(values.value))

        return self.write(town, year, measure, change)

    def save_panel(self) -> None:
        index = self.view.table.currentIndex()
        key = index.data(KEY_ROLE) if index.isValid() else None
        if key is None:
            return
        panel = self.view.editor
        # Read here: `change` may run in a worker.
        value, answers, margin = panel.value.text(), panel.answers.text(), panel.margin.text()
        preliminary, source = panel.preliminary.isChecked(), panel.source.text()

        def change(session: Session, result_key: Any) -> str:
            old = find_result(session, result_key)
            values = check_values(
                value,
                answers or None,
                margin or None,
                old.response_rate if old else None,
                preliminary,
                source or (old.source if old else HAND_SOURCE),
            )
            set_result(session, result_key, values)
            return self.view.tr("sparat {value}.").format(value=number(values.value))

        town, year, measure = key
        self.write(town, year, measure, change)

    def delete_current(self) -> None:
        index = self.view.table.currentIndex()
        key = index.data(KEY_ROLE) if index.isValid() else None
        if key is None or index.data(CELL_ROLE) is None:
            return
        where = self.where(*key)
        if not messages.ask(self.view, self.view.tr("Ta bort värdet"),
                            self.view.tr("Ta bort {where}? Ändringen loggas.").format(where=where),
                            self.view.tr("Ta bort")):
            return

        def change(session: Session, result_key: Any) -> str:
            delete_result(session, result_key)
            return self.view.tr("borttaget.")

        town, year, measure = key
        self.write(town, year, measure, change)

    def reload_cell(self, town: str, year: int, measure: Measure) -> None:
        with self.view.db.read() as session:
            row = find_result(session, check_key(town, year, self.view.group, self.view.area, measure))
            cell = None if row is None else Cell(row.value, row.answers, row.margin,
                                                 row.preliminary, row.source, row.response_rate,
                                                 row.preliminary_as_of)
        cells = self.view.model.cells
        if cell is None:
            cells.pop((town, year, measure), None)
        else:
            cells[(town, year, measure)] = cell
        row_index = self.view.model.measures.index(measure)
        self.view.model.dataChanged.emit(self.view.model.index(row_index, 0),
                                    self.view.model.index(row_index, self.view.model.columnCount() - 1))
        self.view._current_changed(self.view.table.currentIndex())

