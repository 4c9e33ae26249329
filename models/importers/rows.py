"""What every importer produces: the rows a file brings, and what it could not read.

Each importer turns its file into `Parsed`: one `Incoming` per figure (the key and only
the fields the file gives), Swedish errors that name row, column and value, and notes
(skipped and unknown things that do not stop the import).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.results import ResultKey


@dataclass(frozen=True)
class Incoming:
    """One figure from a file. `fields` holds only what the file gives (value always)."""

    where: str  # "rad 4" or "post 12 i sida 2": how a user finds it in the file
    key: ResultKey
    fields: dict[str, Any]
    origin: str = ""  # the file's name: the source of a new figure when the file gives none


@dataclass
class Parsed:
    name: str
    rows: list[Incoming] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def extend(self, other: Parsed) -> None:
        self.rows.extend(other.rows)
        self.errors.extend(other.errors)
        self.notes.extend(other.notes)


def key_text(key: ResultKey) -> str:
    return (
        f"{key.municipality} {key.year} {key.group.label}, {key.area.label}, {key.measure.label}"
    )
