"""The report's own way of writing text into the PDF (charts/page_flow.py).

Plain Latin lines go straight into matplotlib's PDF without being shaped again; anything
else is drawn by matplotlib itself. Either way a reader must find the same text, in the
embedded DejaVu font, at the place the flow put it.
"""

from __future__ import annotations

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from pypdf import PdfReader

from charts import page_flow
from charts.page_flow import RC, put

LINES = [
    "Åtgärd för öppet hus – 5 € “citat” … • Ärende, Öst och VAT 7/9",  # the quick way
    "Grekiska αβγ och 漢字",  # another script: matplotlib's own way, with fallback fonts
    "Kostar $5$ och $6$ kr",  # dollars are text, not mathtext
]


def write(path, monkeypatch, quick: bool = True) -> list[bool]:
    used: list[bool] = []
    original = page_flow._draw_pdf_text

    def spy(*args):  # type: ignore[no-untyped-def]
        done = original(*args) if quick else False
        used.append(done)
        return done

    monkeypatch.setattr(page_flow, "_draw_pdf_text", spy)
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
