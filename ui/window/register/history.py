"""The change log of an action in words, for the Historik tab: what, from what, to what."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget

from models.action_fields import FIELDS
from models.actions import FIELD_LABELS
from models.entities import ChangeLogEntry, local_time
from ui.window.i18n import QT_TRANSLATE_NOOP, field_label, label
from ui.window.register.followup_tabs import list_page

CODE_FIELDS = {f.name: f.codes for f in FIELDS if f.codes is not None}


def value_text(field: str, value: str | None, limit: int = 0) -> str:
    """A logged value as a user reads it: codes by their names, long texts shortened."""
    text = _code_text(field, value)
    if limit and len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text


def field_of_label(label_text: str) -> str:
    """The field name behind a Swedish field label (as ConflictError reports them)."""
    return next((k for k, v in FIELD_LABELS.items() if v == label_text), label_text)


def _code_text(field: str, value: str | None) -> str:
    if value in (None, ""):
        return "–"
    cls = CODE_FIELDS.get(field)
    if cls is None:
        return value
    try:
        return ", ".join(label(cls(v)) for v in value.split(","))
    except ValueError:
        return value


_ENTITY_WORDS = {
    "action": (
        QT_TRANSLATE_NOOP("ActionForm", "Åtgärden skapades"),
        QT_TRANSLATE_NOOP("ActionForm", "Åtgärden togs bort"),
    ),
    "comment": (
        QT_TRANSLATE_NOOP("ActionForm", "Ny kommentar"),
        QT_TRANSLATE_NOOP("ActionForm", "Kommentar borttagen"),
    ),
    "milestone": (
        QT_TRANSLATE_NOOP("ActionForm", "Ny milstolpe"),
        QT_TRANSLATE_NOOP("ActionForm", "Milstolpe borttagen"),
    ),
}


def describe_change(entry: ChangeLogEntry) -> tuple[str, str, str]:
    """One change log row as (what, from, to) for the Historik tab."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ActionForm", text)

    if entry.operation == "update":
        what = field_label(entry.field)
        if entry.entity == "comment":
            what = QCoreApplication.translate("ActionForm", "Kommentar: {field}").format(
                field=what.lower()
            )
        elif entry.entity == "milestone":
            what = QCoreApplication.translate("ActionForm", "Milstolpe: {field}").format(
                field=what.lower()
            )
        return what, _code_text(entry.field, entry.old_value), _code_text(entry.field, entry.new_value)
    created, removed = _ENTITY_WORDS.get(entry.entity, (entry.entity, entry.entity))
    if entry.operation == "create":
        return tr(created), "", entry.new_value or ""
    return tr(removed), entry.old_value or "", ""


class HistoryTab(QWidget):
    """The Historik tab: the action's change log, newest first."""

    def __init__(self) -> None:
        super().__init__()
        # A table, not a tree: QTableView grows a row to fit wrapped text, QTreeView does not.
        # The texts are the form's (its context in the translation), spelt out for lupdate.
        headers = [
            QCoreApplication.translate("ActionForm", "När"),
            QCoreApplication.translate("ActionForm", "Vem"),
            QCoreApplication.translate("ActionForm", "Vad"),
            QCoreApplication.translate("ActionForm", "Från"),
            QCoreApplication.translate("ActionForm", "Till"),
        ]
        self.list = QTableWidget(0, len(headers))
        self.list.setHorizontalHeaderLabels(headers)
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns = self.list.horizontalHeader()
        for col in range(len(headers)):
            columns.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents
                                         if col < 3 else QHeaderView.ResizeMode.Stretch)
        list_page(self, self.list, ())

    def show_entries(self, entries: list[ChangeLogEntry]) -> None:
        # Through the model, not setItem (see ui/window/widgets.fill_table for why).
        self.list.clearContents()
        self.list.setRowCount(len(entries))
        model = self.list.model()
        for row, entry in enumerate(entries):
            what, old, new = describe_change(entry)
            texts = [f"{local_time(entry.at):%Y-%m-%d %H:%M}", entry.user, what, old, new]
            for col, text in enumerate(texts):
                index = model.index(row, col)
                model.setData(index, text)
                model.setData(index, text, Qt.ItemDataRole.ToolTipRole)
