"""The presentation's first page, "Läget": models/overview.py's summary in large type."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from models.overview import Overview, latest_sentence, preliminary_sentence
from models.targets import TargetStatus
from ui.window.i18n import date_text, label
from ui.window.presentation.pages import Page, scrolled

GREEN = "#1B7F3B"
LATE = "#B00020"
MUTED = "#444444"


class StatePage(Page):
    """Latest NKI per group with margin and judged change, targets with their status, the
    actions by status and the late ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Läget"))
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addStretch(1)
        self.layout_.addWidget(scrolled(self.body), 1)
        self._parts: list[tuple[QWidget, QVBoxLayout]] = []
        self.points = 20.0

    def show_state(self, overview: Overview) -> None:
        self._sized = [s for s in self._sized if s[0] is self.title]
        for old, _layout in self._parts:
            self.column.removeWidget(old)  # out of the layout now, not when deleted
            old.hide()
            old.deleteLater()
        self._parts = []
        self._nki(overview)
        self._counts(overview)
        self._targets(overview)
        self._late(overview)
        self.rescale(self.points)

    def rescale(self, points: float) -> None:
        self.points = points
        super().rescale(points)
        for _part, layout in self._parts:
            layout.setContentsMargins(0, 0, 0, int(points * 0.7))

    def _part(self, heading: str) -> QVBoxLayout:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setSpacing(2)
        layout.addWidget(self.label(heading, 1.1, bold=True))
        self.column.insertWidget(len(self._parts), part)
        self._parts.append((part, layout))
        return layout

    def _line(self, layout: QVBoxLayout, text: str, size: float = 0.9, colour: str = "",
              bold: bool = False) -> None:
        shown = self.label(text, size, bold)
        if colour:
            shown.setStyleSheet(f"color: {colour};")
        layout.addWidget(shown)

    def _nki(self, overview: Overview) -> None:
        layout = self._part(self.tr("Senaste NKI"))
        if not overview.latest:
            self._line(layout, self.tr("Inga NKI-resultat för kommunen ännu."))
        for entry in overview.latest:
            self._line(layout, latest_sentence(entry), 0.95)
            newer = preliminary_sentence(entry)
            if newer:
                self._line(layout, newer, 0.75, MUTED)

    def _counts(self, overview: Overview) -> None:
        layout = self._part(self.tr("Åtgärder per status"))
        row = QHBoxLayout()
        row.setSpacing(int(self.points * 1.2))
        for status, count in overview.actions.by_status:
            row.addWidget(self.label(f"{label(status)}: {count}", 0.95))
        row.addStretch(1)
        layout.addLayout(row)

    def _targets(self, overview: Overview) -> None:
        layout = self._part(self.tr("Mål ({n})").format(n=len(overview.targets)))
        if not overview.targets:
            self._line(layout, self.tr("Inga mål satta ännu."))
        for check in overview.targets:
            reached = check.status == TargetStatus.NATT
            self._line(layout, f"• {check.headline}", 0.85, GREEN if reached else "")

    def _late(self, overview: Overview) -> None:
        late = overview.actions.late
        layout = self._part(self.tr("Försenade åtgärder ({n})").format(n=len(late)))
        if not late:
            self._line(layout, self.tr("Inga försenade åtgärder."))
        for action in late:
            self._line(layout, self.tr("• {title}: klart senast {date}").format(
                title=action.title, date=date_text(action.due)), 0.85, LATE)
