"""The detail panel's Milstolpar and Kommentarer tabs: lists with their buttons and dialogs.

Each change goes through the panel's undo context (one command, saved at once); a failure
shows in the panel's banner.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import InsiktError
from models.steps import (
    AddComment,
    AddMilestone,
    DeleteMilestone,
    EditMilestone,
    MarkMilestoneDone,
    Step,
)
from ui.window.i18n import date_text, label
from ui.window.register.dialogs import CommentDialog, MilestoneDialog

if TYPE_CHECKING:
    from ui.window.register.form import ActionForm


def tree(headers: list[str], stretch_from: int | None = None) -> QTreeWidget:
    """A flat list with columns; the last ones stretch and wrap within the panel."""
    stretch_from = len(headers) - 1 if stretch_from is None else stretch_from
    widget = QTreeWidget()
    widget.setHeaderLabels(headers)
    widget.setRootIsDecorated(False)
    widget.setAlternatingRowColors(True)
    widget.setUniformRowHeights(False)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = widget.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for col in range(stretch_from, len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    return widget


def list_page(page: QWidget, view: QWidget, buttons: tuple[QPushButton, ...]) -> None:
    layout = QVBoxLayout(page)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addWidget(view, 1)


def run(form: ActionForm, text: str, step: Step) -> None:
    """Take a milestone's or comment's step; an error shows in the form's banner."""
    def not_saved(exc: InsiktError) -> None:
        form.banner.show_message("error", form.tr("Inte sparat: {reason}").format(
            reason=exc.message))

    try:
        form.ctx.push(text, step, failed=not_saved)
    except InsiktError as exc:
        not_saved(exc)


MilestoneRow = tuple[int, Any, str, str, bool, Any]  # id, date, time, text, done, done date


def done_text(done: bool, when: dt.date | None) -> str:
    """A done milestone as the lists show it: ✓ and the day."""
    return f"✓ {date_text(when)}".strip() if done else ""


class MilestonesTab(QWidget):
    def __init__(self, form: ActionForm) -> None:
        super().__init__()
        self.form = form
        self.milestones: list[MilestoneRow] = []
        self.list = tree(
            [self.tr("Datum"), self.tr("Tid"), self.tr("Avklarad"), self.tr("Milstolpe")]
        )
        self.list.itemDoubleClicked.connect(lambda *_: self.edit())
        self.list.itemSelectionChanged.connect(self._show_done_button)
        self.add_button = QPushButton(self.tr("Ny milstolpe…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Ändra…"))
        self.edit_button.clicked.connect(self.edit)
        self.done_button = QPushButton(self.tr("Markera avklarad"))
        self.done_button.setToolTip(self.tr("Mellanslag i listan gör samma sak"))
        self.done_button.clicked.connect(self.toggle_done)
        # The keyboard's way: Space on the chosen milestone.
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.list)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self.toggle_done)
        self.remove_button = QPushButton(self.tr("Ta bort"))
        self.remove_button.clicked.connect(self.remove)
        list_page(self, self.list, (self.add_button, self.edit_button, self.done_button,
                                    self.remove_button))

    def set_enabled(self, enabled: bool) -> None:
        for button in (self.add_button, self.edit_button, self.done_button, self.remove_button):
            button.setEnabled(enabled)

    def show_items(self, milestones: list[MilestoneRow]) -> str:
        """Fill the list; returns the tab's title with the count."""
        chosen = self._selected()
        self.milestones = milestones
        self.list.clear()
        for ident, when, span, text, done, done_date in milestones:
            item = QTreeWidgetItem([date_text(when), span, done_text(done, done_date), text])
            item.setData(0, Qt.ItemDataRole.UserRole, ident)
            self.list.addTopLevelItem(item)
            if chosen is not None and chosen[0] == ident:
                self.list.setCurrentItem(item)
        self._show_done_button()
        return self.tr("Milstolpar ({n})").format(n=len(milestones))

    def _show_done_button(self) -> None:
        chosen = self._selected()
        done = chosen is not None and bool(chosen[1]["done"])
        self.done_button.setText(
            self.tr("Markera ej avklarad") if done else self.tr("Markera avklarad")
        )

    def toggle_done(self) -> None:
        """The chosen milestone done today, or not done any more."""
        form = self.form
        chosen = self._selected()
        if chosen is None or form.read_only:
            return
        ident, values = chosen
        before = (bool(values["done"]), values["done_date"])
        after = (False, None) if before[0] else (True, dt.date.today())
        text = (self.tr("ej avklarad milstolpe på {title}") if before[0]
                else self.tr("avklarad milstolpe på {title}"))
        run(form, text.format(title=self._title()),
            MarkMilestoneDone(form.current_ref(), form.ctx.refs.milestone_ref(ident),
                              before, after))

    def _title(self) -> str:
        return str(self.form.loaded["title"])

    def add(self) -> MilestoneDialog | None:
        form = self.form
        if form.action_id is None or form.read_only:
            return None
        dialog = MilestoneDialog(form)
        dialog.accepted.connect(lambda: run(
            form, self.tr("ny milstolpe på {title}").format(title=self._title()),
            AddMilestone(form.ctx.refs, form.current_ref(), dialog.values()),
        ))
        dialog.open()
        return dialog

    def _selected(self) -> tuple[int, dict[str, Any]] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        ident = item.data(0, Qt.ItemDataRole.UserRole)
        for m_id, when, span, text, done, done_date in self.milestones:
            if m_id == ident:
                return m_id, {"date": when, "time_span": span, "text": text, "done": done,
                              "done_date": done_date}
        return None

    def edit(self) -> MilestoneDialog | None:
        form = self.form
        chosen = self._selected()
        if chosen is None or form.read_only:
            return None
        ident, before = chosen
        dialog = MilestoneDialog(form, before)
        dialog.accepted.connect(lambda: run(
            form, self.tr("ändra milstolpe på {title}").format(title=self._title()),
            EditMilestone(form.current_ref(), form.ctx.refs.milestone_ref(ident), before,
                          dialog.values()),
        ))
        dialog.open()
        return dialog

    def remove(self) -> None:
        form = self.form
        chosen = self._selected()
        if chosen is None or form.read_only:
            return
        ident, values = chosen
        run(
            form, self.tr("ta bort milstolpe på {title}").format(title=self._title()),
            DeleteMilestone(form.ctx.refs, form.current_ref(),
                            form.ctx.refs.milestone_ref(ident), values),
        )


class CommentsTab(QWidget):
    """Follow-up comments, newest first, read like a short report."""

    def __init__(self, form: ActionForm) -> None:
        super().__init__()
        self.form = form
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.add_button = QPushButton(self.tr("Ny kommentar…"))
        self.add_button.clicked.connect(self.add)
        list_page(self, self.view, (self.add_button,))

    def show_items(self, comments: list[tuple[Any, str, Any, int, str]]) -> str:
        parts = []
        for when, author, status, progress, text in comments:
            heading = self.tr("{date} · {author} · {status}, {progress} %").format(
                date=date_text(when), author=html.escape(author), status=label(status),
                progress=progress,
            )
            body = html.escape(text).replace("\n", "<br>")
            parts.append(f"<p><b>{heading}</b><br>{body}</p>")
        if not parts:
            parts.append("<p><i>{}</i></p>".format(html.escape(self.tr(
                "Inga kommentarer ännu. Skriv den första med ”Ny kommentar…”."))))
        self.view.setHtml("".join(parts))
        return self.tr("Kommentarer ({n})").format(n=len(comments))

    def add(self) -> CommentDialog | None:
        form = self.form
        if form.action_id is None or form.read_only:
            return None
        dialog = CommentDialog(form, form.ctx.db.user, form.loaded["status"],
                               form.loaded["progress"])
        dialog.accepted.connect(lambda: run(
            form, self.tr("ny kommentar på {title}").format(title=str(form.loaded["title"])),
            AddComment(form.current_ref(), dialog.values(), form.version),
        ))
        dialog.open()
        return dialog
