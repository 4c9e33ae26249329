"""The detail panel: one action's fields, milestones, follow-up comments and history.

The fields are always editable (unless the database is read-only). Ctrl+Enter saves from
anywhere in the panel, Enter in the title too, Esc puts back what is stored. Every save is a
command on the undo stack; a save that fails keeps what the user typed and says why. A
conflict (someone else saved the action meanwhile) shows who changed what, with a choice to
load their version or to save one's own text again as a new change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import actions
from models.codes import Area, Assessment, Factor, Status
from models.entities import Action, ChangeLogEntry, local_time
from models.errors import ConflictError, InsiktError
from models.steps import ActionRef, CreateAction, EditAction
from ui.window.i18n import date_text, field_label, label
from ui.window.register.followup_tabs import CommentsTab, MilestonesTab, list_page
from ui.window.register.history import describe_change, field_of_label, value_text
from ui.window.register.table import ASSESSMENT_LOOK, STATUS_LOOK
from ui.window.undo import UndoContext
from ui.window.widgets import (
    Banner,
    date_edit,
    error_label,
    read_date,
    show_error,
    with_error,
)

FIELDS = (
    "title", "status", "assessment", "progress", "owner", "unit", "start", "due",
    "completed", "factors", "areas", "description", "expected_effect",
)


def stored_values(action: Action) -> dict[str, Any]:
    """An action's editable fields as the form compares them."""
    return {
        "title": action.title,
        "status": action.status,
        "assessment": action.assessment,
        "progress": action.progress,
        "owner": action.owner.name if action.owner else None,
        "unit": action.unit.name if action.unit else None,
        "start": action.start,
        "due": action.due,
        "completed": action.completed,
        "factors": list(action.factors),
        "areas": list(action.areas),
        "description": action.description,
        "expected_effect": action.expected_effect,
    }


EMPTY = {
    "title": "", "status": Status.EJ_PABORJAD, "assessment": None, "progress": 0,
    "owner": None, "unit": None, "start": None, "due": None, "completed": None,
    "factors": [], "areas": [], "description": "", "expected_effect": "",
}


class BoxGrid(QWidget):
    """Check boxes in up to `columns` columns, fewer when the panel is too narrow for them."""

    def __init__(self, boxes: list[QCheckBox], columns: int) -> None:
        super().__init__()
        self.boxes = boxes
        self.most = columns
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        # The hints below decide the size: the layout would hold the width of every column.
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self._place(columns)

    def _width(self, columns: int) -> int:
        """The width `columns` columns need (each as wide as its widest box)."""
        widths = [0] * columns
        for i, box in enumerate(self.boxes):
            widths[i % columns] = max(widths[i % columns], box.sizeHint().width())
        return sum(widths) + (columns - 1) * self.grid.horizontalSpacing()

    def columns_for(self, width: int) -> int:
        return next((n for n in range(self.most, 1, -1) if self._width(n) <= width), 1)

    def _height(self, columns: int) -> int:
        rows = -(-len(self.boxes) // columns)
        row = max(b.sizeHint().height() for b in self.boxes)
        return rows * row + (rows - 1) * max(0, self.grid.verticalSpacing())

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        for i, box in enumerate(self.boxes):
            self.grid.addWidget(box, i // columns, i % columns)
        for col in range(self.most):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)
        self.updateGeometry()  # another height for the form

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width(1), self._height(self.columns))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width(self.most), self._height(self.columns))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place(self.columns_for(event.size().width()))


class ActionForm(QWidget):
    """The detail panel for the selected (or a new) action."""

    cancelled = Signal()
    saved = Signal(int)

    def __init__(self, ctx: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id: int | None = None
        self.version = 0
        self.loaded: dict[str, Any] = dict(EMPTY)
        self.read_only = ctx.db.read_only
        self._filling = False
        self._build()
        self.show_nothing()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.banner = Banner()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_fields(), self.tr("Uppgifter"))
        self.milestones_tab = MilestonesTab(self)
        self.comments_tab = CommentsTab(self)
        self.tabs.addTab(self.milestones_tab, self.tr("Milstolpar"))
        self.tabs.addTab(self.comments_tab, self.tr("Kommentarer"))
        # Short names for the lists and buttons (the window and the tests use them).
        self.milestone_list = self.milestones_tab.list
        self.remove_milestone_button = self.milestones_tab.remove_button
        self.comment_list = self.comments_tab.view
        self.add_comment_button = self.comments_tab.add_button
        self.add_milestone = self.milestones_tab.add
        self.edit_milestone = self.milestones_tab.edit
        self.remove_milestone = self.milestones_tab.remove
        self.add_comment = self.comments_tab.add
        self.tabs.addTab(self._build_history(), self.tr("Historik"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)

    def _build_fields(self) -> QWidget:
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("Vad ska göras? (t.ex. Telefontider)"))
        self.title.returnPressed.connect(self.save)
        self.status = QComboBox()
        for code in Status:
            self.status.addItem(f"{STATUS_LOOK[code][0]} {label(code)}", code)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.status_comment = QPlainTextEdit()
        self.status_comment.setTabChangesFocus(True)
        self.status_comment.setPlaceholderText(
            self.tr("Kommentar till statusbytet (sparas som uppföljning)")
        )
        self.status_comment.setFixedHeight(60)
        self.status_comment_label = QLabel(self.tr("Kommentar"))
        self.assessment = QComboBox()
        self.assessment.addItem(self.tr("– ingen –"), None)
        for code in Assessment:
            self.assessment.addItem(f"{ASSESSMENT_LOOK[code][0]} {label(code)}", code)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.owner = self._name_combo(self.tr("Välj eller skriv ett nytt namn"))
        self.unit = self._name_combo(self.tr("Välj eller skriv en ny enhet"))
        self.start = date_edit()
        self.due = date_edit()
        self.completed = date_edit()
        self.factor_boxes = {f: QCheckBox(label(f)) for f in Factor}
        self.area_boxes = {a: QCheckBox(label(a)) for a in Area}
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        # Three and two lines: with the tabs and a banner the panel still fits 1366×768.
        self.description.setFixedHeight(self._text_height(3))
        self.expected_effect = QPlainTextEdit()
        self.expected_effect.setTabChangesFocus(True)
        self.expected_effect.setFixedHeight(self._text_height(2))
        self.save_button = QPushButton(self.tr("Spara (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Avbryt (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)

        self.errors = {name: error_label() for name in ("title", "start", "due", "completed")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above the fields: the panel stays narrow enough to leave the table room.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("&Titel"), with_error(self.title, self.errors["title"]))
        form.addRow(self._side_by_side(
            (self.tr("&Status"), self.status, 3),
            (self.tr("&Bedömning"), self.assessment, 2),
            (self.tr("&Framsteg"), self.progress, 1),
        ))
        form.addRow(self.status_comment_label, self.status_comment)
        form.addRow(self._side_by_side(
            (self.tr("&Ansvarig"), self.owner, 1), (self.tr("&Enhet"), self.unit, 1),
        ))
        dates = QGridLayout()
        for col, (text, edit) in enumerate(
            (
                (self.tr("Start"), self.start),
                (self.tr("Klart senast"), self.due),
                (self.tr("Klar datum"), self.completed),
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
            date_errors.addWidget(self.errors[key])
        dates.addLayout(date_errors, 2, 0, 1, 3)
        form.addRow(self.tr("Datum"), dates)
        form.addRow(self.tr("Servicefaktorer"), BoxGrid(list(self.factor_boxes.values()), 3))
        form.addRow(self.tr("Myndighetsområden"), BoxGrid(list(self.area_boxes.values()), 2))
        form.addRow(self.tr("Beskr&ivning"), self.description)
        form.addRow(self.tr("Förväntad &effekt"), self.expected_effect)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Narrow panels wrap (check boxes in fewer columns) instead of scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.fields_scroll = scroll
        # Spara and Avbryt stay below the scrolling fields, always in view.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 4)
        page_layout.setSpacing(0)
        page_layout.addWidget(scroll, 1)
        page_layout.addLayout(buttons)
        order = [
            self.title, self.status, self.status_comment, self.assessment, self.progress,
            self.owner, self.unit, self.start, self.due, self.completed,
            *self.factor_boxes.values(), *self.area_boxes.values(),
            self.description, self.expected_effect, self.save_button, self.cancel_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.tab_order = order
        for signal in (
            self.title.textEdited, self.start.textEdited, self.due.textEdited,
            self.completed.textEdited, self.owner.currentTextChanged,
            self.unit.currentTextChanged,
        ):
            signal.connect(self._edited)
        return page

    def _text_height(self, lines: int) -> int:
        return lines * self.fontMetrics().lineSpacing() + 14

    @staticmethod
    def _side_by_side(*fields: tuple[str, QWidget, int]) -> QWidget:
        """Short fields in one row, each with its label above (keeps the panel short)."""
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for col, (text, widget, stretch) in enumerate(fields):
            lbl = QLabel(text)
            lbl.setBuddy(widget)
            grid.addWidget(lbl, 0, col)
            grid.addWidget(widget, 1, col)
            grid.setColumnStretch(col, stretch)
        return holder

    def _name_combo(self, placeholder: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(placeholder)
        # Sized by the panel, not by the longest name or the placeholder.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo


    def _build_history(self) -> QWidget:
        # A table, not a tree: QTableView grows a row to fit wrapped text, QTreeView does not.
        headers = [self.tr("När"), self.tr("Vem"), self.tr("Vad"), self.tr("Från"),
                   self.tr("Till")]
        self.history_list = QTableWidget(0, len(headers))
        self.history_list.setHorizontalHeaderLabels(headers)
        self.history_list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history_list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.history_list.setAlternatingRowColors(True)
        self.history_list.setWordWrap(True)
        self.history_list.verticalHeader().hide()
        self.history_list.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        columns = self.history_list.horizontalHeader()
        for col in range(len(headers)):
            columns.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents
                                         if col < 3 else QHeaderView.ResizeMode.Stretch)
        page = QWidget()
        list_page(page, self.history_list, ())
        return page

    # --- choices and modes ---------------------------------------------------------------
    def set_choices(self, people: list[str], units: list[str]) -> None:
        for combo, names in ((self.owner, people), (self.unit, units)):
            text = combo.currentText()
            self._filling, was = True, self._filling
            combo.clear()
            combo.addItem("")
            combo.addItems(names)
            combo.setCurrentText(text)
            self._filling = was

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._apply_enabled()

    def _apply_enabled(self) -> None:
        editable = not self.read_only and self.action_id is not None or (
            not self.read_only and self.is_new
        )
        for widget in (self.title, self.description, self.expected_effect, self.status_comment,
                       self.start, self.due, self.completed):
            widget.setReadOnly(not editable)
        for widget in (self.status, self.assessment, self.progress, self.owner, self.unit,
                       *self.factor_boxes.values(), *self.area_boxes.values()):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.cancel_button.setVisible(editable)
        has_action = self.action_id is not None and not self.read_only
        self.milestones_tab.set_enabled(has_action)
        self.add_comment_button.setEnabled(has_action)

    @property
    def is_new(self) -> bool:
        return getattr(self, "_new", False)

    def show_nothing(self) -> None:
        self.action_id = None
        self._new = False
        self.heading.setText(self.tr("Ingen åtgärd vald"))
        self._fill(EMPTY)
        self.milestone_list.clear()
        self.comment_list.clear()
        self.history_list.setRowCount(0)
        self.banner.clear()
        self._apply_enabled()

    def new_action(self) -> None:
        """An empty form for a new action, the cursor in the title."""
        self.action_id = None
        self._new = True
        self.version = 0
        self.loaded = dict(EMPTY)
        self.heading.setText(self.tr("Ny åtgärd"))
        self._fill(EMPTY)
        self.milestone_list.clear()
        self.comment_list.clear()
        self.history_list.setRowCount(0)
        self.banner.clear()
        self._apply_enabled()
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()

    def load(self, action_id: int, keep_banner: bool = False) -> None:
        """Show the stored action (and forget unsaved typing in the panel)."""
        with self.ctx.db.read() as session:
            action = actions.get_action(session, action_id, full=True)
            values = stored_values(action)
            milestones = [(m.id, m.date, m.time_span, m.text) for m in action.milestones]
            comments = [
                (c.date, c.author, c.status, c.progress, c.text) for c in action.comments
            ]
            history = actions.history(session, action_id)
            self.version = action.version
        self.action_id = action_id
        self._new = False
        self.loaded = values
        self.heading.setText(values["title"])
        self._fill(values)
        self.tabs.setTabText(1, self.milestones_tab.show_items(milestones))
        self.tabs.setTabText(2, self.comments_tab.show_items(comments))
        self._fill_history(history)
        if not keep_banner:
            self.banner.clear()
        self._apply_enabled()

    def focus_title(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()
        self.title.selectAll()

    # --- reading and writing the fields ----------------------------------------------------
    def _fill(self, values: dict[str, Any]) -> None:
        self._filling = True
        self.title.setText(values["title"])
        self.status.setCurrentIndex(list(Status).index(values["status"]))
        self.assessment.setCurrentIndex(
            0 if values["assessment"] is None else 1 + list(Assessment).index(values["assessment"])
        )
        self.progress.setValue(values["progress"])
        self.owner.setCurrentText(values["owner"] or "")
        self.unit.setCurrentText(values["unit"] or "")
        self.start.setText(date_text(values["start"]))
        self.due.setText(date_text(values["due"]))
        self.completed.setText(date_text(values["completed"]))
        for code, box in self.factor_boxes.items():
            box.setChecked(code in values["factors"])
        for code, box in self.area_boxes.items():
            box.setChecked(code in values["areas"])
        self.description.setPlainText(values["description"])
        self.expected_effect.setPlainText(values["expected_effect"])
        self.status_comment.clear()
        self._filling = False
        self._show_status_comment()
        for lbl in self.errors.values():
            show_error(lbl, "")

    def _status_changed(self) -> None:
        if self._filling:
            return
        status = self.status.currentData()
        if status == Status.KLAR and not self.completed.text().strip():
            self.completed.setText(dt.date.today().isoformat())
        elif status != Status.KLAR:
            self.completed.clear()
        if status == Status.KLAR and self.progress.value() < 100:
            self.progress.setValue(100)
        self._show_status_comment()

    def _show_status_comment(self) -> None:
        changed = self.action_id is not None and self.status.currentData() != self.loaded["status"]
        self.status_comment.setVisible(changed)
        self.status_comment_label.setVisible(changed)

    def _edited(self) -> None:
        if not self._filling:
            for lbl in self.errors.values():
                if lbl.isVisible():
                    show_error(lbl, "")

    def values(self) -> dict[str, Any] | None:
        """The fields as values, or None after showing what is wrong next to each field."""
        for lbl in self.errors.values():
            show_error(lbl, "")
        ok = True
        title = " ".join(self.title.text().split())
        if not title:
            show_error(self.errors["title"], self.tr("Titel: en åtgärd måste ha en titel."))
            ok = False
        dates = {}
        for key, edit, what in (
            ("start", self.start, self.tr("Start")),
            ("due", self.due, self.tr("Klart senast")),
            ("completed", self.completed, self.tr("Klar datum")),
        ):
            good, dates[key] = read_date(edit, self.errors[key], what)
            ok = ok and good
        start, due, completed = dates["start"], dates["due"], dates["completed"]
        if start and due and due < start:
            show_error(self.errors["due"], self.tr(
                "Klart senast: {due} ligger före start {start}."
            ).format(due=due.isoformat(), start=start.isoformat()))
            ok = False
        if start and completed and completed < start:
            show_error(self.errors["completed"], self.tr(
                "Klar datum: {done} ligger före start {start}."
            ).format(done=completed.isoformat(), start=start.isoformat()))
            ok = False
        status = self.status.currentData()
        if completed and status != Status.KLAR:
            show_error(self.errors["completed"], self.tr(
                "Klar datum: anges bara när status är Klar."
            ))
            ok = False
        if not 0 <= self.progress.value() <= 100:
            ok = False
        if not ok:
            self.tabs.setCurrentIndex(0)
            return None
        return {
            "title": title,
            "status": status,
            "assessment": self.assessment.currentData(),
            "progress": self.progress.value(),
            "owner": " ".join(self.owner.currentText().split()) or None,
            "unit": " ".join(self.unit.currentText().split()) or None,
            "start": start,
            "due": due,
            "completed": completed if status == Status.KLAR else None,
            "factors": [f for f, box in self.factor_boxes.items() if box.isChecked()],
            "areas": [a for a, box in self.area_boxes.items() if box.isChecked()],
            "description": self.description.toPlainText().strip(),
            "expected_effect": self.expected_effect.toPlainText().strip(),
        }

    def is_dirty(self) -> bool:
        if self.read_only or (self.action_id is None and not self.is_new):
            return False
        if self.status_comment.toPlainText().strip():
            return True
        current = self._raw_values()
        return any(_comparable(current[k]) != _comparable(self.loaded[k]) for k in current)

    def _raw_values(self) -> dict[str, Any]:
        return {
            "title": " ".join(self.title.text().split()),
            "status": self.status.currentData(),
            "assessment": self.assessment.currentData(),
            "progress": self.progress.value(),
            "owner": " ".join(self.owner.currentText().split()),
            "unit": " ".join(self.unit.currentText().split()),
            "start": self.start.text().strip(),
            "due": self.due.text().strip(),
            "completed": self.completed.text().strip(),
            "factors": [f for f, box in self.factor_boxes.items() if box.isChecked()],
            "areas": [a for a, box in self.area_boxes.items() if box.isChecked()],
            "description": self.description.toPlainText().strip(),
            "expected_effect": self.expected_effect.toPlainText().strip(),
        }

    # --- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what the panel shows. True when saved (or nothing to save)."""
        if self.read_only or (self.action_id is None and not self.is_new):
            return True
        after = self.values()
        if after is None:
            return False
        try:
            if self.is_new:
                self._create(after)
            else:
                self._update(after)
        except ConflictError as exc:
            self._show_conflict(exc)
            return False
        except InsiktError as exc:
            self.banner.show_message("error", self.tr(
                "Inte sparat: {reason}\nDet du skrev finns kvar i formuläret."
            ).format(reason=exc.message))
            return False
        return True

    def _create(self, after: dict[str, Any]) -> None:
        fields = {k: v for k, v in after.items() if v not in (None, "", [])}
        if after["status"] != Status.KLAR:
            fields.pop("completed", None)
        step = CreateAction(self.ctx.refs, fields)
        self.ctx.push(self.tr("ny åtgärd {title}").format(title=after["title"]), step)
        assert step.ref is not None
        self._new = False
        self.saved.emit(step.ref.id)

    def _update(self, after: dict[str, Any]) -> None:
        assert self.action_id is not None
        changed = [k for k in FIELDS if _comparable(after[k]) != _comparable(self.loaded[k])]
        if "status" in changed or "completed" in changed:
            changed = [*dict.fromkeys([*changed, "status", "completed"])]
        note = self.status_comment.toPlainText().strip()
        if not changed and not note:
            return
        comment = (
            {"text": note, "author": self.ctx.db.user, "date": dt.date.today()} if note else None
        )
        title = after["title"]
        if not changed:
            text = self.tr("ny kommentar på {title}").format(title=title)
        elif changed == ["status", "completed"] or len(changed) == 1:
            name = "status" if "status" in changed else changed[0]
            text = self.tr("ändra {field} på {title}").format(
                field=field_label(name).lower(), title=title
            )
        else:
            text = self.tr("ändra {title}").format(title=title)
        if "status" in changed:
            # Becoming klar sets 100 % unless progress is given in the same step, so the
            # step carries the progress too: its undo then gives the old progress back.
            changed = [*dict.fromkeys([*changed, "progress"])]
        step = EditAction(
            self.ctx.refs.ref(self.action_id, self.version),
            {k: self.loaded[k] for k in changed}, {k: after[k] for k in changed},
            self.version, comment,
        )
        self.ctx.push(text, step)
        self.saved.emit(self.action_id)

    def cancel(self) -> None:
        """Esc: forget the typing; a new action is dropped."""
        if self.is_new:
            self._new = False
            self.show_nothing()
            self.cancelled.emit()
        elif self.action_id is not None:
            self.load(self.action_id)

    # --- conflicts and changes by others ---------------------------------------------------------
    def _show_conflict(self, exc: ConflictError) -> None:
        lines = [exc.message]
        for what, old, new in exc.changes:
            name = field_of_label(what)
            lines.append(f"• {field_label(name)}: {value_text(name, old, 60)} → "
                         f"{value_text(name, new, 60)}")
        reload_button = QPushButton(self.tr("Läs in deras version"))
        reload_button.clicked.connect(lambda: self.load(exc.action_id))
        keep_button = QPushButton(self.tr("Spara min text som ny ändring"))
        keep_button.clicked.connect(self.keep_mine)
        self.banner.show_message(
            "warning", "\n".join(lines), (reload_button, keep_button), below=True
        )

    def keep_mine(self) -> None:
        """After a conflict: the stored action becomes the starting point, the typing stays."""
        if self.action_id is None:
            return
        mine = self.values()
        if mine is None:
            return
        # Only what this user changed is applied again; the other person's changes stay.
        changed = [k for k in FIELDS if _comparable(mine[k]) != _comparable(self.loaded[k])]
        note = self.status_comment.toPlainText()
        with self.ctx.db.read() as session:
            action = actions.get_action(session, self.action_id)
            self.loaded = stored_values(action)
            self.version = action.version
            ref = self.ctx.refs.ref(self.action_id, action.version)
            ref.version = action.version
        self._fill({**self.loaded, **{k: mine[k] for k in changed}})
        self.status_comment.setPlainText(note)
        self._show_status_comment()
        self.banner.clear()
        self.save()

    def changed_elsewhere(self, by: str) -> None:
        """Someone else saved this action: reload, unless the user is typing in it."""
        if self.action_id is None:
            return
        if self.is_dirty():
            self.banner.show_message("info", self.tr(
                "{who} har ändrat åtgärden medan du skriver. När du sparar får du välja "
                "vilken version som gäller."
            ).format(who=by or self.tr("Någon annan")))
        else:
            self.load(self.action_id)

    def current_ref(self) -> ActionRef:
        """The shared reference to the shown action for undo commands."""
        assert self.action_id is not None
        return self.ctx.refs.ref(self.action_id, self.version)

    def _fill_history(self, entries: list[ChangeLogEntry]) -> None:
        self.history_list.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what, old, new = describe_change(entry)
            texts = [f"{local_time(entry.at):%Y-%m-%d %H:%M}", entry.user, what, old, new]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history_list.setItem(row, col, item)

def _comparable(value: Any) -> Any:
    """Stored and typed values in one shape (dates as text, no None) for comparison."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _shown(value: str | None) -> str:
    return "–" if value in (None, "") else str(value)
