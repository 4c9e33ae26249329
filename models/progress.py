"""How long work says how far it has come, and how it is stopped. No Qt.

A function that loops over many rows or pages takes an optional `progress(done, total)`
and calls it as it goes (`total` 0 while the total is not known yet). The caller's
callback may raise `Cancelled` to stop the work: it passes through the function like any
error, so a write transaction (`db.write()`) is rolled back and nothing is half written.
The command line passes no callback; the window's workers pass one that reports to a
progress dialog and raises `Cancelled` when the user pressed Avbryt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[int, int], None]

T = TypeVar("T")


class Cancelled(Exception):  # noqa: N818 (a stop the user asked for, not an error)
    """The user stopped the work; whatever it had written is rolled back."""


def no_progress(_done: int, _total: int) -> None:
    """The callback of a caller that does not follow the work (the command line)."""


def counted(items: Iterable[T], progress: Progress | None, total: int = 0,
            every: int = 200) -> Iterator[T]:
    """The items, telling `progress` every `every` items and at the end."""
    if progress is None:
        yield from items
        return
    done = 0
    progress(0, total)
    for item in items:
        yield item
        done += 1
        if done % every == 0:
            progress(done, total)
    progress(done, total or done)
