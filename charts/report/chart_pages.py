"""The report's chart pages: the NKI chart with the actions and the timeline, landscape,
drawn by the same chart functions as the window (into a sub-figure of the page)."""

from __future__ import annotations

import dataclasses

from matplotlib.axes import Axes
from matplotlib.figure import SubFigure

from charts.nki import nki_chart
from charts.page_flow import A4_LANDSCAPE, FOOTER, MARGIN, MUTED, PT, Flow
from charts.report.common import footer
from charts.style import (
    Style,
)
from charts.timeaxis import month_ticks
from charts.timeline import LANES_GID, ordered, timeline_chart
from models.chart_data import TimelineData
from models.report_data import (
    ReportData,
)

NKI_LANES_MAX = 12  # more dated actions than this: the lanes go to the timeline pages only
TIMELINE_ROWS = 14  # actions per timeline page


def chart_pages(flow: Flow, data: ReportData, footer_left: str) -> None:
    style = Style()
    # Without an NKI value the first page says so; an empty chart page would only repeat it.
    if data.nki_chart is not None and any(s.shown for s in data.nki_chart.series):
        nki = data.nki_chart
        dated = [a for a in nki.actions if a.dated]
        note = ""
        if len(dated) > NKI_LANES_MAX:
            nki = dataclasses.replace(nki, actions=())
            note = (
                f"{len(dated)} daterade åtgärder: de visas i tidslinjen på följande sidor "
                "i stället för under NKI-diagrammet."
            )
        nki_chart(nki, style, chart_area(flow, note, footer_left))  # type: ignore[arg-type]
    if data.timeline is not None and data.timeline.actions:
        actions = ordered(data.timeline.actions)
        chunks = [actions[i : i + TIMELINE_ROWS] for i in range(0, len(actions), TIMELINE_ROWS)]
        lanes: list[Axes] = []
        for index, chunk in enumerate(chunks, start=1):
            note = f"Tidslinje, sida {index} av {len(chunks)}." if len(chunks) > 1 else ""
            area = chart_area(flow, note, footer_left)
            timeline_chart(TimelineData(tuple(chunk), data.timeline.today), style, area)  # type: ignore[arg-type]
            # (not the legend's axes below the lanes: its 0–1 took the axis back to 1970)
            lanes.extend(ax for ax in area._sub.axes if ax.get_gid() == LANES_GID)
        # One time axis for every timeline page, so that bars compare across pages.
        if len(lanes) > 1:
            left = min(ax.get_xlim()[0] for ax in lanes)
            right = max(ax.get_xlim()[1] for ax in lanes)
            for ax in lanes:
                month_ticks(ax, left, right)


class ChartArea:
    """A sub-figure inside the page's margins that a chart function can draw on.

    The chart functions take a Figure, clear it and set their layout engine. Here they get
    a sub-figure of an A4 page instead (constrained layout of the page places it inside
    the margins, its title and footnotes included); the layout calls are the page's.
    """

    def __init__(self, sub: SubFigure) -> None:
        self._sub = sub

    def set_layout_engine(self, *_args: object, **_kwargs: object) -> None:
        return None

    def clear(self, keep_observers: bool = False) -> None:
        self._sub.clear(keep_observers)

    def __getattr__(self, name: str) -> object:
        return getattr(self._sub, name)


NOTE_ROOM = 16.0  # points above the chart for a note ("Tidslinje, sida 1 av 2.")


def area_size(note: bool = True) -> tuple[float, float]:
    """The width and height in inches that `chart_area` gives a chart (with a note or not)."""
    page_w, page_h = A4_LANDSCAPE[0] * PT, A4_LANDSCAPE[1] * PT
    top = MARGIN + (NOTE_ROOM if note else 0)
    return (page_w - 2 * MARGIN) / PT, (page_h - top - FOOTER) / PT


def chart_area(flow: Flow, note: str, footer_text: str, height: float | None = None) -> ChartArea:
    """A landscape page's room for a chart under `note`; `height` (points) keeps a chart
    that needs less than the page at its own height at the top, rather than stretched."""
    fig = flow.new_page(landscape=True, decorate=False)
    page_w, page_h = fig.get_figwidth() * PT, fig.get_figheight() * PT
    top = (MARGIN + (NOTE_ROOM if note else 0)) / page_h
    bottom = FOOTER / page_h
    left = MARGIN / page_w
    tall = 1 - top - bottom
    if height is not None:
        tall = min(tall, height / page_h)
    fig.set_layout_engine("constrained", rect=(left, 1 - top - tall, 1 - 2 * left, tall))
    if note:
        fig.text(left, 1 - MARGIN / page_h, note, fontsize=9, color=MUTED, va="top")
    footer(fig, footer_text)
    return ChartArea(fig.add_subfigure(fig.add_gridspec(1, 1)[0]))
