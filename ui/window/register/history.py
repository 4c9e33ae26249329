"""The change log of an action in words, for the Historik tab: what, from what, to what."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.actions import FIELD_LABELS
from models.codes import Area, Assessment, Factor, Status
from models.entities import ChangeLogEntry
from ui.window.i18n import field_label, label

CODE_FIELDS = {"status": Status, "assessment": Assessment, "factors": Factor, "areas": Area}


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
            what = tr("Kommentar: {field}").format(field=what.lower())
        elif entry.entity == "milestone":
            what = tr("Milstolpe: {field}").format(field=what.lower())
        return what, _code_text(entry.field, entry.old_value), _code_text(entry.field, entry.new_value)
    created, removed = _ENTITY_WORDS.get(entry.entity, (entry.entity, entry.entity))
    if entry.operation == "create":
        return tr(created), "", entry.new_value or ""
    return tr(removed), entry.old_value or "", ""
