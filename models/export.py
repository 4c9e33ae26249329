"""Export of actions, follow-up comments and results to .xlsx, .csv and .json.

The tables are built once as plain rows (`collect`) and written by format. Text that a
spreadsheet could take for a formula (it begins with =, +, -, @, a tab, CR or LF) is
always written as text: in .xlsx as a string cell with Excel's quote prefix, in .csv with
a leading apostrophe (OWASP's advice on CSV injection). The .csv files follow Swedish Excel:
semicolons, decimal comma, UTF-8 with a byte order mark.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import action_fields, settings
from models.action_fields import FIELD
from models.actions import actions_query
from models.atomic import write_whole
from models.entities import Action, Comment, Milestone, local_time
from models.errors import InputError
from models.limits import CELL_CHARS, grouped
from models.results import list_results
from models.words import count, quoted

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"
FORMATS = (".xlsx", ".csv", ".json")
# Characters XML 1.0 (and so .xlsx) cannot hold at all.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"  # text, int, float, date, datetime, bool
    width: int = 14
    importable: bool = True


# The export's columns of an action's fields, in the order a person reads them.
_FIELD_ORDER = (
    "title", "status", "progress", "owner", "unit", "start", "due", "completed",
    "assessment", "factors", "areas", "description", "expected_effect",
)
EXPORTED_FIELDS = tuple(FIELD[name] for name in _FIELD_ORDER)
ACTION_COLUMNS = (
    Column("id", "Id", "int", 6),
    *(Column(f.name, f.column_header, f.column_kind, f.width) for f in EXPORTED_FIELDS),
    Column("milestones", "Milstolpar", width=40),
    Column("updated_at", "Senast ändrad", "datetime", 16, importable=False),
    Column("updated_by", "Ändrad av", width=14, importable=False),
)

COMMENT_COLUMNS = (
    Column("action_id", "Åtgärd-id", "int", 9),
    Column("action", "Åtgärd", width=36),
    Column("date", "Datum", "date", 11),
    Column("author", "Författare", width=18),
    Column("status", "Status", width=12),
    Column("progress", "Framsteg (%)", "int", 11),
    Column("text", "Kommentar", width=70),
)

RESULT_COLUMNS = (
    Column("municipality", "Kommunkod", width=10),
    Column("year", "År", "int", 6),
    Column("group", "Kundgrupp", width=14),
    Column("area", "Myndighetsområde", width=24),
    Column("measure", "Mått", width=15),
    Column("value", "Värde", "float", 8),
    Column("answers", "Antal svar", "int", 10),
    Column("margin", "Felmarginal (±)", "float", 14),
    Column("response_rate", "Svarsfrekvens (%)", "float", 16),
    Column("preliminary", "Preliminär", "bool", 10),
    Column("source", "Källa", width=50),
)


@dataclass
class Table:
    name: str  # the sheet name a user sees
    columns: Sequence[Column]
    rows: list[list[Any]] = field(default_factory=list)


def milestone_line(
    day: dt.date, time_span: str, text: str, done: bool = False, done_date: dt.date | None = None
) -> str:
    """One milestone as a line: 2024-05-15 (15–18) Nästa öppet hus, and when it is done
    [✓ 2024-05-16] after it (a line without the mark is one not done, as older files say)."""
    span = f" ({time_span})" if time_span else ""
    mark = ""
    if done:
        mark = f" [✓ {done_date.isoformat()}]" if done_date else " [✓]"
    return f"{day.isoformat()}{span} {text}{mark}"


def milestone_text(milestone: Milestone) -> str:
    return milestone_line(milestone.date, milestone.time_span, milestone.text, milestone.done,
                          milestone.done_date)


def action_row(action: Action) -> list[Any]:
    return [
        action.id,
        *(f.cell(f.read(action)) for f in EXPORTED_FIELDS),
        "\n".join(milestone_text(m) for m in action.milestones),
        local_time(action.updated_at) if action.updated_at else None,
        action.updated_by,
    ]


def collect(session: Session) -> dict[str, Table]:
    """The three tables of an export: actions, comments and results (ordered by id, date)."""
    actions = list(session.scalars(actions_query().order_by(Action.id)))
    comments = session.scalars(
        select(Comment)
        .options(selectinload(Comment.action))
        .order_by(Comment.action_id, Comment.date, Comment.id)
    )
    return {
        "actions": Table("Åtgärder", ACTION_COLUMNS, [action_row(a) for a in actions]),
        "comments": Table(
            "Kommentarer",
            COMMENT_COLUMNS,
            [
                [c.action_id, c.action.title, c.date, c.author, c.status.label, c.progress, c.text]
                for c in comments
            ],
        ),
        "results": Table(
            "Resultat",
            RESULT_COLUMNS,
            [
                [
                    r.municipality,
                    r.year,
                    r.group.label,
                    r.area.label,
                    r.measure.label,
                    r.value,
                    r.answers,
                    r.margin,
                    r.response_rate,
                    r.preliminary,
                    r.source,
                ]
                for r in list_results(session)
            ],
        ),
    }


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_guard(text: str) -> str:
    """Text for a CSV cell that Excel shows as written and never runs.

    A leading apostrophe is Excel's own mark for "this is text"; text that itself begins
    with an apostrophe gets one more, so that reading it back (`csv_unguard`) is exact.
    """
    if text and (is_formula_like(text) or text.startswith("'")):
        return "'" + text
    return text


def csv_unguard(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def csv_cell(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "bool":
        return "ja" if value else "nej"
    if kind == "datetime":
        return f"{value:%Y-%m-%d %H:%M}"
    if kind == "date":
        return value.isoformat()
    if kind == "float":
        return f"{value:g}".replace(".", ",")
    if kind == "int":
        return str(value)
    return csv_guard(str(value))


def csv_text(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([csv_guard(c.header) for c in table.columns])
    for row in table.rows:
        writer.writerow([csv_cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)])
    return out.getvalue()


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", start_color="DDE6F0")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for table in tables:
        sheet = book.create_sheet(table.name)
        for col, column in enumerate(table.columns, start=1):
            cell = sheet.cell(row=1, column=col, value=column.header)
            cell.font, cell.fill = bold, fill
            sheet.column_dimensions[get_column_letter(col)].width = column.width
        for r, row in enumerate(table.rows, start=2):
            for col, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
                if isinstance(value, str) and len(value) > CELL_CHARS:
                    raise _too_long_for_excel(table, r, column, value)
                _xlsx_cell(sheet.cell(row=r, column=col), value, column, wrap, top)
        sheet.freeze_panes = "A2"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
    write_whole(path, book.save)


def _too_long_for_excel(table: Table, row: int, column: Column, text: str) -> InputError:
    """A text stored before its limit was checked (an older database) is never cut."""
    return InputError(
        f"Exporten till Excel avbröts: bladet {table.name}, rad {row}, kolumn {column.header} "
        f"har {grouped(len(text))} tecken, och en cell i Excel rymmer högst {grouped(CELL_CHARS)}. "
        "Texten kortas inte: korta den i programmet, eller exportera som CSV eller JSON, "
        "som tar hela texten. Ingen fil skrevs."
    )


def _xlsx_cell(cell: Any, value: Any, column: Column, wrap: Any, top: Any) -> None:
    if value is None or value == "":
        cell.alignment = top
        return
    if column.kind == "bool":
        value = "ja" if value else "nej"
    if isinstance(value, str):
        text = _XML_ILLEGAL.sub("", value)
        cell.value = text
        cell.data_type = "s"  # never a formula, whatever it begins with
        if is_formula_like(text):
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        cell.alignment = wrap if column.width >= 28 or "\n" in text else top
        return
    cell.value = value
    if column.kind == "date":
        cell.number_format = "yyyy-mm-dd"
    elif column.kind == "datetime":
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif column.kind == "float":
        cell.number_format = "0.0"
    cell.alignment = top


def export_json(session: Session) -> dict[str, Any]:
    """Everything in codes and ISO dates, for other programs."""
    town = settings.load(session)
    actions = session.scalars(
        actions_query().options(selectinload(Action.comments)).order_by(Action.id)
    )
    return {
        "program": "Insiktskollen",
        "format": 1,
        "exported_at": dt.datetime.now().isoformat(timespec="seconds"),
        "municipality": {"code": town.municipality_code, "name": town.municipality_name},
        "actions": [_action_json(a) for a in actions],
        "results": [
            {
                "municipality": r.municipality,
                "year": r.year,
                "group": r.group.value,
                "area": r.area.value,
                "measure": r.measure.value,
                "value": r.value,
                "answers": r.answers,
                "margin": r.margin,
                "response_rate": r.response_rate,
                "preliminary": r.preliminary,
                "source": r.source,
            }
            for r in list_results(session)
        ],
    }


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _action_json(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        **action_fields.to_json(action),
        "version": action.version,
        "updated_at": _iso(action.updated_at),
        "updated_by": action.updated_by,
        "milestones": [
            {"date": _iso(m.date), "time_span": m.time_span, "text": m.text,
             "done": m.done, "done_date": _iso(m.done_date)}
            for m in action.milestones
        ],
        "comments": [
            {
                "date": _iso(c.date),
                "author": c.author,
                "text": c.text,
                "status": c.status.value,
                "progress": c.progress,
            }
            for c in sorted(action.comments, key=lambda c: (c.date, c.id))
        ],
    }


TABLE_NAMES = {"actions": "åtgärder", "comments": "kommentarer", "results": "resultat"}


def table_key(name: str) -> str:
    """'actions', 'comments' or 'results' from what a user types (Swedish or English)."""
    wanted = name.strip().lower()
    for key, swedish in TABLE_NAMES.items():
        if wanted in (key, swedish, swedish.replace("å", "a")):
            return key
    raise InputError(f"Tabell: {quoted(name)} finns inte (välj åtgärder, kommentarer eller resultat).")


def export_to(session: Session, path: Path, table: str = "actions") -> str:
    """Write the export file; the format follows the file name. Returns what was written.

    A .csv file holds one table (`table`: actions, comments or results); .xlsx holds all
    three as sheets, .json everything with milestones and comments.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"Filen {path.name}: filtypen ”{path.suffix or '(ingen)'}” stöds inte för export "
            "(välj .xlsx, .csv eller .json)."
        )
    if suffix == ".json":
        data = export_json(session)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        write_whole(path, lambda p: p.write_text(text, encoding="utf-8"))
        return (
            f"{count(len(data['actions']), 'åtgärder')} och {len(data['results'])} resultat "
            f"exporterade till {path}."
        )
    tables = collect(session)
    if suffix == ".csv":
        chosen = tables[table_key(table)]
        body = csv_text(chosen)
        write_whole(path, lambda p: p.write_text(body, encoding=CSV_ENCODING, newline=""))
        done = "exporterad" if len(chosen.rows) == 1 else "exporterade"
        return f"{count(len(chosen.rows), 'rader')} ({chosen.name.lower()}) {done} till {path}."
    write_xlsx(list(tables.values()), path)
    counts = ", ".join(count(len(t.rows), t.name.lower()) for t in tables.values())
    return f"Exporterat till {path}: {counts}."
