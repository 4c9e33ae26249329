"""The command `actions`: list them, show one, add one, update one. No Qt here."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from models import action_fields, settings
from models import actions as ops
from models.codes import Area, Factor, Status
from models.entities import Action, Comment
from models.errors import InputError
from models.words import count, printable
from ui.cli.output import database, print_json

# The list gives every field but the expected effect; `actions show` gives that too.
_SHOWN_TOO = ("expected_effect",)
_LISTED = tuple(name for name in action_fields.NAMES if name not in _SHOWN_TOO)


def action_json(action: Action, today: dt.date, full: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": action.id,
        **action_fields.to_json(action, _LISTED),
        "overdue": action.is_overdue(today),
        "version": action.version,
    }
    if full:
        data.update(action_fields.to_json(action, _SHOWN_TOO))
        data["milestones"] = [
            {"date": _iso(m.date), "time_span": m.time_span or None, "text": m.text,
             "done": m.done, "done_date": _iso(m.done_date)}
            for m in action.milestones
        ]
        data["comments"] = [comment_json(c) for c in action.comments]
    return data


def comment_json(comment: Comment) -> dict[str, Any]:
    return {
        "date": _iso(comment.date),
        "author": comment.author,
        "text": comment.text,
        "status": comment.status.value,
        "progress": comment.progress,
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def cmd_list(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with database(args) as db:
        with db.read() as session:
            days = settings.load(session).due_soon_days
            rows = ops.list_actions(session)
            data = [action_json(a, today) for a in rows]
            soon = {a.id for a in rows if a.is_due_soon(today, days)}
    print_json(data) if args.json else _print_actions(data, soon)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.read() as session:
            action = ops.get_action(session, args.id, full=True)
            data = action_json(action, dt.date.today(), full=True)
    print_json(data) if args.json else _print_show(data)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.write() as session:
            action = ops.create_action(
                session,
                title=args.title,
                owner=args.owner,
                unit=args.unit,
                status=args.status or Status.EJ_PABORJAD,
                start=args.start,
                due=args.due,
                factors=args.factor or [],
                areas=args.area or [],
            )
            print(f"Åtgärd {action.id} skapad: {printable(action.title)}")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    changes = {
        name: value
        for name, value in (("status", args.status), ("progress", args.progress), ("due", args.due))
        if value is not None
    }
    with database(args) as db:
        if not changes and args.comment is None:
            raise InputError("Ange minst en ändring: --status, --progress, --due eller --comment.")
        with db.write() as session:
            due = changes.pop("due", None)
            if due is not None:
                ops.update_action(session, args.id, None, due=due)
            if args.comment is not None:
                ops.add_comment(session, args.id, args.comment, **changes)
            elif changes:
                ops.update_action(session, args.id, None, **changes)
            action = ops.get_action(session, args.id)
            print(
                f"Åtgärd {action.id} ({printable(action.title)}) sparad: {action.status.label}, "
                f"{action.progress} %, version {action.version}."
            )
    return 0


def _print_actions(data: list[dict[str, Any]], soon: set[int]) -> None:
    if not data:
        print("Inga åtgärder ännu. Lägg till en med: actions add --title ”…”")
        return
    due = ops.FIELD_LABELS["due"]  # "Klart senast", as in the form: the due date
    print(f"{'Id':>3}  {'Status':<11} {due:<12} {'Fr.':>4}  {'Ansvarig':<16} Titel")
    for row in data:
        mark = " FÖRSENAD" if row["overdue"] else (" snart" if row["id"] in soon else "")
        status = Status(row["status"]).label
        print(
            f"{row['id']:>3}  {status:<11} {row['due'] or '–':<12} {row['progress']:>3}%  "
            f"{printable((row['owner'] or '–')[:16]):<16} {printable(row['title'])}{mark}"
        )
    print(f"{count(len(data), 'åtgärder')}.")


def _print_show(data: dict[str, Any]) -> None:
    labels = ops.FIELD_LABELS
    # Text from the database goes to a terminal: control characters and escapes shown
    # escaped (a title could otherwise clear the screen or hide a line).
    print(f"{printable(data['title'])}  (id {data['id']}, version {data['version']})")
    status = Status(data["status"]).label + (" – FÖRSENAD" if data["overdue"] else "")
    rows = [
        (labels["status"], status),
        (labels["progress"], f"{data['progress']} %"),
        (labels["owner"], data["owner"]),
        (labels["unit"], data["unit"]),
        (labels["assessment"], data["assessment"]),
        (labels["start"], data["start"]),
        (labels["due"], data["due"]),
        (labels["completed"], data["completed"]),
        (labels["factors"], ", ".join(Factor(f).label for f in data["factors"])),
        (labels["areas"], ", ".join(Area(a).label for a in data["areas"])),
        (labels["description"], data["description"]),
        (labels["expected_effect"], data["expected_effect"]),
    ]
    for label, value in rows:
        print(f"  {label + ':':<19}{printable(value or '–', keep_newlines=True)}")
    print("  Milstolpar:" + ("" if data["milestones"] else " inga"))
    for m in data["milestones"]:
        done = f" ✓ avklarad {m['done_date']}" if m["done"] else ""
        print(printable(f"    {m['date']} {m['time_span'] or ''} {m['text']}{done}".rstrip()))
    print("  Kommentarer:" + ("" if data["comments"] else " inga"))
    for c in data["comments"]:
        state = f"{Status(c['status']).label}, {c['progress']} %"
        text = printable(f"{c['author']} ({state}): {c['text']}", keep_newlines=True)
        print(f"    {c['date']} {text}")
