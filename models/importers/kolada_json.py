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
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from models import ranges
from models.errors import InputError
from models.importers.rows import Incoming, Parsed, key_text
from models.results import check_key, check_values

SOURCE = "Källa: Kolada"
MAX_BYTES = 200_000_000


class KpiTarget:
    """Where one KPI id goes (a plain copy of a kolada_kpi row)."""

    def __init__(self, group: Any, area: Any, measure: Any) -> None:
        self.group, self.area, self.measure = group, area, measure


def split_pages(text: str, name: str) -> list[Any]:
    """The JSON documents in a text: one, an array of pages, or several one after another."""
    decoder = json.JSONDecoder(parse_int=ranges.json_int)
    documents: list[Any] = []
    position = 0
    text = text.lstrip("\ufeff")
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            break
        try:
            document, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{name}: ingen giltig JSON (rad {exc.lineno}, kolumn {exc.colno})."
            ) from None
        except RecursionError:
            raise InputError(f"{name}: ingen giltig JSON (för djupt nästlad).") from None
        except ValueError as exc:  # from ranges.json_int: a number of hundreds of digits
            raise InputError(f"{name}: {exc} i JSON-texten; inget har importerats.") from None
        documents.append(document)
    pages: list[Any] = []
    for document in documents:
        pages.extend(document if isinstance(document, list) else [document])
    if not pages:
        raise InputError(f"{name}: filen är tom.")
    return pages


def read_kolada(path: Path, kpis: Mapping[str, KpiTarget]) -> Parsed:
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{name}: filen är för stor för ett Kolada-svar.")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: filen kan inte läsas ({exc.strerror or exc}).") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: ett Kolada-svar ska vara UTF-8-text.") from None
    return parse_pages(split_pages(text, name), kpis, name)


def parse_pages(
    pages: list[Any], kpis: Mapping[str, KpiTarget], name: str, fetched: dt.date | None = None
) -> Parsed:
    """The rows of Kolada pages; `fetched`: the day they were fetched (None: a saved file)."""
    parsed = Parsed(name)
    unknown: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    null_statuses: Counter[str] = Counter()
    nulls = 0
    other_gender = 0
    seen: dict[Any, str] = {}
    for page_number, page in enumerate(pages, start=1):
        label = f"sida {page_number}" if len(pages) > 1 else ""
        if not isinstance(page, dict) or not isinstance(page.get("values"), list):
            parsed.errors.append(
                f"{name}{', ' + label if label else ''}: inget Kolada-svar "
                "(objektet ”values” saknas)."
            )
            continue
        for item_number, item in enumerate(page["values"], start=1):
            where = f"post {item_number}" + (f" på {label}" if label else "")
            if not isinstance(item, dict):
                parsed.errors.append(f"{where}: ingen post med kpi, municipality och period.")
                continue
            if item.get("isdeleted") is True:
                continue
            kpi = str(item.get("kpi", "")).strip()
            target = kpis.get(kpi)
            if target is None:
                unknown[kpi or "(saknas)"] += 1
                continue
            values = item.get("values")
            if not isinstance(values, list):
                parsed.errors.append(f"{where}, values: ”{_short(values)}” är ingen lista.")
                continue
            for entry in values:
                if not isinstance(entry, dict):
                    parsed.errors.append(f"{where}, values: ”{_short(entry)}” är inget värde.")
                    continue
                if entry.get("gender", "T") != "T":
                    other_gender += 1
                    continue
                status = _status(entry)
                if entry.get("value") is None:
                    nulls += 1
                    if status:
                        null_statuses[status] += 1
                    continue
                incoming = _incoming(where, item, entry, target, parsed.errors, status, fetched)
                if incoming is None:
                    continue
                if status:
                    statuses[status] += 1
                if incoming.key in seen:
                    parsed.errors.append(
                        f"{where}: samma resultat ({key_text(incoming.key)}) "
                        f"finns redan i {seen[incoming.key]}."
                    )
                    continue
                seen[incoming.key] = where
                parsed.rows.append(incoming)
    for kpi, count in sorted(unknown.items()):
        parsed.notes.append(
            f"Okänt KPI-id {kpi}: {count} värden lästes inte. Lägg till id:t i KPI-tabellen "
            "om det är ett Insikt-mått."
        )
    if nulls:
        parsed.notes.append(f"{nulls} värden utan siffra (null i Kolada) hoppades över.")
    if null_statuses:
        parsed.notes.append(f"Kolada-status på värdena utan siffra: {_counted(null_statuses)}.")
    if statuses:
        parsed.notes.append(
            f"{sum(statuses.values())} värden har en status i Kolada ({_counted(statuses)}) "
            "och sparas som preliminära; statusen står i källan."
        )
    if other_gender:
        parsed.notes.append(f"{other_gender} värden för enskilt kön hoppades över (bara T läses).")
    return parsed


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
