"""When an action is late or soon due: one rule for the stored action and the register's row.

Kept free of SQLAlchemy: the window's first paint reads the register without it.
"""

from __future__ import annotations

import datetime as dt

from models.codes import Status


def is_overdue(due: dt.date | None, status: Status, today: dt.date) -> bool:
    """Past its due date and neither finished nor cancelled."""
    return due is not None and due < today and not status.is_closed


def is_due_soon(due: dt.date | None, status: Status, today: dt.date, days: int) -> bool:
    """Due within `days` days from today (today included) and still open."""
    if due is None or status.is_closed:
        return False
    return today <= due <= today + dt.timedelta(days=days)
