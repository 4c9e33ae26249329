"""The report's shortcut into matplotlib's PDF: plain Latin lines without shaping them again.

matplotlib's own `draw_text` shapes every line with libraqm and loads every glyph from
FreeType, about 40 µs a character here: most of the time a report of fifty actions took.
For the plain Latin text of the report `draw_line` writes the same PDF operators
`RendererPdf.draw_text` writes (same embedded font, same subsetting through the file's
character tracker, kerning from the font's kern table), with glyph indices and kerning
looked up once per character and pair. The difference: no ligatures (f, i stay two glyphs,
as in every other PDF reader's copy of the text).

It writes through matplotlib's private PDF internals, so it is used only on the matplotlib
versions it was checked against (`TESTED`, the range pyproject.toml allows). On any other
version, and for any text it does not handle, `draw_line` answers False and the caller
lets matplotlib draw the line itself: slower, the same text in the file.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

import matplotlib as mpl
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


def draw_line(renderer: Any, gc: Any, x: float, y: float, text: str, prop: Any) -> bool:
    """Write one line of left-aligned text at (x, y) into matplotlib's PDF, or return False.

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
    file.output(1.0, 0.0, -0.0, 1.0, x, y, op.concat_matrix)
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
