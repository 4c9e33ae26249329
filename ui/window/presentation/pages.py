"""The presentation's pages other than an action's: the chart and "Mötesanteckningar", and
what every page shares (a title, large type that follows the window's size).

The state of things (the first page) is in state_page.py, an action's page in action_page.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from charts.meeting_notes import NoteLine, by_action


class Page(QWidget):
    """A page: a title and a body whose texts scale with the window (`rescale`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._sized: list[tuple[QWidget, float, bool]] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.title = self.label("", 1.55, bold=True)
        self.title.setObjectName("page_title")
        self.layout_.addWidget(self.title)

    def label(self, text: str = "", size: float = 1.0, bold: bool = False) -> QLabel:
        """A wrapped label whose type is `size` times the page's."""
        found = QLabel(text)
        found.setWordWrap(True)
        found.setTextFormat(Qt.TextFormat.PlainText)
        found.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.sized(found, size, bold)
        return found

    def sized(self, widget: QWidget, size: float, bold: bool = False) -> None:
        self._sized.append((widget, size, bold))

    def rescale(self, points: float) -> None:
        """The page's type at `points` (the window picks it from its height)."""
        for widget, size, bold in self._sized:
            font = QFont(widget.font())
            font.setPointSizeF(points * size)
            font.setBold(bold)
            widget.setFont(font)

    def escape(self) -> bool:
        """Esc on this page: True when the page used it (a box closed), else the
        presentation ends."""
        return False


MIN_DPI = 68.0  # Borlänge's NKI chart with its notes fits 1024 × 768 at 71 dpi


def scrolled(body: QWidget) -> QScrollArea:
    """A frameless scroll area around a page's body: text never cut, whatever the screen."""
    area = QScrollArea()
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(body)
    return area


class ChartPage(Page):
    """The NKI chart over the years with the actions, drawn with the charts' large text and
    laid out for the room the page gives it (matplotlib is loaded the first time it is
    shown); drawn again when that room changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.hide()  # the chart has its own title
        self.canvas: Any = None
        self.figure: Any = None
        self.holder = QVBoxLayout()
        self.layout_.addLayout(self.holder, 1)
        self._data: Any = None
        self._scale = 1.0
        self._drawn_for: tuple[int, int, float] | None = None

    def show_chart(self, data: Any) -> None:
        """Draw the chart from its plain data (charts.catalog's "nki"), or a message."""
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.figure = Figure(dpi=100)
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.canvas.setObjectName("presentation_chart")
            self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.canvas.mpl_connect("resize_event", lambda _event: self.fit())
            self.holder.addWidget(self.canvas)
        self._data = data
        self._drawn_for = None
        self.fit()

    def rescale(self, points: float) -> None:
        super().rescale(points)
        # The chart's type grows with the page's (21 points at 1024 × 768), never shrinks.
        self._scale = max(1.0, points / 21.0)

    def fit(self) -> None:
        """The chart laid out for the canvas: the charts' large text at 100 dpi (more on a
        larger screen, as the page's type grows). A chart whose rows need more height than
        the canvas has is laid out again at a lower resolution (not below MIN_DPI, to stay
        readable) rather than cut."""
        if self.canvas is None or self._data is None:
            return
        from charts.style import natural_size

        ratio = self.canvas.device_pixel_ratio
        width, height = max(1, self.canvas.width()), max(1, self.canvas.height())
        room = (width, height, self._scale * ratio)
        if room == self._drawn_for:
            return
        self._drawn_for = room
        dpi = 100.0 * self._scale
        self._draw(width / dpi, height / dpi, dpi * ratio)
        needed = natural_size(self.figure)[1]
        if needed > height / dpi + 0.01:
            dpi = max(MIN_DPI, min(dpi, height / needed))
            self._draw(width / dpi, height / dpi, dpi * ratio)
        self.canvas.draw_idle()

    def _draw(self, width: float, height: float, dpi: float) -> None:
        from charts import catalog
        from charts.style import Style, message_figure

        self.figure.set_dpi(dpi)
        self.figure.set_size_inches(width, height, forward=False)
        if isinstance(self._data, str):
            message_figure(self._data, Style(large=True, size=(width, height)), self.figure)
        else:
            options = catalog.ChartOptions(large=True, size=(width, height), dpi=dpi)
            catalog.draw("nki", self._data, options, self.figure)


class NotesPage(Page):
    """Mötesanteckningar: what was changed during this presentation, by action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Mötesanteckningar"))
        body = QWidget()
        self.lines = QVBoxLayout(body)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.addStretch(1)
        self.layout_.addWidget(scrolled(body), 1)
        self.hint = self.label("", 0.7)
        self.hint.setStyleSheet("color: #555555;")
        self.layout_.addWidget(self.hint)
        self._shown: list[QLabel] = []
        self.points = 20.0

    def show_notes(self, notes: list[NoteLine]) -> None:
        self._sized = [s for s in self._sized if s[0] in (self.title, self.hint)]
        for old in self._shown:
            self.lines.removeWidget(old)  # out of the layout now, not when deleted
            old.hide()
            old.deleteLater()
        self._shown = []
        rows: list[tuple[str, float, bool]] = []
        if not notes:
            rows.append((self.tr("Inget har ändrats under presentationen ännu."), 0.9, False))
        for title, lines in by_action(notes):
            rows.append((title, 1.0, True))
            rows.extend((note_words(line), 0.9, False) for line in lines)
        for index, (text, size, bold) in enumerate(rows):
            shown = self.label(text, size, bold)
            if not bold and notes:
                shown.setIndent(int(self.points * 1.5))  # every wrapped line under the first
            self.lines.insertWidget(index, shown)
            self._shown.append(shown)
        self.hint.setText(self.tr(
            "Ctrl+S sparar anteckningarna som PDF · Esc avslutar presentationen"))
        self.rescale(self.points)

    def rescale(self, points: float) -> None:
        self.points = points
        super().rescale(points)


def note_words(line: NoteLine) -> str:
    """A note in the user's language: "Status: Pågår → Klar", "Kommentar: …"."""
    translate = QCoreApplication.translate
    if line.kind == "status":
        return translate("Presentation", "Status: {before} → {after}").format(
            before=translate("Kod", line.before), after=translate("Kod", line.after))
    if line.kind == "progress":
        return translate("Presentation", "Framsteg: {before} → {after}").format(
            before=line.before, after=line.after)
    return translate("Presentation", "Kommentar: {text}").format(text=line.after)
