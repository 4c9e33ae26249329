"""Kolada: the table of KPI ids and fetching their values over the open v3 API.

Only the standard library (urllib): the program needs nothing more for a few GET
requests. The base address is the database setting `kolada_base_url`. A fetch follows
`next_url` page by page, within a deadline and a size and only on Kolada's host
(models/kolada_http.py); when there is no network, the error says so in Swedish and nothing
is changed (the fetch only reads; the import is a separate step).

Kolada refuses more than 25 ids in one path segment (kpi, municipality or year): longer
lists are split over several requests. Municipality groups (ids G and digits, e.g. a
"liknande kommuner" group) are fetched like municipalities and kept as comparison series.
A value with a `status` in Kolada is kept as preliminary, read on the fetch date
(models.importers.kolada_json says why).
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import kolada_http, limits, settings
from models.codes import Area, Group, Measure
from models.entities import KoladaKpi
from models.errors import InputError
from models.importers import Parsed
from models.importers.kolada_json import KoladaPages, KpiTarget
from models.kolada_http import (  # noqa: F401 (KoladaUnavailable: the fetch's error, by name)
    MAX_PAGES,
    TIMEOUT_S,
    Budget,
    KoladaUnavailable,
    Opener,
    default_open,
)
from models.progress import Progress
from models.results import RIKET, check_municipality, check_year

KPI_ID = re.compile(r"^[A-Z]\d{5}$")
MAX_IDS = 25  # per path segment: Kolada refuses longer lists


@dataclass(frozen=True)
class KpiRow:
    kpi: str
    title: str
    group: Group
    area: Area
    measure: Measure
    probable: bool = False


def list_kpis(session: Session) -> list[KpiRow]:
    rows = session.scalars(select(KoladaKpi).order_by(KoladaKpi.kpi))
    return [KpiRow(r.kpi, r.title, r.group, r.area, r.measure, r.probable) for r in rows]


def check_kpi(
    line: str, kpi: Any, title: Any, group: Any, area: Any, measure: Any, probable: Any = False
) -> KpiRow:
    """One row of the KPI table as a person typed it; `line` says where, for messages."""
    code = str(kpi or "").strip().upper()
    if not KPI_ID.match(code):
        raise InputError(
            f"{line}, KPI-id: ”{kpi}” ska vara en bokstav och fem siffror (t.ex. U07455)."
        )
    try:
        what = "Kundgrupp"
        the_group = group if isinstance(group, Group) else Group.parse(str(group or ""))
        what = "Myndighetsområde"
        the_area = area if isinstance(area, Area) else Area.parse(str(area or ""))
        what = "Mått"
        the_measure = measure if isinstance(measure, Measure) else Measure.parse(str(measure or ""))
    except ValueError as exc:
        raise InputError(f"{line}, {what}: {exc}") from None
    name = str(title or "").strip()
    if len(name) > limits.KPI_TITLE_CHARS:  # refused, never cut
        raise InputError(
            f"{line}, Titel i Kolada: högst {limits.KPI_TITLE_CHARS} tecken "
            f"(nu {limits.grouped(len(name))})."
        )
    return KpiRow(
        code, name, the_group, the_area, the_measure,  # type: ignore[arg-type]
        bool(probable),
    )


def replace_kpis(session: Session, rows: Iterable[KpiRow]) -> int:
    """Make the KPI table exactly `rows` (the editor saves the whole table at once)."""
    rows = list(rows)
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        if row.kpi in seen:
            raise InputError(f"rad {number}, KPI-id: {row.kpi} finns redan på rad {seen[row.kpi]}.")
        seen[row.kpi] = number
    session.execute(delete(KoladaKpi))
    session.add_all(
        KoladaKpi(
            kpi=r.kpi,
            title=r.title,
            group=r.group,
            area=r.area,
            measure=r.measure,
            probable=r.probable,
        )
        for r in rows
    )
    session.flush()
    return len(rows)


def check_base_url(url: str) -> str:
    url = str(url or "").strip().rstrip("/")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(
            f"Kolada-adressen ”{url}” ska börja med https:// (t.ex. https://api.kolada.se/v3)."
        )
    return url


def data_url(
    base_url: str, kpis: list[str], municipalities: list[str], years: list[int] | None = None
) -> str:
    """One data route; data_urls() keeps every list within Kolada's 25 ids."""

    def joined(items: list[str]) -> str:
        return urllib.parse.quote(",".join(items), safe=",")

    url = f"{check_base_url(base_url)}/data/kpi/{joined(kpis)}/municipality/{joined(municipalities)}"
    if years:
        url += f"/year/{joined([str(y) for y in years])}"
    return url


def _chunks(items: list[Any], size: int = MAX_IDS) -> list[list[Any]]:
    return [items[start : start + size] for start in range(0, len(items), size)] or [[]]


def data_urls(
    base_url: str, kpis: list[str], municipalities: list[str], years: list[int] | None = None
) -> list[str]:
    """The data routes for every id, at most 25 ids in each path segment."""
    return [
        data_url(base_url, kpi_part, place_part, year_part)
        for kpi_part in _chunks(kpis)
        for place_part in _chunks(municipalities)
        for year_part in _chunks(list(years or []))
    ]


@dataclass(frozen=True)
class FetchPlan:
    base_url: str
    kpis: list[str]
    municipalities: list[str]
    targets: dict[str, KpiTarget]
    years: tuple[int, ...] = ()

    @property
    def urls(self) -> list[str]:
        return data_urls(self.base_url, self.kpis, self.municipalities, list(self.years))

    @property
    def url(self) -> str:
        """The first request (the only one unless a list has more than 25 ids)."""
        return self.urls[0]


def plan_fetch(
    session: Session,
    kpis: Iterable[str] = (),
    municipalities: Iterable[str] = (),
    base_url: str | None = None,
    years: Iterable[Any] = (),
) -> FetchPlan:
    """What to fetch: chosen KPIs (all in the table by default), municipalities or
    municipality groups (own and Riket by default) and years (all by default). Ids not in
    the table are refused, not guessed."""
    town = settings.load(session)
    table = {r.kpi: KpiTarget(r.group, r.area, r.measure) for r in list_kpis(session)}
    chosen = [k.strip().upper() for k in kpis if k.strip()] or sorted(table)
    unknown = [k for k in chosen if k not in table]
    if unknown:
        raise InputError(
            "KPI-id som inte finns i KPI-tabellen: "
            + ", ".join(unknown)
            + ". Lägg till dem i tabellen först (med grupp, område och mått)."
        )
    if not chosen:
        raise InputError("KPI-tabellen är tom: lägg till minst ett KPI-id.")
    places = [check_municipality(m) for m in municipalities if m.strip()]
    if not places:
        if not town.municipality_code:
            raise InputError(
                "Ingen kommun vald och databasen har ingen egen kommunkod: ange --municipality "
                "eller ställ in kommunkoden."
            )
        places = [town.municipality_code, RIKET]
    chosen_years = tuple(dict.fromkeys(check_year(y) for y in years))
    url = check_base_url(base_url if base_url else town.kolada_base_url)
    return FetchPlan(url, chosen, list(dict.fromkeys(places)), table, chosen_years)


def fetch(
    plan: FetchPlan,
    opener: Opener = default_open,
    timeout: float = TIMEOUT_S,
    today: dt.date | None = None,
    progress: Progress | None = None,
    seconds: float = limits.KOLADA_FETCH_SECONDS,
) -> Parsed:
    """The fetched values as an import (not yet previewed or written). Network only.

    Every request of the plan is made before anything is returned: one that fails fails the
    whole fetch. The whole fetch takes at most `seconds` and reads at most
    KOLADA_FETCH_BYTES (models/kolada_http.py); each page is read into the import as it
    comes. Values Kolada gives a status are preliminary as of `today`. `progress` hears the
    pages fetched so far over all requests (how many there are is not known), often while
    one is waited for, and may stop the fetch (`models.progress.Cancelled`).
    """
    name = f"Kolada ({urllib.parse.urlsplit(plan.url).netloc})"
    reader = KoladaPages(plan.targets, name, fetched=today or dt.date.today())
    budget = Budget(seconds)
    urls = plan.urls
    for url in urls:
        for page in kolada_http.pages(url, opener, timeout, budget, progress, reader.pages):
            several = len(urls) > 1 or reader.pages > 0 or bool(
                isinstance(page, dict) and page.get("next_url")
            )
            if not reader.add(page, several):
                return reader.finish()
    return reader.finish()
