"""Fill a database with a large GENERATED data set, for looking at the charts and for speed.

    .venv/bin/python benchmarks/make_large_data.py /tmp/stor.db

Ten measuring years (2015–2024), every customer group, every area (the optional ones from
2024), NKI and the six factors, for a made-up municipality "9999" and for Riket "0000",
and twenty actions. Every figure is random (seeded) and marked as generated in its source:
this is test data, never real results, and it is never shipped with the program.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models import settings  # noqa: E402
from models.actions import add_milestone, create_action  # noqa: E402
from models.codes import OPTIONAL_AREAS_FROM, Area, Factor, Group, Measure, Status  # noqa: E402
from models.db import Database  # noqa: E402
from models.opening import open_database  # noqa: E402
from models.results import RIKET, check_key, check_values, set_result  # noqa: E402

OWN = "9999"
SOURCE = "GENERERAD TESTDATA – inga riktiga resultat"
YEARS = range(2015, 2025)
OPTIONAL = {Area.RECEPTFRIA_LAKEMEDEL, Area.LANTMATERI, Area.FOLKOL_TOBAK}

ACTION_TITLES = [
    "Telefontider för bygglov",
    "Öppet hus med handläggare",
    "Ny webbsida med guider",
    "E-tjänst för bygglov",
    "Servicelöfte om handläggningstider",
    "En väg in för företag",
    "Dialogmöten med företagare",
    "Utbildning i bemötande",
    "Klarspråk i beslut",
    "Checklista för ansökan",
    "Förhandsbesked på en vecka",
    "Företagslots",
    "Uppföljning av nöjdhet efter beslut",
    "Digital tidsbokning",
    "Tydligare avgifter",
    "Handläggarstöd för livsmedel",
    "Samordnad tillsyn",
    "Kortare svarstid i telefon",
    "Webbinarier om serveringstillstånd",
    "Informationsblad på flera språk",
]


def fill(db: Database, seed: int = 2081) -> tuple[int, int]:
    """Results and actions into `db`; returns (results, actions) written."""
    rng = random.Random(seed)
    written = 0
    with db.write() as session:
        settings.save(session, municipality_code=OWN, municipality_name="Testkommun (genererad)")
        for municipality in (OWN, RIKET):
            for group in Group:
                for area in Area:
                    level = rng.uniform(60, 76) + (2 if municipality == RIKET else 0)
                    for year in YEARS:
                        if area in OPTIONAL and year < OPTIONAL_AREAS_FROM:
                            continue
                        level = min(95.0, max(40.0, level + rng.uniform(-2.5, 3.0)))
                        big = municipality == RIKET or area == Area.TOTALT
                        answers = rng.randint(300, 3000) if big else rng.randint(3, 160)
                        for measure in Measure:
                            value = level if measure == Measure.NKI else level + rng.uniform(-8, 8)
                            margin = round(rng.uniform(1, 4), 1) if municipality == RIKET else None
                            values = check_values(
                                round(min(100.0, max(0.0, value)), 1),
                                answers if rng.random() > 0.1 else None,
                                margin,
                                None,
                                municipality == OWN and year == YEARS[-1],
                                SOURCE,
                            )
                            key = check_key(municipality, year, group, area, measure)
                            set_result(session, key, values)
                            written += 1
        for number, title in enumerate(ACTION_TITLES):
            fields = _action_fields(rng, number, title)
            milestones = fields.pop("milestones")
            action = create_action(session, today=dt.date(2025, 6, 1), **fields)
            for day, text in milestones:
                add_milestone(session, action.id, day, text)
    return written, len(ACTION_TITLES)


def _action_fields(rng: random.Random, number: int, title: str) -> dict[str, object]:
    statuses = list(Status)
    status = statuses[number % len(statuses)]
    factors = rng.sample(list(Factor), rng.randint(1, 3))
    fields: dict[str, object] = {
        "title": title,
        "description": SOURCE,
        "status": status,
        "factors": factors,
        "progress": {Status.KLAR: 100, Status.EJ_PABORJAD: 0}.get(status, rng.randint(5, 90)),
        "milestones": [],
    }
    if number in (17, 19):
        return fields  # undated on purpose: the charts must list these sensibly
    start = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 1500))
    fields["start"] = start
    if number != 15:  # one without a due date
        fields["due"] = start + dt.timedelta(days=rng.randint(60, 700))
    if status == Status.KLAR:
        fields["completed"] = start + dt.timedelta(days=rng.randint(40, 600))
    if number % 3 == 0:
        fields["milestones"] = [
            (start + dt.timedelta(days=rng.randint(10, 200)), "Delmål"),
        ]
    return fields


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", help="ny databasfil att fylla")
    args = parser.parse_args()
    path = Path(args.database)
    if path.exists():
        print(f"Filen {path} finns redan; välj ett nytt namn.", file=sys.stderr)
        return 2
    db = open_database(path, create=True, user="generator")
    try:
        results, actions = fill(db)
    finally:
        db.dispose()
    print(f"{path}: {results} genererade resultat och {actions} genererade åtgärder.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
