"""The Läget tab: models/overview.py's summary drawn as large figures, short Swedish
sentences and the small NKI chart, every item a link to its place.

The tab only says and signals: `action_chosen` (the register, the action selected),
`effect_chosen` (the action's Effekt tab), `figure_chosen` (Resultat at that figure) and,
on an empty database, `new_action_wanted`, `import_wanted` and `fetch_wanted`; links.py
wires them to the window. matplotlib is imported the first time the chart is drawn, on a
worker thread (about a second on a first start): the figures and sentences show at once,
a line says the chart is coming, and the window takes input meanwhile.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models import chart_data
from models.codes import Area, Group, Measure
from models.db import Database
from models.effect import WORDS, Verdict
from models.errors import InsiktError
from models.overview import (
    ActionRef,
    Overview,
    group_name,
    latest_sentence,
    load_overview,
    preliminary_sentence,
    since_sentence,
)
from ui.window.tasks import Task, run_task
from ui.window.widgets import Banner

SHOWN_PER_LIST = 4  # actions named under a heading; the rest counted


class LinkButton(QPushButton):
    """A flat button that reads as a link: a click takes the user to the item's place."""

    def __init__(self, text: str, parent: QWidget | None = None, size: float = 0) -> None:
        super().__init__(text, parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "QPushButton { text-align: left; color: palette(link); border: none; padding: 1px; }"
            "QPushButton:hover { text-decoration: underline; }"
        )
        if size:
            font = QFont(self.font())
            font.setPointSizeF(size)
            font.setBold(True)
            self.setFont(font)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setContentsMargins(0, 8, 0, 0)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class OverviewTab(QWidget):
    action_chosen = Signal(int)
    effect_chosen = Signal(int)
    figure_chosen = Signal(object, object, object, int)  # group, area, measure, year
    new_action_wanted = Signal()
    import_wanted = Signal()
    fetch_wanted = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.overview: Overview | None = None
        self._stale = True
        self._canvas: Any = None
        self._loading: Task[None] | None = None  # matplotlib being imported on a worker
        self._waiting_chart: Any = None  # the chart data to draw when it is
        self.banner = Banner()
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.page_area)
        self.chart_box = QVBoxLayout()
        self.empty_buttons: list[QPushButton] = []

    def set_database(self, db: Database) -> None:
        self.db = db
        self.refresh()

    def refresh(self) -> None:
        """Read the summary again; drawn now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._show()

    def _show(self) -> None:
        self._stale = False
        try:
            with self.db.read() as session:
                found = load_overview(session)
                nki = chart_data.load_nki(session, today=found.today) if found.latest else None
        except InsiktError as exc:  # busy or unreachable: say so, keep what is shown
            self.banner.show_message("error", exc.message)
            return
        self.banner.clear()
        self.overview = found
        page = QWidget()
        page.setObjectName("overview_page")
        self._canvas = None
        if found.empty:
            self._build_empty(page)
        else:
            self._build(page, found)
            self._draw_chart(nki)
        self.page_area.setWidget(page)  # the previous page goes with it

    # --- an empty database ------------------------------------------------------------------
    def _build_empty(self, page: QWidget) -> None:
        self._canvas = None
        self.empty_buttons = []
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(_heading(self.tr("Här finns inget ännu")))
        layout.addWidget(_text(self.tr(
            "Läget visar senaste NKI, målen, åtgärdernas effekt och vad som är på väg så "
            "snart det finns åtgärder och resultat. Börja med något av detta:"
        )))
        for text, signal in (
            (self.tr("Ny åtgärd (Ctrl+N): namnge gruppens åtgärder"), self.new_action_wanted),
            (self.tr("Importera resultat…: Insikt-resultat från en fil"), self.import_wanted),
            (self.tr("Hämta från Kolada…: kommunens NKI direkt från Kolada"), self.fetch_wanted),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.empty_buttons.append(button)
        layout.addStretch(1)

    # --- the summary ----------------------------------------------------------------------
    def _build(self, page: QWidget, found: Overview) -> None:
        grid = QGridLayout(page)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(24)
        left, right = QVBoxLayout(), QVBoxLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        where = f" – {found.municipality_name}" if found.municipality_name else ""
        left.addWidget(_heading(self.tr("Senaste NKI") + where))
        self._nki(left, found)
        self.chart_box = QVBoxLayout()
        left.addLayout(self.chart_box)
        left.addStretch(1)
        self._actions(right, found)
        self._milestones(right, found)
        self._targets(right, found)
        self._effects(right, found)
        right.addWidget(_text(since_sentence(found.since_last_report)))
        right.addStretch(1)

    def _nki(self, layout: QVBoxLayout, found: Overview) -> None:
        if not found.latest:
            layout.addWidget(_text(self.tr(
                "Inga NKI-resultat ännu: importera resultat eller hämta från Kolada."
            )))
        row = QHBoxLayout()
        row.setSpacing(32)
        for entry in found.latest:
            shown = entry.final or entry.preliminary
            assert shown is not None
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(QLabel(group_name(entry.group)))
            big = LinkButton(f"{shown.value:.0f}", size=26)
            big.setObjectName(f"nki_{entry.group.value}")
            big.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            big.setToolTip(self.tr("Visa under Resultat"))
            big.clicked.connect(self._figure_link(entry.group, shown.year))
            box.addWidget(big)
            box.addWidget(QLabel(
                self.tr("{year}, prel.").format(year=shown.year) if shown.preliminary
                else str(shown.year)
            ))
            row.addLayout(box)
        row.addStretch(1)
        figures = QWidget()
        figures.setLayout(row)
        figures.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(figures)
        for entry in found.latest:
            layout.addWidget(_text(latest_sentence(entry)))
            beside = preliminary_sentence(entry)
            if beside:
                layout.addWidget(_text("   " + beside))

    def _figure_link(self, group: Group, year: int) -> Any:
        return lambda: self.figure_chosen.emit(group, Area.TOTALT, Measure.NKI, year)

    def _action_list(self, layout: QVBoxLayout, refs: tuple[ActionRef, ...], effect: bool = False,
                     with_due: bool = False) -> None:
        for ref in refs[:SHOWN_PER_LIST]:
            due = f" (klart senast {ref.due.isoformat()})" if with_due and ref.due else ""
            link = LinkButton(f"  {ref.title}{due}")
            signal = self.effect_chosen if effect else self.action_chosen
            link.clicked.connect(lambda _=False, i=ref.id, s=signal: s.emit(i))
            layout.addWidget(link)
        if len(refs) > SHOWN_PER_LIST:
            layout.addWidget(QLabel(self.tr("  … och {n} till").format(
                n=len(refs) - SHOWN_PER_LIST)))

    def _actions(self, layout: QVBoxLayout, found: Overview) -> None:
        counts = found.actions
        layout.addWidget(_heading(self.tr("Åtgärder: {n}").format(n=counts.total)))
        layout.addWidget(_text(" · ".join(f"{s.label} {n}" for s, n in counts.by_status if n)))
        layout.addWidget(QLabel(self.tr("Försenade: {n}").format(n=len(counts.late))))
        self._action_list(layout, counts.late, with_due=True)
        layout.addWidget(QLabel(self.tr("Klart inom {days} dagar: {n}").format(
            days=counts.due_soon_days, n=len(counts.due_soon))))
        self._action_list(layout, counts.due_soon, with_due=True)

    def _milestones(self, layout: QVBoxLayout, found: Overview) -> None:
        layout.addWidget(_heading(self.tr("Nästa milstolpar")))
        if not found.milestones:
            layout.addWidget(QLabel(self.tr("Inga kommande milstolpar.")))
        for m in found.milestones:
            done = self.tr(" (klar)") if m.done else ""
            link = LinkButton(f"{_day(m.date)}  {m.text}{done} – {m.action_title}")
            link.clicked.connect(lambda _=False, i=m.action_id: self.action_chosen.emit(i))
            layout.addWidget(link)

    def _targets(self, layout: QVBoxLayout, found: Overview) -> None:
        if not found.targets:
            return
        layout.addWidget(_heading(self.tr("Mål")))
        for check in found.targets:
            t = check.target
            link = LinkButton(check.headline)
            link.clicked.connect(
                lambda _=False, t=t: self.figure_chosen.emit(t.group, t.area, t.measure, t.year)
            )
            layout.addWidget(link)

    def _effects(self, layout: QVBoxLayout, found: Overview) -> None:
        effects = found.effects
        layout.addWidget(_heading(self.tr("Effekt hittills: {n} jämförelser").format(
            n=effects.total)))
        for verdict, n in effects.verdicts:
            if not n:
                continue
            text = f"{WORDS[verdict].capitalize()}: {n}"
            if verdict == Verdict.KAN_INTE_BEDOMAS and effects.reasons:
                text += " (" + ", ".join(f"{WORDS[r]}: {k}" for r, k in effects.reasons) + ")"
            layout.addWidget(_text(text))
            self._action_list(layout, effects.actions_with(verdict), effect=True)
        if effects.chance:
            layout.addWidget(_text(effects.chance))

    # --- the small NKI chart ----------------------------------------------------------------
    def _draw_chart(self, data: Any) -> None:
        if data is None:
            return
        if not _chart_modules_loaded():
            self._waiting_chart = data
            waiting = QLabel(self.tr("Diagrammet ritas …"))
            waiting.setObjectName("overview_chart_waiting")
            waiting.setFixedHeight(300)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.chart_box.addWidget(waiting)
            if self._loading is None:
                # Cancellable: closing the window meanwhile closes it when the imports end
                # (they cannot be stopped half way), and the chart is not drawn then.
                self._loading = run_task(self, self.tr("Diagrammet på Läget"),
                                         lambda progress: _load_chart_modules(),
                                         lambda _: self._chart_modules_ready(), quiet=True,
                                         cancellable=True)
                if self._loading is not None:
                    self._loading.finished.connect(self._chart_modules_ended)
            return
        self._draw_now(data)

    def _draw_now(self, data: Any) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from charts.nki import nki_chart
        from charts.style import Style

        # Small: the actions' lanes, the targets and the notes are the Diagram tab's; here
        # only the figures (the sentences and the list of targets say the rest).
        figure = Figure(dpi=80)
        nki_chart(dataclasses.replace(data, actions=(), notes=(), targets=()), Style(panel_width=6), figure)
        self._canvas = FigureCanvasQTAgg(figure)
        self._canvas.setObjectName("overview_chart")
        self._canvas.setToolTip(self.tr("Hela diagrammet med åtgärderna finns under Diagram"))
        self._canvas.setFixedHeight(300)
        self.chart_box.addWidget(self._canvas)

    def _chart_modules_ready(self) -> None:
        """matplotlib is loaded: the chart of the page shown now takes the waiting line's place."""
        data, self._waiting_chart = self._waiting_chart, None
        waiting = self.page_area.findChild(QLabel, "overview_chart_waiting")
        closing = self._loading is not None and self._loading.stopping
        if data is None or waiting is None or closing:
            return
        waiting.hide()
        waiting.deleteLater()
        self._draw_now(data)

    def _chart_modules_ended(self) -> None:
        self._loading = None

    @property
    def canvas(self) -> Any:
        return self._canvas


CHART_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_qtagg", "charts.nki",
                 "charts.style")


def _chart_modules_loaded() -> bool:
    return all(name in sys.modules for name in CHART_MODULES)


def _load_chart_modules() -> None:
    """On a worker thread: the imports of the chart (Qt's part of matplotlib only defines
    its classes when imported; the canvas itself is made on the GUI thread)."""
    import importlib

    for name in CHART_MODULES:
        importlib.import_module(name)


def _day(day: dt.date) -> str:
    return day.isoformat()
