"""Commands `effect` (did the actions work?) and `targets` (list, set, remove). No Qt here.

The figures and verdicts come from models.effect and models.targets; this module only
prints them, one line per row in Swedish, or as JSON (the shapes are in the README).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from models import actions as ops
from models.effect import Effect, YearValue, chance_note, effect_line, effects
from models.targets import TargetCheck, judge_targets, remove_target, set_target
from models.words import count, number_text, printable
from ui.cli.output import database, print_json


def year_value_json(value: YearValue | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "year": value.year,
        "value": value.value,
        "margin": value.margin,
        "answers": value.answers,
        "preliminary": value.preliminary,
    }


def effect_json(effect: Effect) -> dict[str, Any]:
    return {
        "action_id": effect.action_id,
        "action": effect.action,
        "measure": effect.measure.value,
        "group": effect.group.value,
        "area": effect.area.value,
        "before": year_value_json(effect.before),
        "after": year_value_json(effect.after),
        "change": effect.change,
        "combined_margin": effect.combined_margin,
        "verdict": effect.verdict.value,
        "reason": effect.reason.value if effect.reason is not None else None,
    }


def cmd_effect(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.read() as session:
            rows = effects(session, action_id=args.action)
            actions = sorted(
                (a for a in ops.list_actions(session) if args.action in (None, a.id)),
                key=lambda a: a.id,
            )
            aimed = {a.id: (a.title, [area.label.lower() for area in a.areas]) for a in actions}
    if args.json:
        print_json([effect_json(e) for e in rows])
        return 0
    if not aimed:
        print("Inga åtgärder ännu.")
        return 0
    with_rows = {e.action_id for e in rows}
    for action_id, (title, areas) in aimed.items():
        if action_id not in with_rows:
            where = ", ".join(areas) if areas else "totalt"
            print(f"{printable(title)}: inga egna resultat för {where} ännu.")
    for effect in rows:
        print(printable(effect_line(effect)))
    judged = sum(1 for e in rows if e.judged)
    print(
        f"{count(len(rows), 'jämförelser')}, varav {judged} kan bedömas."
        if rows
        else "Inga jämförelser."
    )
    note = chance_note(judged)
    if note:
        print(note)
    return 0


def target_json(check: TargetCheck) -> dict[str, Any]:
    target = check.target
    return {
        "id": target.id,
        "measure": target.measure.value,
        "group": target.group.value,
        "area": target.area.value,
        "year": target.year,
        "target": target.value,
        "status": check.status.value,
        "value": check.value,
        "margin": check.margin,
    }


def _number(value: float) -> str:
    return number_text(f"{value:g}".replace(".", ","))


def target_line(check: TargetCheck) -> str:
    """"1: NKI, företag, totalt, 2025: 75 – nått (värde 74,5, publicerat 75, ±3)"."""
    text = f"{check.target.id}: {check.target.label} – {check.words}"
    details = []
    if check.value is not None:
        details.append(f"värde {_number(check.value)}")
        if check.published is not None and check.published != check.value:
            details.append(f"publicerat {check.published}")
    if check.margin is not None:
        details.append(f"±{_number(check.margin)}" + (" uppskattad" if check.margin_estimated else ""))
    if details:
        text += f" ({', '.join(details)})"
    if check.note:
        text += f"; {check.note}"
    return text


def cmd_targets(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.read() as session:
            checks = judge_targets(session, dt.date.today())
    if args.json:
        print_json([target_json(c) for c in checks])
        return 0
    if not checks:
        print("Inga mål ännu. Sätt ett med: targets set --measure nki --group företag "
              "--area totalt --year 2025 --value 75")
        return 0
    for check in checks:
        print(target_line(check))
    print(f"{count(len(checks), 'mål')}.")
    return 0


def cmd_target_set(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.write() as session:
            target = set_target(session, args.measure, args.group, args.area, args.year, args.value)
    print(f"Mål sparat (id {target.id}): {target.label}.")
    return 0


def cmd_target_remove(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.write() as session:
            removed = remove_target(session, args.id)
    print(f"Mål {removed.id} borttaget: {removed.label}.")
    return 0
