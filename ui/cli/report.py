"""Commands for paper and Excel: export, import-actions and report. No Qt here."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from models.errors import InputError
from models.words import count, quoted
from ui.cli.output import database, output_file


def cmd_export(args: argparse.Namespace) -> int:
    from models.export import export_to

    with database(args) as db:
        with db.read() as session:
            message = export_to(session, output_file(args.file), args.table)
    print(message)
    return 0


def cmd_import_actions(args: argparse.Namespace) -> int:
    from models.action_import import import_actions, preview_lines
    from models.paths import existing_file

    path = existing_file(Path(args.file))
    with database(args) as db:
        preview = import_actions(db, path, dry_run=args.dry_run)
    for line in preview_lines(preview):
        print(line)
    print(preview.summary())
    if not preview.ok:
        errors = len(preview.errors)
        what = "felet" if errors == 1 else f"de {errors} felen"
        print(f"Inget har sparats: rätta {what} och försök igen.")
        return 2
    if args.dry_run:
        print("Provkörning: inget har sparats.")
    else:
        print("Importen är sparad (alla ändringar finns i ändringsloggen).")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from charts.report import make_report
    from models.actions import parse_date
    from models.ranges import check_date

    since = parse_date(args.since, "--since", checked=False) if args.since else None
    today = dt.date.today()
    if since is not None and since > today:
        raise InputError(
            f"--since: {since.isoformat()} ligger i framtiden (i dag är {today.isoformat()}); "
            "ange dagen för förra mötet."
        )
    if since is not None:
        check_date(since, "--since")
    out = output_file(args.out, "--out")
    if out.suffix.lower() != ".pdf":
        raise InputError(f"--out: mötesunderlaget sparas som PDF, inte {quoted(out.name)} (ange .pdf).")
    with database(args) as db:
        result = make_report(db, out, since=since)
    print(f"Mötesunderlag sparat: {out} ({count(result.pages, 'sidor')}, {count(result.actions, 'åtgärder')}).")
    print(f"Sedan förra mötet: {result.since_text}.")
    if result.not_recorded:
        print(f"Obs: {result.not_recorded}.", file=sys.stderr)
    return 0
