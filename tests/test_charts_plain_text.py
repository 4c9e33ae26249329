"""Every text handed to matplotlib is plain text (issue 13, finding 7): a title "$x^{$" made
the charts and the report fail with an unexpected error (matplotlib read it as math text),
and "Pris 5$ och 10$" was drawn as "Pris 5och10". The style's settings turn math text off
for every figure (charts/style.py, charts/page_flow.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text
from pypdf import PdfReader

from charts import catalog
from charts.report import make_report
from models import actions as ops
from models.codes import Factor, Status

TODAY = dt.date(2025, 3, 1)
TITLES = ("$x^{$", "Pris 5$ och 10$", r"\frac{1}{2} $\alpha$ och 100 %")


@pytest.fixture
def dollar_db(borlange_db):
    """Borlänge with actions whose titles matplotlib would read as math text."""
    with borlange_db.write() as s:
        for n, title in enumerate(TITLES):
            action = ops.create_action(
                s, today=TODAY, title=title, status=Status.PAGAR, start=dt.date(2023, 3, 1),
                due=dt.date(2025, 6, 1 + n), factors=[Factor.TILLGANGLIGHET],
                description=f"Beskrivning med {title}",
            )
            ops.add_milestone(s, action.id, dt.date(2024, 5, 2), f"Milstolpe {title}")
            ops.add_comment(s, action.id, f"Kommentar {title}", date=dt.date(2024, 6, 1))
    return borlange_db


def drawn_texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


@pytest.mark.parametrize("kind", list(catalog.CHART_TITLES))
@pytest.mark.parametrize("large", [False, True])
def test_every_chart_draws_dollar_titles_as_typed(dollar_db, tmp_path, kind, large) -> None:
    options = catalog.ChartOptions(large=large)
    with dollar_db.read() as s:
        data = catalog.load(s, kind, options, TODAY)
    fig = catalog.draw(kind, data, options)
    FigureCanvasAgg(fig).draw()  # drawn outside the style's settings, as a window does
    for suffix in (".png", ".svg", ".pdf"):
        catalog.save(fig, tmp_path / f"{kind}{suffix}")
    texts = drawn_texts(fig)
    every = " ".join(texts)
    if kind in ("timeline", "matrix", "nki"):
        assert any("Pris 5$ och 10$" in t or "Pris 5$ och" in t for t in texts), texts
    assert all(not t.get_parse_math() for t in fig.findobj(Text) if "$" in t.get_text()), every


def test_the_report_prints_dollar_titles_as_typed(dollar_db, tmp_path) -> None:
    path = tmp_path / "möte.pdf"
    make_report(dollar_db, path, today=TODAY)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    for title in TITLES:
        assert title in text, title
    assert "Kommentar Pris 5$ och 10$" in text and "Milstolpe $x^{$" in text
