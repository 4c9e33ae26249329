"""The report's action pages and charts: sections share pages, Swedish decimal commas on
every axis, factor trends on a scale of at least 20 index points, the example data's
placeholder text never printed as the group's."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from pypdf import PdfReader

from charts.report import make_report, report_pages
from charts.report.factor_trend import MIN_SPAN
from models import actions as ops
from models.report_data import load_report
from tests.report_helpers import fill_fifty, shared_database

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def eight(sqlite_templates, tmp_path_factory):
    """Eight of the generated actions, filled once for the tests that only read them."""
    folder = tmp_path_factory.mktemp("atta")
    with shared_database(
        sqlite_templates[False], folder, lambda d: fill_fifty(d, TODAY, count=8)
    ) as (db, _):
        yield db


def _drawn_pages(db):
    with db.read() as s:
        data = load_report(s, today=TODAY)
    pages = report_pages(data)
    for fig in pages:
        FigureCanvasAgg(fig).draw()
    return data, pages


def _axes(fig):
    return [ax for f in [fig, *fig.subfigs] for ax in f.axes]


def test_every_axis_has_decimal_commas_and_trends_a_floor(eight) -> None:
    _data, pages = _drawn_pages(eight)
    ticks = []
    trends = 0
    for fig in pages:
        for ax in _axes(fig):
            for label in [*ax.get_xticklabels(), *ax.get_yticklabels()]:
                ticks.append(label.get_text())
            if ax.get_ylabel() == "Index (0–100)":
                trends += 1
                low, high = ax.get_ylim()
                assert high - low >= MIN_SPAN - 1e-9 and 0 <= low and high <= 100
                assert low % 5 == 0  # a round number, named in the note below the chart
    assert trends >= 5 and ticks
    assert not [t for t in ticks if re.search(r"\d\.\d", t)]
    for fig in pages:
        for ax in _axes(fig):
            if ax.get_ylabel() == "Index (0–100)":
                assert ax.yaxis.get_major_formatter()(70.5, 0) == "70,5"


def test_the_axis_floor_is_said_on_the_page(eight, tmp_path) -> None:
    path = tmp_path / "tre.pdf"
    make_report(eight, path, today=TODAY, record=False)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert f"inte vid 0; den spänner minst {MIN_SPAN} indexpoäng" in text
    assert re.search(r"Axeln börjar vid \d{1,2}, inte vid 0", text)


def test_seven_actions_take_four_pages_none_split(borlange_db, tmp_path) -> None:
    path = tmp_path / "borlange.pdf"
    make_report(borlange_db, path, record=False)
    texts = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
    with_actions = [t for t in texts if " Status " in t and "Senast ändrad" in t]
    assert len(with_actions) <= 4
    with borlange_db.read() as s:
        titles = [a.title for a in ops.list_actions(s)]
    for title in titles:
        holding = [t for t in with_actions if f"{title} Status" in t]
        assert len(holding) == 1, title
        assert "(forts.)" not in holding[0]


def test_placeholder_text_is_not_printed_once_renamed(borlange_db, tmp_path) -> None:
    from models.placeholders import is_placeholder
    from models.seed import read_example

    placeholder = read_example()["unnamed_action"]["description"]
    effect = read_example()["unnamed_action"]["expected_effect"]
    with borlange_db.write() as s:
        four = next(a for a in ops.list_actions(s) if a.title.startswith("Åtgärdsförslag 4"))
        ops.update_action(s, four.id, None, title="Dialogmöten med företagare")
    path = tmp_path / "möte.pdf"
    make_report(borlange_db, path, record=False)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert "Dialogmöten med företagare Status" in text
    assert placeholder.split(":")[0] not in text  # never printed as anyone's
    section = text[text.index("Dialogmöten med företagare Status") :][:900]
    assert "Beskrivning ej ifylld" in section and "Förväntad effekt ej ifylld" in section
    # the named actions keep their own (equal) expected effect
    phone = text[text.index("Telefontider Status") :][:1200]
    assert "Förväntad effekt Bättre resultat för information" in phone
    assert is_placeholder("expected_effect", effect, unnamed_once=True)
    assert not is_placeholder("expected_effect", effect, unnamed_once=False)
    assert is_placeholder("description", placeholder, unnamed_once=False)
    assert not is_placeholder("description", "Vår egen text", unnamed_once=True)
