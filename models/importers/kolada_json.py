"""Kolada v3 data responses: one page, a list of pages, or pages saved one after another.

Each item names a KPI, a municipality (or a municipality group, G and digits) and a period;
it is mapped through the KPI table to (group, area, measure). Unknown KPI ids are reported,
never guessed; null values are skipped and counted. The source of every figure is
"Källa: Kolada".

Kolada's `status` on a value is kept. Kolada documents it only as text (its API README:
`"status": "<string>"`); what is known is that it says why a value is missing ("Missing"
with a null value) and is empty on ordinary published values. A value *with* a number and
a status is therefore not taken as a plain final figure: it is stored as preliminary (read
on the fetch date when fetched; unknown from a saved file) and the status stands in its
source, "Källa: Kolada (status: …)", for the group to check and mark final by hand.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from models import limits
from models.errors import InputError
from models.importers.json_stream import pages_of
from models.importers.rows import Incoming, Parsed, key_text
from models.results import check_key, check_values

SOURCE = "Källa: Kolada"
MAX_BYTES = limits.KOLADA_FILE_BYTES


class KpiTarget:
    """Where one KPI id goes (a plain copy of a kolada_kpi row)."""

    def __init__(self, group: Any, area: Any, measure: Any) -> None:
        self.group, self.area, self.measure = group, area, measure


def read_kolada(path: Path, kpis: Mapping[str, KpiTarget]) -> Parsed:
    """The rows of a saved Kolada response, read a page at a time (models.importers.json_stream)."""
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(
                f"{name}: filen är för stor för ett Kolada-svar (högst "
                f"{MAX_BYTES // limits.MB} MB)."
            )
        reader = KoladaPages(kpis, name)
        pages = _told_apart(pages_of(path, name, limits.KOLADA_PAGE_BYTES))
        for page, several in pages:
            if not reader.add(page, several):
                break
    except OSError as exc:
        raise InputError(f"{name}: filen kan inte läsas ({exc.strerror or exc}).") from None
    if not reader.pages:
        raise InputError(f"{name}: filen är tom.")
    return reader.finish()


def _told_apart(pages: Iterator[Any]) -> Iterator[tuple[Any, bool]]:
    """Each page, and whether the file has more than one (looked at one page ahead)."""
    first = next(pages, None)
    if first is None:
        return
    second = next(pages, None)
    several = second is not None
    yield first, several
    if several:
        yield second, True
        for page in pages:
            yield page, True


def parse_pages(
    pages: Iterable[Any], kpis: Mapping[str, KpiTarget], name: str, fetched: dt.date | None = None
) -> Parsed:
    """The rows of Kolada pages; `fetched`: the day they were fetched (None: a saved file)."""
    pages = list(pages)
    reader = KoladaPages(kpis, name, fetched)
    for page in pages:
        if not reader.add(page, len(pages) > 1):
            break
    return reader.finish()


class KoladaPages:
    """Kolada pages read one at a time into one import (`add`, then `finish`).

    Errors are kept up to models.limits.ERRORS_KEPT: then `add` says to stop (False), the
    file is refused anyway. More values than KOLADA_VALUES refuse it too.
    """

    def __init__(self, kpis: Mapping[str, KpiTarget], name: str,
                 fetched: dt.date | None = None) -> None:
        self.kpis = kpis
        self.name = name
        self.fetched = fetched
        self.parsed = Parsed(name)
        self.pages = 0
        self.unknown: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.null_statuses: Counter[str] = Counter()
        self.nulls = 0
        self.other_gender = 0
        self.seen: dict[Any, str] = {}

    def add(self, page: Any, several: bool) -> bool:
        """Read one page (`several`: it is one of several); False once reading should stop."""
        self.pages += 1
        parsed = self.parsed
        label = f"sida {self.pages}" if several else ""
        if not isinstance(page, dict) or not isinstance(page.get("values"), list):
            parsed.errors.append(
                f"{self.name}{', ' + label if label else ''}: inget Kolada-svar "
                "(objektet ”values” saknas)."
            )
            return self._going_on()
        errors, rows = parsed.errors, parsed.rows
        for item_number, item in enumerate(page["values"], start=1):
            self._item(item_number, label, item)
            if (len(errors) >= limits.ERRORS_KEPT or len(rows) > limits.KOLADA_VALUES) and (
                not self._going_on()
            ):
                return False
        return True

    def _going_on(self) -> bool:
        errors = self.parsed.errors
        if len(errors) >= limits.ERRORS_KEPT:
            errors.append(
                f"{self.name}: läsningen avbröts efter {limits.ERRORS_KEPT} fel; rätta dem "
                "och importera igen."
            )
            return False
        if len(self.parsed.rows) > limits.KOLADA_VALUES:
            raise InputError(
                f"{self.name}: fler än {limits.grouped(limits.KOLADA_VALUES)} värden; dela upp "
                "hämtningen eller filen."
            )
        return True

    def _item(self, item_number: int, label: str, item: Any) -> None:
        parsed = self.parsed
        if not isinstance(item, dict):
            parsed.errors.append(
                f"{_where(item_number, label)}: ingen post med kpi, municipality och period."
            )
            return
        if item.get("isdeleted") is True:
            return
        kpi = str(item.get("kpi", "")).strip()
        target = self.kpis.get(kpi)
        if target is None:  # counted only: the place is named below, where it is needed
            self.unknown[kpi[:40] or "(saknas)"] += 1
            return
        where = _where(item_number, label)
        values = item.get("values")
        if not isinstance(values, list):
            parsed.errors.append(f"{where}, values: ”{_short(values)}” är ingen lista.")
            return
        for entry in values:
            if len(parsed.errors) >= limits.ERRORS_KEPT:
                return
            if not isinstance(entry, dict):
                parsed.errors.append(f"{where}, values: ”{_short(entry)}” är inget värde.")
                continue
            if entry.get("gender", "T") != "T":
                self.other_gender += 1
                continue
            status = _status(entry)
            if entry.get("value") is None:
                self.nulls += 1
                if status:
                    self.null_statuses[status] += 1
                continue
            incoming = _incoming(where, item, entry, target, parsed.errors, status, self.fetched)
            if incoming is None:
                continue
            if status:
                self.statuses[status] += 1
            if incoming.key in self.seen:
                parsed.errors.append(
                    f"{where}: samma resultat ({key_text(incoming.key)}) "
                    f"finns redan i {self.seen[incoming.key]}."
                )
                continue
            self.seen[incoming.key] = where
            parsed.rows.append(incoming)

    def finish(self) -> Parsed:
        parsed = self.parsed
        for kpi, count in sorted(self.unknown.items()):
            parsed.notes.append(
                f"Okänt KPI-id {kpi}: {count} värden lästes inte. Lägg till id:t i KPI-tabellen "
                "om det är ett Insikt-mått."
            )
        if self.nulls:
            parsed.notes.append(f"{self.nulls} värden utan siffra (null i Kolada) hoppades över.")
        if self.null_statuses:
            parsed.notes.append(
                f"Kolada-status på värdena utan siffra: {_counted(self.null_statuses)}."
            )
        if self.statuses:
            parsed.notes.append(
                f"{sum(self.statuses.values())} värden har en status i Kolada "
                f"({_counted(self.statuses)}) och sparas som preliminära; statusen står i källan."
            )
        if self.other_gender:
            parsed.notes.append(
                f"{self.other_gender} värden för enskilt kön hoppades över (bara T läses)."
            )
        return parsed


def _where(item_number: int, label: str) -> str:
    """An item's place as messages name it: "post 12" or "post 12 på sida 2"."""
    return f"post {item_number}" + (f" på {label}" if label else "")


def _status(entry: dict[str, Any]) -> str:
    status = entry.get("status")
    return " ".join(str(status).split())[:60] if status not in (None, "") else ""


def _counted(counter: Counter[str]) -> str:
    return ", ".join(f"{status} {n}" for status, n in sorted(counter.items()))


def _incoming(
    where: str,
    item: dict[str, Any],
    entry: dict[str, Any],
    target: KpiTarget,
    errors: list[str],
    status: str = "",
    fetched: dt.date | None = None,
) -> Incoming | None:
    municipality = item.get("municipality")
    period = item.get("period")
    try:
        key = check_key(
            str(municipality).strip() if municipality is not None else "",
            period if not isinstance(period, bool) else "",
            target.group,
            target.area,
            target.measure,
        )
    except InputError as exc:
        message = exc.message.replace("Kommun:", "municipality:").replace("År:", "period:")
        errors.append(f"{where}, {message}")
        return None
    value = entry.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        errors.append(f"{where}, value: ”{_short(value)}” är inget tal.")
        return None
    try:
        checked = check_values(value, source=SOURCE)
    except InputError as exc:
        errors.append(f"{where} ({item.get('kpi')}, {key.municipality}, {key.year}), {exc.message}")
        return None
    if not status:
        return Incoming(where, key, {"value": checked.value, "source": SOURCE, "preliminary": False})
    fields = {"value": checked.value, "source": f"{SOURCE} (status: {status})", "preliminary": True}
    if fetched is not None:
        fields["preliminary_as_of"] = fetched
    return Incoming(where, key, fields)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "…"
