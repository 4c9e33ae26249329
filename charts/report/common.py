"""What every part of the report shares: its title, the footer, dates and the place."""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure

from charts.page_flow import MARGIN, MUTED, PT
from models.report_data import (
    ReportData,
)

TITLE = "Mötesunderlag"


def date_text(day: dt.date | None) -> str:
    return day.isoformat() if day else "–"


def place(data: ReportData) -> str:
    return data.municipality_name or "kommunen"


def footer(fig: Figure, text: str) -> None:
    page_w = fig.get_figwidth() * PT
    page_h = fig.get_figheight() * PT
    fig.text(
        MARGIN / page_w,
        0.35 * PT / page_h,
        text,
        ha="left",
        va="bottom",
        fontsize=8,
        color=MUTED,
    )
