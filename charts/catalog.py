"""The six charts by name: what each reads from a session and how it is drawn and saved.

Shared by the command line and the "Diagram" view, so both show the same picture.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from sqlalchemy.orm import Session

from charts.effect import effect_chart
from charts.factors import factors_chart
from charts.matrix import matrix_chart
from charts.nki import nki_chart
from charts.status import status_chart
from charts.style import Style
from charts.timeline import timeline_chart
from models import chart_data
from models.atomic import write_whole
from models.codes import Area, Group
from models.errors import InputError

CHART_TITLES = {
    "nki": "NKI över åren med åtgärderna",
    "timeline": "Åtgärdernas tidslinje",
    "factors": "Servicefaktorerna",
    "matrix": "Åtgärder och servicefaktorer",
    "status": "Åtgärder per status",
    "effect": "Effekt av åtgärderna",
}
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


@dataclass(frozen=True)
class ChartOptions:
    """The choices a user makes. No group means every group (NKI) or företag (factors)."""

    group: Group | None = None
    area: Area = Area.TOTALT
    comparison: str | None = None
    years: tuple[int, int] | None = None
    target: float | None = None
    large: bool = False
    size: tuple[float, float] | None = None  # inches; None: the chart's natural size
    dpi: float = 100.0


def load(session: Session, kind: str, options: ChartOptions, today: dt.date | None = None) -> Any:
    """The plain data for a chart, read in the caller's (short) session."""
    group = options.group or Group.FORETAG
    if kind == "nki":
        return chart_data.load_nki(
            session,
            options.area,
            options.group,
            options.comparison,
            options.years,
            options.target,
            today,
        )
    if kind == "timeline":
        return chart_data.load_timeline(session, today)
    if kind == "factors":
        return chart_data.load_factors(
            session, group, options.area, options.comparison, options.years, today
        )
    if kind == "matrix":
        return chart_data.load_matrix(session, group, options.area, today)
    if kind == "status":
        return chart_data.load_status(session, today)
    if kind == "effect":
        return chart_data.load_effect(session, today=today)
    raise InputError(f"Okänt diagram ”{kind}” (välj bland {', '.join(CHART_TITLES)}).")


DRAWERS: dict[str, Callable[..., Figure]] = {
    "nki": nki_chart,
    "timeline": timeline_chart,
    "factors": factors_chart,
    "matrix": matrix_chart,
    "status": status_chart,
    "effect": effect_chart,
}


def draw(kind: str, data: Any, options: ChartOptions, fig: Figure | None = None) -> Figure:
    style = Style(large=options.large, size=options.size, dpi=options.dpi)
    return DRAWERS[kind](data, style, fig)


def file_format(path: Path) -> str:
    """The format by the file's suffix; a Swedish message for any other."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        shown = path.suffix or "(ingen)"
        raise InputError(
            f"Filen {path.name}: filändelsen {shown} stöds inte; använd .png, .svg eller .pdf."
        )
    return found


def save(fig: Figure, path: Path, dpi: float = 150.0) -> None:
    """Write the figure as PNG, SVG or PDF by the suffix (raises InputError or InsiktError);
    a PNG at `dpi`."""
    kind = file_format(path)
    # Written beside and moved into place when whole (models.atomic): a failure keeps the
    # old file.
    write_whole(
        Path(path),
        lambda part: fig.savefig(part, format=kind, dpi=dpi if kind == "png" else None),
        "Diagrammet",
    )
