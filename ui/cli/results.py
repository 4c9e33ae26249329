"""Commands for results: list them, import files, fetch from Kolada, save an import template.

Each import prints what it would do first (new, changed, unchanged rows and every error),
then writes it in one transaction unless --dry-run. With any error nothing is written and
the exit code is 2. No Qt here.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from models import importers, kolada, settings
from models.codes import Area, Group, Measure
from models.entities import SurveyResult
from models.errors import InputError
from models.importers.template import save_template
from models.preview import CHANGED, NEW, Preview
from models.results import list_results
from models.tracking import as_text
from models.words import count, number_text, plural
from ui.cli.output import database, output_file, print_json

FIELD_NAMES = {
    "value": "Värde", "answers": "Antal svar", "margin": "Felmarginal",
    "response_rate": "Svarsfrekvens", "preliminary": "Preliminär", "source": "Källa",
    "preliminary_as_of": "Preliminär per",
}
MAX_ROWS_PRINTED = 200


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


def cmd_results(args: argparse.Namespace) -> int:
    from models.stats import shown

    with database(args) as db:
        with db.read() as session:
            rows = list_results(session)
            data = [result_json(r) for r in rows]
            town = settings.load(session)
    if args.json:
        print_json(data)
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


def print_preview(result: Preview, verbose: bool = True) -> None:
    print(result.summary())
    if verbose:
        shown = [r for r in result.rows if r.status in (NEW, CHANGED)]
        for row in shown[:MAX_ROWS_PRINTED]:
            key = row.key
            head = (
                f"  {row.status:<7} {key.municipality} {key.year} {key.group.label}, "
                f"{key.area.label}, {key.measure.label}: "
            )
            if row.old is None:
                print(head + _number(row.new.value) + ("  (prel.)" if row.new.preliminary else ""))
            else:
                changes = ", ".join(
                    f"{FIELD_NAMES[n]} {_show(getattr(row.old, n))} → {_show(getattr(row.new, n))}"
                    for n in row.changed_fields
                )
                print(head + changes)
        if len(shown) > MAX_ROWS_PRINTED:
            print(f"  … och {count(len(shown) - MAX_ROWS_PRINTED, 'rader')} till.")
    for note in result.notes:
        print(f"Obs: {note}")
    if result.errors:
        print("Fel:")
        for line in importers.error_lines(result):
            print(f"  {line}")


def _number(value: float) -> str:
    return number_text(f"{value:g}".replace(".", ","))


def _show(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, float):
        return _number(value)
    return str(as_text(value))


def _write(args: argparse.Namespace, db: Any, result: Preview) -> int:
    if result.errors:
        raise InputError(f"{len(result.errors)} fel i importen; inget har sparats.")
    if args.dry_run:
        print("Provkörning (--dry-run): inget har sparats.")
        return 0
    if not result.to_write:
        print("Inget att spara: allt finns redan.")
        return 0
    with db.write() as session:
        importers.apply(session, result)
    new = plural(result.count(NEW), "nytt", "nya")
    changed = plural(result.count(CHANGED), "ändrat", "ändrade")
    print(f"Sparat: {new} och {changed} resultat.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.read() as session:
            result = importers.preview_files(session, [Path(f) for f in args.files])
        print_preview(result)
        return _write(args, db, result)


def cmd_fetch_kolada(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.read() as session:
            plan = kolada.plan_fetch(session, args.kpi or (), args.municipality or (), args.base_url)
        print(f"Hämtar {', '.join(plan.kpis)} för {', '.join(plan.municipalities)} från {plan.base_url} …")
        parsed = kolada.fetch(plan)
        with db.read() as session:
            result = importers.preview(session, parsed)
        print_preview(result)
        return _write(args, db, result)


def cmd_template(args: argparse.Namespace) -> int:
    path = output_file(args.file)
    if path.exists() and not args.force:
        raise InputError(f"Filen {path} finns redan; välj ett annat namn eller ange --force.")
    save_template(path)
    print(f"Tom importmall sparad: {path}")
    return 0
