"""What an import would do, before anything is written: the one preview of every import.

A preview names its file(s) and holds one row per incoming row, each import's own row type
(a result with its old and new values, an action with its changed fields): each row has a
`status` and its `errors`. Errors that belong to no row (the file's own, and rows that
could not be read at all) and notes are the preview's. Nothing is saved while there is
an error. Each import says its errors in the summary in its own words (`tell_errors`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

NEW, CHANGED, UNCHANGED, ERROR = "ny", "ändrad", "oförändrad", "fel"


class PlannedRow(Protocol):
    """A row of a preview: what would happen to it, and why it cannot (str of each error)."""

    @property
    def status(self) -> str: ...

    @property
    def errors(self) -> Sequence[object]: ...


R = TypeVar("R", bound=PlannedRow)


def errors_in_total(preview: Preview[Any]) -> str:
    """"; 3 fel – inget sparas" (the results import's words)."""
    return f"; {len(preview.errors)} fel – inget sparas" if not preview.ok else ""


@dataclass
class Preview(Generic[R]):
    name: str
    rows: list[R] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The summary's words for the errors, after the counts: "; 3 fel – inget sparas".
    tell_errors: Callable[[Preview[Any]], str] = field(kw_only=True, repr=False, compare=False)

    @property
    def errors(self) -> list[str]:
        """Every error: the file's first, then the rows' in their order."""
        return self.file_errors + [str(e) for row in self.rows for e in row.errors]

    @property
    def ok(self) -> bool:
        return not self.file_errors and not any(row.errors for row in self.rows)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def to_write(self) -> list[R]:
        return [row for row in self.rows if row.status in (NEW, CHANGED)]

    def summary(self) -> str:
        return (
            f"{self.name}: {self.count(NEW)} nya, {self.count(CHANGED)} ändrade, "
            f"{self.count(UNCHANGED)} oförändrade{self.tell_errors(self)}."
        )
