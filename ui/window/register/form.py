"""The detail panel: one action's fields, milestones, follow-up comments and history.

The fields are always editable (unless the database is read-only). Ctrl+Enter saves from
anywhere in the panel, Enter in the title too, Esc puts back what is stored. Every save is a
command on the undo stack; a save that fails keeps what the user typed and says why. A
conflict (someone else saved the action meanwhile) shows who changed what, with a choice to
load their version or to save one's own text again as a new change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import action_fields, actions
from models.action_fields import FIELDS
from models.codes import Area, Assessment, Factor, Status
from models.errors import ConflictError, InputError, InsiktError
from models.steps import ActionRef, CreateAction, EditAction, Step
from ui.window.i18n import error_text, field_label, label
from ui.window.register.conflict import Conflicts
from ui.window.register.effect_tab import EffectTab
from ui.window.register.field_widgets import (
    CodeBoxes,
    fill_input,
    name_combo,
    read_input,
    set_input_editable,
)
from ui.window.register.fields_page import fields_page
from ui.window.register.followup_tabs import CommentsTab, MilestonesTab
from ui.window.register.history import HistoryTab
from ui.window.register.table import ASSESSMENT_LOOK, STATUS_LOOK
from ui.window.undo import UndoContext
from ui.window.widgets import Banner, date_edit, error_label, show_error


class ActionForm(QWidget):
    """The detail panel for the selected (or a new) action.

    Each field's widget is named after its field in models/action_fields.py (`self.title`,
    `self.due`, `self.factors`, …): the form reads, fills and locks them through the table.
    """

    cancelled = Signal()
    saved = Signal(int)

    def __init__(self, ctx: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id: int | None = None
        self.version = 0
        self.loaded: dict[str, Any] = action_fields.empty()
        self.read_only = ctx.db.read_only
        self._filling = False
        self.saving = False  # a save waits for the database in a worker
        self.conflicts = Conflicts(self)
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
        self.history_tab = HistoryTab()
        self.history_list = self.history_tab.list
        self.tabs.addTab(self.history_tab, self.tr("Historik"))
        self.effect_tab = EffectTab(lambda: self.ctx.db)
        self.tabs.addTab(self.effect_tab, self.tr("Effekt"))
        # Every tab in sight on a narrow screen (1024×768): without scroll arrows the tab
        # bar asks for its whole width and the splitter gives it, instead of hiding Effekt.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
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
        self.title.setMaxLength(action_fields.FIELD["title"].max_length)
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
        self.status_comment_label = QLabel(self.tr("Kommentar"))
        # Shown when the status changes, in a row of its own above Spara, below the fields'
        # scroll area: the fields are laid out from the top, so none moves from under the
        # pointer (the scroll area only gets shorter at its foot).
        self.status_comment_area = QWidget()
        area = QHBoxLayout(self.status_comment_area)
        area.setContentsMargins(0, 4, 0, 0)
        area.addWidget(self.status_comment_label, 0, Qt.AlignmentFlag.AlignTop)
        area.addWidget(self.status_comment, 1)
        self.status_comment.setFixedHeight(self._text_height(2))
        self.status_comment_area.setVisible(False)
        # The progress Klar replaced with 100 %, given back when the status leaves Klar
        # again (arrowing through the list passes Klar): only the status chosen counts.
        self._progress_before_klar: int | None = None
        self.assessment = QComboBox()
        self.assessment.addItem(self.tr("– ingen –"), None)
        for assessment in Assessment:
            self.assessment.addItem(f"{ASSESSMENT_LOOK[assessment][0]} {label(assessment)}",
                                    assessment)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.owner = name_combo(self.tr("Välj eller skriv ett nytt namn"))
        self.unit = name_combo(self.tr("Välj eller skriv en ny enhet"))
        self.start = date_edit()
        self.due = date_edit()
        self.completed = date_edit()
        self.factors = CodeBoxes(Factor, 3)
        self.areas = CodeBoxes(Area, 2)
        self.factor_boxes = self.factors.by_code
        self.area_boxes = self.areas.by_code
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
        page, self.fields_scroll = fields_page(self)
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
        for widget in (*self._inputs().values(), self.status_comment):
            set_input_editable(widget, editable)
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
        self.fill(action_fields.empty())
        self.milestone_list.clear()
        self.comment_list.clear()
        self.history_list.setRowCount(0)
        self.effect_tab.show_action(None)
        self.banner.clear()
        self._apply_enabled()

    def new_action(self) -> None:
        """An empty form for a new action, the cursor in the title."""
        self.action_id = None
        self._new = True
        self.version = 0
        self.loaded = action_fields.empty()
        self.heading.setText(self.tr("Ny åtgärd"))
        self.fill(self.loaded)
        self.milestone_list.clear()
        self.comment_list.clear()
        self.history_list.setRowCount(0)
        self.effect_tab.show_action(None)
        self.banner.clear()
        self._apply_enabled()
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()

    def load(self, action_id: int, keep_banner: bool = False) -> None:
        """Show the stored action (and forget unsaved typing in the panel)."""
        with self.ctx.db.read() as session:
            action = actions.get_action(session, action_id, full=True)
            values = action_fields.stored(action)
            milestones = [(m.id, m.date, m.time_span, m.text, m.done, m.done_date)
                          for m in action.milestones]
            comments = [
                (c.date, c.author, c.status, c.progress, c.text) for c in action.comments
            ]
            history = actions.history(session, action_id)
            self.version = action.version
        self.action_id = action_id
        self._new = False
        self.loaded = values
        self.heading.setText(values["title"])
        self.fill(values)
        self.tabs.setTabText(1, self.milestones_tab.show_items(milestones))
        self.tabs.setTabText(2, self.comments_tab.show_items(comments))
        self.history_tab.show_entries(history)
        self.effect_tab.show_action(action_id)
        if not keep_banner:
            self.banner.clear()
        self._apply_enabled()

    def focus_title(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()
        self.title.selectAll()

    # --- reading and writing the fields ----------------------------------------------------
    def fill(self, values: dict[str, Any]) -> None:
        self._filling = True
        for field, widget in self._inputs().items():
            fill_input(widget, action_fields.FIELD[field], values[field])
        self.status_comment.clear()
        self._progress_before_klar = None
        self._filling = False
        self.show_status_comment()
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
            self._progress_before_klar = self.progress.value()
            self.progress.setValue(100)
        elif status != Status.KLAR and self._progress_before_klar is not None:
            if self.progress.value() == 100:  # not set by the user since
                self.progress.setValue(self._progress_before_klar)
            self._progress_before_klar = None
        self.show_status_comment()

    def show_status_comment(self) -> None:
        changed = self.action_id is not None and self.status.currentData() != self.loaded["status"]
        self.status_comment_area.setVisible(changed)

    def _edited(self) -> None:
        if not self._filling:
            for lbl in self.errors.values():
                if lbl.isVisible():
                    show_error(lbl, "")

    def values(self) -> dict[str, Any] | None:
        """The fields as values, or None after showing what is wrong next to each field.

        The models' parsers and checks decide (models/action_fields.py); each error shows
        under the field it names, the first one per field.
        """
        for lbl in self.errors.values():
            show_error(lbl, "")
        parsed, errors = action_fields.parse_each(self._typed())
        # The checks between fields over what could be read (a bad date counts as none).
        errors += action_fields.record_errors({**dict.fromkeys(action_fields.NAMES), **parsed})
        if not errors:
            return parsed
        for error in reversed(errors):
            self._show_field_error(error)
        self.tabs.setCurrentIndex(0)
        return None

    def _show_field_error(self, error: InputError) -> None:
        lbl = self.errors.get(error.field or "")
        if lbl is None:  # a field without a place for messages (not met: lists, boxes)
            self.banner.show_message("error", error_text(error))
        else:
            show_error(lbl, error_text(error))

    def changed_fields(self, values: dict[str, Any]) -> list[str]:
        """The fields whose value differs from the stored one, in the table's order."""
        return [
            f.name for f in FIELDS
            if _comparable(values[f.name]) != _comparable(self.loaded[f.name])
        ]

    def is_dirty(self) -> bool:
        if self.read_only or (self.action_id is None and not self.is_new):
            return False
        if self.status_comment.toPlainText().strip():
            return True
        typed = self._typed()
        return self.changed_fields({f.name: f.tidy(typed[f.name]) for f in FIELDS}) != []

    def _inputs(self) -> dict[str, QWidget]:
        """Each field's widget, by the field's name."""
        return {f.name: getattr(self, f.name) for f in FIELDS}

    def _typed(self) -> dict[str, Any]:
        """What each field's widget holds, as typed."""
        return {name: read_input(widget) for name, widget in self._inputs().items()}

    # --- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what the panel shows. True when saved (or nothing to save); False when it
        was not (the panel says why and keeps the typing) or the save waits for the
        database in a worker (`saving`; the status bar says so)."""
        if self.read_only or (self.action_id is None and not self.is_new):
            return True
        if self.saving:
            return False  # the last save still waits for the database
        after = self.values()
        if after is None:
            return False
        try:
            return self._create(after) if self.is_new else self._update(after)
        except InsiktError as exc:
            self._not_saved(exc)
            return False

    def _not_saved(self, exc: InsiktError) -> None:
        self.saving = False
        if isinstance(exc, ConflictError):
            self.conflicts.show(exc)
            return
        self.banner.show_message("error", self.tr(
            "Inte sparat: {reason}\nDet du skrev finns kvar i formuläret."
        ).format(reason=exc.message))

    def _push(self, text: str, step: Step, landed: Callable[[], None]) -> bool:
        def done() -> None:
            self.saving = False
            landed()

        self.saving = not self.ctx.push(text, step, done, self._not_saved)
        return not self.saving

    def _create(self, after: dict[str, Any]) -> bool:
        fields = {k: v for k, v in after.items() if v not in (None, "", [])}
        if after["status"] != Status.KLAR:
            fields.pop("completed", None)
        step = CreateAction(self.ctx.refs, fields)

        def landed() -> None:
            assert step.ref is not None
            self._new = False
            self.saved.emit(step.ref.id)

        return self._push(self.tr("ny åtgärd {title}").format(title=after["title"]), step,
                          landed)

    def _update(self, after: dict[str, Any]) -> bool:
        action_id = self.action_id
        assert action_id is not None
        changed = self.changed_fields(after)
        if "status" in changed or "completed" in changed:
            changed = [*dict.fromkeys([*changed, "status", "completed"])]
        note = self.status_comment.toPlainText().strip()
        if not changed and not note:
            return True
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
            self.ctx.refs.ref(action_id, self.version),
            {k: self.loaded[k] for k in changed}, {k: after[k] for k in changed},
            self.version, comment,
        )
        return self._push(text, step, lambda: self.saved.emit(action_id))

    def cancel(self) -> None:
        """Esc: forget the typing; a new action is dropped."""
        if self.is_new:
            self._new = False
            self.show_nothing()
            self.cancelled.emit()
        elif self.action_id is not None:
            self.load(self.action_id)

    def current_ref(self) -> ActionRef:
        """The shared reference to the shown action for undo commands."""
        assert self.action_id is not None
        return self.ctx.refs.ref(self.action_id, self.version)


def _comparable(value: Any) -> Any:
    """Stored and typed values in one shape (dates as text, no None) for comparison."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value

