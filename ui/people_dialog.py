"""A small dialog for the lists of people and units: add, rename, remove when unused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import people
from models.db import Database
from models.errors import InsiktError
from ui.action_dialogs import error_label, show_error


class NameList(QWidget):
    """One list (people or units) with a name field and its buttons."""

    def __init__(
        self,
        db: Database,
        load: Callable[[Session], list[Any]],
        add: Callable[[Session, str], Any],
        rename: Callable[[Session, int, str], Any],
        remove: Callable[[Session, int], None],
        what: str,
    ) -> None:
        super().__init__()
        self.db, self._load, self._add, self._rename, self._remove = db, load, add, rename, remove
        self.what = what
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._picked)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Namn"))
        self.add_button = QPushButton(self.tr("Lägg &till"))
        self.rename_button = QPushButton(self.tr("&Byt namn"))
        self.remove_button = QPushButton(self.tr("Ta &bort"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.error = error_label()
        self.done = QLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
            button.setEnabled(not db.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.done)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        with self.db.read() as session:
            items = [(obj.id, obj.name) for obj in self._load(session)]
        self.list.clear()
        for ident, name in items:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            self.list.addItem(item)
            if name == select:
                self.list.setCurrentItem(item)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.name.setText(item.text())
        show_error(self.error, "")

    def _write(self, step: Callable[[Session], Any], message: str, select: str | None) -> None:
        show_error(self.error, "")
        try:
            with self.db.write() as session:
                step(session)
        except InsiktError as exc:
            show_error(self.error, exc.message)
            return
        self.done.setText(message)
        self.reload(select)

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None:
            show_error(self.error, self.tr("Välj först ett namn i listan."))
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def add(self) -> None:
        name = " ".join(self.name.text().split())
        if name.casefold() in (n.casefold() for n in self.names()):
            show_error(self.error, self.tr("”{name}” finns redan i listan.").format(name=name))
            return
        self._write(lambda s: self._add(s, name), self.tr("”{name}” lades till.").format(
            name=name), name)

    def rename(self) -> None:
        ident = self._current_id()
        if ident is None:
            return
        old = self.list.currentItem().text()
        name = " ".join(self.name.text().split())
        self._write(lambda s: self._rename(s, ident, name), self.tr(
            "”{old}” heter nu ”{new}”.").format(old=old, new=name), name)

    def remove(self) -> None:
        ident = self._current_id()
        if ident is None:
            return
        name = self.list.currentItem().text()
        self._write(lambda s: self._remove(s, ident), self.tr("”{name}” togs bort.").format(
            name=name), None)


class PeopleDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personer och enheter"))
        self.people = NameList(
            db, people.list_people, lambda s, n: people.person_named(s, n),
            lambda s, i, n: people.update_person(s, i, name=n), people.remove_person,
            self.tr("Person"),
        )
        self.units = NameList(
            db, people.list_units, people.unit_named, people.rename_unit, people.remove_unit,
            self.tr("Enhet"),
        )
        tabs = QTabWidget()
        tabs.addTab(self.people, self.tr("Personer"))
        tabs.addTab(self.units, self.tr("Enheter"))
        note = QLabel(self.tr("Ett namn som används av en åtgärd kan bytas men inte tas bort."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(420, 460)
