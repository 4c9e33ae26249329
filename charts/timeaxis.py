"""Time axes in Swedish: measuring years in the middle of each year, dates by month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from matplotlib.axes import Axes
from matplotlib.dates import num2date
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

from charts.fit import FittingTicks, tick_size
from charts.style import GREY, SV_MONTHS, Style, date_x, year_x
from models.codes import TOTAL_BREAK_AFTER

BREAK_MARK_NOTE = (
    f"Streckad lodrät linje: från {TOTAL_BREAK_AFTER + 1} omfattar totalen bara bygglov, "
    "miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd; jämför inte värden "
    "och perioder före och efter den."
)


def year_span(years: Iterable[int], dates: Iterable[dt.date]) -> tuple[float, float]:
    """From the start of the first year to the end of the last, covering every date."""
    starts = [dt.date(y, 1, 1) for y in years] + list(dates)
    if not starts:
        today = dt.date.today()
        starts = [dt.date(today.year, 1, 1)]
    first = min(starts).year
    last = max(starts).year
    return date_x(dt.date(first, 1, 1)), date_x(dt.date(last + 1, 1, 1))


def year_ticks(ax: Axes, left: float, right: float, label: bool = True, most: int = 14) -> None:
    """A labelled tick in the middle of each year (every second or fifth year where the
    axis is too short for all) and a faint line at each new year."""
    first = num2date(left).year
    last = num2date(right).year
    years = [y for y in range(first, last + 1) if left < year_x(y) < right]
    least = max(1, -(-len(years) // most))
    steps = [s for s in (1, 2, 3, 5, 10) if s >= least] or [least]

    def ticks_for(step: int) -> list[float]:
        # the last year always has its label: it is the one a reader looks for
        chosen = years[::-1][::step][::-1]
        return [year_x(y) for y in chosen]

    ax.xaxis.set_major_locator(FittingTicks(ticks_for, steps, 4, tick_size()))
    if label:
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: str(num2date(x).year)))
    else:
        ax.xaxis.set_major_formatter(NullFormatter())
    bounds = [date_x(dt.date(y, 1, 1)) for y in range(first, last + 2)]
    ax.xaxis.set_minor_locator(FixedLocator([b for b in bounds if left <= b <= right]))
    ax.tick_params(axis="x", which="major", length=0)
    ax.grid(True, axis="x", which="minor", color="#DDDDDD", linewidth=0.8)
    ax.set_xlim(left, right)


def month_ticks(ax: Axes, left: float, right: float) -> None:
    """Month, quarter, half-year or year ticks named in Swedish, with the year where it
    changes: as dense as the axis's length lets the names stand apart."""
    start = num2date(left).date()
    end = num2date(right).date()
    months = (end.year - start.year) * 12 + end.month - start.month
    least = 1 if months <= 10 else 3 if months <= 36 else 6 if months <= 72 else 12
    steps = [s for s in (1, 3, 6, 12, 24, 60) if s >= least]

    def ticks_for(step: int) -> list[float]:
        ticks: list[float] = []
        day = dt.date(start.year, 1, 1)
        while day <= end:
            in_step = (day.month - 1) % step == 0 if step <= 12 else (
                day.month == 1 and day.year % (step // 12) == 0
            )
            if day >= start and in_step:
                ticks.append(date_x(day))
            day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return ticks

    locator = FittingTicks(ticks_for, steps, 4, tick_size())

    def name(x: float, _pos: int | None) -> str:
        when = num2date(x)
        if locator.step >= 12:
            return str(when.year)
        ticks = ticks_for(locator.step)
        if when.month == 1 or (ticks and abs(x - ticks[0]) < 1):
            return f"{SV_MONTHS[when.month - 1]}\n{when.year}"
        return SV_MONTHS[when.month - 1]

    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FuncFormatter(name))
    ax.grid(True, axis="x", which="major", color="#DDDDDD", linewidth=0.8)
    ax.set_xlim(left, right)


def break_x() -> float:
    """Where the 2024 break of area totalt is: the new year of the first year after it."""
    return date_x(dt.date(TOTAL_BREAK_AFTER + 1, 1, 1))


def spans_break(left: float, right: float) -> bool:
    """Whether an axis from `left` to `right` shows both the last year before the break and
    the first after it: then a total's before and after must not be read across it."""
    return left < year_x(TOTAL_BREAK_AFTER) and year_x(TOTAL_BREAK_AFTER + 1) < right


def mark_break(ax: Axes, style: Style, gid: str = "break", words: bool = True) -> None:
    """The 2024 break of area totalt: a dashed line, and "nytt mått för totalt" beside it."""
    at = break_x()
    ax.axvline(at, color=GREY, linestyle=(0, (2, 2)), linewidth=1.5, gid=gid)
    if words:
        ax.text(
            at,
            0.98,
            " nytt mått för totalt",
            transform=ax.get_xaxis_transform(),
            ha="left",
            va="top",
            fontsize=style.small,
            color="#444444",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5, "alpha": 0.85},
        )
