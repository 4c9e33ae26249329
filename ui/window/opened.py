"""The main window once its database is open: the database, the undo stack, the detail
panel and Arkiv's file work, and what reads and writes the register with them.

`MainWindow.finish_opening(db)` makes the one `Opened` of a window (before that, during the
quick start's first look, the window has none and nothing can be changed); the parts of
the program that need the database (ui/window/workspace.py) receive it. Another file
opened later (`set_database`) changes its `db`, not the object.

Its texts are the main window's in the translation (context "MainWindow"), spelt out in
each call so that lupdate finds them there.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from models import actions, people, settings, tracking
from models.db import Database
from models.errors import InsiktError
from models.register import register_rows
from models.steps import DeleteAction
from ui.window import messages
from ui.window.files.file_actions import FileActions
from ui.window.register.form import ActionForm
from ui.window.register.table import ActionRow
from ui.window.undo import UndoContext

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow
    from ui.window.register.people_dialog import PeopleDialog


translate = QCoreApplication.translate


class Opened(QObject):
    """The open database in one window, and the register's reading and editing."""

    def __init__(self, window: MainWindow, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.register = window.register
        self.db = db
        self.ctx = UndoContext(db, self._command_done, self._command_failed, window)
        self.files = FileActions(self)
        self.form = ActionForm(self.ctx)
        self.people_dialog: PeopleDialog | None = None
        self._last_change = 0
        self.form.cancelled.connect(self.register.table.setFocus)
        self.register.set_form(self.form)
        self.register.editing = self.form.is_dirty
        self.register.row_chosen.connect(self._row_chosen)
        self.register.row_activated.connect(self.edit_selected)
        # One undo stack per tab: Ångra acts on the current tab's own steps only.
        self._stacks: list[tuple[QWidget, UndoContext]] = []
        self.add_undo_stack(self.register, self.ctx)
        window.tabs.currentChanged.connect(self.update_undo_texts)
        # A tab's stack, going with its view as the window closes, still says it changed.
        self._closing = False
        window.tabs.destroyed.connect(self._tabs_gone)

    def start(self) -> None:
        """Show the database: the window's title, the rows, what is late."""
        self.update_undo_texts()
        self._database_opened(first=True)

    # --- the database ------------------------------------------------------------------
    def _database_opened(self, first: bool = False) -> None:
        ro = self.db.read_only
        self.window.show_title(self.db.name, ro, str(self.db.path or self.db.name))
        self.window.set_editing_enabled(not ro)
        self.form.set_read_only(ro)
        self.form.show_nothing()
        self.refresh()
        self.register.point_out_deadlines()
        if self.db.notices:  # what the opening put right (WAL mode, a bad setting): said once
            self.window.message_banner.show_message("info", "\n".join(self.db.notices))
        if self.db.path is not None:
            self.window.settings.last_database = str(self.db.path)
            self.window.settings.add_recent(str(self.db.path))
        if not first:
            self.window.database_changed.emit(self.db)
            self.window.data_changed.emit()

    def set_database(self, db: Database) -> None:
        """Switch to another open database (the old one is closed)."""
        if not self.save_typing():
            db.dispose()
            return
        old = self.db
        self.db = db
        self.ctx.switch(db)
        self.register.clear_filters()
        self.update_undo_texts()
        self._database_opened()
        old.dispose()

    def open_path(self, path: str, create: bool = False) -> None:
        """Open (or create) the database at `path` in this window."""
        self.files.open_path(path, create)

    # --- reading -------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Read the actions again (one short read) and keep the selection."""
        register = self.register
        keep = select_id if select_id is not None else self.form.action_id
        register.today = dt.date.today()
        try:
            with self.db.read() as session:
                register.due_soon_days = settings.load(session).due_soon_days
                rows = [ActionRow.of(a, register.today, register.due_soon_days)
                        for a in register_rows(session)]
                names = [p.name for p in people.list_people(session)]
                units = [u.name for u in people.list_units(session)]
                self._last_change = actions.last_change_id(session)
        except InsiktError as exc:
            register.message_banner.show_message("error", exc.message)
            return
        self.form.set_choices(names, units)
        register.show_rows(rows, names, units, keep)

    def poll(self, force: bool = False) -> None:
        """Show what other copies of the program saved (runs every few seconds)."""
        try:
            with self.db.read() as session:
                last = actions.last_change_id(session)
                if last == self._last_change and not force:
                    return
                entries = tracking.changes_after(session, self._last_change)
        except InsiktError:
            return  # busy for a moment: the next round tries again
        others = [e for e in entries if e.user != self.db.user or e.action_id is not None]
        mine_open = self.form.action_id
        self.refresh()
        if mine_open is not None and any(e.action_id == mine_open for e in entries):
            if self.register.model.row_of(mine_open) >= 0:
                who = next((e.user for e in reversed(entries) if e.action_id == mine_open), "")
                self.form.conflicts.changed_elsewhere(who)
            elif not self.form.is_dirty():
                self.form.show_nothing()
        if others:
            users = sorted({e.user for e in others})
            told = translate("MainWindow", "Uppdaterat med ändringar av {who}")
            self.window.statusBar().showMessage(told.format(who=", ".join(users)), 8000)
        self.register.point_out_deadlines()
        self.window.data_changed.emit()

    def data_written(self) -> None:
        """Something outside the register wrote to the database (an import): read again
        and tell the other views."""
        self.refresh()
        self.window.data_changed.emit()

    # --- selection and editing -------------------------------------------------------------
    def _row_chosen(self, target: ActionRow | None) -> None:
        form = self.form
        if target is not None and target.id == form.action_id and not form.is_new:
            return
        if form.is_dirty():
            # Saving reloads the table, which must not happen inside the selection model's
            # own signal: the switch is finished once the event loop is back.
            back = form.action_id
            target_id = target.id if target else None
            QTimer.singleShot(0, lambda: self._switch_after_save(back, target_id))
            return
        self._show_row(target)

    def _switch_after_save(self, back: int | None, target_id: int | None) -> None:
        if not self.save_typing():
            self.register.select(back)
            return
        model = self.register.model
        index = model.row_of(target_id) if target_id is not None else -1
        self._show_row(model.row_at(index) if index >= 0 else None)

    def _show_row(self, target: ActionRow | None) -> None:
        self.register.select(target.id if target else None)
        if target is None:
            if not self.form.is_new:
                self.form.show_nothing()
        else:
            self._load_form(target.id)

    def _load_form(self, action_id: int) -> None:
        try:
            self.form.load(action_id)
        except InsiktError as exc:
            self.register.message_banner.show_message("error", exc.message)

    def open_action(self, action_id: int) -> bool:
        """Show one action (a link on Läget): its row selected, its panel loaded; the
        filters cleared when they hide it. False when it is not there (or typing in the
        panel could not be saved)."""
        if not self.save_typing():
            return False
        if not self.register.select(action_id):
            self.register.clear_filters()
            if not self.register.select(action_id):
                return False
        self._load_form(action_id)
        return True

    def edit_selected(self) -> None:
        row = self.register.selected_row()
        if row is None or self.db.read_only:
            return
        if self.form.action_id != row.id:
            self._load_form(row.id)
        self.form.focus_title()

    def create_action(self) -> None:
        if self.db.read_only:
            return
        if not self.save_typing():
            return
        self.register.select(None)
        self.form.new_action()

    def delete_selected(self) -> None:
        row = self.register.selected_row()
        if row is None or self.db.read_only:
            return
        question = translate("MainWindow", "Ta bort åtgärden ”{title}” med dess milstolpar "
                             "och kommentarer? Det går att ångra med Ctrl+Z.").format(title=row.title)
        if not messages.ask(self.window, translate("MainWindow", "Ta bort åtgärd"), question,
                            translate("MainWindow", "Ta bort")):
            return
        step = DeleteAction(self.ctx.refs, self.ctx.refs.ref(row.id, row.version), row.version)

        def not_deleted(exc: InsiktError) -> None:
            text = translate("MainWindow", "Inte borttagen: {reason}")
            self.register.message_banner.show_message("error", text.format(reason=exc.message))

        try:
            self.ctx.push(translate("MainWindow", "ta bort {title}").format(title=row.title),
                          step, failed=not_deleted)
        except InsiktError as exc:
            not_deleted(exc)

    def manage_people(self) -> None:
        from ui.window.register.people_dialog import PeopleDialog

        if not self.save_typing():
            return
        dialog = PeopleDialog(self.ctx, self.window)
        dialog.open()
        self.people_dialog = dialog

    def save_typing(self) -> bool:
        """Before another step: what the user typed in the panel is saved. False when it
        could not be (the panel says why and keeps it)."""
        return not self.form.is_dirty() or self.form.save()

    # --- undo ---------------------------------------------------------------------------
    def add_undo_stack(self, view: QWidget, ctx: UndoContext) -> None:
        """The undo stack of a tab (its view): Ångra and Gör om use it while it is shown."""
        self._stacks.append((view, ctx))
        ctx.stack.indexChanged.connect(self.update_undo_texts)

    def current_undo(self) -> UndoContext | None:
        """The current tab's undo stack; None for a tab that changes nothing."""
        shown = self.window.tabs.currentWidget()
        return next((ctx for view, ctx in self._stacks if view is shown), None)

    def undo(self) -> None:
        ctx = self.current_undo()
        if ctx is not None and (ctx is not self.ctx or self.save_typing()):
            ctx.undo()

    def redo(self) -> None:
        ctx = self.current_undo()
        if ctx is not None and (ctx is not self.ctx or self.save_typing()):
            ctx.redo()

    def _tabs_gone(self) -> None:
        self._closing = True

    def update_undo_texts(self) -> None:
        if self._closing:
            return
        ctx = self.current_undo()
        self.window.show_undo_texts(ctx.stack if ctx is not None else None)

    def _command_done(self, action_id: int | None) -> None:
        """After a step of the undo stack: read again, show the action it was about."""
        self.register.message_banner.clear()
        # A step on the lists of people and units concerns no action: keep the one shown.
        target = action_id if action_id is not None else self.form.action_id
        self.refresh(select_id=target)
        if target is not None and self.register.model.row_of(target) >= 0:
            self.register.select(target)
            self.form.load(target)
        elif not self.form.is_new:
            self.form.show_nothing()
        self.register.point_out_deadlines()
        self.update_undo_texts()
        self.window.data_changed.emit()

    def _command_failed(self, what: str, exc: InsiktError) -> None:
        text = translate("MainWindow", "”{what}” kunde inte göras: {reason}")
        self.register.message_banner.show_message(
            "error", text.format(what=what, reason=exc.message))
        self.refresh()
        QTimer.singleShot(0, self.update_undo_texts)
