"""Återställ från säkerhetskopia: choose one of a file's backups and put it back.

Used from Arkiv, and when a database cannot be opened because it is damaged. The current
file is always copied aside first (models.backups.restore_backup does that). Both copies
are made in a worker (ui/window/tasks.py), as a write: nothing else is saved meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.backups import Backup, list_backups, restore_backup, with_losses
from models.errors import InsiktError
from models.progress import Progress
from ui.window import messages
from ui.window.tasks import Task, run_task

KINDS = {
    "auto": "automatisk",
    "kopia": "egen kopia",
    "före-återställning": "före en återställning",
    "skadad": "skadad fil, kopierad före en återställning",
    "före-uppgradering": "före en uppgradering",
}


class RestoreDialog(QDialog):
    """A list of backups, newest first, and a button that restores the chosen one."""

    def __init__(self, target: Path, backups: list[Backup], reason: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = Path(target)
        self.restored_from: Path | None = None
        self.task: Task[Any] | None = None
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        text = self.tr(
            "Välj en säkerhetskopia att lägga tillbaka som {name}. Den nuvarande filen "
            "kopieras först undan, så inget går förlorat."
        ).format(name=self.target)
        intro.setText(f"{reason}\n\n{text}" if reason else text)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        for backup in backups:
            kind = self.tr(KINDS.get(backup.kind, backup.kind))
            text = f"{backup.made:%Y-%m-%d %H:%M}  ({kind})  {backup.path.name}"
            if backup.lost:
                text += "  " + self.tr("saknar {lost}").format(lost=backup.lost)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("Det finns inga säkerhetskopior av den här filen."))
            self.list.setEnabled(False)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("Återställ"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        return Path(data) if data else None

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def restore(self) -> None:
        chosen = self.chosen()
        if chosen is None or self.busy:
            return
        target = self.target

        def work(_progress: Progress) -> Path | None:
            return restore_backup(chosen, target)

        def restored(aside: Path | None) -> None:
            self.restored_from = chosen
            note = self.tr("{name} är återställd från {backup}.").format(
                name=target.name, backup=chosen.name
            )
            if aside is not None:
                note += " " + self.tr("Den tidigare filen finns kvar som {copy}.").format(
                    copy=aside)
            messages.info(self, self.tr("Återställd"), note)
            self.accept()

        def failed(exc: InsiktError) -> None:
            messages.error(self, self.tr("Återställningen misslyckades"), exc.message)

        self.task = run_task(self, self.tr("Återställer {name}").format(name=chosen.name),
                             work, restored, failed=failed, writes=True)
        if self.task is not None:
            self.restore_button.setEnabled(False)
            self.task.finished.connect(self._task_ended)

    def _task_ended(self) -> None:
        self.restore_button.setEnabled(True)

    def reject(self) -> None:
        if not self.busy:  # a restore cannot be stopped half way
            super().reject()


def offer_restore(parent: QWidget | None, target: Path, reason: str = "") -> bool:
    """Show the backups of `target`; True when one was put back."""
    dialog = RestoreDialog(target, with_losses(list_backups(target), target), reason, parent)
    return bool(dialog.exec()) and dialog.restored_from is not None
