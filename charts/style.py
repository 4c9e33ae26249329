"""The look shared by every chart: palette, markers, line styles, sizes, Swedish labels.

Colours are the Okabe–Ito palette (told apart by the common kinds of colour blindness);
every series also has its own marker and line style, and every status its own hatch, so
a chart still reads when printed in black and white.
"""

from __future__ import annotations

import datetime as dt
import os
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import matplotlib
from matplotlib.artist import Artist
from matplotlib.axis import Axis
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from models.codes import Group, Status
from models.words import number_text

BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#777777"
LIGHT_GREY = "#BBBBBB"

SV_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass(frozen=True)
class Look:
    """How one series is drawn."""

    colour: str
    marker: str
    linestyle: Any


GROUP_LOOKS = {
    Group.FORETAG: Look(BLUE, "o", "-"),
    Group.PRIVATPERSONER: Look(VERMILLION, "s", "--"),
    Group.TOTALT: Look(BLACK, "D", "-."),
}
COMPARISON_LOOKS = {
    Group.FORETAG: Look(SKY, "^", ":"),
    Group.PRIVATPERSONER: Look(ORANGE, "v", ":"),
    Group.TOTALT: Look(GREY, "<", ":"),
}


@dataclass(frozen=True)
class StatusLook:
    colour: str
    hatch: str


STATUS_LOOKS = {
    Status.EJ_PABORJAD: StatusLook(LIGHT_GREY, ""),
    Status.PAGAR: StatusLook(BLUE, "//"),
    Status.KLAR: StatusLook(GREEN, ""),
    Status.PAUSAD: StatusLook(ORANGE, ".."),
    Status.AVBRUTEN: StatusLook(PURPLE, "xx"),
}
OVERDUE_COLOUR = VERMILLION
HIGH_BAND_COLOUR = "#CFEBDD"
SHADE_COLOUR = YELLOW

# Swedish labels in one place.
LABELS = {
    "year": "År (mätår)",
    "nki": "NKI (0–100)",
    "index": "Index (0–100)",
    "today": "Idag",
    "target": "Mål",
    "overdue": "försenad",
    "undated": "ej daterad",
    "milestone": "Milstolpe",
    "milestone_done": "Milstolpe, avklarad",
    "no_results": "Inga resultat ännu",
    "no_actions": "Inga åtgärder ännu",
    "actions": "Åtgärder",
    "margin": "felmarginal (95 %)",
    "preliminary": "preliminärt",
}


@dataclass(frozen=True)
class Style:
    """How big a chart's text is and how much room it gets.

    `size` (width, height in inches) is the space a chart is given: the window's canvas, a
    file of so many pixels (`from_pixels`), a page. Without it a chart takes its own natural
    size. A chart with rows (actions) never gets shorter than its rows need: it grows
    taller and the window scrolls.
    """

    large: bool = False
    panel_width: float | None = None  # inches: a chart in a side panel (the Effekt tab)
    size: tuple[float, float] | None = None
    dpi: float = 100.0

    @classmethod
    def from_pixels(cls, width: int, height: int, dpi: float = 100.0, large: bool = False) -> Style:
        return cls(large=large, size=(width / dpi, height / dpi), dpi=dpi)

    @property
    def scale(self) -> float:
        return 1.45 if self.large else 1.0

    @property
    def font(self) -> float:
        return 10.0 * self.scale

    @property
    def small(self) -> float:
        return 8.5 * self.scale

    @property
    def title(self) -> float:
        return 13.0 * self.scale

    @property
    def line_width(self) -> float:
        return 2.0 * (1.3 if self.large else 1.0)

    @property
    def marker_size(self) -> float:
        return 7.0 * (1.4 if self.large else 1.0)

    @property
    def width(self) -> float:
        """Figure width in inches (16:9 for a projector)."""
        if self.panel_width is not None:
            return self.panel_width
        if self.size is not None:
            return self.size[0]
        return 13.33 if self.large else 10.0

    def height(self, natural: float, least: float = 0.0) -> float:
        """The figure's height: the given one (but never below `least`, what the rows need),
        else the chart's `natural` one."""
        if self.size is None:
            return max(natural, least)
        return max(self.size[1], least)

    @property
    def narrow(self) -> bool:
        """Too narrow for a legend beside the plot: it goes below the chart instead."""
        return self.width * 72 / self.font < 95

    def wrap(self, text: str, share: float = 0.95, size: float | None = None) -> str:
        """Text broken into lines that fill about `share` of the figure's width."""
        # An average character of DejaVu Sans is about 0.55 em wide; wide letters (m, w,
        # capitals, digits) in one line can make it 0.6.
        chars = share * self.width * 72 / ((size or self.small) * 0.6)
        return textwrap.fill(text, max(16, int(chars)), break_long_words=True)

    def rc(self) -> dict[str, Any]:
        return {
            **PLAIN_TEXT,
            "font.size": self.font,
            "axes.titlesize": self.font * 1.1,
            "axes.labelsize": self.font,
            "xtick.labelsize": self.small,
            "ytick.labelsize": self.small,
            "legend.fontsize": self.small,
            "figure.titlesize": self.title,
            "lines.linewidth": self.line_width,
            "lines.markersize": self.marker_size,
            "hatch.linewidth": 0.8,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.fonttype": "path",
            "pdf.fonttype": 42,
        }


# Every text is plain text: titles, labels and notes come from the users, and matplotlib
# would read a text with two "$" as math ("$x^{$" failed every chart, "Pris 5$ och 10$" lost
# its dollars). A Text takes the setting when it is made, so every figure's texts are made
# inside `applied` (or `rc_settings`), never after it.
PLAIN_TEXT = {"text.parse_math": False}

# matplotlib's settings (rcParams) are one global dict that rc_context changes for a while
# and then puts back. Two threads doing so at once (the window drawing a chart while a
# worker lays out the report) would put back each other's settings for good: they take
# turns.
_RC_TURN = threading.RLock()


@contextmanager
def rc_settings(settings: dict[str, Any]) -> Iterator[None]:
    """matplotlib's `settings` while a figure is built or saved, one thread at a time."""
    with _RC_TURN, matplotlib.rc_context(settings):  # type: ignore[arg-type]
        yield


@contextmanager
def applied(style: Style) -> Iterator[None]:
    """matplotlib's settings for this style while a figure is built (no global change)."""
    with rc_settings(style.rc()):
        yield


def new_figure(
    style: Style, height: float, fig: Figure | None = None, least: float = 0.0
) -> Figure:
    """A fresh figure, or the given one cleared (the window's canvas keeps its figure).

    `height` is the chart's natural height, `least` what its rows need at the least; with
    a given size (`style.size`) the figure is that size, but never shorter than `least`."""
    height = style.height(height, least)
    if fig is None:
        fig = Figure(figsize=(style.width, height), dpi=style.dpi)
    else:
        fig.clear()
    setattr(fig, NATURAL_SIZE, (style.width, height))
    fig.set_layout_engine("constrained")
    return fig


NATURAL_SIZE = "insiktskollen_natural_size"
"""Attribute of a drawn figure: the (width, height) in inches the chart was made for.

A window that draws into its own canvas uses it to give tall charts room to scroll."""


FigureLike = TypeVar("FigureLike", bound=Artist)

ROW_TIPS = "insiktskollen_row_tips"
"""Attribute of a drawn figure with rows (effect, timeline, matrix, NKI's lanes): a `RowTips`."""


@dataclass(frozen=True)
class RowTips:
    """The full text of each row, for a tooltip: rows (low, high, text) on the y axis that
    `axes` share."""

    axes: tuple[Any, ...]
    rows: tuple[tuple[float, float, str], ...]


def row_tip(
    fig: Any, axes: Any, y: float | None, pixel: tuple[float, float] | None = None
) -> str:
    """The full text of the row at `y` of `axes` (where the mouse is), or "".

    Over a row's label left of the axes (`axes` None there), `pixel` (the mouse in the
    canvas's pixels) finds the row."""
    tips = getattr(fig, ROW_TIPS, None)
    if not isinstance(tips, RowTips):
        return ""
    if axes not in tips.axes and pixel is not None:
        px, py = pixel
        for candidate in tips.axes:
            box = candidate.bbox
            if px < box.x0 and box.y0 <= py <= box.y1:
                axes, y = candidate, float(candidate.transData.inverted().transform(pixel)[1])
                break
    if y is None or axes not in tips.axes:
        return ""
    return next((text for low, high, text in tips.rows if low <= y < high), "")


def set_row_tips(fig: Any, axes: Any, rows: list[tuple[float, float, str]]) -> None:
    """The full texts of rows whose labels were shortened, for the window's tooltip."""
    setattr(fig, ROW_TIPS, RowTips((axes,), tuple(rows)))


def plain_texts(fig: FigureLike) -> FigureLike:
    """Every text of the figure drawn as typed, never as TeX math: a title "Pris 5$ och
    10$" keeps its dollars, and a lone "{" cannot stop the drawing. Called last by each
    chart, when its texts (titles, labels, ticks, legends, notes) are all made.

    An axis's ticks are looked at only when they exist already (labels set by a chart);
    asking an axis for its children would make every tick, which costs more than the
    chart (ticks made later, at drawing, are numbers and dates)."""
    _plain(fig)
    return fig


def _plain(artist: Any) -> None:
    if isinstance(artist, Axis):
        ticks = [*vars(artist).get("majorTicks", []), *vars(artist).get("minorTicks", [])]
        for text in (artist.label, artist.offsetText,
                     *(t for tick in ticks for t in (tick.label1, tick.label2))):
            text.set_parse_math(False)
        return
    if isinstance(artist, Text):
        artist.set_parse_math(False)
    for child in artist.get_children():
        _plain(child)


def natural_size(fig: Figure) -> tuple[float, float]:
    found = getattr(fig, NATURAL_SIZE, None)
    if found is None:
        width, height = fig.get_size_inches()
        return float(width), float(height)
    return found  # type: ignore[no-any-return]


def message_figure(text: str, style: Style, fig: Figure | None = None, detail: str = "") -> Figure:
    """A figure that only says why there is nothing to draw."""
    with applied(style):
        fig = new_figure(style, 4.0, fig)
        fig.set_layout_engine(None)
        fig.text(0.5, 0.55, text, ha="center", va="center", fontsize=style.title, gid="message")
        if detail:
            fig.text(
                0.5,
                0.4,
                style.wrap(detail, 0.8, style.font),
                ha="center",
                va="center",
                fontsize=style.font,
                color=GREY,
            )
    return plain_texts(fig)


def number(value: float, decimals: int = 0) -> str:
    """A number in Swedish: decimal comma, Unicode minus."""
    text = f"{value:.{decimals}f}".replace(".", ",")
    return number_text(text.replace("-", "\u2212"))  # −0,04 rounded is "0", not "−0"


def tick_number(value: float, _pos: int | None = None) -> str:
    """An axis tick in Swedish: "77,5", "80" (as many decimals as the tick needs, up to 2)."""
    for decimals in (0, 1):
        if abs(value * 10**decimals - round(value * 10**decimals)) < 1e-6:
            return number(value, decimals)
    return number(value, 2)


def swedish_ticks(*axes: Any) -> None:
    """Decimal commas on the numbers of these axes (ax.xaxis, ax.yaxis), as on the labels."""
    for axis in axes:
        axis.set_major_formatter(FuncFormatter(tick_number))


def signed(value: float) -> str:
    text = number(abs(value), 0 if float(value).is_integer() else 1)
    if not any(c in "123456789" for c in text):
        return "±" + text  # a change that rounds to nought has no sign
    return ("+" if value > 0 else "\u2212" if value < 0 else "±") + text


def swedish_date(day: dt.date) -> str:
    return f"{day.day} {SV_MONTHS[day.month - 1]} {day.year}"


def year_x(year: int) -> float:
    """Where a measuring year sits on a date axis: the middle of the year."""
    return float(date2num(dt.date(year, 7, 1)))


def date_x(day: dt.date) -> float:
    return float(date2num(day))


def short(text: str, length: int = 30) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def short_distinct(texts: list[str], length: int = 30) -> list[str]:
    """Each text shortened to `length` as `short` does, but texts that would then read
    alike keep the words where they differ: "Åtgärdsförslag 4 (ej namngivet ännu)" and
    "… 5 …" at 15 become "Åtgärdsförsla…4" and "Åtgärdsförsla…5", not "Åtgärdsförsla…"
    twice (rows nobody can tell apart)."""
    shorts = [short(t, length) for t in texts]
    groups: dict[str, set[str]] = {}
    for text, shown in zip(texts, shorts, strict=True):
        groups.setdefault(shown, set()).add(text)
    for index, text in enumerate(texts):
        alike = groups[shorts[index]]
        if len(alike) < 2:
            continue
        first = len(os.path.commonprefix(sorted(alike)))  # where they begin to differ
        # from the first difference to the end of its word, at most a third of the room
        tail = (text[first:].split() or [""])[0][: max(3, length // 3)]
        head = text[: max(1, length - len(tail) - 1)].rstrip()
        shorts[index] = f"{head}…{tail}"
    return shorts


def notes_inches(notes: list[str] | tuple[str, ...], style: Style) -> float:
    """How tall the footnotes are once wrapped to the figure's width."""
    if not notes:
        return 0.0
    lines = sum(style.wrap("• " + n).count("\n") + 1 for n in notes)
    return lines * style.small * 1.25 / 72 + 0.15


def title_inches(text: str, style: Style) -> float:
    """How tall the chart's title is once wrapped."""
    return (style.wrap(text, 0.92, style.title).count("\n") + 1) * style.title * 1.3 / 72 + 0.1


def add_notes(fig: Figure, notes: list[str] | tuple[str, ...], style: Style) -> None:
    """Footnotes under the chart (the layout makes room for them)."""
    if not notes:
        return
    text = "\n".join(style.wrap("• " + n) for n in notes)
    fig.supxlabel(text, x=0.01, ha="left", fontsize=style.small, color="#333333")


def side_legend(ax: Any, handles: list[Any], style: Style) -> None:
    """A legend to the right of `ax`, its top level with the axes (under the title)."""
    if handles:
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            borderaxespad=0.0,
            frameon=False,
            fontsize=style.small,
        )


def figure_title(fig: Figure, text: str, style: Style) -> None:
    """The chart's title at the top left, broken into lines if it is too long."""
    fig.suptitle(style.wrap(text, 0.92, style.title), x=0.01, ha="left", fontweight="bold")
