"""Laying a chart out for the room it gets: tick density, legends beside or below, value
labels that keep clear of each other, label lengths and row tooltips.

Decisions that depend on the drawn size are made while drawing (a locator picks its step
from the axis's length in pixels, value labels are placed with the renderer), so a chart
stays right when the window's canvas changes size. The rest is estimated from the size in
inches and the font size, without measuring text (the report draws fifty charts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import matplotlib
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.font_manager import FontProperties
from matplotlib.text import Annotation
from matplotlib.ticker import Locator

from charts.style import Style

CHAR_EM = 0.6  # a character of DejaVu Sans is at most about this wide, on average, in ems


def text_inches(chars: int, size: float) -> float:
    """About how wide `chars` characters are at `size` points."""
    return chars * CHAR_EM * size / 72


def chars_in(inches: float, size: float) -> int:
    """About how many characters fit in `inches` at `size` points."""
    return max(1, int(inches * 72 / (size * CHAR_EM)))


def tick_size() -> float:
    """The x tick labels' size in points under the settings in force (inside `applied`)."""
    return float(FontProperties(size=matplotlib.rcParams["xtick.labelsize"]).get_size())


class FittingTicks(Locator):
    """The densest of `steps` whose labels (about `chars` wide) fit along the axis as drawn.

    `ticks_for(step)` gives the positions for a step; `step` holds the step last chosen
    (a formatter may name ticks by it)."""

    def __init__(
        self,
        ticks_for: Callable[[int], list[float]],
        steps: Sequence[int],
        chars: float,
        size: float,
    ) -> None:
        self.ticks_for = ticks_for
        self.steps = tuple(steps)
        self.chars = chars
        self.size = size
        self.step = self.steps[0]

    def __call__(self) -> list[float]:
        axes: Any = getattr(self.axis, "axes", None)
        length = axes.bbox.width if axes is not None else 0.0
        dpi = float(axes.figure.dpi) if axes is not None else 100.0
        # each label and a gap of two characters
        room = (self.chars + 2) * CHAR_EM * self.size * dpi / 72
        ticks: list[float] = []
        for step in self.steps:
            self.step = step
            ticks = self.ticks_for(step)
            if len(ticks) * room <= length:
                break
        return ticks

    def tick_values(self, vmin: float, vmax: float) -> list[float]:
        return self()


def legend_inches(handles: Sequence[Any], style: Style) -> float:
    """About how wide a legend of these entries is, in one column."""
    longest = max(
        (max(len(line) for line in str(h.get_label()).split("\n")) for h in handles), default=0
    )
    return text_inches(longest, style.small) + 3.2 * style.small / 72


def legend_below(handles: Sequence[Any], style: Style, share: float = 0.26) -> bool:
    """Whether a legend beside the plot would take more than `share` of the width."""
    return bool(handles) and legend_inches(handles, style) > share * style.width


def legend_columns(handles: Sequence[Any], style: Style) -> int:
    each = legend_inches(handles, style) + 0.3 * style.scale
    return max(1, min(len(handles), int(style.width * 0.95 / each)))


def legend_rows_inches(handles: Sequence[Any], style: Style) -> float:
    """How tall a legend below the chart is (its rows), in inches."""
    columns = legend_columns(handles, style)
    lines = 0
    for start in range(0, len(handles), columns):
        row = handles[start : start + columns]
        lines += max(str(h.get_label()).count("\n") + 1 for h in row)
    return lines * style.small * 1.55 / 72 + 0.1


def key_legend(key: Axes, handles: Sequence[Any], style: Style) -> None:
    """The legend in an axes of its own (a row below the chart), in as many columns as fit."""
    key.set_axis_off()
    if handles:
        key.legend(
            handles=list(handles),
            loc="center left",
            ncols=legend_columns(handles, style),
            frameon=False,
            fontsize=style.small,
            borderaxespad=0.0,
        )


class ClearLabels(Artist):
    """Value labels that keep clear of each other, of the axes' other texts and of the
    axes' edges: each is tried at a few places beside its point, and left out where none
    is free (the value can still be read on the axis)."""

    def __init__(self, ax: Axes, labels: list[Annotation], places: Sequence[tuple[float, float]]):
        super().__init__()
        self._ax = ax
        self._labels = labels
        self._places = tuple(places)
        self._first = [
            (label.xyann, label.get_horizontalalignment(), label.get_verticalalignment())
            for label in labels
        ]
        for label in labels:
            label.set_in_layout(False)  # the layout makes no room for them: they fit or go
        self.set_zorder(-10)  # drawn before the labels themselves

    def draw(self, renderer: Any) -> None:
        box = self._ax.get_window_extent(renderer)
        mine = {id(label) for label in self._labels}
        taken = [
            t.get_window_extent(renderer)
            for t in self._ax.texts
            if id(t) not in mine and t.get_visible() and t.get_text()
        ]
        for label, (first, ha, va) in zip(self._labels, self._first, strict=True):
            label.set_visible(True)  # an invisible text has no extent to measure
            placed = False
            for n, place in enumerate((first, *self._places)):
                label.xyann = place
                if n:
                    label.set_horizontalalignment(
                        "right" if place[0] < 0 else "left" if place[0] > 0 else "center"
                    )
                    label.set_verticalalignment("bottom" if place[1] >= 0 else "top")
                else:
                    label.set_horizontalalignment(ha)
                    label.set_verticalalignment(va)
                extent = label.get_window_extent(renderer)
                inside = (
                    extent.x0 >= box.x0
                    and extent.x1 <= box.x1
                    and extent.y0 >= box.y0
                    and extent.y1 <= box.y1
                )
                if inside and not any(extent.overlaps(other) for other in taken):
                    taken.append(extent)
                    placed = True
                    break
            label.set_visible(placed)
        self.stale = False


def keep_clear(ax: Axes, labels: list[Annotation], places: Sequence[tuple[float, float]]) -> None:
    if labels:
        ax.add_artist(ClearLabels(ax, labels, places))
