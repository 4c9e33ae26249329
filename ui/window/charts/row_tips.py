"""Tooltips on a chart's rows: the full text of a row whose label the chart had to shorten
(long action titles and the effect chart's reasons), over the row or its label."""

from __future__ import annotations

from typing import Any


def show_row_tips(canvas: Any) -> None:
    """While the mouse is over a row of the drawn chart, the canvas's tooltip is its text."""

    def moved(event: Any) -> None:
        from charts.style import row_tip

        tip = row_tip(canvas.figure, event.inaxes, event.ydata, (event.x, event.y))
        if tip != canvas.toolTip():
            canvas.setToolTip(tip)

    canvas.mpl_connect("motion_notify_event", moved)
