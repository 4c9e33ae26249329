"""The detail panel when someone else changed the action: the conflict banner with its
choices, and the notice while the user is still typing.

A part of ActionForm (a mixin), kept apart so that the form reads in one sitting. Its texts
are translated in the form's context ("ActionForm"), where the translation file has them,
spelt out in each call so that lupdate finds them there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from models import action_fields, actions
from models.errors import ConflictError
from ui.window.i18n import field_label
from ui.window.register.history import field_of_label, value_text

if TYPE_CHECKING:
    from ui.window.register.form import ActionForm


class ConflictHandling:
    """What the form does about other people's changes to the shown action."""

    def _show_conflict(self: ActionForm, exc: ConflictError) -> None:
        lines = [exc.message]
        for what, old, new in exc.changes:
            name = field_of_label(what)
            lines.append(f"• {field_label(name)}: {value_text(name, old, 60)} → "
                         f"{value_text(name, new, 60)}")
        reload_button = QPushButton(
            QCoreApplication.translate("ActionForm", "Läs in deras version")
        )
        reload_button.clicked.connect(lambda: self.load(exc.action_id))
        keep_button = QPushButton(
            QCoreApplication.translate("ActionForm", "Spara min text som ny ändring")
        )
        keep_button.clicked.connect(self.keep_mine)
        self.banner.show_message(
            "warning", "\n".join(lines), (reload_button, keep_button), below=True
        )

    def keep_mine(self: ActionForm) -> None:
        """After a conflict: the stored action becomes the starting point, the typing stays."""
        if self.action_id is None:
            return
        mine = self.values()
        if mine is None:
            return
        # Only what this user changed is applied again; the other person's changes stay.
        changed = self.changed_fields(mine)
        note = self.status_comment.toPlainText()
        with self.ctx.db.read() as session:
            action = actions.get_action(session, self.action_id)
            self.loaded = action_fields.stored(action)
            self.version = action.version
            ref = self.ctx.refs.ref(self.action_id, action.version)
            ref.version = action.version
        self._fill({**self.loaded, **{k: mine[k] for k in changed}})
        self.status_comment.setPlainText(note)
        self._show_status_comment()
        self.banner.clear()
        self.save()

    def changed_elsewhere(self: ActionForm, by: str) -> None:
        """Someone else saved this action: reload, unless the user is typing in it."""
        if self.action_id is None:
            return
        if self.is_dirty():
            who = by or QCoreApplication.translate("ActionForm", "Någon annan")
            self.banner.show_message("info", QCoreApplication.translate(
                "ActionForm",
                "{who} har ändrat åtgärden medan du skriver. När du sparar får du välja "
                "vilken version som gäller.",
            ).format(who=who))
        else:
            self.load(self.action_id)
