"""Where a drawn chart's texts are: every visible text's box, and the ones that overlap
another or leave the figure (tests/test_chart_layout.py, and by hand through
benchmarks/chart_pictures.py)."""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

SLACK = 1.0  # pixels two boxes may share (antialiased edges touch)
TODAY = dt.date(2025, 3, 1)

# (width, height) in inches at a dpi: the screens at 100 dpi, A4 as the report's pages
# (landscape, the chart pages) and portrait, at 72 dpi as a PDF lays them out (a chart's
# layout is in points, so a printer's 300 dpi changes no place, only the cost of the test).
SIZES: dict[str, tuple[tuple[float, float], float]] = {
    "1024x768": ((10.24, 7.68), 100.0),
    "1280x720": ((12.80, 7.20), 100.0),
    "1366x768": ((13.66, 7.68), 100.0),
    "1920x1080": ((19.20, 10.80), 100.0),
    "a4_liggande": ((11.69, 8.27), 72.0),
    "a4_staende": ((8.27, 11.69), 72.0),
}

LONG_TITLES = [
    "Checklista och vägledning för bygglovsansökan med exempel på ritningar och "
    "situationsplaner för privatpersoner",
    "Gemensam handläggning av livsmedelskontroll och serveringstillstånd för nya "
    "restauranger i centrum",
    "Uppföljningssamtal med alla sökande inom två veckor efter beslut om bygglov eller "
    "förhandsbesked",
    "Översyn av avgifterna för miljö- och hälsoskydd med tydligare information på webben "
    "och i beslut",
    "Företagsträffar varje kvartal tillsammans med näringslivskontoret och räddningstjänsten",
    "Klarspråksgranskning av alla mallar för beslut, förelägganden och kommunicering",
]


# Targets that crowd the plot: two in one year beside a measured point, one in a year
# not measured yet at the axis's right end (its words ran out over the legend), and one
# for a factor. (measure, group, year offset from the last measured year, value)
TARGETS = (("nki", "totalt", 0, 78), ("nki", "företag", 0, 75), ("nki", "totalt", 2, 80),
           ("information", "företag", 2, 75))


def add_targets(db: Any) -> None:
    from sqlalchemy import func, select

    from models.entities import SurveyResult
    from models.targets import set_target

    with db.write() as session:
        last = session.scalar(select(func.max(SurveyResult.year)))
        for measure, group, offset, value in TARGETS:
            set_target(session, measure, group, "totalt", last + offset, value)


def large_database(path: Path) -> Any:
    """A new database with make_large_data.py's GENERATED data and long titles added."""
    root = Path(__file__).resolve().parent.parent
    if str(root / "benchmarks") not in sys.path:
        sys.path.insert(0, str(root / "benchmarks"))
    from make_large_data import fill

    from models.actions import add_milestone, create_action
    from models.codes import Factor, Status
    from models.opening import open_database

    db = open_database(path, create=True, user="testare")
    fill(db)
    rng = random.Random(12)
    with db.write() as session:
        for number, title in enumerate(LONG_TITLES):
            start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
            action = create_action(
                session,
                today=dt.date(2025, 1, 1),
                title=title,
                status=list(Status)[number % 5],
                factors=list(Factor)[number % 4 : number % 4 + 3],
                start=start,
                due=start + dt.timedelta(days=rng.randint(30, 500)),
                progress=rng.randint(0, 90),
            )
            add_milestone(session, action.id, start + dt.timedelta(days=20), "Delmål")
    add_targets(db)
    return db


def borlange_database(path: Path) -> Any:
    """A new database with the Borlänge data set, and TARGETS."""
    from models.opening import open_database
    from models.seed import load_example

    db = open_database(path, create=True, user="testare")
    with db.write() as session:
        load_example(session)
    add_targets(db)
    return db


def chart_data_of(db: Any, kinds: Iterable[str], comparison: str | None = None) -> dict[str, Any]:
    """The plain data of each chart, read once (the Riket comparison when there is one)."""
    from charts.catalog import ChartOptions, load
    from models.results import has_results

    with db.read() as session:
        if comparison is None and has_results(session, "0000"):
            comparison = "0000"
        options = ChartOptions(comparison=comparison)
        return {kind: load(session, kind, options, TODAY) for kind in kinds}


def shown(text: Text) -> bool:
    """Whether the text is drawn: visible itself, in visible axes, with something to say."""
    if not text.get_visible() or not text.get_text().strip():
        return False
    axes = text.axes
    return axes is None or axes.get_visible()


def drawn_texts(fig: Figure) -> Iterator[Text]:
    """Every text the figure draws: tick labels only of ticks drawn (inside the limits)."""
    tick_labels: set[int] = set()
    for ax in fig.get_axes():
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                tick_labels.update((id(tick.label1), id(tick.label2)))
            yield from _ticks_drawn(axis)
    for text in fig.findobj(Text):
        if id(text) not in tick_labels and shown(text):
            yield text


def _ticks_drawn(axis: Axis) -> Iterator[Text]:
    if not (axis.axes.get_visible() and axis.axes.axison and axis.get_visible()):
        return
    for tick in axis._update_ticks():  # the ticks the last draw drew
        for label in (tick.label1, tick.label2):
            if label.get_visible() and tick.get_visible() and label.get_text().strip():
                yield label


def problems(fig: Figure) -> list[str]:
    """Texts that overlap another or leave the figure, in words ([] when all is well)."""
    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    fig.draw_without_rendering()  # every layout decision made, no pixels painted
    renderer: Any = fig.canvas.get_renderer()
    width, height = fig.bbox.width, fig.bbox.height
    found: list[str] = []
    boxes: list[tuple[Bbox, str]] = []
    for text in drawn_texts(fig):
        box = text.get_window_extent(renderer)
        words = text.get_text().replace("\n", " ")[:60]
        if box.x0 < -SLACK or box.y0 < -SLACK or box.x1 > width + SLACK or box.y1 > height + SLACK:
            found.append(f"utanför figuren: ”{words}” {_box(box)}")
        boxes.append((box, words))
    boxes.sort(key=lambda item: item[0].y0)
    for index, (a, ta) in enumerate(boxes):
        for b, tb in boxes[index + 1 :]:
            if b.y0 >= a.y1 - SLACK:
                break  # sorted by the bottom edge: nothing further up reaches this one
            if min(a.x1, b.x1) - max(a.x0, b.x0) > SLACK:
                found.append(f"överlappar: ”{ta}” {_box(a)} och ”{tb}” {_box(b)}")
    return found


def _box(box: Bbox) -> str:
    return f"[{box.x0:.0f},{box.y0:.0f}–{box.x1:.0f},{box.y1:.0f}]"
