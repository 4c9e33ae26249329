"""The meeting report ("Mötesunderlag") as a PDF of A4 pages, with matplotlib only.

1. a first page: municipality, date, the latest NKI with margin and change, the targets
   with their status, the actions per status, the late and soon-due actions by name;
2. "Effekt hittills": the effect of each action in words, and the forest plot;
3. the NKI chart with the actions, and the timeline (landscape pages);
4. "Sedan förra mötet";
5. a table of all actions;
6. the actions one by one, as many to a page as fit (none split when it fits a page),
   each with its own areas and its effect;
7. sources and footnotes.
Page numbers and the date are in every footer. Text is vector and searchable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from matplotlib.figure import Figure

from charts.page_flow import RC, Flow
from charts.pdf_pages import number_pages, write_pages
from charts.report.actions import action_sections, action_table
from charts.report.chart_pages import chart_pages
from charts.report.common import TITLE, footer, place
from charts.report.effect import effect_section
from charts.report.first_page import first_page
from charts.report.since import since_page
from charts.style import GREY, rc_settings
from models.db import Database
from models.entities import utcnow
from models.errors import InsiktError
from models.progress import Progress
from models.report_data import ReportData, load_report, record_report

READING_RULES = (
    "Sedan förra mötet jämför två lägen, det vid förra mötesunderlaget och det nu, enligt "
    "ändringsloggen: varje nettoförändring en gång (en status som ångrades och gjordes om "
    "räknas som det den blev; en åtgärd som togs bort och lades tillbaka med samma "
    "innehåll är ingen ändring). Åtgärderna står med sina nuvarande namn, med det "
    "tidigare inom parentes (hette: …) när de bytt namn under perioden.",
    "Kommentarer står med sitt eget datum. Efter ett mötesunderlag (eller ett angivet "
    "datum) listas de som skrivits in sedan dess; en som daterats före perioden märks "
    "”inlagd i efterhand” med dagen den skrevs in. Utan tidigare underlag gäller de "
    "senaste 30 dagarna och kommentarer daterade inom dem.",
    "Servicefaktorernas diagram spänner minst 20 indexpoäng och säger var axeln börjar "
    "när den inte börjar vid 0; talen skrivs med decimalkomma.",
    "Exempeldatans platshållartext (för de fyra åtgärdsförslag som nyheten inte namnger) "
    "skrivs ”ej ifylld”, inte som om arbetsgruppen skrivit den.",
)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    actions: int
    since_text: str
    # Why the report's date could not be recorded for the next one ("" when it was).
    not_recorded: str = ""


def report_pages(data: ReportData, progress: Progress | None = None) -> list[Figure]:
    """Every page of the report as a Figure, footers and page numbers included.

    `progress` hears the actions laid out so far (the number of pages is not known yet).
    """
    with rc_settings(RC):
        made = f"{data.made_at:%Y-%m-%d %H:%M}"
        footer_left = f"{TITLE} – {place(data)} – {made}"

        def decorate(fig: Figure, landscape: bool) -> None:
            footer(fig, footer_left)

        flow = Flow(decorate)
        first_page(flow, data)
        effect_section(flow, data, footer_left)
        chart_pages(flow, data, footer_left)
        since_page(flow, data)
        action_table(flow, data)
        action_sections(flow, data, progress)
        _footnote_page(flow, data)
        number_pages(flow.pages)
    return flow.pages


def write_pdf(
    pages: Sequence[Figure], path: Path, data: ReportData, progress: Progress | None = None
) -> None:
    """The pages as one PDF; `progress` hears the pages written, of all.

    Written whole or not at all (charts.pdf_pages.write_pages).
    """
    metadata = {
        "Title": f"{TITLE} – {place(data)} {data.made_at:%Y-%m-%d}",
        "Author": "Insiktskollen",
        "Subject": "Insikt (NKI) och förbättringsåtgärder",
        "Creator": "Insiktskollen",
    }

    write_pages(pages, path, metadata, "Mötesunderlaget", progress)


def _footnote_page(flow: Flow, data: ReportData) -> None:
    flow.new_page()
    flow.heading("Källor och förklaringar", 15)
    for note in data.footnotes:
        flow.text(note, size=9, bullet=True)
        flow.space(3)
    for rule in READING_RULES:
        flow.text(rule, size=9, bullet=True)
        flow.space(3)
    flow.space(8)
    flow.text(
        "NKI (Nöjd-Kund-Index) och servicefaktorerna är index 0–100 från SKR:s mätning "
        "Insikt; de är skattningar från ett urval, inte andelar nöjda kunder. Resultaten för "
        "ett år publiceras i april året efter.",
        size=9,
        colour=GREY,
    )


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
