"""The detail panel when someone else changed the action: the conflict banner with its
choices, and the notice while the user is still typing.

A part of ActionForm (its `conflicts`), kept apart so that the form reads in one sitting. Its texts
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


class Conflicts:
    """What the form does about other people's changes to the shown action."""

    def __init__(self, form: ActionForm) -> None:
        self.form = form

    def show(self, exc: ConflictError) -> None:
        lines = [exc.message]
        for what, old, new in exc.changes:
            name = field_of_label(what)
            lines.append(f"• {field_label(name)}: {value_text(name, old, 60)} → "
                         f"{value_text(name, new, 60)}")
        reload_button = QPushButton(
            QCoreApplication.translate("ActionForm", "Läs in deras version")
        )
        reload_button.clicked.connect(lambda: self.form.load(exc.action_id))
        keep_button = QPushButton(
            QCoreApplication.translate("ActionForm", "Spara min text som ny ändring")
        )
        keep_button.clicked.connect(self.keep_mine)
        self.form.banner.show_message(
            "warning", "\n".join(lines), (reload_button, keep_button), below=True
        )

    def keep_mine(self) -> None:
        """After a conflict: the stored action becomes the starting point, the typing stays."""
        form = self.form
        if form.action_id is None:
            return
        mine = form.values()
        if mine is None:
            return
        # Only what this user changed is applied again; the other person's changes stay.
        changed = form.changed_fields(mine)
        note = form.status_comment.toPlainText()
        with form.ctx.db.read() as session:
            action = actions.get_action(session, form.action_id)
            form.loaded = action_fields.stored(action)
            form.version = action.version
            ref = form.ctx.refs.ref(form.action_id, action.version)
            ref.version = action.version
        form.fill({**form.loaded, **{k: mine[k] for k in changed}})
        form.status_comment.setPlainText(note)
        form.show_status_comment()
        form.banner.clear()
        form.save()

    def changed_elsewhere(self, by: str) -> None:
        """Someone else saved this action: reload, unless the user is typing in it."""
        form = self.form
        if form.action_id is None:
            return
        if form.is_dirty():
            who = by or QCoreApplication.translate("ActionForm", "Någon annan")
            form.banner.show_message("info", QCoreApplication.translate(
                "ActionForm",
                "{who} har ändrat åtgärden medan du skriver. När du sparar får du välja "
                "vilken version som gäller.",
            ).format(who=who))
        else:
            form.load(form.action_id)
