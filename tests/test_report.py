"""The meeting report PDF: pages, A4, searchable Swedish text, the since-section, no clipping."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from pypdf import PdfReader

from charts.report import make_report, report_pages
from models import actions as ops
from models import settings
from models.report_data import load_report
from tests.conftest import run_cli
from tests.report_helpers import fake_clock, fill_fifty, shared_database

A4 = (595.0, 842.0)


def page_texts(path) -> list[str]:
    """The text of each page as a reader finds it, line breaks of wrapped cells as spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def is_a4(page) -> bool:
    size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
    return abs(size[0] - A4[0]) < 1.5 and abs(size[1] - A4[1]) < 1.5


def test_borlange_report(borlange_db, tmp_path) -> None:
    path = tmp_path / "möte.pdf"
    result = make_report(borlange_db, path)
    reader = PdfReader(path)
    # first page, effect so far, NKI chart, timeline, since + table, seven actions two to a
    # page, sources
    assert result.pages == len(reader.pages) == 10
    assert all(is_a4(p) for p in reader.pages)
    assert float(reader.pages[0].mediabox.height) > float(reader.pages[0].mediabox.width)
    assert float(reader.pages[2].mediabox.width) > float(reader.pages[2].mediabox.height)
    texts = page_texts(path)
    first = texts[0]
    assert "Mötesunderlag – Borlänge" in first
    assert "Senaste NKI" in first and "Åtgärder per status" in first
    # The headline is the latest final value (71 in 2023); the preliminary 80 of 2024 stands
    # beside it, stale since the final 2024 figures came out in the spring of 2025.
    assert "±3 (uppskattad från 509 svar)" in first
    assert "+1 från 2022; kan inte bedömas: felmarginal saknas" in first
    assert "Nyare, preliminärt: 80 (2024, 81 svar); preliminärt sedan 2024-04-24, hämta de " \
        "slutliga siffrorna" in first
    assert "80 (prel.)" not in first
    assert (
        "Sedan förra mötet: 7 nya åtgärder, 0 klara, 0 ändrade status, 0 nya kommentarer" in first
    )
    assert "Försenade åtgärder (0)" in first
    assert "Effekt hittills" in texts[1]
    assert "NKI över åren – Borlänge" in texts[2]
    assert "Åtgärdernas tidslinje" in texts[3]
    assert "Sedan förra mötet" in texts[4] and "Alla åtgärder (7)" in texts[4]
    # the table's headers whole (the progress column's read "Fram-steg")
    assert "Framsteg Senaste kommentar" in texts[4]
    for title in (
        "Telefontider",
        "Öppet hus",
        "Förbättrad webbsida",
        "Åtgärdsförslag 4 (ej namngivet ännu)",
    ):
        assert sum(f"{title} Status" in t for t in texts[5:9]) == 1, title
    assert "Telefontiderna startar" in "".join(texts[5:9])
    # no action's section split over two pages
    assert all(sum(f"{t} Status" in p for p in texts) == 1 for t in ("Öppet hus", "Telefontider"))
    assert "Källor och förklaringar" in texts[9] and "borlange.se" in texts[9]
    assert "Brott i serien" in texts[9]
    for number, text in enumerate(texts, start=1):
        assert f"Sida {number} av 10" in text
        assert "Mötesunderlag – Borlänge – " in text


def test_report_records_itself_and_the_next_starts_there(borlange_db, tmp_path) -> None:
    first = make_report(borlange_db, tmp_path / "ett.pdf")
    assert "de senaste 30 dagarna" in first.since_text
    with borlange_db.read() as s:
        made = settings.load(s).last_report_at
    assert made
    later = dt.datetime.fromisoformat(made) + dt.timedelta(minutes=5)
    with fake_clock(later), borlange_db.write() as s:
        ops.add_comment(s, 2, "Välbesökt igen, 40 besökare", author="Örjan")
    second = make_report(borlange_db, tmp_path / "två.pdf")
    assert "sedan förra mötesunderlaget" in second.since_text
    since_page = page_texts(tmp_path / "två.pdf")[4]
    assert "Nya kommentarer (1)" in since_page and "Välbesökt igen, 40 besökare" in since_page
    assert "Nya åtgärder (0)" in since_page


@pytest.fixture(scope="module")
def fifty_db(sqlite_templates, tmp_path_factory):
    """The fifty generated actions, filled once for the tests that only read them."""
    today = dt.date(2026, 11, 26)
    folder = tmp_path_factory.mktemp("femtio")
    with shared_database(sqlite_templates[False], folder, lambda d: fill_fifty(d, today)) as (
        db,
        filled,
    ):
        yield db, filled, today


def test_since_section_lists_what_happened_after_the_last_report(fifty_db) -> None:
    db, filled, today = fifty_db
    with db.read() as s:
        data = load_report(s, today=today)
    since = data.since
    assert "sedan förra mötesunderlaget" in since.reason
    assert [e.title for e in since.new_actions] == filled.new_titles
    assert [e.title for e in since.finished] == filled.finished
    assert [e.title for e in since.status_changes] == filled.changed_status
    assert [e.title for e in since.due_changes] == filled.postponed
    assert [e.text for e in since.comments] == filled.new_comments
    assert [e.title for e in since.removed] == filled.removed
    assert since.status_changes[-1].text.endswith("→ Klar")
    # an explicit, earlier date takes in the whole fill too: net, the action made and
    # removed within that period is neither new nor removed
    with db.read() as s:
        wider = load_report(s, since=today - dt.timedelta(days=365), today=today).since
    assert len(wider.new_actions) == 50 and "angivet datum" in wider.reason
    assert filled.removed[0] not in [e.title for e in wider.new_actions]
    assert wider.removed == ()


@pytest.mark.slow
def test_fifty_actions_pdf(fifty_db, tmp_path) -> None:
    db, filled, today = fifty_db
    path = tmp_path / "femtio.pdf"
    result = make_report(db, path, today=today, record=False)
    reader = PdfReader(path)
    assert result.actions == 50 and len(reader.pages) == result.pages > 25
    assert all(is_a4(p) for p in reader.pages)
    text = "\n".join(page_texts(path))
    with db.read() as s:
        titles = [a.title for a in ops.list_actions(s)]
    assert len(titles) == 50
    for title in titles:
        # long titles are wrapped over lines, never cut: every word is there, in order
        words = title.split()
        assert all(w in text for w in words), title
    since = text[text.index("Sedan förra mötet") : text.index("Alla åtgärder (50)")]
    for title in filled.changed_status + filled.removed:
        assert title.split()[1] in since
    # the timeline pages share one time axis, around the actions' dates (it ran from 1970:
    # the legend's own axes were counted as a timeline)
    timelines = [page for page in page_texts(path) if "Åtgärdernas tidslinje" in page]
    assert len(timelines) >= 4
    for page in timelines:
        years = {int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", page)}
        assert years and min(years) >= today.year - 3, sorted(years)
    assert "Nya åtgärder (1)" in since and "Borttagna åtgärder (1)" in since


@pytest.mark.slow
def test_no_text_leaves_the_page_or_overlaps(db) -> None:
    """Every text of every page inside the paper, and flowed texts never on top of each other.

    Twenty of the generated actions: long titles and comments come every seventh and ninth.
    """
    today = dt.date(2026, 11, 26)
    fill_fifty(db, today, count=20)
    with db.read() as s:
        data = load_report(s, today=today)
    pages = report_pages(data)
    for number, fig in enumerate(pages, start=1):
        FigureCanvasAgg(fig)
        renderer = fig.canvas.get_renderer()
        fig.draw(renderer)
        width, height = fig.bbox.width, fig.bbox.height
        boxes = []
        for artist in fig.texts + [t for sub in fig.subfigs for t in sub.texts]:
            if not artist.get_text():
                continue
            box = artist.get_window_extent(renderer)
            assert box.x0 >= 0 and box.y0 >= 0, (number, artist.get_text())
            assert box.x1 <= width and box.y1 <= height, (number, artist.get_text())
            boxes.append((box, artist.get_text()))
        if fig.subfigs:
            continue  # chart pages: the chart's own layout places its texts
        boxes.sort(key=lambda item: item[0].y0)
        for index, (a, ta) in enumerate(boxes):
            for b, tb in boxes[index + 1 :]:
                if b.y0 >= a.y1 - 1.0:
                    break  # sorted by bottom edge: nothing further up can reach this one
                overlap_w = min(a.x1, b.x1) - max(a.x0, b.x0)
                assert overlap_w <= 0.5, (number, ta, tb)


def test_cli_report(borlange_db, tmp_path, data_home) -> None:
    target = str(borlange_db.path)
    borlange_db.dispose()
    out = tmp_path / "underlag.pdf"
    result = run_cli(
        "--db", target, "report", "--out", str(out), "--since", "2024-01-01", home=data_home
    )
    assert result.returncode == 0, result.stderr
    assert "Mötesunderlag sparat" in result.stdout and "10 sidor, 7 åtgärder" in result.stdout
    assert "från 2024-01-01 (angivet datum)" in result.stdout
    assert len(PdfReader(out).pages) == 10
    bad = run_cli("--db", target, "report", "--out", str(out), "--since", "igår", home=data_home)
    assert bad.returncode == 2 and "--since: ”igår” är inget giltigt datum" in bad.stderr
    wrong = run_cli("--db", target, "report", "--out", str(tmp_path / "x.docx"), home=data_home)
    assert wrong.returncode == 2 and "ange .pdf" in wrong.stderr


def test_empty_database_gives_a_short_report_that_says_so(db, tmp_path) -> None:
    path = tmp_path / "tom.pdf"
    result = make_report(db, path)
    texts = page_texts(path)
    # first page, since + table, sources: no empty chart pages
    assert result.pages == len(texts) == 3
    assert "Inga NKI-resultat för kommunen ännu." in texts[0]
    assert "Alla åtgärder (0)" in texts[1] and "Inga åtgärder ännu." in texts[1]


def test_report_on_both_databases(any_db, tmp_path) -> None:
    from models.seed import load_example

    with any_db.write() as s:
        load_example(s)
    result = make_report(any_db, tmp_path / "båda.pdf")
    assert result.pages == 10 and result.actions == 7
    with any_db.read() as s:
        assert settings.load(s).last_report_at


def test_kolada_values_are_attributed(borlange_db) -> None:
    from models.results import check_key, check_values, set_result

    with borlange_db.write() as s:
        for year, value in ((2021, 69.7), (2022, 70.1)):
            set_result(
                s,
                check_key("2081", year, "företag", "bygglov", "nki"),
                check_values(value, 120, None, None, False, "Källa: Kolada"),
            )
        data = load_report(s)
    assert "Källa: Kolada (2021–2022)." in data.footnotes
    assert any(n.startswith("Källa (2022–2024): borlange.se") for n in data.footnotes)


def test_the_footnotes_state_the_minimum_answers_of_each_year(borlange_db) -> None:
    """The rule is a setting per year (SKR changed it): a year with its own minimum is named."""
    from models import settings

    with borlange_db.read() as s:
        assert ("Resultat visas bara med minst 7 svar (SKR:s regel)."
                in load_report(s).footnotes)
    with borlange_db.write() as s:
        settings.save(s, min_answers_by_year={2024: 10})
        data = load_report(s)
    assert ("Resultat visas bara med minst 7 svar (SKR:s regel); för 2024 minst 10."
            in data.footnotes)


def test_the_sources_are_named_before_the_municipality_is_set(db) -> None:
    """A new database with imported figures and no municipality chosen yet: the report is
    about the one municipality with figures, and its footnotes name their source."""
    from models.results import check_key, check_values, set_result

    with db.write() as s:
        set_result(s, check_key("2081", 2023, "foretag", "totalt", "nki"),
                   check_values(68, 120, None, None, False, "Källa: Kolada"))
        data = load_report(s)
    assert "Källa: Kolada (2023)." in data.footnotes


def test_cli_report_to_a_missing_folder_says_so(borlange_db, tmp_path, data_home) -> None:
    target = str(borlange_db.path)
    borlange_db.dispose()
    out = tmp_path / "saknas" / "underlag.pdf"
    result = run_cli("--db", target, "report", "--out", str(out), home=data_home)
    assert result.returncode == 2, result.stderr
    assert f"--out: mappen {tmp_path / 'saknas'} finns inte." in result.stderr
    assert "oväntat" not in result.stderr and "Errno" not in result.stderr
    assert not (tmp_path / "saknas").exists()


def test_cli_report_refuses_a_since_date_in_the_future(borlange_db, tmp_path, data_home) -> None:
    target = str(borlange_db.path)
    borlange_db.dispose()
    out = tmp_path / "underlag.pdf"
    later = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    for since in ("2999-01-01", later):
        result = run_cli("--db", target, "report", "--out", str(out), "--since", since,
                         home=data_home)
        assert result.returncode == 2
        assert f"--since: {since} ligger i framtiden" in result.stderr
    assert not out.exists()
    today = run_cli("--db", target, "report", "--out", str(out), "--since",
                    dt.date.today().isoformat(), home=data_home)
    assert today.returncode == 0, today.stderr

