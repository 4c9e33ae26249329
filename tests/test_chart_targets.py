"""Targets (mål) in the NKI chart and the factor panels, and the 2024 break of the total
marked wherever a chart of area totalt spans it. Without a window.

The figures beyond Borlänge's news item are made up for the tests.
"""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from charts.factors import factors_chart
from charts.nki import nki_chart
from charts.style import year_x
from models import chart_data
from models.codes import Area, Group
from models.results import check_key, check_values, set_result
from models.targets import set_target

TODAY = dt.date(2026, 3, 1)


def put(db, year, value, measure="nki", group="foretag", area="totalt", **extra) -> None:
    with db.write() as s:
        set_result(
            s,
            check_key("2081", year, group, area, measure),
            check_values(value, extra.get("answers"), None, None, extra.get("preliminary", False)),
        )


def target(db, measure, group, area, year, value) -> None:
    with db.write() as s:
        set_target(s, measure, group, area, year, value)


def stars(fig: Figure) -> dict[str, Line2D]:
    return {
        str(ln.get_gid()): ln
        for ln in fig.findobj(Line2D)
        if str(ln.get_gid() or "").startswith("target:")
    }


def words(fig: Figure) -> list[str]:
    return [" ".join(t.get_text().split()) for t in fig.findobj(Text) if t.get_text()]


def test_nki_targets_are_stars_at_their_year_with_the_status_beside(borlange_db) -> None:
    target(borlange_db, "nki", "foretag", "totalt", 2025, 75)  # no 2025 value yet
    target(borlange_db, "nki", "totalt", "totalt", 2023, 70)  # 71 in 2023: reached
    target(borlange_db, "nki", "foretag", "bygglov", 2025, 60)  # another area: not here
    with borlange_db.read() as s:
        data = chart_data.load_nki(s, today=TODAY)
    fig = nki_chart(data)
    drawn = stars(fig)
    assert set(drawn) == {"target:nki:foretag:2025", "target:nki:totalt:2023"}
    for gid, year, value in (
        ("target:nki:foretag:2025", 2025, 75),
        ("target:nki:totalt:2023", 2023, 70),
    ):
        # one marker at the target year: not a line across the years
        assert list(drawn[gid].get_xdata()) == [year_x(year)], gid
        assert list(drawn[gid].get_ydata()) == [value], gid
        assert drawn[gid].get_linestyle() == "None"
    texts = words(fig)
    assert "Mål" in texts  # in the legend
    assert "Mål 75: inte mätt ännu" in texts  # the 2025 figures are due in the spring of 2026
    assert "Mål 70: nått (71, ±3)" in texts
    # The axis reaches the target's year.
    assert fig.axes[0].get_xlim()[1] > year_x(2025)


def test_factor_targets_in_their_panel_with_the_status_in_the_notes(borlange_db) -> None:
    put(borlange_db, 2023, 62, "information", answers=300)
    put(borlange_db, 2025, 66, "information", answers=300)
    target(borlange_db, "information", "foretag", "totalt", 2025, 70)
    with borlange_db.read() as s:
        data = chart_data.load_factors(s, Group.FORETAG, Area.TOTALT, today=TODAY)
    panels = {p.factor.value: p for p in data.panels}
    assert [c.target.value for c in panels["information"].targets] == [70]
    assert all(not p.targets for k, p in panels.items() if k != "information")
    fig = factors_chart(data)
    assert set(stars(fig)) == {"target:information:foretag:2025"}
    notes = " ".join(words(fig))
    assert "Mål Information företag 2025: 70 – inte nått (66, ±3)" in notes
    assert "Mål" in words(fig)


def test_the_break_is_marked_in_every_factor_panel_of_the_total_across_it(borlange_db) -> None:
    put(borlange_db, 2023, 62, "information", answers=300)
    put(borlange_db, 2024, 66, "information", answers=300)
    with borlange_db.read() as s:
        total = chart_data.load_factors(s, Group.FORETAG, Area.TOTALT, today=TODAY)
    fig = factors_chart(total)
    breaks = {
        str(ln.get_gid()) for ln in fig.findobj(Line2D) if str(ln.get_gid()).startswith("break:")
    }
    assert breaks == {f"break:{p.factor.value}" for p in total.panels}
    assert "nytt mått för totalt" in words(fig)
    # No line joins 2023 and 2024 of the total.
    for line in fig.findobj(Line2D):
        if str(line.get_gid() or "").startswith("line:"):
            xs = list(line.get_xdata())
            assert not (min(xs) < year_x(2024) - 200 and max(xs) > year_x(2023) + 200)


def test_no_break_in_a_single_area_or_a_total_after_it(borlange_db) -> None:
    put(borlange_db, 2023, 62, "information", area="bygglov", answers=300)
    put(borlange_db, 2025, 66, "information", area="bygglov", answers=300)
    with borlange_db.read() as s:
        bygglov = chart_data.load_factors(s, Group.FORETAG, Area.BYGGLOV, today=TODAY)
    fig = factors_chart(bygglov)
    assert not [ln for ln in fig.findobj(Line2D) if str(ln.get_gid()).startswith("break:")]
