"""Message boxes in Swedish, in one place.

With INSIKTSKOLLEN_SELFTEST=1 (the program started by a test in a subprocess) the text is
printed instead and the default answer taken, since nobody is there to click.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Meddelande", text)


def self_test() -> bool:
    return os.environ.get("INSIKTSKOLLEN_SELFTEST") == "1"


def error(parent: QWidget | None, title: str, text: str) -> None:
    if self_test():
        print(f"FEL: {title}: {text}", flush=True)
        return
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    if self_test():
        print(f"INFO: {title}: {text}", flush=True)
        return
    QMessageBox.information(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str, yes: str, default: bool = False) -> bool:
    """A yes/no question with a verb on the yes button ("Ta bort", "Skapa")."""
    if self_test():
        print(f"FRÅGA: {title}: {text}", flush=True)
        return default
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(QCoreApplication.translate("Meddelande", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button if default else no_button)
    box.exec()
    return box.clickedButton() is yes_button


def saved_results(new: int, changed: int) -> str:
    """What an import of results saved: "Sparat: 12 nya och 3 ändrade resultat."."""
    new_text = _tr("1 nytt") if new == 1 else _tr("{n} nya").format(n=new)
    changed_text = _tr("1 ändrat") if changed == 1 else _tr("{n} ändrade").format(n=changed)
    return _tr("Sparat: {new} och {changed} resultat.").format(new=new_text, changed=changed_text)


def saved_actions(new: int, changed: int) -> str:
    """What an import of actions saved: "Sparat: 2 nya åtgärder och 1 ändrad."."""
    new_text = _tr("1 ny åtgärd") if new == 1 else _tr("{n} nya åtgärder").format(n=new)
    changed_text = _tr("1 ändrad") if changed == 1 else _tr("{n} ändrade").format(n=changed)
    return _tr("Sparat: {new} och {changed}.").format(new=new_text, changed=changed_text)
