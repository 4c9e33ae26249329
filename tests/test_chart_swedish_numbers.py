"""Chart axes speak Swedish like the value labels: "77,5", not "77.5"; the legend names
the colour the late actions' edge really has."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.patches import Patch

from charts.factors import factors_chart
from charts.nki import nki_chart
from charts.style import OVERDUE_COLOUR, tick_number
from charts.timeline import timeline_chart
from models import chart_data
from models.actions import create_action
from models.codes import Group
from models.db import Database
from tests.test_charts import TODAY, put


def tick_texts(fig, axis: str) -> list[str]:
    FigureCanvasAgg(fig).draw()  # tick labels are made when drawn
    found = []
    for ax in fig.axes:
        labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
        found.extend(t.get_text() for t in labels if t.get_text() and t.get_visible())
    return found


def test_tick_number() -> None:
    assert tick_number(77.5) == "77,5"
    assert tick_number(80.0) == "80"
    assert tick_number(72.25) == "72,25"
    assert tick_number(-2.5) == "\u22122,5"


def test_nki_axis_uses_decimal_commas(db: Database, tmp_path: Path) -> None:
    put(db, 2022, 72.3)
    put(db, 2023, 74.1)
    with db.read() as session:
        fig = nki_chart(chart_data.load_nki(session, group=Group.FORETAG, today=TODAY))
    fig.savefig(tmp_path / "nki_commas.png")
    # Whatever steps matplotlib picks (on a short axis 72.5, 75, 77.5): a narrow range
    # forces steps with decimals.
    value_axes = [ax for ax in fig.axes if ax.get_ylabel()]
    assert value_axes
    for ax in value_axes:
        ax.set_ylim(77, 78)
    ticks = tick_texts(fig, "y")
    assert any("," in t for t in ticks), ticks
    assert not any("." in t for t in ticks), ticks


def test_factor_axes_use_decimal_commas(db: Database) -> None:
    put(db, 2022, 72.3, measure="bemotande")
    put(db, 2023, 74.1, measure="bemotande")
    with db.read() as session:
        fig = factors_chart(chart_data.load_factors(session, Group.FORETAG, today=TODAY))
    for ax in fig.axes:
        ax.set_ylim(77, 78)  # shared: steps with decimals in every panel
    ticks = tick_texts(fig, "y")
    assert any("," in t for t in ticks), ticks
    assert not any("." in t for t in ticks), ticks


def test_late_legend_names_the_edge_colour_it_shows(borlange_db: Database, tmp_path: Path) -> None:
    with borlange_db.write() as session:
        create_action(session, title="Sen åtgärd", status="pagar", start="2024-01-01",
                      due="2024-06-30")
    with borlange_db.read() as session:
        fig = timeline_chart(chart_data.load_timeline(session, TODAY))
    legend = next(ax.get_legend() for ax in fig.axes if ax.get_legend())
    entries = dict(zip([t.get_text() for t in legend.get_texts()], legend.legend_handles,
                       strict=True))
    assert "Försenad (röd kant)" not in entries
    late = entries["Försenad (tjock orangeröd kant)"]
    assert isinstance(late, Patch)
    assert to_hex(late.get_edgecolor()) == OVERDUE_COLOUR.lower()
    assert late.get_linewidth() >= 2  # the thick edge tells it in black and white
    late_bar = next(p for ax in fig.axes for p in ax.patches
                    if str(p.get_gid() or "").startswith("lane:") and p.get_linewidth() >= 2)
    assert to_hex(late_bar.get_edgecolor()) == OVERDUE_COLOUR.lower()
    fig.savefig(tmp_path / "timeline_late.png")
