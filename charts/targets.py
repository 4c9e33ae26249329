"""Targets (mål) in a chart: a star at the target's year and value, never a line across the
years, with its status in words beside it or in the notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.lines import Line2D
from matplotlib.text import Annotation

from charts.style import BLACK, GROUP_LOOKS, LABELS, Style, number, year_x
from models.targets import TargetCheck

MARKER = "*"


def draw_targets(
    ax: Axes, checks: Sequence[TargetCheck], style: Style, words: bool = True
) -> list[Line2D]:
    """A star per target, its status beside it when `words`; the legend's handle ("Mål")."""
    if not checks:
        return []
    together = Together()
    for check in checks:
        target = check.target
        look = GROUP_LOOKS[target.group]
        ax.plot(
            [year_x(target.year)],
            [target.value],
            linestyle="none",
            marker=MARKER,
            markersize=style.marker_size * 2.0,
            markerfacecolor="white",
            markeredgecolor=look.colour,
            markeredgewidth=1.6,
            zorder=6,
            gid=f"target:{target.measure.value}:{target.group.value}:{target.year}",
        )
        if words:
            status = StatusWords(
                f"{LABELS['target']} {number(target.value, 0 if target.value.is_integer() else 1)}"
                f": {check.status_words}",
                (year_x(target.year), target.value),
                together,
                xytext=(GAP_PT, DROP_PT),
                textcoords="offset points",
                fontsize=style.small,
                color=BLACK,
                ha="left",
                va="center",
                zorder=6,
                gid=f"target_status:{target.group.value}:{target.year}",
                clip_on=False,  # as ax.annotate adds it: never cut at the plot's edge
            )
            together.append(status)
            ax.add_artist(status)
    return [handle(style)]


GAP_PT = 9.0  # between a star and its words
DROP_PT = -4.0  # the words a little below their star's centre
LINE = 1.3  # a line of words, in font sizes


class StatusWords(Annotation):
    """A target's words beside its star, laid out with the chart's other target words
    (`together`, this one among them) when the chart is drawn: on the right of the stars
    of their year, or on the left where the right has no room left in the plot (a target
    in the last year ran out over the legend); from the top down, each at its star's height
    or a line below words it would touch (two targets two units apart wrote on top of each
    other)."""

    def __init__(self, text: str, xy: tuple[float, float], together: Together,
                 **kwargs: Any) -> None:
        super().__init__(text, xy, **kwargs)
        self.together = together

    def update_positions(self, renderer: RendererBase) -> None:
        ax = self.axes
        if ax is not None:
            # once for the room the plot has (a draw asks each label several times)
            room = (id(renderer), tuple(ax.bbox.bounds), tuple(ax.viewLim.bounds))
            if self.together.laid_for != room:
                _lay_out(ax, self.together, renderer)
                self.together.laid_for = room
        super().update_positions(renderer)


class Together(list["StatusWords"]):
    """A chart's target words, and the room they were last laid out for."""

    laid_for: tuple[Any, ...] | None = None


def _lay_out(ax: Any, labels: Sequence[StatusWords], renderer: RendererBase) -> None:
    drawer: Any = renderer
    unit = float(drawer.points_to_pixels(1.0))  # pixels in a point
    gap = GAP_PT * unit
    left, right = ax.bbox.x0, ax.bbox.x1
    widths = [
        float(drawer.get_text_width_height_descent(
            label.get_text(), label.get_fontproperties(), ismath=False
        )[0])
        for label in labels
    ]
    points = [ax.transData.transform(label.xy) for label in labels]
    widest: dict[float, float] = {}  # per star column (a year): its widest words
    for (x, _), width in zip(points, widths, strict=True):
        widest[float(x)] = max(widest.get(float(x), 0.0), width)
    placed: list[tuple[float, float, float, float]] = []  # x0, x1, centre, half a line
    order = sorted(range(len(labels)), key=lambda i: -float(points[i][1]))
    for i in order:
        label, (x, star), width = labels[i], points[i], widths[i]
        x, star = float(x), float(star)
        on_right = x + gap + widest[x] <= right or x - gap - widest[x] < left
        x0, x1 = (x + gap, x + gap + width) if on_right else (x - gap - width, x - gap)
        size: Any = label.get_fontsize()
        half = float(size) * LINE * unit / 2
        centre = star + DROP_PT * unit
        moved = True
        while moved:
            moved = False
            for p0, p1, other, other_half in placed:
                # (less a hair: a label just moved below another touches it exactly)
                if min(x1, p1) > max(x0, p0) and abs(centre - other) < half + other_half - 0.01:
                    centre, moved = other - other_half - half, True
        placed.append((x0, x1, centre, half))
        if label.get_horizontalalignment() != ("left" if on_right else "right"):
            label.set_horizontalalignment("left" if on_right else "right")
        place = (GAP_PT if on_right else -GAP_PT, (centre - star) / unit)
        if label.xyann != place:
            label.xyann = place


def handle(style: Style) -> Line2D:
    return Line2D(
        [],
        [],
        linestyle="none",
        marker=MARKER,
        markersize=style.marker_size * 1.6,
        markerfacecolor="white",
        markeredgecolor=BLACK,
        markeredgewidth=1.4,
        label=LABELS["target"],
    )


def target_years(checks: Sequence[TargetCheck]) -> list[int]:
    return [c.target.year for c in checks]


def target_values(checks: Sequence[TargetCheck]) -> list[float]:
    return [c.target.value for c in checks]
