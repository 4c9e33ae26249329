"""The presentation's first page: the state of things in large type."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui.window.i18n import date_text, label
from ui.window.presentation.content import StateSlide
from ui.window.presentation.pages import Page, scrolled

GREEN = "#1B7F3B"
LATE = "#B00020"


class StatePage(Page):
    """Latest NKI per group with margin and judged change, targets, counts, late actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Läget"))
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(scrolled(self.body), 1)
        self._parts: list[QWidget] = []
        self.points = 20.0

    def show_state(self, state: StateSlide) -> None:
        self._sized = [s for s in self._sized if s[0] is self.title]
        for old in self._parts:
            old.deleteLater()
        self._parts = []
        self._nki(state)
        self._counts(state)
        self._targets(state)
        self._late(state)
        self.rescale(self.points)

    def rescale(self, points: float) -> None:
        self.points = points
        super().rescale(points)

    def _part(self, heading: str) -> QVBoxLayout:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, int(self.points * 0.6))
        layout.setSpacing(2)
        layout.addWidget(self.label(heading, 1.1, bold=True))
        self.column.addWidget(part)
        self._parts.append(part)
        return layout

    def _nki(self, state: StateSlide) -> None:
        layout = self._part(self.tr("Senaste NKI"))
        if not state.nki:
            layout.addWidget(self.label(self.tr("Inga NKI-resultat för kommunen ännu."), 0.9))
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(int(self.points))
        for row, line in enumerate(state.nki):
            grid.addWidget(self.label(line.group, 0.95, bold=True), row * 2, 0)
            value = line.value + (f"  {line.margin}" if line.margin else "")
            grid.addWidget(self.label(value, 0.95, bold=True), row * 2, 1)
            if line.change:
                change = self.label(line.change, 0.75)
                change.setStyleSheet("color: #444444;")
                grid.addWidget(change, row * 2 + 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

    def _counts(self, state: StateSlide) -> None:
        layout = self._part(self.tr("Åtgärder per status"))
        row = QHBoxLayout()
        for status, count in state.counts:
            row.addWidget(self.label(f"{label(status)}: {count}", 0.95))
            row.addSpacing(int(self.points * 0.8))
        row.addStretch(1)
        layout.addLayout(row)

    def _targets(self, state: StateSlide) -> None:
        layout = self._part(self.tr("Mål ({n})").format(n=len(state.targets)))
        if not state.targets:
            layout.addWidget(self.label(self.tr("Inga mål satta ännu."), 0.9))
        for headline, reached in state.targets:
            shown = self.label(f"• {headline}", 0.85)
            if reached:
                shown.setStyleSheet(f"color: {GREEN};")
            layout.addWidget(shown)

    def _late(self, state: StateSlide) -> None:
        layout = self._part(self.tr("Försenade åtgärder ({n})").format(n=len(state.late)))
        if not state.late:
            layout.addWidget(self.label(self.tr("Inga försenade åtgärder."), 0.9))
        for late in state.late:
            who = f" – {late.owner}" if late.owner else ""
            shown = self.label(self.tr("• {title}: klart senast {date}{who}").format(
                title=late.title, date=date_text(late.due), who=who), 0.85)
            shown.setStyleSheet(f"color: {LATE};")
            layout.addWidget(shown)
