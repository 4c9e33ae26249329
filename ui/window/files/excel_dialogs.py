"""Exportera… and Importera åtgärder…: Excel and other files in and out of the window.

The import shows its preview first (new, changed, unchanged, every error by row and
column); the import button is there only for a file without errors, and the import then
goes all or nothing, refused if the database changed since the preview. The export, the
preview and the import run in a worker (ui/window/tasks.py); the preview and the import
can be stopped, and a stopped import has written nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.action_import import (
    STATUS_LABELS,
    RowPlan,
    action_preview,
    import_actions,
    signature,
)
from models.db import Database
from models.errors import InsiktError
from models.preview import CHANGED, ERROR, NEW, Preview
from models.progress import Progress
from ui.window import messages
from ui.window.i18n import QT_TRANSLATE_NOOP
from ui.window.tasks import Task, WorkDialog, run_task
from ui.window.widgets import error_list, fill_table

EXPORT_FILTERS = {
    QT_TRANSLATE_NOOP("Excel", "Excel-arbetsbok: åtgärder, kommentarer, resultat (*.xlsx)"): (
        ".xlsx",
        "actions",
    ),
    QT_TRANSLATE_NOOP("Excel", "CSV för Excel: åtgärder (*.csv)"): (".csv", "actions"),
    QT_TRANSLATE_NOOP("Excel", "CSV för Excel: kommentarer (*.csv)"): (".csv", "comments"),
    QT_TRANSLATE_NOOP("Excel", "CSV för Excel: resultat (*.csv)"): (".csv", "results"),
    QT_TRANSLATE_NOOP("Excel", "JSON: allt (*.json)"): (".json", "actions"),
}
ROW_COLOURS = {NEW: "#dff0e0", CHANGED: "#fff4d6", ERROR: "#fbe3e4"}


def _tr(text: str) -> str:
    return QApplication.translate("Excel", text)


def export_dialog(
    parent: QWidget | None, db: Database, done: Callable[[Path], None] | None = None
) -> Task[Any] | None:
    """Exportera…: choose a file and a format; everything is written from one short read.

    The export runs in a worker; `done(path)` follows when the file is written. None when
    the user chose no file.
    """
    from models.export import export_to

    filters = {_tr(f): target for f, target in EXPORT_FILTERS.items()}
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Exportera"), "Insiktskollen.xlsx", ";;".join(filters)
    )
    if not path:
        return None
    suffix, table = filters.get(chosen, (".xlsx", "actions"))
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv", ".json"):
        target = target.with_name(target.name + suffix)

    def work(_progress: Progress) -> str:
        with db.read() as session:
            return export_to(session, target, table)

    def written(message: str) -> None:
        messages.info(parent, _tr("Exporterat"), message)
        if done is not None:
            done(target)

    def failed(exc: InsiktError) -> None:
        messages.error(parent, _tr("Exporten misslyckades"), exc.message)

    return run_task(parent, _tr("Exporterar till {name}").format(name=target.name), work,
                    written, failed=failed)


class ImportActionsDialog(WorkDialog):
    """Importera åtgärder…: a file of actions (as the export writes them), previewed first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportActionsDialog", "Rad"),
        QT_TRANSLATE_NOOP("ImportActionsDialog", "Blir"),
        QT_TRANSLATE_NOOP("ImportActionsDialog", "Åtgärd"),
        QT_TRANSLATE_NOOP("ImportActionsDialog", "Ändringar eller fel"),
    )

    def __init__(
        self, db: Database, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.path: Path | None = None
        self.preview: Preview[RowPlan] | None = None
        self.imported: Preview[RowPlan] | None = None
        self.setWindowTitle(self.tr("Importera åtgärder"))
        self.resize(1000, 600)
        self.choose_button = QPushButton(self.tr("&Välj fil…"))
        self.file_label = QLabel(
            self.tr(
                "Excel (.xlsx) eller CSV med samma kolumner som exporten: Id, Titel, Status, "
                "Framsteg (%), Ansvarig, Enhet, Start, Klart senast, … Rader med Id ändrar den "
                "åtgärden; utan Id jämförs titeln."
            )
        )
        self.file_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = error_list(130)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Importera"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        self.errors.hide()
        self.summary.setText(self.tr("Välj en fil för att se vad som skulle importeras."))
        if path is not None:
            self.load(path)

    def choose(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Välj fil med åtgärder"),
            "",
            self.tr("Excel eller CSV (*.xlsx *.csv);;Alla filer (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Preview the file: nothing is written.

        The preview runs the import in a transaction that is rolled back, so it holds the
        database's write lock as an import does: it is a write task.
        """
        if self.busy:
            return
        self.path = path
        db = self.db

        def work(progress: Progress) -> Preview[RowPlan]:
            try:
                return import_actions(db, path, dry_run=True, progress=progress)
            except InsiktError as exc:
                return action_preview(path.name, [exc.message])

        def stopped() -> None:
            self.summary.setText(self.tr("Förhandsgranskningen avbröts. Välj en fil igen."))

        self.start(self.tr("Förhandsgranskar {name}").format(name=path.name), work,
                   self.show_preview, cancelled=stopped, writes=True)

    def update_buttons(self) -> None:
        self.choose_button.setEnabled(not self.busy)
        preview = self.preview
        if self.busy:
            self.import_button.setEnabled(False)
        elif preview is not None and self.imported is None:
            something = preview.count(NEW) + preview.count(CHANGED) > 0
            self.import_button.setEnabled(preview.ok and something)

    def show_preview(self, preview: Preview[RowPlan]) -> None:
        self.preview = preview
        self.summary.setText(preview.summary() + "".join(f"\n{n}" for n in preview.notes))
        self.errors.setPlainText("\n".join(preview.errors))
        self.errors.setVisible(not preview.ok)
        cells = []
        for plan in preview.rows:
            if plan.errors:
                detail = "\n".join(f"{e.column}: {e.message}" for e in plan.errors)
            else:
                detail = "\n".join(f"{c.column}: ”{c.old}” → ”{c.new}”" for c in plan.changes)
            cells.append((str(plan.row), self.tr(STATUS_LABELS[plan.status]), plan.title, detail))
        fill_table(self.table, cells, [ROW_COLOURS.get(plan.status) for plan in preview.rows])
        self.table.resizeRowsToContents()
        something = preview.count(NEW) + preview.count(CHANGED) > 0
        self.import_button.setEnabled(preview.ok and something)
        if preview.ok and not something:
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr("Filen ändrar ingenting: alla åtgärder är redan som i filen.")
            )

    def run_import(self) -> None:
        if self.path is None or self.preview is None or self.busy:
            return
        db, path, expected = self.db, self.path, signature(self.preview)

        def work(progress: Progress) -> Preview[RowPlan]:
            return import_actions(db, path, expected=expected, progress=progress)

        def failed(exc: InsiktError) -> None:
            messages.error(self, self.tr("Importen misslyckades"), exc.message)

        def stopped() -> None:
            messages.info(self, self.tr("Importen avbröts"),
                          self.tr("Importen avbröts. Inget har importerats."))

        self.start(self.tr("Importerar åtgärder"), work, self._imported, failed=failed,
                   cancelled=stopped, writes=True)

    def _imported(self, done: Preview[RowPlan]) -> None:
        if not done.ok:
            self.show_preview(done)
            messages.error(self, self.tr("Inget har importerats"), "\n".join(done.errors[:10]))
            return
        self.imported = done
        self.accept()


def import_actions_dialog(parent: QWidget | None, db: Database) -> Preview[RowPlan] | None:
    """Importera åtgärder…; returns what was imported, or None when nothing was."""
    dialog = ImportActionsDialog(db, parent)
    dialog.exec()
    imported = dialog.imported
    if imported is not None and isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            messages.saved_actions(imported.count(NEW), imported.count(CHANGED)))
    return imported
