"""Arkiv's file work: a new or another database, the recent files, a backup copy.

The copy is made in a worker (ui/window/tasks.py) with a progress bar and Avbryt; a
stopped copy leaves no file behind.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from models.backups import backup_path_for, backup_sqlite
from models.errors import InsiktError
from models.opening import open_database
from models.progress import Progress
from ui.window import messages
from ui.window.tasks import run_task

if TYPE_CHECKING:
    from ui.window.opened import Opened


class FileActions(QObject):
    """Arkiv's file items of one window, on its open database."""

    def __init__(self, opened: Opened) -> None:
        super().__init__(opened)
        self.opened = opened
        self.window = opened.window

    def open_path(self, path: str, create: bool = False) -> None:
        try:
            db = open_database(path, create=create)
        except InsiktError as exc:
            messages.error(self.window, self.tr("Databasen kunde inte öppnas"), exc.message)
            return
        self.opened.set_database(db)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Ny databas"), str(Path.home() / "insiktskollen.db"),
            self.tr("Insiktskollen-databas (*.db)"),
        )
        if not path:
            return
        if Path(path).exists():
            messages.error(self.window, self.tr("Ny databas"), self.tr(
                "Filen {path} finns redan. Välj ett nytt namn, eller öppna filen med "
                "Arkiv → Öppna databas."
            ).format(path=path))
            return
        self.open_path(path, create=True)

    def open_dialog(self) -> None:
        start = str(self.opened.db.path.parent) if self.opened.db.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Öppna databas"), start,
            self.tr("Insiktskollen-databas (*.db);;Alla filer (*)"),
        )
        if path:
            self.open_path(path)

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        files = [f for f in self.window.settings.recent_files if f != str(self.opened.db.path)]
        if not files:
            none = menu.addAction(self.tr("(inga andra filer)"))
            none.setEnabled(False)
        for number, path in enumerate(files, start=1):
            act = menu.addAction(f"&{number} {path}")
            act.triggered.connect(lambda _checked=False, p=path: self.open_path(p))

    def backup(self) -> None:
        if self.opened.db.path is None:
            messages.info(self.window, self.tr("Säkerhetskopiera"), self.tr(
                "Säkerhetskopior görs här bara av databasfiler (SQLite). En serverdatabas "
                "säkerhetskopieras av den som sköter servern."
            ))
            return
        suggestion = backup_path_for(self.opened.db.path)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Säkerhetskopiera"), str(suggestion),
            self.tr("Insiktskollen-databas (*.db)"),
        )
        if not path:
            return
        if Path(path).resolve() == self.opened.db.path.resolve():
            messages.error(self.window, self.tr("Säkerhetskopiera"), self.tr(
                "Kopian kan inte sparas över den öppna databasen själv. Välj ett annat namn."
            ))
            return
        source, target = self.opened.db.path, Path(path)
        could_not = self.tr("Kopian kunde inte sparas i {path}: {reason}")

        def work(progress: Progress) -> Path:
            try:
                return backup_sqlite(source, target, progress)
            except (OSError, sqlite3.Error) as exc:
                raise InsiktError(could_not.format(path=path, reason=exc)) from exc

        def made(_copy: Path) -> None:
            self.window.statusBar().showMessage(
                self.tr("Säkerhetskopian sparades i {path}").format(path=path), 8000
            )

        def failed(exc: InsiktError) -> None:
            messages.error(self.window, self.tr("Säkerhetskopiera"), exc.message)

        def stopped() -> None:
            self.window.statusBar().showMessage(
                self.tr("Säkerhetskopieringen avbröts; ingen kopia sparades."), 8000
            )

        run_task(self.window, self.tr("Säkerhetskopierar"), work, made, failed=failed,
                 cancelled=stopped, cancellable=True)
