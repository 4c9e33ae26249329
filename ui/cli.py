"""The command line: each command opens the database, does one thing and says what it did.

No Qt here: the commands run on machines and in scripts without a screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from models import actions as ops
from models import settings
from models.backups import backup_path_for, backup_sqlite
from models.codes import Area, Factor, Group, Measure, Status
from models.db import Database
from models.entities import Action, ChangeLogEntry, Comment, SurveyResult
from models.errors import InputError
from models.file_probe import schema_head
from models.opening import open_database
from models.paths import data_dir
from models.results import list_results
from models.seed import load_example
from models.words import count, plural


def action_json(action: Action, today: dt.date, full: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": action.id,
        "title": action.title,
        "description": action.description,
        "unit": action.unit.name if action.unit else None,
        "owner": action.owner.name if action.owner else None,
        "status": action.status.value,
        "assessment": action.assessment.value if action.assessment else None,
        "start": _iso(action.start),
        "due": _iso(action.due),
        "completed": _iso(action.completed),
        "progress": action.progress,
        "factors": [f.value for f in action.factors],
        "areas": [a.value for a in action.areas],
        "overdue": action.is_overdue(today),
        "version": action.version,
    }
    if full:
        data["expected_effect"] = action.expected_effect
        data["milestones"] = [
            {"date": _iso(m.date), "time_span": m.time_span or None, "text": m.text}
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


def result_json(row: SurveyResult) -> dict[str, Any]:
    return {
        "municipality": row.municipality,
        "year": row.year,
        "group": row.group.value,
        "area": row.area.value,
        "measure": row.measure.value,
        "value": row.value,
        "answers": row.answers,
        "margin": row.margin,
        "preliminary": row.preliminary,
        "source": row.source,
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _open(args: argparse.Namespace, create: bool = False) -> Database:
    return open_database(args.db, create=create)


def cmd_init(args: argparse.Namespace) -> int:
    target = args.db
    if "://" not in str(target):
        Path(target).expanduser().absolute().parent.mkdir(parents=True, exist_ok=True)
    db = _open(args, create=True)
    try:
        print(f"Databasen {db.name} är klar (schemaversion {schema_head()}).")
        if args.example_data:
            with db.write() as session:
                added = load_example(session)
            print(
                f"Borlänge-data inlagd: {plural(added, 'ny åtgärd', 'nya åtgärder')}; NKI-resultaten 2022–2024 "
                "enligt kommunens nyhet 2024-04-24."
            )
    finally:
        db.dispose()
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    db = _open(args)
    today = dt.date.today()
    try:
        if args.actions_command == "show":
            with db.read() as session:
                action = ops.get_action(session, args.id, full=True)
                data = action_json(action, today, full=True)
            _print_show(data) if not args.json else _print_json(data)
        elif args.actions_command == "add":
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
                print(f"Åtgärd {action.id} skapad: {action.title}")
        elif args.actions_command == "update":
            _update(db, args)
        else:
            with db.read() as session:
                days = settings.load(session).due_soon_days
                rows = ops.list_actions(session)
                data = [action_json(a, today) for a in rows]
                soon = {a.id for a in rows if a.is_due_soon(today, days)}
            _print_json(data) if args.json else _print_actions(data, soon)
    finally:
        db.dispose()
    return 0


def _update(db: Database, args: argparse.Namespace) -> None:
    changes = {
        name: value
        for name, value in (("status", args.status), ("progress", args.progress), ("due", args.due))
        if value is not None
    }
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
            f"Åtgärd {action.id} ({action.title}) sparad: {action.status.label}, "
            f"{action.progress} %, version {action.version}."
        )


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
            f"{(row['owner'] or '–')[:16]:<16} {row['title']}{mark}"
        )
    print(f"{count(len(data), 'åtgärder')}.")


def _print_show(data: dict[str, Any]) -> None:
    labels = ops.FIELD_LABELS
    print(f"{data['title']}  (id {data['id']}, version {data['version']})")
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
        print(f"  {label + ':':<19}{value or '–'}")
    print("  Milstolpar:" + ("" if data["milestones"] else " inga"))
    for m in data["milestones"]:
        print(f"    {m['date']} {m['time_span'] or ''} {m['text']}".rstrip())
    print("  Kommentarer:" + ("" if data["comments"] else " inga"))
    for c in data["comments"]:
        state = f"{Status(c['status']).label}, {c['progress']} %"
        print(f"    {c['date']} {c['author']} ({state}): {c['text']}")


def cmd_results(args: argparse.Namespace) -> int:
    from models.stats import shown

    db = _open(args)
    try:
        with db.read() as session:
            rows = list_results(session)
            data = [result_json(r) for r in rows]
            town = settings.load(session)
    finally:
        db.dispose()
    if args.json:
        _print_json(data)
        return 0
    if not data:
        print("Inga resultat ännu.")
        return 0
    print(
        f"{'Kommun':<6} {'År':<4} {'Kundgrupp':<14} {'Område':<22} {'Mått':<15} "
        f"{'Värde':>5}{'':<8} {'Svar':>5}  Obs"
    )
    for r in data:
        value = f"{r['value']:.1f}".replace(".", ",")
        prel = " (prel.)" if r["preliminary"] else ""
        answers = str(r["answers"]) if r["answers"] is not None else "–"
        ok, reason = shown(r["answers"], r["year"], town)
        note = "" if ok else reason  # as the window greys it: "för få svar (5 < 7)"
        line = (
            f"{r['municipality']:<6} {r['year']:<4} {Group(r['group']).label:<14} "
            f"{Area(r['area']).label[:22]:<22} {Measure(r['measure']).label:<15} "
            f"{value:>5}{prel:<8} {answers:>5}  {note}"
        )
        print(line.rstrip())
    print(f"{len(data)} resultat.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    db = _open(args)
    problems: list[str] = []
    try:
        with db.read() as session:
            if db.is_sqlite:
                integrity = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
                if integrity != ["ok"]:
                    problems.extend(integrity[:10])
                keys = session.execute(text("PRAGMA foreign_key_check")).fetchall()
                if keys:
                    problems.append(count(len(keys), "brutna referenser"))
            counts = {
                "åtgärder": session.scalar(select(func.count()).select_from(Action)),
                "kommentarer": session.scalar(select(func.count()).select_from(Comment)),
                "resultat": session.scalar(select(func.count()).select_from(SurveyResult)),
                "loggrader": session.scalar(select(func.count()).select_from(ChangeLogEntry)),
            }
            town = settings.load(session)
        revision = db.schema_revision()
    finally:
        db.dispose()
    print(f"Databas: {db.name}")
    if town.municipality_code:
        print(f"Kommun: {town.municipality_name} ({town.municipality_code})")
    print(f"Schemaversion: {revision} (programmets senaste: {schema_head()})")
    print("Innehåll: " + ", ".join(count(n, what) for what, n in counts.items()))
    if db.read_only:
        print("Obs: filen kan inte skrivas till; den öppnas skrivskyddad.")
    if problems:
        print("SKADA HITTAD:")
        for line in problems:
            print(f"  {line}")
        return 1
    print("Integritet: ok")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        if db.path is None:
            raise InputError(
                "backup gäller SQLite-filer. En databasserver säkerhetskopieras med "
                "serverns egna verktyg (t.ex. pg_dump)."
            )
        out = Path(args.out) if args.out else backup_path_for(db.path, data_dir() / "Säkerhetskopior")
        if out.exists():
            raise InputError(f"Filen {out} finns redan; välj ett annat namn.")
        if out.resolve() == db.path.resolve():
            raise InputError("Kopian kan inte skrivas över databasen själv.")
        backup_sqlite(db.path, out)
    finally:
        db.dispose()
    print(f"Säkerhetskopia sparad: {out}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "actions": cmd_actions,
    "results": cmd_results,
    "check": cmd_check,
    "backup": cmd_backup,
}


def run(args: argparse.Namespace) -> int:
    from ui import cli_shared

    cli_shared.install_busy_printer()
    cli_shared.check_target(str(args.db), "--db")
    if args.command in cli_shared.COMMANDS:
        return cli_shared.COMMANDS[args.command](args)
    from ui import cli_results

    if args.command in cli_results.COMMANDS:
        return cli_results.COMMANDS[args.command](args)
    from ui import cli_report

    if args.command in cli_report.COMMANDS:
        return cli_report.COMMANDS[args.command](args)
    from ui import cli_charts

    if args.command in cli_charts.COMMANDS:
        return cli_charts.COMMANDS[args.command](args)
    return COMMANDS[args.command](args)


def add_commands(sub: Any) -> None:
    """The sub-commands and their options, on the parser main.py builds."""
    init = sub.add_parser("init", help="skapa eller uppgradera databasen")
    init.add_argument("--example-data", action="store_true", help="lägg in Borlänge-data")

    act = sub.add_parser("actions", help="lista åtgärderna")
    act.add_argument("--json", action="store_true", help="skriv ut som JSON")
    act_sub = act.add_subparsers(dest="actions_command", metavar="{show,add,update}")
    show = act_sub.add_parser("show", help="en åtgärd med milstolpar och kommentarer")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="skriv ut som JSON")
    add = act_sub.add_parser("add", help="lägg till en åtgärd")
    add.add_argument("--title", required=True, help="åtgärdens titel")
    add.add_argument("--owner", help="ansvarig")
    add.add_argument("--unit", help="enhet")
    add.add_argument("--status", help="ej_paborjad, pagar, klar, pausad eller avbruten")
    add.add_argument("--start", help="startdatum, t.ex. 2024-05-02")
    add.add_argument("--due", help="klart senast, t.ex. 2024-12-31")
    add.add_argument("--factor", action="append", help="servicefaktor (kan upprepas)")
    add.add_argument("--area", action="append", help="myndighetsområde (kan upprepas)")
    upd = act_sub.add_parser("update", help="ändra en åtgärd")
    upd.add_argument("id", type=int)
    upd.add_argument("--status", help="ny status")
    upd.add_argument("--progress", help="framsteg 0–100")
    upd.add_argument("--due", help="nytt slutdatum")
    upd.add_argument("--comment", help="en uppföljningskommentar")

    res = sub.add_parser("results", help="lista enkätresultaten")
    res.add_argument("--json", action="store_true", help="skriv ut som JSON")

    sub.add_parser("check", help="integritet, schemaversion och antal")

    backup = sub.add_parser("backup", help="en konsistent kopia, säker under användning")
    backup.add_argument("--out", help="filen att skriva kopian till")

    from ui import cli_results

    cli_results.add_commands(sub)

    from ui import cli_report

    cli_report.add_commands(sub)

    from ui import cli_shared

    cli_shared.add_commands(sub)

    from ui import cli_charts

    cli_charts.add_commands(sub)


def print_error(message: str) -> None:
    print(f"Fel: {message}", file=sys.stderr)
