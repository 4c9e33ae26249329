"""Import of actions from .xlsx or .csv with the columns of the export.

First a preview: for every row whether it makes a new action, changes one (which fields,
from what to what), changes nothing, or has errors (per row and column, in Swedish). The
import then goes all or nothing in one transaction, through the operations of
models/actions.py, so that every change is in the change log. The preview is made by
running the import for real inside the transaction and rolling it back, so what it shows
is exactly what the import does.

Rows are matched to stored actions by Id, or by title when the Id cell is empty. An empty
cell clears the field of a stored action (that is what the exported file says), except
Status, Framsteg and Klar datum, which stay as they are (the date of a finished action is
set by its status). Columns the file lacks are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import actions as ops
from models import ranges
from models.action_fields import CODES, DATE, FIELD, FIELDS, PERCENT
from models.action_file import HEADERS, SourceRow, blank, read_rows
from models.db import Database
from models.entities import Action
from models.errors import InputError, InsiktError
from models.export import milestone_line, milestone_text
from models.preview import CHANGED, ERROR, NEW, UNCHANGED, Preview
from models.progress import Progress, counted
from models.tabular import Formula
from models.words import count, quoted, shown

STATUS_LABELS = {NEW: "Ny", CHANGED: "Ändras", UNCHANGED: "Oförändrad", ERROR: "Fel"}

_MILESTONE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\s*\(([^)]*)\))?\s+(.+)$")
# The done mark after the text, as the export writes it ([✓ 2024-05-16]); a line without
# it (every older file) is a milestone not done.
_DONE = re.compile(r"^(.*?)\s*\[\s*(?:✓|avklarad|klar)\s*(\d{4}-\d{2}-\d{2})?\s*\]$",
                   re.IGNORECASE)


class MilestoneLine(NamedTuple):
    day: dt.date
    text: str
    span: str
    done: bool = False
    done_date: dt.date | None = None

    def line(self) -> str:
        return milestone_line(self.day, self.span, self.text, self.done, self.done_date)

    def add_to(self, session: Session, action_id: int) -> None:
        ops.add_milestone(session, action_id, self.day, self.text, self.span,
                          done=self.done, done_date=self.done_date)


@dataclass(frozen=True)
class CellError:
    row: int  # the row number the spreadsheet shows (the header is row 1)
    column: str
    message: str

    def __str__(self) -> str:
        return f"Rad {self.row}, kolumn {self.column}: {self.message}"


@dataclass(frozen=True)
class FieldChange:
    column: str
    old: str
    new: str


@dataclass
class RowPlan:
    """What a row of the file does to an action: its status, the changed fields, the errors."""

    row: int
    status: str
    title: str
    action_id: int | None = None
    changes: list[FieldChange] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)


def _errors_by_place(preview: Preview[Any]) -> str:
    """", 2 rader med fel, 1 fel i filen" (the action import's words)."""
    text = ""
    bad = preview.count(ERROR)
    if bad:
        text += f", {count(bad, 'rader')} med fel"
    if preview.file_errors:
        text += f", {count(len(preview.file_errors), 'fel')} i filen"
    return text


def action_preview(name: str, file_errors: list[str] | None = None) -> Preview[RowPlan]:
    """An action import's preview, empty: rows and errors are added as the file is read."""
    return Preview(name, file_errors=list(file_errors or []), tell_errors=_errors_by_place)


def signature(preview: Preview[RowPlan]) -> list[tuple[Any, ...]]:
    """What the import would do, to check that nothing changed since the preview."""
    return [
        (r.row, r.status, r.action_id, [(c.column, c.old, c.new) for c in r.changes])
        for r in preview.rows
    ]


# ---------------------------------------------------------------- the plan


def _id_of(row: SourceRow) -> int | None:
    value = row.cells.get("id")
    if blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = str(value).strip()
        if not (text.isascii() and text.isdigit()):  # "¹" is a digit to isdigit
            raise InputError(
                f"{quoted(text)} är inget id (ett heltal, eller tomt för en ny åtgärd)."
            )
        if len(text) > len(str(ranges.ID_MAX)):
            raise InputError(f"{quoted(text, 20)} är inget id (högst {ranges.ID_MAX}).")
        number = int(text)
    if number <= 0:
        raise InputError(f"”{number}” är inget id (ett heltal större än 0).")
    if number > ranges.ID_MAX:
        raise InputError(f"{quoted(number, 20)} är inget id (högst {ranges.ID_MAX}).")
    return number


def _as_input(kind: str, value: Any) -> Any:
    """A cell value in the form the parser of a field of this kind takes."""
    if isinstance(value, Formula):
        raise InputError(f"cellen innehåller en formel ({value[:40]}); skriv in värdet i stället.")
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if kind == DATE:
            return value.date()
        return value.isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if kind == CODES:
        return [str(value).replace(";", ",").replace("\n", ",")]
    if kind == PERCENT and isinstance(value, str):
        return value.replace("\u00a0", "").replace("\u2212", "-").strip()
    return value


def _milestones(value: Any) -> list[MilestoneLine]:
    items = []
    for line in str(value or "").splitlines():
        line = line.strip()
        if not line:
            continue
        match = _MILESTONE.match(line)
        if not match:
            raise InputError(
                f"{quoted(line)} är ingen milstolpe (skriv en per rad: 2024-05-15 (15–18) text)."
            )
        day = ops.parse_date(match.group(1), "Milstolpe, datum")
        assert day is not None
        text, done, done_date = match.group(3), False, None
        if marked := _DONE.match(text):
            text, done = marked.group(1), True
            done_date = ops.parse_date(marked.group(2), "Milstolpe, avklarad den") or day
        span = (match.group(2) or "").strip()
        items.append(MilestoneLine(day, " ".join(text.split()), span, done, done_date))
    return items


def _clean_row(row: SourceRow) -> tuple[dict[str, Any], list[CellError], Any]:
    """The row's fields parsed one by one, so that every bad cell is named."""
    values: dict[str, Any] = {}
    errors: list[CellError] = []
    milestones = None
    for key, raw in row.cells.items():
        if key == "id":
            continue
        try:
            if key == "milestones":
                milestones = _milestones(_as_input("milestones", raw))
                continue
            field = FIELD[key]
            value = _as_input(field.kind, raw)
            if field.import_clears or not blank(value):
                values[key] = field.parse(value)
        except InputError as exc:
            errors.append(_cell_error(row.row, exc, key))
    return values, errors, milestones


def _milestone_lines(items: Iterable[MilestoneLine]) -> list[str]:
    return sorted(item.line() for item in items)


def _title_key(title: str) -> str:
    return " ".join(str(title).split()).lower()


def _apply_row(
    session: Session,
    row: SourceRow,
    today: dt.date,
    seen: dict[int, int],
    titles: dict[str, list[int]],
) -> RowPlan:
    title_cell = row.cells.get("title")
    shown_title = " ".join(str(title_cell or "").split())[:80]
    try:
        action_id = _id_of(row)
    except InputError as exc:
        return RowPlan(row.row, ERROR, shown_title, errors=[CellError(row.row, "Id", exc.message)])
    values, errors, milestones = _clean_row(row)
    plan = RowPlan(row.row, ERROR, shown_title, action_id, errors=errors)
    if errors:
        return plan
    action: Action | None = None
    if action_id is not None:
        action = session.get(Action, action_id)
        if action is None:
            plan.errors.append(CellError(row.row, "Id", f"åtgärden med id {action_id} finns inte."))
            return plan
    else:
        found = titles.get(_title_key(values.get("title", "")), [])
        if len(found) > 1:
            plan.errors.append(
                CellError(
                    row.row,
                    "Titel",
                    f"{len(found)} åtgärder heter {quoted(values['title'])}; ange Id för att välja.",
                )
            )
            return plan
        action = session.get(Action, found[0]) if found else None
    if action is not None:
        if action.id in seen:
            plan.errors.append(
                CellError(
                    row.row,
                    "Id" if action_id else "Titel",
                    f"åtgärden {action.id} finns redan på rad {seen[action.id]}.",
                )
            )
            return plan
        seen[action.id] = row.row
        plan.action_id = action.id
    savepoint = session.begin_nested()
    try:
        if action is None:
            plan.status = NEW
            created = ops.create_action(session, today=today, **values)
            plan.action_id = created.id
            for item in milestones or []:
                item.add_to(session, created.id)
            seen[created.id] = row.row
            titles.setdefault(_title_key(created.title), []).append(created.id)
        else:
            old_title = action.title
            plan.changes = _update(session, action, values, milestones, today)
            if action.title != old_title:
                titles[_title_key(old_title)].remove(action.id)
                titles.setdefault(_title_key(action.title), []).append(action.id)
            plan.status = CHANGED if plan.changes else UNCHANGED
        savepoint.commit()
    except InsiktError as exc:
        savepoint.rollback()
        plan.status = ERROR
        plan.changes = []
        field = exc.field if isinstance(exc, InputError) else None
        plan.errors.append(_cell_error(row.row, exc, field))
    return plan


def _cell_error(row: int, exc: InsiktError, key: str | None) -> CellError:
    """The error in the column of `key` ("–" for none); the message without the column's
    own name when the error is about that very field ("Titel: …" in column Titel)."""
    if key not in HEADERS:
        return CellError(row, "–", exc.message)
    if isinstance(exc, InputError) and exc.field == key:
        return CellError(row, HEADERS[key], exc.reason)
    return CellError(row, HEADERS[key], exc.message)


def _update(
    session: Session,
    action: Action,
    values: dict[str, Any],
    milestones: list[MilestoneLine] | None,
    today: dt.date,
) -> list[FieldChange]:
    changes: list[FieldChange] = []
    changed: dict[str, Any] = {}
    for one in FIELDS:
        if one.name not in values:
            continue
        old, new = one.read(action), values[one.name]
        if not one.same(old, new):
            changed[one.name] = new
            changes.append(FieldChange(HEADERS[one.name], one.text(old), one.text(new)))
    if "completed" in changed and "status" not in changed and "status" in values:
        changed["status"] = values["status"]
    if changed:
        ops.update_action(session, action.id, None, today=today, **changed)
    if milestones is not None:
        old_lines = sorted(milestone_text(m) for m in action.milestones)
        new_lines = _milestone_lines(milestones)
        if old_lines != new_lines:
            keep = list(new_lines)
            for m in list(action.milestones):
                if milestone_text(m) in keep:
                    keep.remove(milestone_text(m))
                else:
                    ops.delete_milestone(session, m.id)
            for item in milestones:
                if item.line() in keep:
                    keep.remove(item.line())
                    item.add_to(session, action.id)
            changes.append(
                FieldChange(HEADERS["milestones"], "; ".join(old_lines), "; ".join(new_lines))
            )
    return changes


def run_import(
    session: Session, path: Path, today: dt.date | None = None, progress: Progress | None = None
) -> Preview[RowPlan]:
    """Apply the file in this session and return what happened row by row.

    The caller commits only when the preview has no errors (see `import_actions`).
    `progress` hears the rows done so far, of all.
    """
    path = Path(path)
    rows, file_errors, notes = read_rows(path)
    preview = action_preview(path.name, file_errors)
    preview.notes = notes
    if file_errors:
        return preview
    if not rows:
        preview.file_errors.append(f"{path.name}: filen har inga rader med åtgärder.")
        return preview
    today = today or dt.date.today()
    seen: dict[int, int] = {}
    titles: dict[str, list[int]] = {}
    for action_id, title in session.execute(select(Action.id, Action.title)):
        titles.setdefault(_title_key(title), []).append(action_id)
    for row in counted(rows, progress, len(rows), every=20):
        preview.rows.append(_apply_row(session, row, today, seen, titles))
    return preview


class _Refused(Exception):
    """Rolls the transaction back after a preview or a file with errors."""


def import_actions(
    db: Database,
    path: Path,
    dry_run: bool = False,
    expected: list[tuple[Any, ...]] | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Preview[RowPlan]:
    """Preview (`dry_run`) or import a file, all or nothing.

    With `expected` (the signature of the preview the user confirmed), the import is
    refused if it would now do something else, because the database or the file changed.
    Nothing is written unless every row is good. `progress` hears the rows done; it may
    stop the work (`models.progress.Cancelled`), and then nothing is written either.
    """
    result: Preview[RowPlan] | None = None
    try:
        with db.write() as session:
            result = run_import(session, path, today, progress)
            if dry_run or not result.ok:
                raise _Refused
            if expected is not None and signature(result) != expected:
                result.file_errors.append(
                    "Databasen eller filen har ändrats sedan förhandsgranskningen; "
                    "granska importen igen. Inget har sparats."
                )
                raise _Refused
    except _Refused:
        pass
    assert result is not None
    return result


def preview_lines(preview: Preview[RowPlan], limit: int = 200) -> list[str]:
    """The preview as text lines for the command line."""
    lines = [*preview.file_errors]
    for plan in preview.rows[:limit]:
        label = STATUS_LABELS[plan.status]
        ident = f" (id {plan.action_id})" if plan.action_id and plan.status != NEW else ""
        lines.append(f"Rad {plan.row}: {label}: {shown(plan.title)}{ident}")
        for change in plan.changes:
            lines.append(f"    {change.column}: {quoted(change.old)} → {quoted(change.new)}")
        for error in plan.errors:
            lines.append(f"    kolumn {error.column}: {error.message}")
    if len(preview.rows) > limit:
        lines.append(f"… och {len(preview.rows) - limit} rader till.")
    lines.extend(f"Obs: {n}" for n in preview.notes)
    return lines
