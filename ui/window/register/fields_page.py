"""The detail panel's "Uppgifter" tab laid out: labels above the fields, the dates side by
side with their messages below them, the fields scrolling and Spara/Avbryt below them.

The form (ui/window/register/form.py) makes the widgets; this places them. Its texts are
the form's in the translation (context "ActionForm"), spelt out in each call so that
lupdate finds them there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.window.register.field_widgets import side_by_side
from ui.window.widgets import with_error

if TYPE_CHECKING:
    from ui.window.register.form import ActionForm

translate = QCoreApplication.translate


def fields_page(form: ActionForm) -> tuple[QWidget, QScrollArea]:
    """The tab's page, and the scroll area of its fields."""

    rows = QFormLayout()
    rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # Labels above the fields: the panel stays narrow enough to leave the table room.
    rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    rows.setVerticalSpacing(4)
    rows.addRow(translate("ActionForm", "&Titel"), with_error(form.title, form.errors["title"]))
    rows.addRow(side_by_side(
        (translate("ActionForm", "&Status"), form.status, 3),
        (translate("ActionForm", "&Bedömning"), form.assessment, 2),
        (translate("ActionForm", "&Framsteg"), form.progress, 1),
    ))
    rows.addRow(side_by_side(
        (translate("ActionForm", "&Ansvarig"), form.owner, 1), (translate("ActionForm", "&Enhet"), form.unit, 1),
    ))
    dates = QGridLayout()
    for col, (text, edit) in enumerate(
        (
            (translate("ActionForm", "Start"), form.start),
            (translate("ActionForm", "Klart senast"), form.due),
            (translate("ActionForm", "Klar datum"), form.completed),
        )
    ):
        dates.addWidget(QLabel(text), 0, col)
        dates.addWidget(edit, 1, col)
        dates.setColumnStretch(col, 1)
    # The date messages under all three columns, one below the other: in a column a
    # third of the panel wide they wrapped into four cut-off lines.
    date_errors = QVBoxLayout()
    date_errors.setSpacing(2)
    for key in ("start", "due", "completed"):
        date_errors.addWidget(form.errors[key])
    dates.addLayout(date_errors, 2, 0, 1, 3)
    rows.addRow(translate("ActionForm", "Datum"), dates)
    rows.addRow(translate("ActionForm", "Servicefaktorer"), form.factors)
    rows.addRow(translate("ActionForm", "Myndighetsområden"), form.areas)
    rows.addRow(translate("ActionForm", "Beskr&ivning"), form.description)
    rows.addRow(translate("ActionForm", "Förväntad &effekt"), form.expected_effect)

    inner = QWidget()
    inner.setLayout(rows)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # Narrow panels wrap (check boxes in fewer columns) instead of scrolling sideways.
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    # Spara and Avbryt stay below the scrolling fields, always in view.
    buttons = QHBoxLayout()
    buttons.setContentsMargins(0, 4, 0, 0)
    buttons.addStretch(1)
    buttons.addWidget(form.save_button)
    buttons.addWidget(form.cancel_button)
    page = QWidget()
    page_layout = QVBoxLayout(page)
    page_layout.setContentsMargins(0, 0, 0, 4)
    page_layout.setSpacing(0)
    page_layout.addWidget(scroll, 1)
    page_layout.addWidget(form.status_comment_area)
    page_layout.addLayout(buttons)
    return page, scroll
