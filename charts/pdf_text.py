"""The report's shortcut into matplotlib's PDF: plain Latin lines without shaping them again.

matplotlib's own `draw_text` shapes every line with libraqm and loads every glyph from
FreeType, about 40 µs a character here: most of the time a report of fifty actions took.
For the plain Latin text of the report `draw_line` writes the same PDF operators
`RendererPdf.draw_text` writes (same embedded font, same subsetting through the file's
character tracker, kerning from the font's kern table), with glyph indices and kerning
looked up once per character and pair. The difference: no ligatures (f, i stay two glyphs,
as in every other PDF reader's copy of the text).

`quicken` does the same for every text of a report page, the charts' tick labels, legends
and titles included, and keeps what matplotlib measured for the rest of the file (it
measures each text again on every page, and reads the font's tables for every text).

It writes through matplotlib's private PDF internals, so it is used only on the matplotlib
versions it was checked against (`TESTED`, the range pyproject.toml allows). On any other
version, and for any text it does not handle, `draw_line` answers False and the caller
lets matplotlib draw the line itself: slower, the same text in the file.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

import matplotlib as mpl
from matplotlib.font_manager import fontManager, get_font
from matplotlib.ft2font import FT2Font

# (major, minor) versions of matplotlib whose PDF internals this module was checked against.
TESTED = frozenset({(3, 11)})

try:  # matplotlib 3.11's names; on another version the shortcut stays off (see usable)
    from matplotlib.font_manager import FontPath
    from matplotlib.ft2font import GlyphIndexType, Kerning, LoadFlags

    _NAMES_FOUND = True
except ImportError:  # pragma: no cover - only on a matplotlib outside TESTED
    _NAMES_FOUND = False


@lru_cache(maxsize=4)
def version_tested(version: str) -> bool:
    """True for a matplotlib version string (e.g. "3.11.2") whose major.minor is in TESTED."""
    found = re.match(r"(\d+)\.(\d+)", version)
    return found is not None and (int(found[1]), int(found[2])) in TESTED


def usable() -> bool:
    """Whether the shortcut may be used with the matplotlib that is imported."""
    return _NAMES_FOUND and version_tested(mpl.__version__)


# Latin, Latin-1, Latin Extended A/B, general punctuation (– — … • ’ ”) and currency (€): text
# that needs no shaping beyond kerning. Anything else (another script, a combining accent,
# a character the font lacks) is drawn by matplotlib itself, fallback fonts and all.
def _simple(char: str) -> bool:
    code = ord(char)
    return 0x20 <= code < 0x300 or 0x2000 <= code < 0x2070 or 0x20A0 <= code < 0x20D0


@lru_cache(maxsize=8)
def _metrics_font(fname: str) -> FT2Font:
    font = FT2Font(fname)
    font.set_size(100, 72)
    return font


@lru_cache(maxsize=4096)
def _glyph(fname: str, char: str) -> int:
    """The font's glyph index for `char`; 0 when the font lacks it."""
    return int(_metrics_font(fname).get_char_index(ord(char))) if _simple(char) else 0


@lru_cache(maxsize=4096)
def _glyph_advance(fname: str, glyph: int) -> float:
    """Advance width of a glyph at 1 pt, in points."""
    loaded = _metrics_font(fname).load_glyph(GlyphIndexType(glyph), LoadFlags.NO_HINTING)
    return float(loaded.linearHoriAdvance) / 65536 / 100


@lru_cache(maxsize=65536)
def _kern(fname: str, left: int, right: int) -> float:
    """Kerning between two glyphs at 1 pt, in points (the font's kern table)."""
    font = _metrics_font(fname)
    return font.get_kerning(GlyphIndexType(left), GlyphIndexType(right), Kerning.UNFITTED) / 6400


# What the file's character tracker answered for (font, character, glyph): the same every
# time once recorded, so asked once per file instead of once per character drawn.
_TRACKED: WeakKeyDictionary[Any, dict[tuple[str, str, int], tuple[int, int]]] = WeakKeyDictionary()


def _pdf_internals(renderer: Any) -> tuple[Any, Any] | None:
    """matplotlib's PDF renderer and its operators, when this is one we have checked."""
    if not usable():
        return None
    try:
        from matplotlib.backends import backend_pdf
    except ImportError:  # pragma: no cover - matplotlib always has it
        return None
    if type(renderer) is not backend_pdf.RendererPdf:
        return None
    if mpl.rcParams["pdf.fonttype"] != 42 or mpl.rcParams["pdf.use14corefonts"]:
        return None
    needed = ("_get_font_ttf", "_setup_textpos", "_encode_glyphs", "check_gc")
    if not all(hasattr(renderer, name) for name in needed):
        return None
    if not hasattr(getattr(renderer.file, "_character_tracker", None), "track_glyph"):
        return None
    return renderer.file, backend_pdf.Op


def draw_line(
    renderer: Any, gc: Any, x: float, y: float, text: str, prop: Any, angle: float = 0.0
) -> bool:
    """Write one line of text starting at (x, y), turned `angle` degrees about that point,
    into matplotlib's PDF, or return False.

    False (nothing written) for any renderer but matplotlib's own PDF one, on a matplotlib
    version outside TESTED, for a line with a link, and for a character outside the simple
    Latin ranges or missing from the font: the caller then draws the line with
    `renderer.draw_text`.
    """
    # savefig hands over a MixedModeRenderer: the PDF renderer is behind it, unless that
    # part of the figure is rasterised (then it is Agg, and matplotlib draws the line).
    renderer = getattr(renderer, "_renderer", renderer)
    internals = _pdf_internals(renderer)
    if internals is None or gc.get_url() is not None:
        return False
    file, op = internals
    font = renderer._get_font_ttf(prop)
    fname = font.fname
    glyphs = [_glyph(fname, c) for c in text]
    if 0 in glyphs:
        return False
    size = prop.get_size_in_points()
    font_path = FontPath(fname, font.face_index)
    tracker = file._character_tracker
    tracked = _TRACKED.setdefault(tracker, {})

    chunk: list[float | int] = []

    def flush() -> None:
        if chunk:
            file.output(
                [
                    (-1000 * next(group) / size)
                    if kind is float
                    else renderer._encode_glyphs(group, 42)
                    for kind, group in itertools.groupby(chunk, type)
                ],
                op.showkern,
            )
            chunk.clear()

    renderer.check_gc(gc, gc._rgb)
    file.output(op.gsave)
    turn = math.radians(angle)
    file.output(
        math.cos(turn), math.sin(turn), -math.sin(turn), math.cos(turn), x, y, op.concat_matrix
    )
    file.output(op.begin_text)
    subset_now: int | None = None
    here = start = 0.0
    previous = None
    for char, glyph in zip(text, glyphs, strict=True):
        kern = _kern(fname, previous, glyph) * size if previous is not None else 0.0
        here += kern
        key = (fname, char, glyph)
        if key not in tracked:
            tracked[key] = tracker.track_glyph(font, char, glyph)
        subset, code = tracked[key]
        if subset != subset_now:
            flush()
            file.output(file.fontName(font_path, subset), size, op.selectfont)
            renderer._setup_textpos(here, 0, 0, start, 0, 0)
            subset_now, start = subset, here
        elif kern:
            chunk.append(float(kern))
        chunk.append(int(code))
        here += _glyph_advance(fname, glyph) * size
        previous = glyph
    flush()
    file.output(op.end_text)
    file.output(op.grestore)
    return True


# -- every text of a page, not only the flow's lines


@dataclass
class _Measured:
    """What one PDF file's pages have measured so far: the same answers on every page."""

    sizes: dict[tuple[str, tuple[Any, ...]], tuple[float, float, float]] = field(
        default_factory=dict
    )
    heights: dict[tuple[Any, ...], tuple[float | None, float | None, float | None]] = field(
        default_factory=dict
    )


_MEASURED: WeakKeyDictionary[Any, _Measured] = WeakKeyDictionary()


def _prop_key(prop: Any) -> tuple[Any, ...]:
    # Every property of the font, as FontProperties' own hash and equality take them.
    return tuple(vars(prop).values())


def _height_metrics(prop: Any) -> tuple[float | None, float | None, float | None]:
    """The ascent, descent and line gap `Text` reads from the font's tables for every text
    it lays out, worked out as `Text._get_layout` does on a PDF page (72 dpi)."""
    font: Any = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, gap_key, ascent_key, descent_key in (
        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
        ("hhea", "lineGap", "ascent", "descent"),
    ):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        fontsize = prop.get_size_in_points()
        units_per_em = font.get_sfnt_table("head")["unitsPerEm"]
        scale = 1 / units_per_em * fontsize * 72 / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None


def quicken(renderer: Any) -> None:
    """Let the renderer of one page of matplotlib's PDF measure and draw every text quickly.

    matplotlib measures a text again on every page (its cache lives as long as the page's
    renderer), reads the font's tables for every text it lays out and shapes every text it
    draws: a few milliseconds a text, most of the time a report's chart pages took. Here
    the page's renderer keeps what the file's earlier pages measured, the same numbers
    matplotlib works out, and draws plain Latin text with `draw_line` (turned as the
    text is). Anything else, any other renderer and any matplotlib outside TESTED is left
    as it is.
    """
    renderer = getattr(renderer, "_renderer", renderer)
    if _pdf_internals(renderer) is None or "draw_text" in vars(renderer):
        return
    measured = _MEASURED.setdefault(renderer.file, _Measured())
    measure: Callable[..., tuple[float, float, float]] = renderer.get_text_width_height_descent
    draw: Callable[..., None] = renderer.draw_text

    def get_text_width_height_descent(s: str, prop: Any, ismath: Any) -> Any:
        if ismath:
            return measure(s, prop, ismath)
        key = (s, _prop_key(prop))
        found = measured.sizes.get(key)
        if found is None:
            found = measured.sizes[key] = measure(s, prop, ismath)
        return found

    def font_height_metrics(prop: Any) -> tuple[float | None, float | None, float | None]:
        key = _prop_key(prop)
        found = measured.heights.get(key)
        if found is None:
            found = measured.heights[key] = _height_metrics(prop)
        return found

    def draw_text(
        gc: Any, x: float, y: float, s: str, prop: Any, angle: float,
        ismath: Any = False, mtext: Any = None,
    ) -> None:
        plain = mtext is None or (
            mtext.get_fontfeatures() is None and mtext.get_language() is None
        )
        if ismath or not plain or not draw_line(renderer, gc, x, y, s, prop, angle):
            draw(gc, x, y, s, prop, angle, ismath, mtext)

    renderer.get_text_width_height_descent = get_text_width_height_descent
    renderer._get_font_height_metrics = font_height_metrics
    renderer.draw_text = draw_text
