"""Errors a user may meet, each with a Swedish message that says what and where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping


class InsiktError(Exception):
    """Base of every error whose message is meant for the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(InsiktError):
    """Bad input from the user: a value out of range, an unknown code, a bad date.

    `field` names the field the error is about (an action's field name, e.g. "due"), so
    that a form can mark it and an import can name its column; None when it concerns no
    one field. `reason` is the message without the field's label in front (for a caller
    that names the field itself); `template` and `params` rebuild the message, so that a
    window can look the template up in its translation.
    """

    exit_code = 2

    def __init__(
        self,
        message: str,
        field: str | None = None,
        reason: str | None = None,
        template: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.field = field
        self.reason = message if reason is None else reason
        self.template = template
        self.params = dict(params or {})

    @classmethod
    def about(
        cls, label: str, reason: str, field: str | None = None, **params: object
    ) -> InputError:
        """ "Label: reason", the reason's {placeholders} filled in from `params`."""
        text = reason.format(**params)
        return cls(f"{label}: {text}", field, text, f"{label}: {reason}", params)


class NotFoundError(InsiktError):
    exit_code = 2


class DatabaseMissing(InsiktError):
    exit_code = 2


class DatabaseError(InsiktError):
    """The database cannot be opened or used: damaged, foreign, newer, locked, read-only."""


class NewerSchemaError(DatabaseError):
    pass


class ReadOnlyError(DatabaseError):
    pass


class BusyError(DatabaseError):
    pass


class BusyNow(BusyError):
    """A quick write (`Database.write(quick=True)`) found the database locked by someone
    else: nothing was written, and it may be tried again with the full wait."""


class DamagedError(DatabaseError):
    """A database that is damaged, empty, not SQLite or another program's (its schema is
    not this program's): never written to.

    `backups` holds the newest backups of a file (newest first) for the user to restore
    from; `differences` what differs from the program's schema, when that is the reason.
    """

    def __init__(
        self,
        message: str,
        path: object = None,
        backups: list | None = None,
        differences: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.backups = list(backups or [])
        self.differences = list(differences or [])


class ConflictError(InsiktError):
    """An update started from a stale version: someone else changed the action meanwhile."""

    def __init__(
        self,
        action_id: int,
        title: str,
        expected: int,
        current: int,
        by: str,
        at: dt.datetime | None,
        changes: list[tuple[str, str | None, str | None]],
    ) -> None:
        # Imported here: the window's first paint imports this module without SQLAlchemy.
        from models.entities import local_time

        when = f"{local_time(at):%Y-%m-%d %H:%M}" if at else "vid okänd tid"
        fields = ", ".join(sorted({c[0] for c in changes})) or "åtgärden"
        super().__init__(
            f"Åtgärden ”{title}” har ändrats av {by or 'någon annan'} {when} sedan du "
            f"öppnade den (version {expected} → {current}; ändrat: {fields}). "
            "Läs in den igen eller spara dina ändringar på nytt."
        )
        self.action_id = action_id
        self.expected = expected
        self.current = current
        self.by = by
        self.at = at
        self.changes = changes
