"""The meeting report ("Mötesunderlag") as a PDF of A4 pages, with matplotlib only.

1. a first page: municipality, date, the latest NKI with margin and change, the actions
   per status, the late and soon-due actions by name;
2. the NKI chart with the actions, and the timeline (landscape pages);
3. "Sedan förra mötet";
4. a table of all actions;
5. one page per action;
6. sources and footnotes.
Page numbers and the date are in every footer. Text is vector and searchable.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure, SubFigure

from charts.lanes import lane_end
from charts.nki import nki_chart
from charts.page_flow import FOOTER, MARGIN, MUTED, PT, RC, Cell, Flow
from charts.style import (
    BLUE,
    GREEN,
    GREY,
    OVERDUE_COLOUR,
    PURPLE,
    SHADE_COLOUR,
    VERMILLION,
    Style,
    date_x,
    number,
    rc_settings,
    signed,
    year_x,
)
from charts.timeaxis import month_ticks, year_span, year_ticks
from charts.timeline import ordered, timeline_chart
from models.atomic import write_whole
from models.chart_data import Point, Series, TimelineData
from models.db import Database
from models.entities import utcnow
from models.errors import InsiktError
from models.progress import Progress
from models.ranges import drawable
from models.report_data import (
    ActionReport,
    Event,
    NkiLine,
    ReportData,
    load_report,
    record_report,
)

TITLE = "Mötesunderlag"
NKI_LANES_MAX = 12  # more dated actions than this: the lanes go to the timeline pages only
TIMELINE_ROWS = 14  # actions per timeline page
COMMENT_CHARS = 220  # of the latest comment in the table of actions; all of it on the action's page
FACTOR_COLOURS = (BLUE, VERMILLION, GREEN, PURPLE, "#E69F00", "#000000")
FACTOR_MARKERS = ("o", "s", "D", "^", "v", "P")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    actions: int
    since_text: str
    # Why the report's date could not be recorded for the next one ("" when it was).
    not_recorded: str = ""


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else "–"


def _place(data: ReportData) -> str:
    return data.municipality_name or "kommunen"


def report_pages(data: ReportData, progress: Progress | None = None) -> list[Figure]:
    """Every page of the report as a Figure, footers and page numbers included.

    `progress` hears the actions laid out so far (the number of pages is not known yet).
    """
    with rc_settings(RC):
        made = f"{data.made_at:%Y-%m-%d %H:%M}"
        footer_left = f"{TITLE} – {_place(data)} – {made}"

        def decorate(fig: Figure, landscape: bool) -> None:
            _footer(fig, footer_left)

        flow = Flow(decorate)
        _first_page(flow, data)
        _chart_pages(flow, data, footer_left)
        _since_page(flow, data)
        _action_table(flow, data)
        for done, action in enumerate(data.actions, start=1):
            _action_page(flow, data, action)
            if progress is not None:
                progress(done, 0)
        _footnote_page(flow, data)
        total = len(flow.pages)
        for number_, fig in enumerate(flow.pages, start=1):
            fig.text(
                1 - MARGIN / (fig.get_figwidth() * PT),
                0.35 * PT / (fig.get_figheight() * PT),
                f"Sida {number_} av {total}",
                ha="right",
                va="bottom",
                fontsize=8,
                color=MUTED,
            )
    return flow.pages


def write_pdf(
    pages: Sequence[Figure], path: Path, data: ReportData, progress: Progress | None = None
) -> None:
    """The pages as one PDF; `progress` hears the pages written, of all.

    The file is written beside `path` and put in its place when whole (models.atomic), so
    a failure or a stop (`Cancelled` from `progress`) leaves the previous file as it was. The matplotlib settings are
    taken page by page, so the window can draw its charts in between.
    """
    metadata = {
        "Title": f"{TITLE} – {_place(data)} {data.made_at:%Y-%m-%d}",
        "Author": "Insiktskollen",
        "Subject": "Insikt (NKI) och förbättringsåtgärder",
        "Creator": "Insiktskollen",
    }

    def write(partial: Path) -> None:
        with rc_settings(RC):
            pdf = PdfPages(partial, metadata=metadata)
        try:
            for done, fig in enumerate(pages, start=1):
                with rc_settings(RC):
                    pdf.savefig(fig)
                if progress is not None:
                    progress(done, len(pages))
        except BaseException:
            # After a failed write (a full disk) closing fails too ("Error -2 while
            # flushing"): the first error is the one to tell.
            with contextlib.suppress(Exception), rc_settings(RC):
                pdf.close()
            raise
        with rc_settings(RC):
            pdf.close()

    write_whole(Path(path), write, "Mötesunderlaget")


def _footer(fig: Figure, text: str) -> None:
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


# ------------------------------------------------------------------ 1. the first page


def _nki_row(line: NkiLine) -> list[Cell]:
    value = number(line.value, 0 if line.value.is_integer() else 1)
    if line.preliminary:
        value += " (prel.)"
    if line.previous_year is None:
        change = "inget år före att jämföra med"
    elif line.difference is None:
        change = f"{line.previous_year}: {number(line.previous_value or 0)}; {line.change_note}"
    else:
        change = f"{signed(line.difference)} från {line.previous_year}; {line.change_note}"
    if line.preliminary_year is not None and line.preliminary_value is not None:
        shown = number(
            line.preliminary_value, 0 if line.preliminary_value.is_integer() else 1
        )
        counted = f", {line.preliminary_answers} svar" if line.preliminary_answers else ""
        change += (
            f". Nyare, preliminärt: {shown} ({line.preliminary_year}{counted}); "
            f"{line.preliminary_note}"
        )
    elif line.preliminary and line.preliminary_note:
        change += f"; {line.preliminary_note}"
    answers = str(line.answers) if line.answers is not None else "okänt"
    colour = (
        GREEN
        if line.real and (line.difference or 0) > 0
        else (OVERDUE_COLOUR if line.real else "#111111")
    )
    return [
        Cell(line.group.label, bold=True),
        Cell(str(line.year)),
        Cell(value, bold=True),
        Cell(answers),
        Cell(line.margin_note),
        Cell(change, colour=colour),
    ]


def _first_page(flow: Flow, data: ReportData) -> None:
    flow.new_page()
    flow.text(f"{TITLE} – {_place(data)}", size=22, bold=True)
    flow.text(
        f"Insikt (NKI) och arbetsgruppens förbättringsåtgärder · {data.made_at:%Y-%m-%d}",
        size=11,
        colour=MUTED,
    )
    flow.rule()
    flow.space(6)
    flow.heading("Senaste NKI", 13)
    if data.nki:
        flow.table(
            ["Kundgrupp", "År", "NKI", "Svar", "Felmarginal", "Förändring från året före"],
            [66, 30, 50, 35, 115, 209],
            [_nki_row(line) for line in data.nki],
            size=8.5,
        )
        flow.space(3)
        flow.text(
            "En förändring är statistiskt säkerställd bara om den är större än den kombinerade "
            "felmarginalen √(m₁² + m₂²) för de båda åren; med ett preliminärt värde bedöms den "
            "inte. Källor och förklaringar finns sist i underlaget.",
            size=8,
            colour=MUTED,
        )
    else:
        flow.text("Inga NKI-resultat för kommunen ännu.", colour=MUTED)
    flow.space(10)
    flow.heading("Åtgärder per status", 13)
    total = sum(n for _, n in data.counts)
    flow.table(
        [s.label for s, _ in data.counts] + ["Totalt", "Försenade"],
        [1] * (len(data.counts) + 2),
        [
            [Cell(str(n)) for _, n in data.counts]
            + [
                Cell(str(total), bold=True),
                Cell(
                    str(len(data.overdue)),
                    bold=bool(data.overdue),
                    colour=OVERDUE_COLOUR if data.overdue else "#111111",
                ),
            ]
        ],
        size=9,
        shade=False,
    )
    since = data.since
    flow.space(4)
    flow.text(
        f"Sedan förra mötet: {len(since.new_actions)} nya åtgärder, {len(since.finished)} klara, "
        f"{len(since.status_changes)} ändrade status, {len(since.comments)} nya kommentarer "
        f"({since.reason}; se avsnittet Sedan förra mötet).",
        size=9,
    )
    flow.space(10)
    flow.heading(f"Försenade åtgärder ({len(data.overdue)})", 13)
    _due_list(flow, data.overdue, data.today, "Inga försenade åtgärder.")
    flow.space(8)
    flow.heading(f"Ska vara klara inom {data.due_soon_days} dagar ({len(data.due_soon)})", 13)
    _due_list(flow, data.due_soon, data.today, "Inga åtgärder ska vara klara de närmaste dagarna.")


def _due_list(flow: Flow, actions: Sequence[ActionReport], today: dt.date, empty: str) -> None:
    if not actions:
        flow.text(empty, colour=MUTED)
        return
    rows = []
    for a in actions:
        days = (a.due - today).days if a.due else 0
        when = (
            f"{abs(days)} dagar sen" if days < 0 else ("idag" if days == 0 else f"om {days} dagar")
        )
        rows.append(
            [
                Cell(a.title, bold=True),
                Cell(f"{_date(a.due)} ({when})", colour=OVERDUE_COLOUR if days < 0 else "#111111"),
                Cell(a.owner or "ingen ansvarig"),
                Cell(f"{a.status.label}, {a.progress} %"),
            ]
        )
    flow.table(
        ["Åtgärd", "Klart senast", "Ansvarig", "Status"], [190, 110, 100, 80], rows, size=8.5
    )


# ------------------------------------------------------------------ 2. charts


def _chart_pages(flow: Flow, data: ReportData, footer_left: str) -> None:
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
        nki_chart(nki, style, _chart_area(flow, note, footer_left))  # type: ignore[arg-type]
    if data.timeline is not None and data.timeline.actions:
        actions = ordered(data.timeline.actions)
        chunks = [actions[i : i + TIMELINE_ROWS] for i in range(0, len(actions), TIMELINE_ROWS)]
        lanes: list[Axes] = []
        for index, chunk in enumerate(chunks, start=1):
            note = f"Tidslinje, sida {index} av {len(chunks)}." if len(chunks) > 1 else ""
            area = _chart_area(flow, note, footer_left)
            timeline_chart(TimelineData(tuple(chunk), data.timeline.today), style, area)  # type: ignore[arg-type]
            lanes.extend(area._sub.axes)
        # One time axis for every timeline page, so that bars compare across pages.
        if len(lanes) > 1:
            left = min(ax.get_xlim()[0] for ax in lanes)
            right = max(ax.get_xlim()[1] for ax in lanes)
            for ax in lanes:
                month_ticks(ax, left, right)


class _ChartArea:
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


def _chart_area(flow: Flow, note: str, footer: str, height: float | None = None) -> _ChartArea:
    fig = flow.new_page(landscape=True, decorate=False)
    page_w, page_h = fig.get_figwidth() * PT, fig.get_figheight() * PT
    top = (MARGIN + (16 if note else 0)) / page_h
    bottom = FOOTER / page_h
    left = MARGIN / page_w
    tall = 1 - top - bottom
    if height is not None:
        tall = min(tall, height / page_h)
    fig.set_layout_engine("constrained", rect=(left, 1 - top - tall, 1 - 2 * left, tall))
    if note:
        fig.text(left, 1 - MARGIN / page_h, note, fontsize=9, color=MUTED, va="top")
    _footer(fig, footer)
    return _ChartArea(fig.add_subfigure(fig.add_gridspec(1, 1)[0]))


# ------------------------------------------------------------------ 3. since the last meeting


def _events(flow: Flow, heading: str, events: Sequence[Event], with_text: bool = True) -> None:
    flow.heading(f"{heading} ({len(events)})", 11.5, after=30)
    if not events:
        flow.text("Inga.", colour=MUTED, size=9)
        flow.space(4)
        return
    if with_text:
        rows = [
            [
                Cell(f"{e.at:%Y-%m-%d}"),
                Cell(e.title, bold=True),
                Cell(e.text),
                Cell(e.who, colour=MUTED),
            ]
            for e in events
        ]
        flow.table(["Datum", "Åtgärd", "Vad", "Vem"], [55, 150, 210, 75], rows, size=8.5)
    else:
        rows = [
            [Cell(f"{e.at:%Y-%m-%d}"), Cell(e.title, bold=True), Cell(e.who, colour=MUTED)]
            for e in events
        ]
        flow.table(["Datum", "Åtgärd", "Vem"], [55, 360, 75], rows, size=8.5)
    flow.space(8)


def _since_page(flow: Flow, data: ReportData) -> None:
    since = data.since
    flow.new_page()
    flow.heading("Sedan förra mötet", 18)
    flow.text(f"Det som hänt {since.reason}.", colour=MUTED)
    flow.space(8)
    if since.empty:
        flow.text(
            "Inga ändringar av status eller slutdatum, inga nya kommentarer och inga nya "
            "eller avslutade åtgärder under perioden."
        )
        return
    _events(flow, "Nya åtgärder", since.new_actions, with_text=False)
    _events(flow, "Klara åtgärder", since.finished, with_text=False)
    _events(flow, "Ändrad status", since.status_changes)
    _events(flow, "Ändrat slutdatum", since.due_changes)
    _events(flow, "Nya kommentarer", since.comments)
    if since.removed:
        _events(flow, "Borttagna åtgärder", since.removed, with_text=False)


# ------------------------------------------------------------------ 4. the table of actions


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + " …"


def _action_table(flow: Flow, data: ReportData) -> None:
    flow.space(16)
    flow.heading(f"Alla åtgärder ({len(data.actions)})", 18, after=80)
    if not data.actions:
        flow.text("Inga åtgärder ännu.", colour=MUTED)
        return
    rows = []
    for a in data.actions:
        latest = a.latest_comment
        comment = f"{latest.date}: {_shorten(latest.text, COMMENT_CHARS)}" if latest else ""
        due = _date(a.due) + (" försenad" if a.overdue else "")
        rows.append(
            [
                Cell(a.title, bold=True),
                Cell(a.owner),
                Cell(a.unit),
                Cell(a.status.label),
                Cell(due, bold=a.overdue, colour=OVERDUE_COLOUR if a.overdue else "#111111"),
                Cell(f"{a.progress} %"),
                Cell(comment),
            ]
        )
    flow.continued = "Alla åtgärder"
    flow.table(
        ["Åtgärd", "Ansvarig", "Enhet", "Status", "Klart senast", "Fram-steg", "Senaste kommentar"],
        [124, 62, 62, 54, 56, 34, 160],
        rows,
        size=7.5,
    )
    flow.continued = ""


# ------------------------------------------------------------------ 5. one page per action


def _action_page(flow: Flow, data: ReportData, action: ActionReport) -> None:
    flow.new_page()
    flow.continued = action.title
    flow.heading(action.title, 15, after=60)
    status = f"{action.status.label}, {action.progress} %"
    if action.overdue:
        status += " – FÖRSENAD"
    flow.fields(
        [
            ("Status", status),
            ("Bedömning", action.assessment),
            ("Ansvarig", action.owner),
            ("Enhet", action.unit),
            ("Start", _date(action.start)),
            ("Klart senast", _date(action.due)),
            ("Klar datum", _date(action.completed)),
            ("Servicefaktorer", ", ".join(action.factors)),
            ("Myndighetsområden", ", ".join(action.areas)),
            ("Beskrivning", action.description),
            ("Förväntad effekt", action.expected_effect),
            ("Senast ändrad", f"{action.updated} (version {action.version})"),
        ]
    )
    flow.space(6)
    flow.heading("Milstolpar", 11.5, after=14)
    if action.milestones:
        for m in action.milestones:
            flow.text("• " + m, size=9.5, indent=6)
    else:
        flow.text("Inga milstolpar.", size=9.5, colour=MUTED)
    flow.space(6)
    _factor_trend(flow, data, action)
    flow.space(6)
    count = len(action.comments)
    flow.heading(
        f"Uppföljning ({count} {'kommentar' if count == 1 else 'kommentarer'}"
        f"{', senaste först' if count > 1 else ''})",
        11.5,
        after=24,
    )
    if not action.comments:
        flow.text("Inga kommentarer ännu.", size=9.5, colour=MUTED)
    for c in action.comments:
        flow.text(
            f"{c.date} · {c.author} · {c.status.label}, {c.progress} %",
            size=8.5,
            bold=True,
            colour=MUTED,
        )
        flow.text(c.text, size=9.5, indent=8, keep=1)
        flow.space(4)
    flow.continued = ""


def _factor_trend(flow: Flow, data: ReportData, action: ActionReport) -> None:
    if not action.factor_codes:
        return
    series = [
        (code, data.factor_series[code])
        for code in action.factor_codes
        if code in data.factor_series
    ]
    group = data.factor_group.label.lower()
    flow.heading(f"Servicefaktorerna åtgärden siktar på ({group})", 11.5, after=190)
    if not series:
        flow.text(
            f"Inga resultat för {', '.join(action.factors).lower()} ännu; trenden visas när "
            "servicefaktorernas index finns under Resultat.",
            size=9,
            colour=MUTED,
        )
        return
    ax = flow.axes(185)
    years = [p.year for _, s in series for p in s.points]
    # A stored date outside 1990–2100 (an older version's database) is not drawn.
    start_, due_, completed_ = (drawable(d) for d in (action.start, action.due, action.completed))
    dates = [d for d in (start_, due_, completed_) if d]
    left, right = year_span(years, dates)
    for index, (code, one) in enumerate(series):
        _draw_factor(
            ax,
            one,
            FACTOR_COLOURS[index % 6],
            FACTOR_MARKERS[index % 6],
            dict(zip(action.factor_codes, action.factors, strict=True))[code],
        )
    start = start_ or due_
    if start is not None:
        from models.chart_data import ActionItem

        item = ActionItem(
            action.id,
            action.title,
            action.status,
            start_,
            due_,
            completed_,
            action.progress,
        )
        end, _open = lane_end(item, data.today)
        ax.axvspan(
            date_x(start),
            date_x(end or data.today),
            color=SHADE_COLOUR,
            alpha=0.35,
            zorder=0,
            label="åtgärdens period",
        )
    ax.set_ylabel("Index (0–100)", fontsize=8.5)
    ax.tick_params(labelsize=8)
    ax.grid(True, axis="y", color="#E5E5E5")
    year_ticks(ax, left, right)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)


def _xy(points: Sequence[Point]) -> tuple[list[float], list[float]]:
    """Where shown points sit: the middle of their year, and their value."""
    shown = [p for p in points if p.value is not None]
    return [year_x(p.year) for p in shown], [float(p.value or 0.0) for p in shown]


def _draw_factor(ax: Axes, series: Series, colour: str, marker: str, label: str) -> None:
    """A factor's trend: lines that stop at the 2024 break, margins, hollow preliminaries."""
    for run in series.segments():
        ax.plot(*_xy(run), color=colour, linewidth=1.6)
    shown = series.shown
    with_margin = [p for p in shown if p.margin is not None]
    if with_margin:
        xs, ys = _xy(with_margin)
        margins = [float(p.margin or 0.0) for p in with_margin if p.value is not None]
        ax.errorbar(xs, ys, yerr=margins, fmt="none", ecolor=colour, elinewidth=1, capsize=3)
    ax.plot(*_xy(shown), linestyle="none", marker=marker, color=colour, label=label)
    hollow = [p for p in shown if p.preliminary]
    if hollow:
        ax.plot(
            *_xy(hollow), linestyle="none", marker=marker, color=colour, markerfacecolor="white"
        )


# ------------------------------------------------------------------ 6. footnotes


def _footnote_page(flow: Flow, data: ReportData) -> None:
    flow.new_page()
    flow.heading("Källor och förklaringar", 15)
    for note in data.footnotes:
        flow.text(note, size=9, bullet=True)
        flow.space(3)
    flow.space(8)
    flow.text(
        "NKI (Nöjd-Kund-Index) och servicefaktorerna är index 0–100 från SKR:s mätning "
        "Insikt; de är skattningar från ett urval, inte andelar nöjda kunder. Resultaten för "
        "ett år publiceras i april året efter.",
        size=9,
        colour=GREY,
    )


# ------------------------------------------------------------------ making the file


def make_report(
    db: Database,
    path: Path,
    since: dt.date | None = None,
    record: bool = True,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Read, lay out and write the report; remember when it was made (for the next one).

    `progress` hears the actions laid out (of an unknown total), then the pages written,
    of all; it may stop the work (`models.progress.Cancelled`) before anything is recorded.
    """
    now = utcnow()
    with db.read() as session:
        data = load_report(session, since=since, today=today, now_utc=now)
    pages = report_pages(data, progress)
    write_pdf(pages, path, data, progress)
    not_recorded = ""
    if record and not db.read_only:
        try:
            with db.write() as session:
                record_report(session, now)
        except InsiktError as exc:
            not_recorded = (
                "Dagen för underlaget kunde inte sparas i databasen, så nästa underlags "
                f"”Sedan förra mötet” börjar vid förra underlaget ({exc.message})"
            )
    return ReportResult(
        Path(path), len(pages), len(data.actions), data.since.reason, not_recorded
    )
