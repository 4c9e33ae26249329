"""Text that flows over A4 pages of matplotlib figures: wrapped, paginated, never clipped.

matplotlib does not wrap or paginate text by itself, so lines are measured here with the
font's own advance widths and placed one by one from the top of the page down. When the
next block does not fit, a new page begins. Everything is vector text in an embedded
TrueType font (pdf.fonttype 42), so the PDF can be searched and copied from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from matplotlib import colors as mcolors
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from charts import pdf_text
from charts.style import PLAIN_TEXT

A4_PORTRAIT = (8.27, 11.69)  # inches
A4_LANDSCAPE = (11.69, 8.27)
PT = 72.0
MARGIN = 0.7 * PT  # left, right and top, in points
FOOTER = 0.75 * PT  # room for the footer at the bottom
FONT = "DejaVu Sans"
TEXT = "#111111"
MUTED = "#555555"
RULE = "#BBBBBB"
LEADING = 1.28
ASCENT = 0.93  # DejaVu Sans: from the top of a line to its baseline, in em

RC = {
    **PLAIN_TEXT,
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "axes.spines.top": False,
    "axes.spines.right": False,
}


@lru_cache(maxsize=4)
def _font(bold: bool) -> object:
    # An own FT2Font: the one matplotlib caches is resized by every text it draws.
    path = findfont(FontProperties(family=FONT, weight="bold" if bold else "normal"))
    font = FT2Font(path)
    font.set_size(100, 72)
    return font


@lru_cache(maxsize=8192)
def _advance(char: str, bold: bool) -> float:
    """Width of a character at 1 pt, in points."""
    font = _font(bold)
    try:
        glyph = font.load_char(ord(char))  # type: ignore[attr-defined]
    except (RuntimeError, ValueError, OverflowError):
        return 0.6
    return float(glyph.linearHoriAdvance) / 65536 / 100


def text_width(text: str, size: float, bold: bool = False) -> float:
    # A little more than the advances: hinting and kerning make drawn text a few per cent
    # wider, and a line must never reach past its column.
    return sum(_advance(c, bold) for c in text) * size * 1.04


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines no wider than `width` points; long words are broken, paragraphs kept."""
    lines: list[str] = []
    # Slack for kerning and rounding, so that no line ever touches the edge.
    width *= 0.98
    for paragraph in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = paragraph.replace("\t", " ").split(" ")
        line = ""
        advances = 0.0  # the line's advances summed as text_width sums them, left to right
        for word in words:
            # The line's sum carried on over " word": the very number text_width(candidate)
            # would add up from the start, without measuring the line again for every word.
            if line:
                candidate, summed = f"{line} {word}", advances + _advance(" ", bold)
            else:
                candidate, summed = word, 0.0
            for char in word:
                summed += _advance(char, bold)
            if summed * size * 1.04 <= width:
                line, advances = candidate, summed
                continue
            if line:
                lines.append(line)
            while text_width(word, size, bold) > width:
                cut = _fit(word, width, size, bold)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
            advances = 0.0
            for char in word:
                advances += _advance(char, bold)
        lines.append(line)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _fit(word: str, width: float, size: float, bold: bool) -> int:
    used = 0.0
    for index, char in enumerate(word):
        used += _advance(char, bold) * size
        if used > width:
            return max(1, index)
    return len(word)


class FlowText(Text):
    """One line the flow has measured and placed: left-aligned on its baseline, not rotated.

    A plain `Text` asks the renderer to measure every line again before drawing it (font
    shaping, character by character), only to find the offset that left/baseline alignment
    makes zero anyway. This one goes straight to `renderer.draw_text`, so the PDF gets the
    same text operators in about half the time; in matplotlib's own PDF a plain Latin line
    goes quicker still through `pdf_text.draw_line`, where the matplotlib version allows
    it. `$` is plain text, never mathtext: the flow measured the characters, and a user's
    "$5$" must print as typed.
    """

    def draw(self, renderer: RendererBase) -> None:
        if renderer is not None:
            self._renderer = renderer
        text = self.get_text()
        if not self.get_visible() or not text:
            return
        x, y = self.get_transform().transform(self.get_unitless_position())
        if renderer.flipy():
            y = renderer.get_canvas_width_height()[1] - y
        renderer.open_group("text", self.get_gid())
        gc = renderer.new_gc()
        gc.set_foreground(mcolors.to_rgba(self.get_color()), isRGBA=True)
        gc.set_alpha(self.get_alpha())  # type: ignore[arg-type]  # None is allowed
        gc.set_url(self.get_url())
        gc.set_antialiased(self.get_antialiased())
        gc.set_snap(self.get_snap())
        self._set_gc_clip(gc)  # type: ignore[attr-defined]  # Artist's own, as Text.draw does
        prop = self.get_fontproperties()
        if not pdf_text.draw_line(renderer, gc, x, y, text, prop):
            renderer.draw_text(gc, x, y, text, prop, 0.0, ismath=False, mtext=self)
        gc.restore()
        renderer.close_group("text")
        self.stale = False


class Page(Figure):
    """An A4 page of the flow. In matplotlib's own PDF it measures and draws its texts,
    the charts' too, the quick way (`pdf_text.quicken`); anywhere else it is any Figure."""

    def draw(self, renderer: RendererBase) -> None:
        pdf_text.quicken(renderer)
        super().draw(renderer)


def put(fig: Figure, x: float, y: float, text: str, size: float, bold: bool, colour: str) -> Text:
    """A `FlowText` at figure fraction (x, y), its baseline at y; listed in `fig.texts`."""
    artist = FlowText(
        x,
        y,
        text,
        fontsize=size,
        fontweight="bold" if bold else "normal",
        color=colour,
        va="baseline",
        ha="left",
        parse_math=False,
        transform=fig.transSubfigure,
    )
    artist.set_figure(fig)
    fig.texts.append(artist)
    artist._remove_method = fig.texts.remove  # type: ignore[attr-defined]
    fig.stale = True
    return artist


@dataclass
class Cell:
    text: str
    bold: bool = False
    colour: str = TEXT


class Flow:
    """A cursor over pages: blocks are placed top-down, a new page when one is full."""

    def __init__(self, decorate: Callable[[Figure, bool], None] | None = None) -> None:
        self.pages: list[Figure] = []
        self.decorate = decorate
        self.fig: Figure | None = None
        self.y = 0.0  # points from the top of the current page
        self.continued = ""  # heading repeated when a block runs over to a new page
        self.reach = 0.0  # the lowest point any block asked room down to, on this page
        self.dry = False  # measuring only: places nothing (see `measure`)

    def measure(self, block: Callable[[Flow], None]) -> float | None:
        """How tall `block` is on a page of its own (every room it asks for counted), or
        None when it needs more than one page. The block is drawn on a scratch page that
        is thrown away, and nothing is placed on it (`dry`): lines are wrapped and counted, no
        text or chart is made."""
        scratch = Flow()
        scratch.dry = True
        scratch.continued = self.continued
        scratch.new_page()
        block(scratch)
        if len(scratch.pages) > 1:
            return None
        return max(scratch.y, scratch.reach) - MARGIN

    def keep_together(self, block: Callable[[Flow], None], gap: float = 0.0) -> None:
        """`block` on this page when it fits below what is there (after `gap` points),
        else from the top of a new page; one taller than a page flows over as usual."""
        height = self.measure(block) if self.fig is not None else None
        if height is not None and self.fig is not None and height + gap <= self.room:
            self.space(gap)
        else:
            self.new_page()
        block(self)

    # -- pages

    def new_page(self, landscape: bool = False, decorate: bool = True) -> Figure:
        size = A4_LANDSCAPE if landscape else A4_PORTRAIT
        fig = Page(figsize=size, dpi=72)
        self.pages.append(fig)
        self.fig = fig
        self.y = MARGIN
        self.reach = MARGIN
        if decorate and self.decorate is not None:
            self.decorate(fig, landscape)
        return fig

    @property
    def width(self) -> float:
        assert self.fig is not None
        return self.fig.get_figwidth() * PT - 2 * MARGIN

    @property
    def height(self) -> float:
        assert self.fig is not None
        return self.fig.get_figheight() * PT

    @property
    def room(self) -> float:
        return self.height - FOOTER - self.y

    def ensure(self, needed: float) -> None:
        """Begin a new page unless `needed` points still fit on this one."""
        self.reach = max(self.reach, self.y + needed)
        if self.fig is None or needed > self.room:
            self.new_page()
            if self.continued:
                for line in wrap(self.continued + " (forts.)", self.width, 10, True):
                    self._line(line, 10, True, MUTED, 0)
                self.y += 4

    def space(self, points: float) -> None:
        if self.fig is not None and self.room > points:
            self.y += points

    # -- drawing

    def _fx(self, x: float) -> float:
        assert self.fig is not None
        return x / (self.fig.get_figwidth() * PT)

    def _fy(self, y: float) -> float:
        return 1 - y / self.height

    def _line(self, text: str, size: float, bold: bool, colour: str, indent: float) -> None:
        assert self.fig is not None
        if self.dry:
            self.y += size * LEADING
            return
        put(
            self.fig,
            self._fx(MARGIN + indent),
            self._fy(self.y + size * ASCENT),
            text,
            size,
            bold,
            colour,
        )
        self.y += size * LEADING

    def text(
        self,
        text: str,
        size: float = 9.5,
        bold: bool = False,
        colour: str = TEXT,
        indent: float = 0.0,
        keep: int = 2,
        bullet: bool = False,
    ) -> None:
        """A wrapped paragraph; at least `keep` lines stay together with what follows.

        A `bullet` paragraph hangs: its wrapped lines start under the text, not the bullet.
        """
        hang = text_width("• ", size, bold) if bullet else 0.0
        lines = wrap(text, self.width - indent - hang, size, bold)
        self.ensure(min(len(lines), keep) * size * LEADING)
        for number, line in enumerate(lines):
            self.ensure(size * LEADING)
            if bullet and number == 0:
                self._line("• " + line, size, bold, colour, indent)
            else:
                self._line(line, size, bold, colour, indent + hang)

    def heading(self, text: str, size: float = 14.0, after: float = 40.0) -> None:
        """A heading kept together with at least `after` points of what follows it."""
        lines = wrap(text, self.width, size, True)
        self.ensure(len(lines) * size * LEADING + after)
        for line in lines:
            self._line(line, size, True, TEXT, 0)
        self.y += size * 0.3

    def masthead(self, title: str, subtitle: str, size: float) -> None:
        """A document's title, a muted line under it and a rule, on a new page."""
        self.new_page()
        self.text(title, size=size, bold=True)
        self.text(subtitle, size=11, colour=MUTED)
        self.rule()
        self.space(6)

    def rule(self, colour: str = RULE) -> None:
        assert self.fig is not None
        self.ensure(6)
        self.y += 3
        self.fig.add_artist(_rect(self.fig, MARGIN, self.y, self.width, 0.6, colour, self.height))
        self.y += 4

    def table(
        self,
        headers: Sequence[str],
        widths: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        size: float = 8.0,
        shade: bool = True,
    ) -> None:
        """Rows of wrapped cells; the header is repeated on every page the table reaches."""
        pad = 3.0
        scaled = column_widths(headers, widths, rows, size, pad, self.width)
        line = size * LEADING

        def header() -> None:
            wrapped = [
                wrap(h, w - 2 * pad, size, True) for h, w in zip(headers, scaled, strict=True)
            ]
            height = max(len(w) for w in wrapped) * line + 2 * pad
            self.ensure(height + 2 * line)
            assert self.fig is not None
            self.fig.add_artist(
                _rect(self.fig, MARGIN, self.y, self.width, height, "#DDE6F0", self.height)
            )
            self._cells(wrapped, scaled, [True] * len(headers), [TEXT] * len(headers), size, pad)
            self.y += height

        header()
        for index, row in enumerate(rows):
            wrapped = [
                wrap(c.text, w - 2 * pad, size, c.bold) for c, w in zip(row, scaled, strict=True)
            ]
            height = max(len(w) for w in wrapped) * line + 2 * pad
            self.reach = max(self.reach, self.y + height)
            if height > self.room:
                self.new_page()
                header()
            assert self.fig is not None
            if shade and index % 2:
                self.fig.add_artist(
                    _rect(self.fig, MARGIN, self.y, self.width, height, "#F2F4F7", self.height)
                )
            self._cells(wrapped, scaled, [c.bold for c in row], [c.colour for c in row], size, pad)
            self.y += height

    def _cells(
        self,
        wrapped: list[list[str]],
        widths: list[float],
        bold: list[bool],
        colours: list[str],
        size: float,
        pad: float,
    ) -> None:
        assert self.fig is not None
        if self.dry:
            return
        x = MARGIN
        for lines, width, is_bold, colour in zip(wrapped, widths, bold, colours, strict=True):
            y = self.y + pad
            for text in lines:
                put(
                    self.fig,
                    self._fx(x + pad),
                    self._fy(y + size * ASCENT),
                    text,
                    size,
                    is_bold,
                    colour,
                )
                y += size * LEADING
            x += width

    def fields(self, pairs: Sequence[tuple[str, str]], size: float = 9.5) -> None:
        """Label and value side by side; the value wraps beside its label."""
        label_width = max(text_width(label, size, True) for label, _ in pairs) + 12
        for label, value in pairs:
            lines = wrap(value or "–", self.width - label_width, size)
            first = True
            self.ensure(min(len(lines), 2) * size * LEADING)
            for text in lines:
                self.ensure(size * LEADING)
                assert self.fig is not None
                baseline = self._fy(self.y + size * ASCENT)
                if self.dry:
                    pass
                elif first:
                    put(self.fig, self._fx(MARGIN), baseline, label, size, True, MUTED)
                    first = False
                if not self.dry:
                    put(self.fig, self._fx(MARGIN + label_width), baseline, text, size, False, TEXT)
                self.y += size * LEADING
            self.y += 1.5

    def axes(self, height: float, left_pad: float = 40, bottom_pad: float = 28) -> Axes | None:
        """An Axes at the cursor, `height` points tall including room for its tick labels
        (None when measuring: the room is taken, nothing drawn)."""
        self.ensure(height)
        assert self.fig is not None
        if self.dry:
            self.y += height
            return None
        page_w = self.fig.get_figwidth() * PT
        box = (
            (MARGIN + left_pad) / page_w,
            1 - (self.y + height - bottom_pad) / self.height,
            (self.width - left_pad - 150) / page_w,
            (height - bottom_pad - 14) / self.height,
        )
        self.y += height
        return self.fig.add_axes(box)


def column_widths(
    headers: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[Cell]],
    size: float,
    pad: float,
    available: float,
) -> list[float]:
    """The given shares of `available`, widened where a word (a date) would be broken.

    The room a column needs for its longest word is taken from the columns that have
    more than they need, in proportion to what they can spare.
    """
    total = sum(widths)
    scaled = [w / total * available for w in widths]
    needs = []
    for index, header in enumerate(headers):
        words = [(w, True) for w in header.split()] + [
            (w, row[index].bold) for row in rows for w in row[index].text.split()
        ]
        longest = max((text_width(w, size, b) for w, b in words), default=0.0)
        needs.append(min(longest + 2 * pad + 1, available * 0.35))
    short = sum(max(0.0, n - w) for n, w in zip(needs, scaled, strict=True))
    spare = [max(0.0, w - n) for n, w in zip(needs, scaled, strict=True)]
    if short <= 0 or sum(spare) < short:
        return scaled
    ratio = short / sum(spare)
    return [
        max(n, w) if n > w else w - s * ratio for n, w, s in zip(needs, scaled, spare, strict=True)
    ]


def _rect(
    fig: Figure, x: float, y: float, w: float, h: float, colour: str, page_h: float
) -> Rectangle:
    page_w = fig.get_figwidth() * PT
    return Rectangle(
        (x / page_w, 1 - (y + h) / page_h),
        w / page_w,
        h / page_h,
        transform=fig.transFigure,
        facecolor=colour,
        edgecolor="none",
        zorder=-1,
    )

