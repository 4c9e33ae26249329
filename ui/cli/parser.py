"""The command line's parser: every command, its options and the function that runs it.

Each command's function is named by a `Command` ("ui.cli.actions:cmd_list") and imported
only when that command runs. Building the parser thus loads no command module, SQLAlchemy
or matplotlib: `main.py --db FIL`, which opens the window, parses its two words cheaply,
and `main.py actions` loads what listing the actions needs and no more.
"""

from __future__ import annotations

import argparse
import gettext
import importlib
from dataclasses import dataclass
from typing import Any

# The charts `main.py chart` draws: the keys of charts.catalog.CHART_TITLES, in its order.
CHART_KINDS = ("nki", "timeline", "factors", "matrix", "status", "effect")

_ARGPARSE_SV = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "val",
    "show this help message and exit": "visa denna hjälp och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "the following arguments are required: %s": "följande argument krävs: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "expected one argument": "ett värde väntas",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
}


def swedish_argparse() -> None:
    """argparse's own texts in Swedish. Before the parser is built: it reads some then."""

    def translate(message: str) -> str:
        return _ARGPARSE_SV.get(message, message)

    argparse._ = translate  # type: ignore[attr-defined]  # argparse's gettext, not in typeshed
    gettext.gettext = translate  # argparse imports it by name in some versions


@dataclass(frozen=True)
class Command:
    """A command's function as "module:function", imported when the command runs.

    The bundle cannot see these imports: build.spec names every module of ui/cli.
    """

    target: str

    def __call__(self, args: argparse.Namespace) -> int:
        module, _, name = self.target.partition(":")
        function = getattr(importlib.import_module(module), name)
        return int(function(args))


def _id(text: str) -> int:
    """An id on the command line: a whole number 1–2 147 483 647 (models.ranges), so that a
    20-digit id is refused here instead of failing in the database."""
    from models.errors import InputError
    from models.ranges import check_id

    if not text.strip().isdigit():
        raise ValueError(text)  # argparse's own "ogiltigt värde: 'abc'"
    try:
        return check_id(text, "id")
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.message.removeprefix("id: ")) from None


def _runs(parser: argparse.ArgumentParser, target: str) -> argparse.ArgumentParser:
    parser.set_defaults(func=Command(target))
    return parser


def build_parser(version: str) -> argparse.ArgumentParser:
    swedish_argparse()
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Insiktskollen: förbättringsåtgärder och Insikt-resultat (NKI).",
    )
    parser.add_argument(
        "--db",
        metavar="FIL|URL",
        help="databasfil eller SQLAlchemy-URL (standard: insiktskollen.db i datamappen)",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Insiktskollen {version}",
        help="visa programmets version och avsluta",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="prova programmet: fönstret, alla diagram och mötesunderlaget (avslutar med 0 "
        "om allt fungerar, annars 1 och orsaken)",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    _database_commands(sub)
    _result_commands(sub)
    _effect_commands(sub)
    _paper_commands(sub)
    _shared_commands(sub)
    _chart_command(sub)
    return parser


def run(args: argparse.Namespace) -> int:
    """The command the parsed arguments name, on the database `args.db`; its exit code."""
    # Imported here, not above: they load models.db and SQLAlchemy, which parsing does not need.
    from ui.cli.files import check_target
    from ui.cli.output import install_busy_printer

    install_busy_printer()
    check_target(str(args.db), "--db")
    return int(args.func(args))


def _database_commands(sub: Any) -> None:
    init = _runs(sub.add_parser("init", help="skapa eller uppgradera databasen"), "ui.cli.files:cmd_init")
    init.add_argument("--example-data", action="store_true", help="lägg in Borlänge-data")

    act = _runs(sub.add_parser("actions", help="lista åtgärderna"), "ui.cli.actions:cmd_list")
    act.add_argument("--json", action="store_true", help="skriv ut som JSON")
    act_sub = act.add_subparsers(dest="actions_command", metavar="{show,add,update}")
    show = _runs(
        act_sub.add_parser("show", help="en åtgärd med milstolpar och kommentarer"),
        "ui.cli.actions:cmd_show",
    )
    show.add_argument("id", type=_id)
    show.add_argument("--json", action="store_true", help="skriv ut som JSON")
    add = _runs(act_sub.add_parser("add", help="lägg till en åtgärd"), "ui.cli.actions:cmd_add")
    add.add_argument("--title", required=True, help="åtgärdens titel")
    add.add_argument("--owner", help="ansvarig")
    add.add_argument("--unit", help="enhet")
    add.add_argument("--status", help="ej_paborjad, pagar, klar, pausad eller avbruten")
    add.add_argument("--start", help="startdatum, t.ex. 2024-05-02")
    add.add_argument("--due", help="klart senast, t.ex. 2024-12-31")
    add.add_argument("--factor", action="append", help="servicefaktor (kan upprepas)")
    add.add_argument("--area", action="append", help="myndighetsområde (kan upprepas)")
    upd = _runs(act_sub.add_parser("update", help="ändra en åtgärd"), "ui.cli.actions:cmd_update")
    upd.add_argument("id", type=_id)
    upd.add_argument("--status", help="ny status")
    upd.add_argument("--progress", help="framsteg 0–100")
    upd.add_argument("--due", help="nytt slutdatum")
    upd.add_argument("--comment", help="en uppföljningskommentar")

    res = _runs(sub.add_parser("results", help="lista enkätresultaten"), "ui.cli.results:cmd_results")
    res.add_argument("--json", action="store_true", help="skriv ut som JSON")

    _runs(sub.add_parser("check", help="integritet, schemaversion och antal"), "ui.cli.files:cmd_check")

    backup = _runs(
        sub.add_parser("backup", help="en konsistent kopia, säker under användning"),
        "ui.cli.files:cmd_backup",
    )
    backup.add_argument("--out", help="filen att skriva kopian till")


def _result_commands(sub: Any) -> None:
    imp = _runs(
        sub.add_parser("import", help="importera resultat från CSV, Excel (.xlsx) eller Kolada-JSON"),
        "ui.cli.results:cmd_import",
    )
    imp.add_argument("files", nargs="+", metavar="FIL", help="en eller flera filer (allt eller inget)")
    imp.add_argument("--dry-run", action="store_true", help="visa vad som skulle hända, spara inget")

    fetch = _runs(
        sub.add_parser("fetch-kolada", help="hämta Insikt-resultat från Kolada"),
        "ui.cli.results:cmd_fetch_kolada",
    )
    fetch.add_argument("--kpi", action="append", metavar="ID",
                       help="KPI-id (kan upprepas; standard: alla i KPI-tabellen)")
    fetch.add_argument("--municipality", action="append", metavar="KOD",
                       help="kommunkod (kan upprepas; standard: egen kommun och Riket 0000)")
    fetch.add_argument("--base-url", metavar="URL", help="Kolada-adress (standard: inställningen)")
    fetch.add_argument("--dry-run", action="store_true", help="visa vad som skulle hända, spara inget")

    template = _runs(
        sub.add_parser("import-template", help="spara en tom importmall (.csv eller .xlsx)"),
        "ui.cli.results:cmd_template",
    )
    template.add_argument("file", metavar="FIL", help="t.ex. mall.xlsx eller mall.csv")
    template.add_argument("--force", action="store_true", help="skriv över en befintlig fil")


def _effect_commands(sub: Any) -> None:
    effect = _runs(
        sub.add_parser(
            "effect", help="åtgärdernas effekt: före och efter, med den kombinerade felmarginalen"
        ),
        "ui.cli.effect:cmd_effect",
    )
    effect.add_argument("--json", action="store_true", help="skriv ut som JSON")
    effect.add_argument("--action", type=_id, metavar="ID", help="bara denna åtgärd")

    targets = _runs(
        sub.add_parser("targets", help="målen och om de är nådda"), "ui.cli.effect:cmd_targets"
    )
    targets.add_argument("--json", action="store_true", help="skriv ut som JSON")
    target_sub = targets.add_subparsers(dest="targets_command", metavar="{set,remove}")
    put = _runs(
        target_sub.add_parser("set", help="sätt ett mål (ersätter det som fanns)"),
        "ui.cli.effect:cmd_target_set",
    )
    put.add_argument("--measure", required=True, help="nki eller en servicefaktor")
    put.add_argument("--group", required=True, help="företag, privatpersoner eller totalt")
    put.add_argument("--area", required=True, help="myndighetsområde, t.ex. totalt eller bygglov")
    put.add_argument("--year", required=True, help="mätåret, t.ex. 2025")
    put.add_argument("--value", required=True, help="målet 0–100, t.ex. 75")
    remove = _runs(
        target_sub.add_parser("remove", help="ta bort ett mål"), "ui.cli.effect:cmd_target_remove"
    )
    remove.add_argument("id", metavar="ID", help="målets id (se targets)")

    overview = _runs(
        sub.add_parser("overview", help="läget: senaste NKI, mål, effekt, åtgärder, milstolpar"),
        "ui.cli.overview:cmd_overview",
    )
    overview.add_argument("--json", action="store_true", help="skriv ut som JSON")


def _paper_commands(sub: Any) -> None:
    export = _runs(
        sub.add_parser(
            "export", help="exportera åtgärder, kommentarer och resultat (.xlsx, .csv, .json)"
        ),
        "ui.cli.report:cmd_export",
    )
    export.add_argument("file", metavar="FIL", help="filen att skriva; typen följer ändelsen")
    export.add_argument(
        "--table",
        default="åtgärder",
        help="för .csv: åtgärder (standard), kommentarer eller resultat",
    )
    imp = _runs(
        sub.add_parser(
            "import-actions", help="läs in åtgärder från .xlsx eller .csv (som exporten)"
        ),
        "ui.cli.report:cmd_import_actions",
    )
    imp.add_argument("file", metavar="FIL")
    imp.add_argument(
        "--dry-run", action="store_true", help="visa bara vad som skulle ändras; spara inget"
    )
    report = _runs(sub.add_parser("report", help="mötesunderlag som PDF"), "ui.cli.report:cmd_report")
    report.add_argument("--out", required=True, metavar="FIL.pdf", help="PDF-filen att skriva")
    report.add_argument(
        "--since",
        metavar="DATUM",
        help="”Sedan förra mötet” från detta datum (standard: när förra underlaget gjordes)",
    )


def _shared_commands(sub: Any) -> None:
    restore = _runs(
        sub.add_parser(
            "restore", help="återställ databasfilen från en säkerhetskopia (utan KOPIA: lista dem)"
        ),
        "ui.cli.files:cmd_restore",
    )
    restore.add_argument(
        "backup", nargs="?", metavar="KOPIA", help="kopians sökväg eller nummer i listan"
    )
    move = _runs(
        sub.add_parser(
            "migrate-to", help="kopiera allt till en tom databas, t.ex. en PostgreSQL-server"
        ),
        "ui.cli.files:cmd_migrate_to",
    )
    move.add_argument(
        "url",
        metavar="URL",
        help="måldatabasen: postgresql+psycopg://användare@server/databas eller en ny fil",
    )


def _chart_command(sub: Any) -> None:
    chart = _runs(
        sub.add_parser("chart", help="ett diagram som PNG, SVG eller PDF (efter filändelsen)"),
        "ui.cli.charts:cmd_chart",
    )
    chart.add_argument("kind", choices=CHART_KINDS, help="vilket diagram")
    chart.add_argument("--out", required=True, metavar="FIL", help="filen att skriva")
    chart.add_argument("--group", help="kundgrupp: företag, privatpersoner eller totalt")
    chart.add_argument("--area", help="myndighetsområde (standard: totalt)")
    chart.add_argument(
        "--comparison", metavar="KOD", help="jämför med en kommun, t.ex. 0000 (Riket)"
    )
    chart.add_argument("--years", metavar="FRÅN-TILL", help="bara dessa mätår, t.ex. 2019-2024")
    chart.add_argument("--target", metavar="NKI", help="en mållinje, t.ex. 75")
    chart.add_argument("--large", action="store_true", help="stor text (för projektor)")
    chart.add_argument(
        "--size",
        metavar="BxH",
        help="storlek i bildpunkter, t.ex. 1024x768 (PNG i 100 dpi; diagrammet läggs upp "
        "för den storleken, och ett diagram med många rader blir högre)",
    )
