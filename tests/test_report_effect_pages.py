"""The report's forest plot pages ("Effekt av åtgärderna, sida 1 av 2"): each row as tall
as its longest wrapped text, and pages split by the rows' real heights.

Borlänge's data plus made-up bygglov and totalt figures (not anyone's real results), as a
tester had them: Telefontider's comparisons two lines of words each, Öppet hus with a start
date and eight comparisons that cannot be judged, the four unnamed proposals without one.
"""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure

from charts.report import report_pages
from models import actions as ops
from models.report_data import load_report
from models.results import check_key, check_values, set_result
from tests.chart_overlap import problems

TODAY = dt.date(2026, 3, 1)
# (year, group, area, measure, value, margin, preliminary)
FIGURES = [
    (2023, "foretag", "bygglov", "nki", 65, 3.0, False),
    (2025, "foretag", "bygglov", "nki", 70, 3.0, False),
    (2023, "foretag", "bygglov", "information", 60, 3.0, False),
    (2025, "foretag", "bygglov", "information", 64.3, 3.0, False),
    (2023, "foretag", "bygglov", "tillganglighet", 60, 3.0, False),
    (2025, "foretag", "bygglov", "tillganglighet", 67.5, None, False),
    (2023, "foretag", "bygglov", "effektivitet", 60, 3.0, False),
    (2025, "foretag", "bygglov", "effektivitet", 70, 3.0, True),
    (2023, "foretag", "totalt", "information", 60, 3.0, False),
    (2025, "foretag", "totalt", "information", 70, 3.0, False),
]


def _fill(db) -> None:
    with db.write() as s:
        for year, group, area, measure, value, margin, preliminary in FIGURES:
            set_result(
                s,
                check_key("2081", year, group, area, measure),
                check_values(
                    value, 100, margin, None, preliminary, "påhittat testvärde",
                    "2025-10-01" if preliminary else None,
                ),
            )
        open_house = next(a for a in ops.list_actions(s) if a.title == "Öppet hus")
        ops.update_action(s, open_house.id, None, start="2024-05-15")


def _forest_pages(db) -> list[Figure]:
    with db.read() as s:
        data = load_report(s, today=TODAY)
    pages = report_pages(data)
    return [
        fig
        for fig in pages
        for sub in fig.subfigs
        if any(t.get_text().startswith("Effekt av åtgärderna") for t in sub.texts)
    ]


def _rows_tall(fig: Figure) -> float:
    """Points from the top of the first row's words to the bottom of the last one's."""
    renderer = fig.canvas.get_renderer()
    boxes = [
        t.get_window_extent(renderer)
        for sub in fig.subfigs
        for ax in sub.axes
        for t in ax.texts
        if (t.get_gid() or "").startswith(("label:", "words:")) and t.get_text()
    ]
    return (max(b.y1 for b in boxes) - min(b.y0 for b in boxes)) * 72 / fig.dpi


def test_no_text_of_a_forest_page_overlaps_another(borlange_db) -> None:
    _fill(borlange_db)
    pages = _forest_pages(borlange_db)
    assert len(pages) >= 2
    for number, fig in enumerate(pages, start=1):
        assert problems(fig) == [], number


def test_no_forest_page_stretches_a_few_rows_over_the_page(borlange_db) -> None:
    """The last page, with a few actions that cannot be judged, keeps its rows at their own
    height (two lines of words to a row at the most) instead of spreading them."""
    _fill(borlange_db)
    pages = _forest_pages(borlange_db)
    for fig in pages:
        problems(fig)  # drawn
        rows = sum(
            1 for sub in fig.subfigs for ax in sub.axes for t in ax.texts
            if (t.get_gid() or "").startswith("label:")
        )
        assert _rows_tall(fig) < rows * 3 * 1.3 * 8.5, rows
