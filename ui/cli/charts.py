"""The command `chart`: one of the six charts to a PNG, SVG or PDF file. No Qt here.

This module (and with it matplotlib) is loaded only when the command runs (parser.Command),
so the other commands stay quick.
"""

from __future__ import annotations

import argparse
from typing import Any

from charts.catalog import CHART_TITLES, ChartOptions, draw, file_format, load, save
from models.codes import Area, Group
from models.errors import InputError
from models.results import has_results, is_municipality_group
from models.words import quoted, shown
from ui.cli.output import database, output_file


def _code(cls: Any, text: str | None, option: str) -> Any:
    if text is None:
        return None
    try:
        return cls.parse(text)
    except ValueError as exc:
        raise InputError(f"{option}: {exc}") from None


def _years(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    parts = text.replace("–", "-").split("-")
    try:
        first, last = (int(parts[0]), int(parts[-1]))
    except ValueError:
        raise InputError(f"--years: {quoted(text)} ska vara två år, t.ex. 2019-2024.") from None
    if len(parts) > 2 or first > last:
        raise InputError(f"--years: {quoted(text)} ska vara två år i ordning, t.ex. 2019-2024.")
    return first, last


def _target(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise InputError(f"--target: {quoted(text)} är inget tal.") from None
    if not 0 <= value <= 100:
        raise InputError(f"--target: {shown(text)} ligger utanför 0–100.")
    return value


def _comparison(text: str | None) -> str | None:
    if text is None:
        return None
    code = text.strip()
    if code.lower() == "riket":
        return "0000"
    if not (len(code) == 4 and code.isdigit()) and not is_municipality_group(code.upper()):
        raise InputError(
            f"--comparison: {quoted(text)} är ingen kommunkod med fyra siffror (Riket: 0000) "
            "eller kommungrupp i Kolada (t.ex. G124018)."
        )
    return code.upper()


SIZE_DPI = 100.0  # --size is in pixels as on a screen: the PNG is written at this dpi
SMALLEST, LARGEST = 320, 8000  # pixels a side


def _size(text: str | None) -> tuple[float, float] | None:
    """--size "1024x768": inches at SIZE_DPI; a Swedish message for anything else."""
    if text is None:
        return None
    parts = text.lower().replace("×", "x").split("x")
    try:
        width, height = (int(p.strip()) for p in parts)
    except ValueError:
        raise InputError(
            f"--size: {quoted(text)} ska vara bredd x höjd i bildpunkter, t.ex. 1024x768."
        ) from None
    if not (SMALLEST <= width <= LARGEST and SMALLEST <= height <= LARGEST):
        raise InputError(
            f"--size: {shown(text)} ska ha sidor mellan {SMALLEST} och {LARGEST} bildpunkter."
        )
    return width / SIZE_DPI, height / SIZE_DPI


def cmd_chart(args: argparse.Namespace) -> int:
    out = output_file(args.out, "--out")
    file_format(out)
    options = ChartOptions(
        group=_code(Group, args.group, "--group"),
        area=_code(Area, args.area, "--area") or Area.TOTALT,
        comparison=_comparison(args.comparison),
        years=_years(args.years),
        target=_target(args.target),
        large=args.large,
        size=_size(args.size),
        dpi=SIZE_DPI,
    )
    with database(args) as db:
        with db.read() as session:
            data = load(session, args.kind, options)
            unknown = options.comparison is not None and not has_results(
                session, options.comparison
            )
    fig = draw(args.kind, data, options)
    # Whole or not at all (a Swedish message when it cannot be written); at --size a PNG of
    # so many pixels (taller only where a chart's rows need it).
    save(fig, out, SIZE_DPI if options.size else 150.0)
    print(f"{CHART_TITLES[args.kind]} sparat i {out}.")
    if options.size is not None and fig.get_figheight() > options.size[1] + 0.005:
        width, height = (int(side * SIZE_DPI) for side in fig.get_size_inches())  # as Agg
        print(f"Obs: diagrammets rader behöver mer höjd än --size gav, så bilden är "
              f"{width}x{height} bildpunkter.")
    if unknown:
        print(
            f"Obs: {'Riket' if options.comparison == '0000' else 'kommun'} "
            f"{options.comparison} har inga resultat i databasen, så diagrammet "
            "har ingen jämförelse. Hämta dem med fetch-kolada --municipality "
            f"{options.comparison} eller importera dem."
        )
    return 0
