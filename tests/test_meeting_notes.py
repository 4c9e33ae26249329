"""The presentation's notes as a PDF (charts/meeting_notes.py): the changes and comments by
action, searchable, on one page or two."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from charts.meeting_notes import NoteLine, write_notes_pdf

AT = dt.datetime(2025, 5, 20, 13, 5)


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), " ".join(p.extract_text() for p in reader.pages)


def test_changes_and_comments_by_action_on_one_page(tmp_path: Path) -> None:
    lines = [
        NoteLine("status", "Telefontider", "Ej påbörjad", "Pågår", AT),
        NoteLine("comment", "Öppet hus", "", "Inbjudan går ut i augusti", AT),
        NoteLine("progress", "Telefontider", "0 %", "40 %", AT),
    ]
    path = tmp_path / "anteckningar.pdf"
    assert write_notes_pdf(lines, path, "Borlänge", AT, AT + dt.timedelta(hours=1)) == 1
    pages, text = _text(path)
    assert pages == 1
    assert "Mötesanteckningar – Borlänge" in text
    assert "Status: Ej påbörjad → Pågår" in text and "Framsteg: 0 % → 40 %" in text
    assert "Kommentar: Inbjudan går ut i augusti" in text
    # Grouped by action: Telefontider's two changes come before Öppet hus.
    assert text.index("Framsteg") < text.index("Öppet hus")


def test_a_busy_meeting_runs_over_to_a_second_page(tmp_path: Path) -> None:
    lines = [
        NoteLine("comment", f"Åtgärd {n}", "", "En längre kommentar om läget. " * 4, AT)
        for n in range(16)
    ]
    path = tmp_path / "anteckningar.pdf"
    pages, text = write_notes_pdf(lines, path, "Borlänge", AT), _text(path)[1]
    assert pages == 2
    assert "Åtgärd 15" in text and "Sida 2 av 2" in text


def test_no_changes_says_so(tmp_path: Path) -> None:
    path = tmp_path / "tom.pdf"
    write_notes_pdf([], path, "Borlänge", AT)
    assert "Inget ändrades under presentationen." in _text(path)[1]
