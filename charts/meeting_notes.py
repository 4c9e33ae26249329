"""The presentation's "Mötesanteckningar" as a PDF: what the group changed during the meeting.

Plain data in (`NoteLine`, kept by the presentation itself, not read from the change log),
A4 pages out through charts/page_flow.py, written whole through models.atomic. The changes
are grouped by action in the order they were first touched; a meeting's notes fill one
page, or two when the group did much.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from matplotlib.figure import Figure

from charts.page_flow import RC, Flow
from charts.pdf_pages import number_pages, write_pages
from charts.report.common import footer
from charts.style import rc_settings

TITLE = "Mötesanteckningar"
NoteKind = Literal["status", "progress", "comment"]


@dataclass(frozen=True)
class NoteLine:
    """One change made during the presentation: a status or progress from → to, or a comment
    (its text in `after`)."""

    kind: NoteKind
    action: str
    before: str
    after: str
    at: dt.datetime


def note_text(line: NoteLine) -> str:
    """"Status: Pågår → Klar", "Framsteg: 40 % → 60 %", "Kommentar: …" (Swedish, for the PDF)."""
    if line.kind == "status":
        return f"Status: {line.before} → {line.after}"
    if line.kind == "progress":
        return f"Framsteg: {line.before} → {line.after}"
    return f"Kommentar: {line.after}"


def by_action(lines: Sequence[NoteLine]) -> list[tuple[str, list[NoteLine]]]:
    """The lines grouped by action title, in the order each action was first changed."""
    groups: dict[str, list[NoteLine]] = {}
    for line in lines:
        groups.setdefault(line.action, []).append(line)
    return list(groups.items())


def notes_pages(
    lines: Sequence[NoteLine], place: str, started: dt.datetime, made_at: dt.datetime
) -> list[Figure]:
    """The notes as A4 figures, footers and page numbers included."""
    with rc_settings(RC):
        footer_text = f"{TITLE} – {place} – {made_at:%Y-%m-%d %H:%M}"
        flow = Flow(lambda fig, _landscape: footer(fig, footer_text))
        flow.masthead(
            f"{TITLE} – {place}",
            f"Presentationen {started:%Y-%m-%d} kl. {started:%H:%M}–{made_at:%H:%M}",
            20,
        )
        if not lines:
            flow.text("Inget ändrades under presentationen.", size=11)
        for title, changes in by_action(lines):
            flow.heading(title, 12.5, after=16)
            for line in changes:
                flow.text(f"{line.at:%H:%M}  {note_text(line)}", size=10.5, bullet=True, indent=6)
            flow.space(8)
        number_pages(flow.pages)
    return flow.pages


def write_notes_pdf(
    lines: Sequence[NoteLine],
    path: Path,
    place: str,
    started: dt.datetime,
    made_at: dt.datetime | None = None,
) -> int:
    """The notes as a PDF at `path` (written beside it and moved into place); its pages."""
    made_at = made_at or dt.datetime.now()
    pages = notes_pages(lines, place, started, made_at)
    metadata = {"Title": f"{TITLE} – {place} {made_at:%Y-%m-%d}", "Creator": "Insiktskollen"}

    write_pages(pages, path, metadata, TITLE)
    return len(pages)
