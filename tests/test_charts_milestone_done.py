"""Done milestones are drawn filled, open ones hollow, in the timeline and the NKI chart."""

from __future__ import annotations

import datetime as dt

from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from charts.nki import nki_chart
from charts.style import date_x
from charts.timeline import timeline_chart
from models import chart_data
from models.actions import add_milestone, create_action, set_milestone_done
from models.db import Database

TODAY = dt.date(2025, 3, 1)


def _markers(fig: Figure, action_id: int) -> dict[float, tuple[float, ...]]:
    """Each milestone's x and the colour it is filled with."""
    found = [ln for ln in fig.findobj(Line2D) if ln.get_gid() == f"milestone:{action_id}"]
    return {float(ln.get_xdata()[0]): to_rgba(ln.get_markerfacecolor()) for ln in found}


def _legend(fig: Figure) -> list[str]:
    return [t.get_text() for leg in fig.legends + [a.get_legend() for a in fig.axes]
            if leg is not None for t in leg.get_texts()]


def test_done_milestones_are_filled_open_ones_hollow(borlange_db: Database) -> None:
    with borlange_db.write() as session:
        action = create_action(session, title="Två steg", status="pagar",
                               start="2024-01-01", due="2025-06-30")
        first = add_milestone(session, action.id, "2024-03-01", "Första")
        add_milestone(session, action.id, "2025-05-01", "Andra")
        set_milestone_done(session, first.id, True, "2024-03-02")
    with borlange_db.read() as session:
        timeline = timeline_chart(chart_data.load_timeline(session, TODAY))
        nki = nki_chart(chart_data.load_nki(session, today=TODAY))
    white, black = to_rgba("white"), to_rgba("black")
    for fig in (timeline, nki):
        assert _markers(fig, action.id) == {
            date_x(dt.date(2024, 3, 1)): black, date_x(dt.date(2025, 5, 1)): white
        }
    assert {"Milstolpe", "Milstolpe, avklarad"} <= set(_legend(timeline))
