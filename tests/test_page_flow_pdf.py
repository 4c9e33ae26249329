"""The report's own way of writing text into the PDF (charts/page_flow.py, charts/pdf_text.py).

Plain Latin lines go straight into matplotlib's PDF without being shaped again, on the
matplotlib versions that shortcut was checked with; anything else, and any other version,
is drawn by matplotlib itself. Either way a reader must find the same text, in the embedded
DejaVu font, at the place the flow put it.
"""

from __future__ import annotations

import os
import subprocess
import sys

import matplotlib
import pytest
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from pypdf import PdfReader

from charts import page_flow, pdf_text
from charts.page_flow import RC, put
from tests.conftest import ROOT

LINES = [
    "Åtgärd för öppet hus – 5 € “citat” … • Ärende, Öst och VAT 7/9",  # the quick way
    "Grekiska αβγ och 漢字",  # another script: matplotlib's own way, with fallback fonts
    "Kostar $5$ och $6$ kr",  # dollars are text, not mathtext
]


def spy_on_quick_lines(monkeypatch, quick: bool) -> list[bool]:
    """Whether each text line took the quick way (filled as the page is saved); with
    `quick` False, every line is sent matplotlib's way."""
    used: list[bool] = []
    original = pdf_text.draw_line

    def spy(*args):  # type: ignore[no-untyped-def]
        done = original(*args) if quick else False
        used.append(done)
        return done

    monkeypatch.setattr(pdf_text, "draw_line", spy)
    return used


def write(path, monkeypatch, quick: bool = True) -> list[bool]:
    used = spy_on_quick_lines(monkeypatch, quick)
    with matplotlib.rc_context(RC):  # type: ignore[arg-type]
        fig = Figure(figsize=page_flow.A4_PORTRAIT, dpi=72)
        for number, line in enumerate(LINES):
            put(fig, 0.1, 0.9 - number * 0.05, line, 10, number == 0, "#111111")
        with PdfPages(path) as pdf:
            pdf.savefig(fig)
    return used


def positions(path) -> list[tuple[str, float, float]]:
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            found.append((text.strip(), round(cm[4] + tm[4], 1), round(cm[5] + tm[5], 1)))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_latin_lines_take_the_quick_way_and_read_the_same(tmp_path, monkeypatch) -> None:
    quick, slow = tmp_path / "snabb.pdf", tmp_path / "matplotlib.pdf"
    assert write(quick, monkeypatch) == [True, False, True]
    assert write(slow, monkeypatch, quick=False) == [False, False, False]
    text = " ".join(PdfReader(quick).pages[0].extract_text().split())
    assert text == " ".join(PdfReader(slow).pages[0].extract_text().split())
    for line in (LINES[0], "Grekiska αβγ", LINES[2]):
        assert line in text
    # Each line starts where the flow put it (the first glyph of each, same in both files).
    starts_quick = [p for p in positions(quick) if p[0][:3] in ("Åtg", "Kos")]
    starts_slow = [p for p in positions(slow) if p[0][:3] in ("Åtg", "Kos")]
    assert [p[1:] for p in starts_quick] == [p[1:] for p in starts_slow]
    assert starts_quick[0][1:] == (round(0.1 * 595.44, 1), round(0.9 * 841.68, 1))


def test_the_font_is_embedded(tmp_path, monkeypatch) -> None:
    path = tmp_path / "snabb.pdf"
    write(path, monkeypatch)
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    names = set()
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()  # TrueType, embedded
        names.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= names


@pytest.mark.parametrize(
    ("version", "tested"),
    [("3.11.2", True), ("3.11.0rc1", True), ("3.10.0", False), ("3.12.0", False), ("4.11", False)],
)
def test_the_shortcut_is_for_the_checked_matplotlib_versions_only(version, tested) -> None:
    assert pdf_text.version_tested(version) is tested


def test_another_matplotlib_version_gets_matplotlibs_own_text(tmp_path, monkeypatch) -> None:
    """On a version the shortcut was not checked with, every line is matplotlib's: the same
    text at the same places."""
    slow = tmp_path / "matplotlib.pdf"
    assert write(slow, monkeypatch, quick=False) == [False, False, False]
    assert pdf_text.usable()
    monkeypatch.setattr(matplotlib, "__version__", "3.10.0")
    assert not pdf_text.usable()
    other = tmp_path / "annan-version.pdf"
    assert write(other, monkeypatch) == [False, False, False]
    text = " ".join(PdfReader(other).pages[0].extract_text().split())
    assert text == " ".join(PdfReader(slow).pages[0].extract_text().split())
    for line in (LINES[0], "Grekiska αβγ", LINES[2]):
        assert line in text
    assert positions(other) == positions(slow)


# A matplotlib without a private name the shortcut imports (3.10 has no GlyphIndexType),
# whatever its version says: the flow still imports and the report's text is all there.
WITHOUT_PRIVATE_NAMES = """
import sys
import matplotlib, matplotlib.figure, matplotlib.ft2font
from matplotlib.backends.backend_pdf import PdfPages  # matplotlib's own modules have it
del matplotlib.ft2font.GlyphIndexType
from charts import page_flow, pdf_text
assert not pdf_text.usable()
with matplotlib.rc_context(page_flow.RC):
    flow = page_flow.Flow()
    flow.new_page()
    flow.heading("Mötesunderlag för Borlänge")
    flow.text("Åtgärd för öppet hus – 5 € och $5$")
    with PdfPages(sys.argv[1]) as pdf:
        for page in flow.pages:
            pdf.savefig(page)
"""


def test_the_flow_imports_and_writes_without_the_private_names(tmp_path) -> None:
    path = tmp_path / "utan.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_PRIVATE_NAMES, str(path)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Mötesunderlag för Borlänge" in text
    assert "Åtgärd för öppet hus – 5 € och $5$" in text


def chart_page(path, figure_class, monkeypatch, quick: bool = True) -> list[bool]:
    """A page with a chart (tick labels, a turned axis label, a legend, a title) and a
    Greek line, saved as a PDF; which texts took the quick way."""
    used = spy_on_quick_lines(monkeypatch, quick)
    with matplotlib.rc_context(RC):  # type: ignore[arg-type]
        fig = figure_class(figsize=page_flow.A4_LANDSCAPE, dpi=72)
        ax = fig.add_axes((0.1, 0.3, 0.6, 0.5))
        ax.plot([2020, 2021, 2022], [61.5, 70.25, 68], label="Effektivitet, bygglov")
        ax.set_ylabel("Index (0–100)")
        ax.set_title("Åtgärdernas tidslinje – ”Öppet hus”", loc="right")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        fig.text(0.5, 0.1, "Grekiska αβγ", ha="center")
        with PdfPages(path) as pdf:
            pdf.savefig(fig)
    return used


def test_a_pages_charts_take_the_quick_way_and_read_the_same(tmp_path, monkeypatch) -> None:
    """The flow's pages draw every plain Latin text of their charts the quick way too (tick
    labels, a turned label, a legend): the same text, every text starting at the same
    place, as in a plain Figure that matplotlib draws all by itself (where matplotlib
    also starts a new run after its "ff" ligature)."""
    quick, slow = tmp_path / "snabb.pdf", tmp_path / "matplotlib.pdf"
    used = chart_page(quick, page_flow.Page, monkeypatch)
    assert chart_page(slow, Figure, monkeypatch) == []  # a plain Figure: matplotlib's way
    assert used.count(False) == 1 and used.count(True) >= 10  # the Greek line is matplotlib's
    text = " ".join(PdfReader(quick).pages[0].extract_text().split())
    assert text == " ".join(PdfReader(slow).pages[0].extract_text().split())
    for words in ("Index (0–100)", "Effektivitet, bygglov", "Grekiska αβγ", "2021", "70"):
        assert words in text
    starts = [p[1:] for p in positions(quick)]
    assert len(starts) >= 12 and set(starts) <= {p[1:] for p in positions(slow)}
    assert "Effektivitet, bygglov" in [p[0] for p in positions(quick)]  # one run, no ligature


def test_a_page_on_another_matplotlib_is_matplotlibs_own(tmp_path, monkeypatch) -> None:
    slow = tmp_path / "matplotlib.pdf"
    chart_page(slow, Figure, monkeypatch)
    monkeypatch.setattr(matplotlib, "__version__", "3.10.0")
    other = tmp_path / "annan-version.pdf"
    assert chart_page(other, page_flow.Page, monkeypatch) == []
    assert positions(other) == positions(slow)
