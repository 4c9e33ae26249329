"""The chart data read from a database, and the figures drawn from it, without a window."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from charts import catalog
from charts.factors import factors_chart
from charts.matrix import factor_header, matrix_chart
from charts.nki import nki_chart
from charts.status import status_chart
from charts.style import Style, date_x, year_x
from charts.timeline import timeline_chart
from models import chart_data
from models import settings as db_settings
from models.actions import add_milestone, create_action
from models.codes import Area, Factor, Group, Measure, Status
from models.db import Database
from models.results import check_key, check_values, set_result

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2025, 3, 1)
BREAK_X = date_x(dt.date(2024, 1, 1))


def put(
    db: Database,
    year: int,
    value: float,
    group: str = "foretag",
    area: str = "totalt",
    measure: str = "nki",
    town: str = "2081",
    **extra: object,
) -> None:
    with db.write() as session:
        set_result(
            session,
            check_key(town, year, group, area, measure),
            check_values(
                value,
                extra.get("answers"),
                extra.get("margin"),
                None,
                extra.get("preliminary", False),
            ),
        )


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def lines(fig: Figure, prefix: str) -> list[Line2D]:
    return [ln for ln in fig.findobj(Line2D) if str(ln.get_gid() or "").startswith(prefix)]


def by_gid(fig: Figure, gid: str) -> Line2D:
    found = [a for a in fig.findobj() if a.get_gid() == gid]
    assert found, f"nothing drawn with gid {gid}"
    return found[0]  # type: ignore[return-value]


# --- the data ----------------------------------------------------------------------------------


def test_borlange_nki_series_points_and_margins(borlange_db: Database) -> None:
    with borlange_db.read() as session:
        data = chart_data.load_nki(session, today=TODAY)
    series = {s.label: s for s in data.series}
    assert list(series) == ["Företag", "Totalt"]
    assert [(p.year, p.value) for p in series["Företag"].points] == [(2022, 67.0), (2023, 68.0)]
    total = {p.year: p for p in series["Totalt"].points}
    assert [total[y].value for y in (2022, 2023, 2024)] == [70.0, 71.0, 80.0]
    assert total[2024].preliminary and not total[2023].preliminary
    # 509 answers and the default spread 25: 1.96 · 25 / √509 = 2.17, rounded up to a whole
    # number (an estimate understates), marked as estimated.
    assert total[2023].margin == 3.0 and total[2023].margin_estimated
    assert total[2022].margin is None
    assert data.municipality_name == "Borlänge"
    assert data.high_from == 70.0 and data.high_label == "högt"
    assert any("Ingen linje mellan 2023 och 2024" in n for n in data.notes)


def test_a_preliminary_point_long_past_its_final_figures_is_noted(borlange_db: Database) -> None:
    """Borlänge's 2024 NKI is preliminary since 2024-04-24. Before the final figures are due
    (by 2025-05-31) it is an ordinary preliminary point; after that the NKI and factor
    charts say the final figures should be fetched (domain.md: preliminary, stale)."""
    stale = ("Fortfarande preliminärt fast de slutliga siffrorna borde vara publicerade: "
             "Totalt 2024 (hämta de slutliga siffrorna).")
    with borlange_db.read() as session:
        before = chart_data.load_nki(session, today=TODAY).notes
        after = chart_data.load_nki(session, today=dt.date(2026, 12, 1)).notes
    assert "Ofyllda punkter är preliminära värden." in before and stale not in before
    assert stale in after
    put(borlange_db, 2024, 75, measure="information", group="foretag", preliminary=True)
    with borlange_db.read() as session:
        factors = chart_data.load_factors(session, today=dt.date(2026, 12, 1)).notes
    assert ("Fortfarande preliminärt fast de slutliga siffrorna borde vara publicerade: "
            "Information (företag) 2024 (hämta de slutliga siffrorna).") in factors


def test_total_is_split_at_the_break_but_an_area_is_not(db: Database) -> None:
    for year, value in ((2022, 60), (2023, 62), (2024, 70), (2025, 71)):
        put(db, year, value, area="totalt")
        put(db, year, value, area="bygglov")
    with db.read() as session:
        total = chart_data.load_nki(session, Area.TOTALT, today=TODAY).series[0]
        bygglov = chart_data.load_nki(session, Area.BYGGLOV, today=TODAY).series[0]
    assert [[p.year for p in run] for run in total.segments()] == [[2022, 2023], [2024, 2025]]
    assert [[p.year for p in run] for run in bygglov.segments()] == [[2022, 2023, 2024, 2025]]


def test_values_under_the_minimum_answers_are_hidden_with_the_reason(db: Database) -> None:
    put(db, 2021, 65, answers=40)
    put(db, 2022, 90, answers=5)
    put(db, 2023, 66, answers=8)
    with db.write() as session:
        db_settings.save(session, min_answers_by_year={2023: 10})
    with db.read() as session:
        series = chart_data.load_nki(session, today=TODAY).series[0]
        notes = chart_data.load_nki(session, today=TODAY).notes
    hidden = {p.year: p.hidden_reason for p in series.points if p.hidden}
    assert hidden == {2022: "för få svar (5 < 7)", 2023: "för få svar (8 < 10)"}
    assert [p.year for p in series.shown] == [2021]
    assert any("Företag 2022: för få svar (5 < 7)" in n for n in notes)


def test_comparison_series_and_a_missing_comparison_said(db: Database) -> None:
    put(db, 2023, 68)
    put(db, 2023, 70, town="0000", margin=1.0)
    with db.read() as session:
        with_riket = chart_data.load_nki(session, comparison="0000", today=TODAY)
        with_other = chart_data.load_nki(session, comparison="1234", today=TODAY)
    riket = [s for s in with_riket.series if s.comparison]
    assert [(s.label, s.points[0].value, s.points[0].margin) for s in riket] == [
        ("Riket, företag", 70.0, 1.0)
    ]
    assert any("Inga NKI-värden för Kommun 1234" in n for n in with_other.notes)


def test_actions_carry_dates_milestones_and_lateness(borlange_db: Database) -> None:
    with borlange_db.write() as session:
        late = create_action(
            session,
            title="Sen åtgärd",
            status="pagar",
            start="2024-01-01",
            due="2024-06-30",
            factors=["bemotande"],
        )
        add_milestone(session, late.id, "2024-03-01", "Halvvägs")
    with borlange_db.read() as session:
        actions = {a.title: a for a in chart_data.load_actions(session, TODAY)}
    assert actions["Sen åtgärd"].overdue and actions["Sen åtgärd"].end == dt.date(2024, 6, 30)
    assert actions["Sen åtgärd"].milestones[0].text == "Halvvägs"
    assert actions["Telefontider"].start == dt.date(2024, 5, 2)
    assert actions["Telefontider"].dated and not actions["Telefontider"].overdue
    assert not actions["Förbättrad webbsida"].dated


def test_factor_summary_change_real_within_and_across_the_break(db: Database) -> None:
    put(db, 2021, 60, measure="information", area="bygglov", margin=1.0)
    put(db, 2022, 66, measure="information", area="bygglov", margin=1.0)
    put(db, 2021, 70, measure="bemotande", area="bygglov", margin=3.0)
    put(db, 2022, 71, measure="bemotande", area="bygglov", margin=3.0)
    put(db, 2023, 70, measure="kompetens", area="totalt")
    put(db, 2024, 75, measure="kompetens", area="totalt", preliminary=True)
    with db.read() as session:
        bygglov = {s.factor: s for s in chart_data.load_matrix(session, area=Area.BYGGLOV).factors}
        total = {s.factor: s for s in chart_data.load_matrix(session, area=Area.TOTALT).factors}
    assert (bygglov[Factor.INFORMATION].difference, bygglov[Factor.INFORMATION].real) == (6.0, True)
    assert bygglov[Factor.BEMOTANDE].real is False
    assert bygglov[Factor.KOMPETENS].value is None
    kompetens = total[Factor.KOMPETENS]
    assert kompetens.difference is None and "ej jämförbart" in kompetens.note
    assert kompetens.preliminary
    assert factor_header(bygglov[Factor.INFORMATION]).splitlines() == [
        "Information",
        "66 år 2022",
        "↑ +6 mot 2021",
        "säkerställd",
    ]


def test_a_change_with_a_preliminary_value_is_never_judged_in_the_matrix(db: Database) -> None:
    # 60 → 70 on bygglov with margins ±1: far beyond √(1² + 1²) = 1,5, but 2022 is preliminary.
    put(db, 2021, 60, measure="information", area="bygglov", margin=1.0)
    put(db, 2022, 70, measure="information", area="bygglov", margin=1.0, preliminary=True)
    with db.read() as session:
        summary = chart_data.load_matrix(session, area=Area.BYGGLOV).factors[0]
    assert (summary.difference, summary.real, summary.note) == (10.0, None, "preliminärt")
    header = factor_header(summary)
    assert header.splitlines()[-1] == "preliminärt" and "säkerställd" not in header


def test_status_counts_overdue_and_undated(borlange_db: Database) -> None:
    with borlange_db.write() as session:
        create_action(session, title="Sen", status="pagar", start="2024-01-01", due="2024-02-01")
        create_action(
            session,
            title="Klar sedan länge",
            status="klar",
            start="2023-01-01",
            due="2023-02-01",
            completed="2023-02-01",
        )
    with borlange_db.read() as session:
        data = chart_data.load_status(session, TODAY)
    counts = dict(data.counts)
    assert counts[Status.EJ_PABORJAD] == 6 and counts[Status.PAGAR] == 2
    assert counts[Status.KLAR] == 1 and data.total == 9
    assert data.overdue == 1 and data.overdue_titles == ("Sen",)
    assert data.undated == 5


# --- the figures -------------------------------------------------------------------------------


def test_nki_chart_draws_each_series_and_no_line_across_the_break(borlange_db: Database) -> None:
    with borlange_db.read() as session:
        fig = nki_chart(chart_data.load_nki(session, target=75, today=TODAY))
    drawn = lines(fig, "line:")
    assert {ln.get_gid() for ln in drawn} == {"line:Företag:0", "line:Totalt:0", "line:Totalt:1"}
    for line in drawn:
        xs = list(line.get_xdata())
        assert not (min(xs) < BREAK_X < max(xs)), f"{line.get_gid()} crosses the break"
    total = by_gid(fig, "line:Totalt:0")
    assert list(total.get_ydata()) == [70.0, 71.0]
    assert list(by_gid(fig, "line:Totalt:1").get_ydata()) == [80.0]
    assert abs(total.get_xdata()[0] - year_x(2022)) < 30  # within the year (side-by-side shift)
    # The 2024 total stands alone after the break line, with the reason written out.
    assert by_gid(fig, "break") is not None
    assert any("Ingen linje mellan 2023 och 2024" in t for t in texts(fig))
    assert any("nytt mått för totalt" in t for t in texts(fig))


def test_preliminary_points_are_hollow_and_others_filled(borlange_db: Database) -> None:
    with borlange_db.read() as session:
        fig = nki_chart(chart_data.load_nki(session, today=TODAY))
    hollow = by_gid(fig, "preliminary:Totalt")
    filled = by_gid(fig, "points:Totalt")
    assert list(hollow.get_ydata()) == [80.0]
    assert hollow.get_markerfacecolor() == "white"
    assert list(filled.get_ydata()) == [70.0, 71.0]
    assert filled.get_markerfacecolor() != "white"
    assert "80 prel." in texts(fig)
    # the legend's key looks like the point: a hollow diamond (it was a circle)
    legend = fig.axes[0].get_legend()
    key = next(h for h, t in zip(legend.legend_handles, legend.get_texts(), strict=True)
               if t.get_text() == "Preliminärt värde")
    assert key.get_marker() == hollow.get_marker() == "D"
    assert key.get_markerfacecolor() == "white"


def test_hidden_values_are_not_drawn(db: Database) -> None:
    put(db, 2020, 64, answers=50)
    put(db, 2021, 99, answers=3)
    put(db, 2022, 66, answers=50)
    with db.read() as session:
        fig = nki_chart(chart_data.load_nki(session, area=Area.TOTALT, today=TODAY))
    drawn = [y for ln in lines(fig, "") for y in ln.get_ydata() if ln.get_gid()]
    assert 99.0 not in drawn
    # The line stops at the hidden year instead of joining 2020 to 2022.
    assert [list(ln.get_ydata()) for ln in lines(fig, "line:")] == [[64.0], [66.0]]
    assert "för få svar" in texts(fig)
    assert any("Företag 2021: för få svar (3 < 7)" in t for t in texts(fig))


def test_nki_chart_speaks_swedish_with_band_target_and_lanes(borlange_db: Database) -> None:
    with borlange_db.read() as session:
        fig = nki_chart(chart_data.load_nki(session, target=75, today=TODAY))
    words = texts(fig)
    for expected in (
        "NKI (0–100)",
        "År (mätår)",
        "Högt (≥ 70)",
        "Mål 75",
        "Preliminärt värde",
        "Felmarginal (95 %)",
        "Åtgärder",
        "Telefontider",
        "Ej påbörjad",
    ):
        assert expected in words, expected
    assert fig.texts or fig._supxlabel is not None
    assert "NKI över åren – Borlänge, alla myndighetsområden (totalt)" in words
    notes = [" ".join(w.split()) for w in words if w.startswith("•")]
    assert any(
        "• Ej daterade åtgärder, utan bana på tidsaxeln (5): ”Förbättrad webbsida”" in n
        for n in notes
    )
    assert list(by_gid(fig, "target").get_ydata()) == [75, 75]
    # Telefontider has a start and no end: its lane runs to today.
    lane = by_gid(fig, "lane:1")
    assert lane.get_x() == pytest.approx(date_x(dt.date(2024, 5, 2)))  # type: ignore[attr-defined]
    assert lane.get_x() + lane.get_width() == pytest.approx(date_x(TODAY))  # type: ignore[attr-defined]
    assert not any(w in " ".join(words) for w in ("Year", "Status", "Actions", "Target"))


def test_empty_database_gives_figures_that_say_so(db: Database) -> None:
    expected = {
        "nki": "Inga resultat ännu",
        "timeline": "Inga åtgärder ännu",
        "factors": "Inga resultat för servicefaktorerna ännu",
        "matrix": "Inga åtgärder ännu",
        "status": "Inga åtgärder ännu",
    }
    options = catalog.ChartOptions()
    for kind, message in expected.items():
        with db.read() as session:
            data = catalog.load(session, kind, options, TODAY)
        assert message in texts(catalog.draw(kind, data, options)), kind


def test_timeline_marks_today_progress_milestones_late_and_undated(borlange_db: Database) -> None:
    with borlange_db.write() as session:
        late = create_action(
            session,
            title="Sen åtgärd",
            status="pagar",
            start="2024-01-01",
            due="2024-06-30",
            progress=40,
        )
        add_milestone(session, late.id, "2024-03-01", "Halvvägs")
    with borlange_db.read() as session:
        fig = timeline_chart(chart_data.load_timeline(session, TODAY))
    assert list(by_gid(fig, "today").get_xdata()) == [date_x(TODAY)] * 2
    bar = by_gid(fig, f"lane:{late.id}")
    progress = by_gid(fig, f"progress:{late.id}")
    assert progress.get_width() == pytest.approx(bar.get_width() * 0.4)  # type: ignore[attr-defined]
    assert bar.get_edgecolor()[:3] == pytest.approx((0xD5 / 255, 0x5E / 255, 0))  # type: ignore[attr-defined]
    assert list(by_gid(fig, f"milestone:{late.id}").get_xdata()) == [date_x(dt.date(2024, 3, 1))]
    words = texts(fig)
    assert "40 %  FÖRSENAD" in words
    assert "ej daterad (ej påbörjad)" in words
    assert "Idag 1 mar 2025" in " ".join(words)
    assert "Åtgärdernas tidslinje (8 åtgärder, 1 försenade, 5 ej daterade)" in words
    ticks = {t.get_text(): t for t in fig.axes[0].get_yticklabels()}
    assert ticks["Sen åtgärd"].get_color() == "#D55E00"


def test_factor_panels_shade_the_periods_of_actions_aimed_at_them(db: Database) -> None:
    for year, value in ((2022, 70), (2023, 72)):
        put(db, year, value, measure="information", area="bygglov")
    with db.write() as session:
        aimed = create_action(
            session,
            title="Webbguide",
            start="2022-09-01",
            due="2023-03-31",
            factors=["information"],
        )
    with db.read() as session:
        fig = factors_chart(
            chart_data.load_factors(session, Group.FORETAG, Area.BYGGLOV, today=TODAY)
        )
    span = by_gid(fig, f"period:information:{aimed.id}")
    start = span.get_x()  # type: ignore[attr-defined]
    assert start == pytest.approx(date_x(dt.date(2022, 9, 1)))
    end = start + span.get_width()  # type: ignore[attr-defined]
    assert end == pytest.approx(date_x(dt.date(2023, 3, 31)))
    assert not [a for a in fig.findobj() if a.get_gid() == f"period:bemotande:{aimed.id}"]
    words = texts(fig)
    assert "Information\n72 år 2023, 1 åtgärd" in words
    assert "Bemötande\ninga åtgärder" in words
    assert words.count("inga värden ännu") == 5
    assert list(by_gid(fig, "line:Företag:0").get_ydata()) == [70.0, 72.0]


def test_matrix_marks_aims_and_counts_per_factor(borlange_db: Database) -> None:
    with borlange_db.read() as session:
        fig = matrix_chart(chart_data.load_matrix(session))
    cells = {ln.get_gid() for ln in lines(fig, "cell:")}
    assert "cell:1:information" in cells and "cell:1:bemotande" not in cells
    assert len(cells) == 7 * 3
    counts = {
        t.get_gid(): t.get_text()
        for t in fig.findobj(Text)
        if str(t.get_gid()).startswith("count:")
    }
    assert counts["count:information"] == "7" and counts["count:bemotande"] == "0"


def test_status_chart_bars_match_the_counts(borlange_db: Database) -> None:
    with borlange_db.write() as session:
        create_action(session, title="Sen", status="pagar", start="2024-01-01", due="2024-02-01")
    with borlange_db.read() as session:
        fig = status_chart(chart_data.load_status(session, TODAY))
    assert by_gid(fig, "bar:Ej påbörjad").get_width() == 6  # type: ignore[attr-defined]
    assert by_gid(fig, "bar:Pågår").get_width() == 2  # type: ignore[attr-defined]
    assert by_gid(fig, "bar:Varav försenade").get_width() == 1  # type: ignore[attr-defined]
    assert by_gid(fig, "bar:Ej daterade").get_width() == 5  # type: ignore[attr-defined]
    assert "Åtgärder per status: 8 åtgärder, 1 försenade (1 mar 2025)" in texts(fig)


def test_large_text_variant_is_larger(borlange_db: Database) -> None:
    with borlange_db.read() as session:
        data = chart_data.load_nki(session, today=TODAY)
    small, large = nki_chart(data, Style()), nki_chart(data, Style(large=True))
    assert large.get_size_inches()[0] > small.get_size_inches()[0]
    assert large.axes[0].yaxis.label.get_fontsize() > small.axes[0].yaxis.label.get_fontsize()


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_every_chart_saves_as_png_svg_and_pdf(
    borlange_db: Database, tmp_path: Path, suffix: str, magic: bytes
) -> None:
    options = catalog.ChartOptions(comparison="0000", target=72)
    for kind in catalog.CHART_TITLES:
        with borlange_db.read() as session:
            data = catalog.load(session, kind, options, TODAY)
        out = tmp_path / f"{kind}{suffix}"
        catalog.save(catalog.draw(kind, data, options), out)
        assert out.read_bytes().startswith(magic), kind


def test_an_unknown_suffix_is_refused_in_swedish(tmp_path: Path) -> None:
    from models.errors import InputError

    with pytest.raises(InputError, match=r"filändelsen \.jpg stöds inte"):
        catalog.save(Figure(), tmp_path / "bild.jpg")
    assert not (tmp_path / "bild.jpg").exists()


def test_charts_never_load_pyplot() -> None:
    code = (
        "import sys\n"
        "import charts.catalog\n"
        "print('PYPLOT' if 'matplotlib.pyplot' in sys.modules else 'OK')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "OK", result.stderr
    for path in (ROOT / "charts").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "import pyplot" not in source and "matplotlib.pyplot" not in source, path.name


def test_measure_codes_of_factors_cover_every_factor() -> None:
    assert set(chart_data.FACTOR_MEASURE) == set(Factor)
    assert all(m in Measure for m in chart_data.FACTOR_MEASURE.values())


def test_shortened_titles_that_would_read_alike_keep_where_they_differ() -> None:
    from charts.style import short_distinct

    titles = [f"Åtgärdsförslag {n} (ej namngivet ännu)" for n in (4, 5)] + [
        "Telefontider", "Förbättrad webbsida för företagare"]
    assert short_distinct(titles, 15) == [
        "Åtgärdsförsla…4", "Åtgärdsförsla…5", "Telefontider", "Förbättrad web…"]
    assert all(len(t) <= 15 for t in short_distinct(titles, 15))


@pytest.mark.parametrize("kind", ["matrix", "timeline"])
def test_rows_stay_apart_when_titles_are_shortened(borlange_db: Database, kind: str) -> None:
    """Borlänge's four "Åtgärdsförslag N (ej namngivet ännu)" at large text on 1024 × 768
    (the projector): each row's label still says which it is (they had all read
    "Åtgärdsförsla… (ej påbörjad)")."""
    with borlange_db.read() as session:
        data = catalog.load(session, kind, catalog.ChartOptions(), dt.date(2026, 12, 1))
    fig = catalog.draw(kind, data, catalog.ChartOptions(large=True, size=(10.24, 7.68)))
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()
              if "tgärdsf" in t.get_text()]
    assert len(labels) == 4 and len(set(labels)) == 4, labels
