"""The preview of an import: a summary, every error, the notes and the rows that change;
the dialog around it that writes what it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models import importers
from models.db import Database
from models.errors import InsiktError
from models.importers import PreviewRow
from models.preview import CHANGED, NEW, UNCHANGED, Preview
from models.progress import Progress
from models.steps import ChangeResults
from ui.window import messages
from ui.window.i18n import QT_TRANSLATE_NOOP, label
from ui.window.results.model import number
from ui.window.tasks import WorkDialog
from ui.window.widgets import error_list, fill_table

STATUS_COLOURS = {NEW: "#dff0e0", CHANGED: "#fff4d6", UNCHANGED: "#ffffff"}


class PreviewPanel(QWidget):
    """What an import would do: a summary, the errors, the notes and a table of rows."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PreviewPanel", "Status"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Var i filen"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Kommun"),
        QT_TRANSLATE_NOOP("PreviewPanel", "År"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Kundgrupp"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Myndighetsområde"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Mått"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Värde"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Antal svar"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Felmarginal"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Preliminär"),
        QT_TRANSLATE_NOOP("PreviewPanel", "Källa"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = error_list(120)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.show_unchanged = QCheckBox(self.tr("Visa oförändrade rader"))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.notes)
        layout.addWidget(self.show_unchanged)
        layout.addWidget(self.table, 1)
        self.show_unchanged.toggled.connect(self._fill)
        self.set_preview(None)

    def set_preview(self, preview: Preview | None) -> None:
        self.preview = preview
        if preview is None:
            self.summary.setText(self.tr("Välj en fil för att se vad som skulle importeras."))
        else:
            self.summary.setText(self.tr(
                "{name}: {new} nya, {changed} ändrade, {same} oförändrade rader."
            ).format(name=preview.name, new=preview.count(NEW), changed=preview.count(CHANGED),
                     same=preview.count(UNCHANGED)))
        errors = importers.error_lines(preview) if preview else []
        if preview is not None and errors:
            self.errors.setPlainText(
                self.tr("{n} fel – inget kan importeras förrän de är rättade i filen:")
                .format(n=len(preview.errors)) + "\n" + "\n".join(errors)
            )
        self.errors.setVisible(bool(errors))
        notes = preview.notes if preview else []
        self.notes.setText("\n".join(self.tr("Obs: {note}").format(note=n) for n in notes))
        self.notes.setVisible(bool(notes))
        self._fill()

    def _fill(self) -> None:
        rows = self.preview.rows if self.preview else []
        if not self.show_unchanged.isChecked():
            rows = [r for r in rows if r.status != UNCHANGED]
        fill_table(self.table, [self._texts(row) for row in rows],
                   [STATUS_COLOURS[row.status] for row in rows])

    def _show(self, value: object) -> str:
        if value is None or value == "":
            return "–"
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nej")
        if isinstance(value, float):
            return number(value)
        return str(value)

    def _texts(self, row: PreviewRow) -> list[str]:
        status = {NEW: self.tr("Ny"), CHANGED: self.tr("Ändrad"), UNCHANGED: self.tr("Oförändrad")}
        key = row.key

        def field(name: str) -> str:
            new = self._show(getattr(row.new, name))
            if row.old is not None and name in row.changed_fields:
                return f"{self._show(getattr(row.old, name))} → {new}"
            return new

        return [
            status[row.status], row.where, key.municipality, str(key.year), label(key.group),
            label(key.area), label(key.measure), field("value"), field("answers"),
            field("margin"), field("preliminary"), field("source"),
        ]


class PreviewDialog(WorkDialog):
    """A dialog that shows what results would come in (its `panel`) and writes them when
    the user confirms; `written` counts the rows written, `saved_text` says so."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.written = 0
        self.step: ChangeResults | None = None
        self.saved_text = ""
        self.panel = PreviewPanel()

    def write_preview(self, title: str, failed: Callable[[InsiktError], None],
                      stopped: Callable[[], None]) -> None:
        """Write what the panel shows, in a worker; the dialog closes when it is written."""
        preview = self.panel.preview
        if preview is None or not preview.ok or self.busy:
            return
        db = self.db
        said = messages.saved_results(preview.count(NEW), preview.count(CHANGED))

        def work(progress: Progress) -> ChangeResults:
            # An undoable step (models/steps.py): the window puts it on the Resultat stack.
            step = ChangeResults([row.key for row in preview.to_write],
                                 lambda session: importers.apply(session, preview, progress))
            with db.write() as session:
                step.do(session)
            return step

        def written(step: ChangeResults) -> None:
            self.step = step
            self.written = int(step.outcome)
            self.saved_text = said
            self.accept()

        self.start(title, work, written, failed=failed, cancelled=stopped, writes=True)
