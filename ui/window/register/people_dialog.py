"""A small dialog for the lists of people and units: add, rename, remove when unused."""

from __future__ import annotations

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

from models import people
from models.errors import InsiktError
from models.steps import AddName, NameKind, RemoveName, RenameName, Step
from ui.window.undo import UndoContext
from ui.window.widgets import error_label, show_error


class NameList(QWidget):
    """One list (people or units) with a name field and its buttons.

    Every change is an undoable step on the window's undo stack (models/steps.py).
    """

    def __init__(self, ctx: UndoContext, kind: NameKind) -> None:
        super().__init__()
        self.ctx, self.kind = ctx, kind
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
            button.setEnabled(not ctx.db.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.done)
        self.reload()

    # --- the list -------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        listed = people.list_people if self.kind == "person" else people.list_units
        with self.ctx.db.read() as session:
            names = [obj.name for obj in listed(session)]
        self.list.clear()
        for name in names:
            item = QListWidgetItem(name)
            self.list.addItem(item)
            if name == select:
                self.list.setCurrentItem(item)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.name.setText(item.text())
        show_error(self.error, "")

    def _push(self, text: str, step: Step, message: str, select: str | None) -> None:
        show_error(self.error, "")

        def landed() -> None:
            self.done.setText(message)
            self.reload(select)

        def not_saved(exc: InsiktError) -> None:
            show_error(self.error, exc.message)

        try:
            self.ctx.push(text, step, landed, not_saved)
        except InsiktError as exc:
            not_saved(exc)

    def _current(self) -> str | None:
        item = self.list.currentItem()
        if item is None:
            show_error(self.error, self.tr("Välj först ett namn i listan."))
            return None
        return item.text()

    def add(self) -> None:
        name = " ".join(self.name.text().split())
        if name.casefold() in (n.casefold() for n in self.names()):
            show_error(self.error, self.tr("”{name}” finns redan i listan.").format(name=name))
            return
        self._push(
            self.tr("lägg till {name}").format(name=name), AddName(self.kind, name),
            self.tr("”{name}” lades till.").format(name=name), name,
        )

    def rename(self) -> None:
        old = self._current()
        if old is None:
            return
        new = " ".join(self.name.text().split())
        self._push(
            self.tr("byt namn på {old} till {new}").format(old=old, new=new),
            RenameName(self.kind, old, new),
            self.tr("”{old}” heter nu ”{new}”.").format(old=old, new=new), new,
        )

    def remove(self) -> None:
        name = self._current()
        if name is None:
            return
        self._push(
            self.tr("ta bort {name}").format(name=name), RemoveName(self.kind, name),
            self.tr("”{name}” togs bort.").format(name=name), None,
        )


class PeopleDialog(QDialog):
    def __init__(self, ctx: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personer och enheter"))
        self.people = NameList(ctx, "person")
        self.units = NameList(ctx, "unit")
        tabs = QTabWidget()
        tabs.addTab(self.people, self.tr("Personer"))
        tabs.addTab(self.units, self.tr("Enheter"))
        note = QLabel(self.tr("Ett namn som används av en åtgärd kan bytas men inte tas bort. "
                              "Ändringar går att ångra med Ctrl+Z."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(420, 460)
