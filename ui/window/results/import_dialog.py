"""Importera resultat…: choose files, see what would change, then confirm.

The preview (new, changed, unchanged rows; every error with its row, column and value) is
computed from the file and two short reads; nothing is written until the user presses the
import button, and then everything in one transaction. A file with errors cannot be
imported. Both run in a worker (ui/window/tasks.py) with a progress dialog and Avbryt: a
stopped import has written nothing.
The Kolada dialogs (fetch and the KPI table) live in ui/window/results/kolada_dialogs.py and are
re-exported here, so the window finds all the ways results come in in one place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import importers
from models import settings as db_settings
from models.db import Database
from models.errors import InsiktError
from models.importers.template import save_template
from models.preview import Preview
from models.progress import Progress
from ui.window.results.import_preview import PreviewDialog, PreviewPanel
from ui.window.results.kolada_dialogs import KoladaFetchDialog, KpiTableDialog
from ui.window.widgets import Banner

__all__ = ["ImportDialog", "PreviewPanel", "KoladaFetchDialog", "KpiTableDialog"]

class ImportDialog(PreviewDialog):
    """Importera resultat…: CSV, Excel or saved Kolada responses, previewed first."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 paths: list[Path] | None = None) -> None:
        super().__init__(db, parent)
        self.paths: list[Path] = []
        self.setWindowTitle(self.tr("Importera resultat"))
        self.resize(1100, 600)
        self.choose_button = QPushButton(self.tr("&Välj fil…"))
        self.template_button = QPushButton(self.tr("Spara tom &mall…"))
        self.file_label = QLabel(self.tr(
            "CSV (semikolon eller komma), Excel (.xlsx) eller sparade svar från Kolada (.json). "
            "Kolumner: År, Kundgrupp, Myndighetsområde, Mått, Värde; frivilligt Antal svar, "
            "Felmarginal, Preliminär, Källa, Kommun."
        ))
        self.file_label.setWordWrap(True)
        self.banner = Banner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Importera"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose_files)
        self.template_button.clicked.connect(self.save_template)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.confirm)
        self.update_buttons()
        if paths:
            self.load(paths)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Välj resultatfiler"), "",
            self.tr("Resultatfiler (*.csv *.xlsx *.json *.txt);;Alla filer (*)"),
        )
        if names:
            self.load([Path(n) for n in names])

    def load(self, paths: list[Path]) -> None:
        """Read the files and show what importing them would do. Writes nothing."""
        if self.busy:
            return
        self.paths = list(paths)
        self.banner.clear()
        self.panel.set_preview(None)
        db, chosen = self.db, list(self.paths)

        def work(progress: Progress) -> Preview[importers.PreviewRow]:
            # The file is read outside any transaction: a long read would hold other
            # writers off the shared file.
            with db.read() as session:
                town = db_settings.load(session)
                kpis = importers.kpi_targets(session)
            parsed = importers.read_files(chosen, town.municipality_code,
                                          town.municipality_name, kpis, progress)
            with db.read() as session:
                return importers.preview(session, parsed, progress)

        self.start(self.tr("Läser resultatfilen"), work, self._previewed,
                   failed=self._preview_failed, cancelled=self._preview_stopped)

    def _previewed(self, preview: Preview[importers.PreviewRow]) -> None:
        self.panel.set_preview(preview)

    def _preview_failed(self, exc: InsiktError) -> None:
        self.banner.show_message("error", exc.message)

    def _preview_stopped(self) -> None:
        self.banner.show_message("info", self.tr("Läsningen avbröts. Välj en fil igen."))

    def update_buttons(self) -> None:
        preview = self.panel.preview
        count = len(preview.to_write) if preview and preview.ok else 0
        self.import_button.setEnabled(count > 0 and not self.db.read_only and not self.busy)
        self.import_button.setText(
            self.tr("&Importera {n} rader").format(n=count) if count else self.tr("&Importera")
        )
        self.choose_button.setEnabled(not self.busy)

    def confirm(self) -> None:
        self.write_preview(self.tr("Importerar resultat"), self._import_failed,
                           self._import_stopped)

    def _import_failed(self, exc: InsiktError) -> None:
        self.banner.show_message("error", self.tr("Inget importerades: {error}")
                                 .format(error=exc.message))

    def _import_stopped(self) -> None:
        self.banner.show_message("info", self.tr("Importen avbröts. Inget importerades."))

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara tom importmall"), self.tr("resultatmall.xlsx"),
            self.tr("Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)"),
        )
        if not name:
            return
        try:
            path = save_template(Path(name))
        except InsiktError as exc:
            self.banner.show_message("error", exc.message)
            return
        self.banner.show_message("info", self.tr("Mallen är sparad: {path}").format(path=path))
