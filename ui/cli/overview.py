"""Command `overview`: Läget, where the group stands (models/overview.py), in Swedish or as
JSON (the shape is in the README). No Qt here."""

from __future__ import annotations

import argparse
from typing import Any

from models.effect import WORDS, Verdict
from models.overview import (
    ActionRef,
    Overview,
    latest_sentence,
    load_overview,
    preliminary_sentence,
    since_sentence,
)
from models.words import count, printable
from ui.cli.effect import target_json, target_line
from ui.cli.output import database, print_json


def _refs(refs: tuple[ActionRef, ...]) -> list[dict[str, Any]]:
    return [{"id": r.id, "title": r.title} for r in refs]


def overview_json(found: Overview) -> dict[str, Any]:
    latest = []
    for entry in found.latest:
        final, newer, judged = entry.final, entry.preliminary, entry.judgement
        latest.append(
            {
                "group": entry.group.value,
                "year": final.year if final else None,
                "value": final.value if final else None,
                "margin": final.margin if final else None,
                "change": judged.change if judged else None,
                "verdict": judged.verdict.value if judged else None,
                "preliminary_value": newer.value if newer else None,
                "preliminary_year": newer.year if newer else None,
                "stale": entry.stale,
            }
        )
    actions = found.actions
    return {
        "latest": latest,
        "targets": [target_json(c) for c in found.targets],
        "effects": {v.value: n for v, n in found.effects.verdicts},
        "actions": {
            **{s.value: n for s, n in actions.by_status},
            "late": _refs(actions.late),
            "due_soon": _refs(actions.due_soon),
        },
        "milestones": [
            {"date": m.date.isoformat(), "text": m.text, "action_id": m.action_id, "done": m.done}
            for m in found.milestones
        ],
        "since_last_report": dict(found.since_last_report.counts),
    }


def overview_lines(found: Overview) -> list[str]:
    where = f" i {found.municipality_name}" if found.municipality_name else ""
    lines = [f"Läget{where} {found.today.isoformat()}", "", "Senaste NKI:"]
    for entry in found.latest:
        lines.append(f"  {latest_sentence(entry)}")
        beside = preliminary_sentence(entry)
        if beside:
            lines.append(f"    {beside}")
    if not found.latest:
        lines.append("  Inga NKI-resultat ännu: importera resultat eller hämta från Kolada.")
    lines += ["", "Mål:"]
    lines += [f"  {target_line(c)}" for c in found.targets] or ["  Inga mål ännu."]
    effects = found.effects
    lines += ["", f"Effekt ({count(effects.total, 'jämförelser')}):"]
    for verdict, n in effects.verdicts:
        lines.append(f"  {WORDS[verdict]}: {n}")
        if verdict == Verdict.KAN_INTE_BEDOMAS:
            lines += [f"    {WORDS[reason]}: {k}" for reason, k in effects.reasons]
    if effects.chance:
        lines.append(f"  {effects.chance}")
    actions = found.actions
    lines += ["", f"Åtgärder ({actions.total}):"]
    lines += [f"  {status.label}: {n}" for status, n in actions.by_status if n]
    for label, refs in (
        ("Försenade", actions.late),
        (f"Klart inom {actions.due_soon_days} dagar", actions.due_soon),
    ):
        lines.append(f"  {label}: {len(refs)}")
        lines += [f"    {r.id}: {r.title} (klart senast {r.due})" for r in refs]
    lines += ["", "Nästa milstolpar:"]
    for m in found.milestones:
        span = f" {m.time_span}" if m.time_span else ""
        done = " (klar)" if m.done else ""
        lines.append(f"  {m.date.isoformat()}{span} {m.text}{done} – {m.action_title}")
    if not found.milestones:
        lines.append("  Inga kommande milstolpar.")
    lines += ["", since_sentence(found.since_last_report)]
    return lines


def cmd_overview(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.read() as session:
            found = load_overview(session)
    if args.json:
        print_json(overview_json(found))
        return 0
    for line in overview_lines(found):
        print(printable(line))
    return 0
