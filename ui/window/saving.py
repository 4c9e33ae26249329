"""A single save from the window that never waits on the GUI thread for another program.

`write_soon(parent, db, title, write, landed, failed)` runs `write(session)` at once in a
quick transaction (`Database.write(quick=True)`: the lock is asked for a fraction of a
second). Most of the time the database is free: `landed(result)` follows at once. When
another program holds the lock, the status bar hears "Databasen är upptagen, försöker
igen (försök 2 av 4) …" and the same write goes on in a worker (ui/window/tasks.py, a
write task: other writes are held off meanwhile) with the full wait and its retries; back
on the GUI thread follows `landed(result)`, or `failed(error)` when it never got the lock.
The window's event loop keeps turning all the while.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from models.db import Database
from models.errors import BusyNow, InsiktError
from models.progress import Progress
from ui.window import tasks

T = TypeVar("T")


def write_soon(
    parent: QWidget | None,
    db: Database,
    title: str,
    write: Callable[[Session], T],
    landed: Callable[[T], None],
    failed: Callable[[InsiktError], None],
) -> bool:
    """True when written now (`landed` has run); False when it goes on in a worker.

    An error now (a bad value, a stale version, another write task running) is raised:
    nothing was written. `failed` hears only the errors of the worker's write.
    """
    tasks.refuse_other_writes()  # one write at a time, whether or not the database is busy
    try:
        with db.write(quick=True) as session:
            result = write(session)
    except BusyNow:
        pass
    else:
        landed(result)
        return True

    def again(_progress: Progress) -> T:
        with db.write(after_quick=True) as session:
            return write(session)

    db.tell_busy_after_quick()
    tasks.run_task(parent, title, again, landed, failed=failed, writes=True, quiet=True)
    return False
