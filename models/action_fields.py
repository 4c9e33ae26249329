"""One description of an action's editable fields, read by every part that handles them.

Each `Field` says what the field is called (its name in code and JSON, its Swedish label,
its column in the export and the other names an import accepts), what kind of value it
holds, and so how to parse what a person typed or a file holds (with the Swedish
messages), how to read it from a stored `Action`, show it as text, write it to a
spreadsheet cell or JSON, compare two values and store one. The operations
(models/actions.py), the action import and export, the command line's JSON, the snapshots
for undo and the window's form all go through this table: a new field is one entry here.

The checks between fields (dates in order, a completion date only for a finished action)
are here too, as lists of errors, so that the form can show each next to its field and the
operations raise the first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models import limits, ranges
from models.codes import Area, Assessment, Factor, Status
from models.errors import InputError
from models.words import shown

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.entities import Action

# The kinds of value a field holds.
TEXT = "text"  # one line, spaces tidied (the title)
LONG_TEXT = "long text"  # free text, trimmed
NAME = "name"  # a person or unit, by name; stored as a row of its own list
CODE = "code"  # one code of models.codes
CODES = "codes"  # a list of codes, stored as link rows
DATE = "date"
PERCENT = "percent"  # a whole number 0–100

Store = Callable[["Session", "Action", Any], None]


def parse_date(
    value: Any, what: str, field: str | None = None, checked: bool = True
) -> dt.date | None:
    """A date from a date or ISO text (2024-05-02); empty gives None.

    A date outside models.ranges' 1990–2100 is refused (unless not `checked`: the caller
    checks it itself).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = str(value).strip()
        if not text:
            return None
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise InputError.about(
                what, "”{text}” är inget giltigt datum (skriv som 2024-05-02).", field,
                text=shown(text),
            ) from None
    return ranges.check_date(day, what, field) if checked else day


def parse_code(cls: Any, value: Any, what: str, field: str | None = None) -> Any:
    """A code from a code or what a person types (code or label, any case)."""
    if isinstance(value, cls):
        return value
    try:
        return cls.parse(str(value))
    except ValueError as exc:
        raise InputError.about(what, "{problem}", field, problem=str(exc)) from None


def parse_codes(cls: Any, values: Iterable[Any], what: str, field: str | None = None) -> list[Any]:
    """Codes from a list whose items may each hold several, separated by commas."""
    parsed: list[Any] = []
    for value in values:
        if isinstance(value, str) and "," in value:
            parsed.extend(c for c in parse_codes(cls, value.split(","), what, field)
                          if c not in parsed)
        elif str(value).strip():
            code = parse_code(cls, value, what, field)
            if code not in parsed:
                parsed.append(code)
    return parsed


@dataclass(frozen=True)
class Field:
    """One editable field of an action (see the module's text)."""

    name: str  # in code, in JSON and in the change log
    label: str  # Swedish, as the form and the messages name it
    kind: str
    header: str = ""  # the export's column; the label when empty
    width: int = 14  # the export's column width
    aliases: tuple[str, ...] = ()  # other column names an import accepts
    import_clears: bool = True  # an empty import cell clears it (else leaves it alone)
    codes: Any = None  # the code class of a CODE or CODES field
    item_label: str = ""  # one code of a CODES field, as its messages name it
    missing: str = ""  # the reason given when a required field is left empty
    max_length: int = 0  # of a text or a name (models/limits.py); longer is refused, never cut
    default: Any = None  # a new action's value of a CODE field
    store_with: Store | None = None  # how a value is stored, when not as a plain column

    # --- parsing ------------------------------------------------------------------------
    def tidy(self, value: Any) -> Any:
        """What a person typed, with the spaces tidied as the parser does, unchecked."""
        if self.kind in (TEXT, NAME):
            return " ".join(str(value or "").split())
        if self.kind == LONG_TEXT or (self.kind == DATE and isinstance(value, str)):
            return str(value or "").strip()
        return value

    def parse(self, value: Any) -> Any:
        """The stored value from what a person or a file gives; InputError naming the field."""
        if self.kind == TEXT:
            text = self.tidy(value)
            if self.missing and not text:
                raise self.error(self.missing)
            return self._within(text)
        if self.kind == LONG_TEXT:
            return self._within(self.tidy(value))
        if self.kind == NAME:
            return self._within(self.tidy(value)) or None
        if self.kind == CODE:
            if self.default is None and (value is None or str(value).strip() == ""):
                return None
            return parse_code(self.codes, value, self.label, self.name)
        if self.kind == CODES:
            items = [value] if isinstance(value, str) else value or []
            try:
                return parse_codes(self.codes, items, self.item_label, self.name)
            except InputError as exc:
                # Named by one code ("Servicefaktor: …"), which an import's column keeps.
                raise InputError(exc.message, self.name) from None
        if self.kind == DATE:
            return parse_date(value, self.label, self.name)
        return self._percent(value)

    def _within(self, text: str) -> str:
        if self.max_length and len(text) > self.max_length:
            raise self.error("högst {most} tecken (nu {now}).",
                             most=limits.grouped(self.max_length), now=limits.grouped(len(text)))
        return text

    def _percent(self, value: Any) -> int:
        text = str(value).strip().rstrip("%").strip()
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            raise self.error("”{value}” är inget tal (0–100 %).", value=shown(value)) from None
        if not 0 <= number <= 100:
            raise self.error("{text} ligger utanför 0–100 % (heltal).", text=shown(text))
        if number != int(number):
            raise self.error("”{text}” är inget heltal (0–100 %).", text=shown(text))
        return int(number)

    def error(self, reason: str, **params: object) -> InputError:
        """An InputError about this field: "Label: reason"."""
        return InputError.about(self.label, reason, self.name, **params)

    # --- the stored value and its forms -------------------------------------------------
    @property
    def empty(self) -> Any:
        """The value of a new action."""
        return {TEXT: "", LONG_TEXT: "", CODES: [], PERCENT: 0}.get(self.kind, self.default)

    def read(self, action: Action) -> Any:
        """The stored value: names as text, codes lists as lists."""
        value = getattr(action, self.name)
        if self.kind == NAME:
            return value.name if value is not None else None
        if self.kind == CODES:
            return list(value)
        return value

    def text(self, value: Any) -> str:
        """As a person reads it: codes by their labels, dates as 2024-05-02."""
        if value is None:
            return ""
        if self.kind == CODES:
            return ", ".join(v.label for v in value)
        if self.kind == CODE:
            return str(value.label)
        if self.kind == DATE:
            return str(value.isoformat())
        return str(value)

    def cell(self, value: Any) -> Any:
        """For a spreadsheet cell: dates and numbers as such, the rest as text."""
        return value if self.kind in (DATE, PERCENT) else self.text(value)

    @property
    def column_header(self) -> str:
        """The export's column name."""
        return self.header or self.label

    @property
    def column_kind(self) -> str:
        """The export's kind of cell (models.export.Column)."""
        return {DATE: "date", PERCENT: "int"}.get(self.kind, "text")

    def json(self, value: Any) -> Any:
        """For JSON: codes by their codes, dates in ISO form."""
        if value is None:
            return None
        if self.kind == CODES:
            return [v.value for v in value]
        if self.kind == CODE:
            return value.value
        if self.kind == DATE:
            return value.isoformat()
        return value

    def same(self, old: Any, new: Any) -> bool:
        """Whether an import's value changes nothing (names ignore case, lists order)."""
        if self.kind == NAME:
            return bool((old or "").lower() == (new or "").lower())
        if self.kind == CODES:
            return set(old) == set(new)
        if self.kind in (TEXT, LONG_TEXT):
            return bool((old or "") == (new or ""))
        return bool(old == new)

    @property
    def plain(self) -> bool:
        """Stored as a column of the action's own row."""
        return self.store_with is None

    def store(self, session: Session, action: Action, value: Any) -> None:
        """Write a parsed value to the action (within the caller's transaction)."""
        if self.store_with is None:
            setattr(action, self.name, value)
        else:
            self.store_with(session, action, value)


def _store_unit(session: Session, action: Action, value: str | None) -> None:
    from models.people import unit_named

    action.unit = unit_named(session, value) if value else None


def _store_owner(session: Session, action: Action, value: str | None) -> None:
    from models.people import person_named

    action.owner = person_named(session, value, action.unit) if value else None


def _store_factors(session: Session, action: Action, value: list[Factor]) -> None:
    from models.entities import ActionFactor

    wanted = set(value)
    action.factor_links = [k for k in action.factor_links if k.factor in wanted] + [
        ActionFactor(factor=f) for f in value if f not in action.factors
    ]


def _store_areas(session: Session, action: Action, value: list[Area]) -> None:
    from models.entities import ActionArea

    wanted = set(value)
    action.area_links = [k for k in action.area_links if k.area in wanted] + [
        ActionArea(area=a) for a in value if a not in action.areas
    ]


# In the order they are applied (a person's unit before the person), listed in an import's
# preview and written to JSON.
FIELDS = (
    Field("title", "Titel", TEXT, width=40, aliases=("Åtgärd", "Namn", "Rubrik"),
          missing="en åtgärd måste ha en titel.", max_length=limits.TITLE_CHARS),
    Field("description", "Beskrivning", LONG_TEXT, width=50,
          aliases=("Beskrivning av åtgärden",), max_length=limits.DESCRIPTION_CHARS),
    Field("unit", "Enhet", NAME, width=22, aliases=("Verksamhet", "Avdelning"),
          max_length=limits.NAME_CHARS, store_with=_store_unit),
    Field("owner", "Ansvarig", NAME, width=20, aliases=("Ansvarig person", "Ägare"),
          max_length=limits.NAME_CHARS, store_with=_store_owner),
    Field("status", "Status", CODE, width=12, import_clears=False, codes=Status,
          default=Status.EJ_PABORJAD),
    Field("assessment", "Bedömning", CODE, width=10, codes=Assessment),
    Field("start", "Start", DATE, width=11, aliases=("Startdatum",)),
    Field("due", "Klart senast", DATE, width=12, aliases=("Slutdatum", "Deadline", "Klart")),
    Field("completed", "Klar datum", DATE, width=11, import_clears=False,
          aliases=("Klar", "Avslutad", "Klardatum")),
    Field("progress", "Framsteg", PERCENT, header="Framsteg (%)", width=11,
          import_clears=False, aliases=("Framsteg", "Procent", "Klart (%)")),
    Field("factors", "Servicefaktorer", CODES, width=28, codes=Factor,
          item_label="Servicefaktor", aliases=("Servicefaktor", "Faktorer"),
          store_with=_store_factors),
    Field("areas", "Myndighetsområden", CODES, width=24, codes=Area,
          item_label="Myndighetsområde", aliases=("Myndighetsområde", "Område", "Områden"),
          store_with=_store_areas),
    Field("expected_effect", "Förväntad effekt", LONG_TEXT, width=40, aliases=("Effekt",),
          max_length=limits.EXPECTED_EFFECT_CHARS),
)
FIELD = {f.name: f for f in FIELDS}
NAMES = tuple(FIELD)


def stored(action: Action) -> dict[str, Any]:
    """Every field's stored value, by name."""
    return {f.name: f.read(action) for f in FIELDS}


def empty() -> dict[str, Any]:
    """Every field's value on a new action, by name."""
    return {f.name: f.empty for f in FIELDS}


def to_json(action: Action, names: Iterable[str] = NAMES) -> dict[str, Any]:
    """The named fields (all by default) for JSON, in the table's order."""
    wanted = set(names)
    return {f.name: f.json(f.read(action)) for f in FIELDS if f.name in wanted}


def parse_each(values: dict[str, Any]) -> tuple[dict[str, Any], list[InputError]]:
    """Every given field parsed on its own: the good values and an error per bad field."""
    unknown = set(values) - set(FIELD)
    if unknown:
        raise InputError(f"Okända fält: {', '.join(sorted(unknown))}")
    parsed: dict[str, Any] = {}
    errors: list[InputError] = []
    for name, value in values.items():
        try:
            parsed[name] = FIELD[name].parse(value)
        except InputError as exc:
            errors.append(exc)
    return parsed, errors


def parse(values: dict[str, Any]) -> dict[str, Any]:
    """The given fields parsed; raises the first field's InputError."""
    parsed, errors = parse_each(values)
    if errors:
        raise errors[0]
    return parsed


# --- checks between fields ----------------------------------------------------------------
def completion_error(status: Status, completed: dt.date | None) -> InputError | None:
    """A completion date belongs to a finished action only."""
    if completed is not None and status != Status.KLAR:
        return FIELD["completed"].error("anges bara när status är Klar.")
    return None


def date_errors(
    start: dt.date | None, due: dt.date | None, completed: dt.date | None
) -> list[InputError]:
    """Due and completion dates not before the start."""
    errors = []
    if start and due and due < start:
        errors.append(FIELD["due"].error(
            "{due} ligger före start {start}.", due=due.isoformat(), start=start.isoformat()
        ))
    if start and completed and completed < start:
        errors.append(FIELD["completed"].error(
            "{done} ligger före start {start}.",
            done=completed.isoformat(), start=start.isoformat(),
        ))
    return errors


def record_errors(values: dict[str, Any]) -> list[InputError]:
    """The checks between fields over a whole action's parsed values, by field in order."""
    klar = completion_error(values["status"], values["completed"])
    return [*([klar] if klar else []), *date_errors(
        values["start"], values["due"], values["completed"]
    )]
