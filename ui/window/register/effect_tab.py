"""The detail panel's "Effekt" tab: did the shown action work?

Each row in words (models.effect.effect_text): "▲ Information, företag, bygglov: 62 (2023)
→ 71 (2025), +9, större än den kombinerade felmarginalen ±6 (statistiskt säkerställd
ökning)", the rows that cannot be judged with their reason (a tooltip explains it), the
footnote on chance, and a small forest plot of the action. matplotlib is imported the first
time the plot is drawn, as in the Diagram view, so the program starts without it.

The rows are read again whenever the tab is shown, when another action is shown, and when
the window says its data changed (a change seen from another copy of the program); a
change of the results in the Resultat tab is read when the user comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from models.chart_data import EffectData, load_effect
from models.db import Database
from models.effect import EXPLAINED, WORDS, Effect, Verdict, effect_text, shared_reason
from models.errors import InsiktError

SIGNS = {
    Verdict.OKAT: "▲",
    Verdict.MINSKAT: "▼",
    Verdict.INGEN_SAKER_FORANDRING: "○",
    Verdict.KAN_INTE_BEDOMAS: "–",
}


class EffectTab(QWidget):
    """The effect rows of one action in words, and its forest plot."""

    def __init__(self, database: Callable[[], Database], parent: QWidget | None = None) -> None:
        """`database` gives the open database (the window may open another)."""
        super().__init__(parent)
        self._database = database
        self.action_id: int | None = None
        self.data: EffectData | None = None
        self._canvas: Any = None
        self._figure: Any = None
        self._stale = True
        self._heard_window = False
        self._drawn_width = 0.0
        self._redraw_pending = False
        self.intro = QLabel(self.tr(
            "Före: det sista mätåret före åtgärdens startår. Efter: det senaste mätåret efter "
            "det (startåret räknas inte). En förändring är statistiskt säkerställd när den är "
            "större än den kombinerade felmarginalen √(m₁² + m₂²)."
        ))
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #555555;")
        self.rows: list[QLabel] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        self.chance = QLabel()
        self.chance.setWordWrap(True)
        self.placeholder = QLabel(self.tr("Diagrammet ritas när fliken visas."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        content = QWidget()
        self._content = QVBoxLayout(content)
        self._content.setContentsMargins(2, 2, 2, 2)
        self._content.setSpacing(8)
        self._content.addWidget(self.intro)
        self._content.addLayout(self._rows_layout)
        self._content.addWidget(self.chance)
        self._content.addWidget(self.placeholder)
        self._content.addStretch(1)
        # One scrolling page: the rows in words, then the plot of the same rows below them.
        self.page = QScrollArea()
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.page)

    def row_texts(self) -> list[str]:
        """The rows as shown, top down."""
        return [row.text() for row in self.rows]

    # --- what the detail panel uses ------------------------------------------------------------
    def show_action(self, action_id: int | None) -> None:
        """The action whose effect to show (None: none); read now if the tab is in view."""
        self.action_id = action_id
        self.refresh()

    def refresh(self) -> None:
        """Read the rows again, now if the tab is in view, else when it is shown."""
        self._stale = True
        if self.isVisible():
            self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._canvas is None or not self._canvas.isVisible() or self._redraw_pending:
            return
        dpi = self._figure.dpi / self._canvas.devicePixelRatioF()
        width = (self.page.viewport().width() - 8) / dpi
        if abs(width - self._drawn_width) > 0.4:  # the notes would no longer fit: draw again
            self._redraw_pending = True
            QTimer.singleShot(150, self._redraw_after_resize)

    def _redraw_after_resize(self) -> None:
        self._redraw_pending = False
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._hear_window()
        # The results may have changed in the Resultat tab since: read them again.
        self._show()

    def _hear_window(self) -> None:
        """Changes the window hears (another copy's saves, an import) refresh the tab."""
        if self._heard_window:
            return
        changed = getattr(self.window(), "data_changed", None)
        if changed is not None:
            changed.connect(self.refresh)
            self._heard_window = True

    # --- reading and showing -------------------------------------------------------------------
    def _show(self) -> None:
        self._stale = False
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self.chance.clear()
        if self.action_id is None:
            self.data = None
            self._item(self.tr("Ingen åtgärd vald."), "")
            self._draw()
            return
        try:
            with self._database().read() as session:
                self.data = load_effect(session, self.action_id)
        except InsiktError as exc:
            self.data = None
            self._item(exc.message, "")
            self._draw()
            return
        self._fill(self.data)
        self._draw()

    def _fill(self, data: EffectData) -> None:
        effects = list(data.effects)
        if not effects:
            for line in data.without_rows:
                action = data.action_title
                self._item(line.removeprefix(f"{action}: ").capitalize() + ".", "")
            return
        shared = shared_reason(effects)
        if shared is not None:
            text = self.tr("– Kan inte bedömas: {reason} ({n} jämförelser).").format(
                reason=WORDS[shared], n=len(effects)
            )
            self._item(text, EXPLAINED[shared])
        else:
            for effect in effects:
                self._item(f"{SIGNS[effect.verdict]} {effect_text(effect)}", _tip(effect))
        self.chance.setText(data.chance)

    def _item(self, text: str, tip: str) -> None:
        row = QLabel(text)
        row.setWordWrap(True)
        row.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if tip:
            row.setToolTip(tip)
        self._rows_layout.addWidget(row)
        self.rows.append(row)

    def _draw(self) -> None:
        """The action's forest plot, without the column of words (the list has them)."""
        data = self.data
        if data is None or not any(e.judged for e in data.effects):
            if self._canvas is not None:
                self._canvas.hide()
            self.placeholder.setText(self.tr(
                "Inget diagram: ingen jämförelse kan bedömas ännu."
            ) if data is not None else "")
            self.placeholder.show()
            return
        self._ensure_canvas()
        from charts.effect import effect_chart
        from charts.style import Style, natural_size

        dpi = self._figure.dpi / self._canvas.devicePixelRatioF()
        # As wide as the panel, so that the notes are broken to fit it.
        self._drawn_width = max(3.6, (self.page.viewport().width() - 8) / dpi)
        effect_chart(data, Style(panel_width=self._drawn_width), self._figure, words=False)
        _width, height = natural_size(self._figure)
        self._canvas.setMinimumHeight(int(height * dpi))
        self.placeholder.hide()
        self._canvas.show()
        self._canvas.draw_idle()

    def _ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from ui.window.charts.row_tips import show_row_tips

        self._figure = Figure(dpi=100)
        self._canvas = FigureCanvasQTAgg(self._figure)
        self._canvas.setObjectName("effect_canvas")
        show_row_tips(self._canvas)
        self._content.insertWidget(self._content.indexOf(self.placeholder) + 1, self._canvas)

    @property
    def canvas(self) -> Any:
        """The matplotlib canvas once a plot is drawn (None before)."""
        return self._canvas

    @property
    def figure(self) -> Any:
        return self._figure


def _tip(effect: Effect) -> str:
    if effect.reason is None:
        return ""
    return QCoreApplication.translate("EffectTab", "Varför: {why}").format(
        why=EXPLAINED[effect.reason]
    )
