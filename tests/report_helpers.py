"""GENERATED TEST DATA for the meeting report: fifty actions with long titles and comments.

Used by tests/test_report*.py and benchmarks/report_fifty.py. Everything here is made up
(seeded random), marked "Testdata" in titles and sources, and never shipped. A fake clock
puts the changes at known times: the fill happens before a recorded report, and a few
changes after it, so that "Sedan förra mötet" has known content.

`shared_database` gives a module's tests that only read one database filled once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest

from models import actions as ops
from models import settings, tracking
from models.codes import Factor, Group, Measure, Status
from models.db import Database
from models.db_urls import sqlite_url
from models.report_data import record_report
from models.results import check_key, check_values, set_result

SOURCE = "Testdata (genererad, inga riktiga resultat)"
UNITS = ("Bygglov", "Miljö- och hälsoskydd", "Livsmedelskontroll", "Lantmäteri", "Kundtjänst")
PEOPLE = (
    "Anna Åberg",
    "Björn Öst",
    "Cecilia Ärlig",
    "David Lund",
    "Eva Strand",
    "Fredrik Holm",
    "Greta Sjö",
    "Hanna Berg",
)
WORDS = (
    "telefontider",
    "öppet hus",
    "e-tjänst",
    "klarspråk",
    "servicelöfte",
    "företagslots",
    "checklista",
    "dialogmöte",
    "handläggningstid",
    "förhandsbesked",
    "webbguide",
    "bemötandeutbildning",
    "återkoppling",
    "tidsbokning",
    "avgifter",
    "tillsynsbesök",
)


T = TypeVar("T")


@contextlib.contextmanager
def shared_database(
    template: Path, folder: Path, fill: Callable[[Database], T]
) -> Iterator[tuple[Database, T]]:
    """A copy of a `sqlite_templates` file in `folder`, opened as conftest's `db` opens one,
    filled by `fill` (its answer comes along), for a module's tests that only read it (a
    module-scoped fixture): filled once instead of once a test. Its data folder is
    `folder`/datamapp while it is filled and read."""
    path = folder / "test.db"
    shutil.copyfile(template, path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INSIKTSKOLLEN_HOME", str(folder / "datamapp"))
        database = Database(sqlite_url(path.absolute()), user="testare")
        try:
            yield database, fill(database)
        finally:
            database.dispose()


@dataclass
class Clock:
    now: dt.datetime
    step: dt.timedelta = dt.timedelta(minutes=7)

    def __call__(self) -> dt.datetime:
        self.now += self.step
        return self.now


@contextlib.contextmanager
def fake_clock(start: dt.datetime) -> Iterator[Clock]:
    """The change log's clock (models.tracking.utcnow) moved to known times."""
    clock = Clock(start)
    real = tracking.utcnow
    tracking.utcnow = clock  # type: ignore[assignment]
    try:
        yield clock
    finally:
        tracking.utcnow = real  # type: ignore[assignment]


@dataclass
class Filled:
    report_at: dt.datetime  # when the "previous" report was recorded (UTC)
    changed_status: list[str] = field(default_factory=list)
    finished: list[str] = field(default_factory=list)
    new_titles: list[str] = field(default_factory=list)
    new_comments: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    postponed: list[str] = field(default_factory=list)


def _title(rng: random.Random, number: int) -> str:
    a, b = rng.sample(WORDS, 2)
    title = f"Testdata {number:02d}: {a.capitalize()} och {b} för fler nöjda kunder"
    if number % 7 == 0:
        title += (
            " – en mycket lång titel som måste radbrytas både i tabellen och på åtgärdens "
            "egen sida utan att något klipps bort, med å, ä och ö"
        )
    return title[:200]


def _comment(rng: random.Random, number: int, long: bool) -> str:
    text = (
        f"Uppföljning {number}: arbetet med {rng.choice(WORDS)} går vidare. "
        f"Nästa steg är {rng.choice(WORDS)} tillsammans med {rng.choice(UNITS).lower()}."
    )
    if long:
        text += " " + " ".join(
            f"Punkt {i}: {rng.choice(WORDS)} har diskuterats och ska följas upp "
            "i arbetsgruppen före nästa tertialrapport."
            for i in range(1, 9)
        )
    return text


def fill_fifty(db: Database, today: dt.date, count: int = 50, seed: int = 5) -> Filled:
    """`count` actions, factor results 2020–2024, then a report, then some changes."""
    rng = random.Random(seed)
    start = dt.datetime.combine(today - dt.timedelta(days=60), dt.time(8))
    with fake_clock(start) as clock:
        with db.write() as s:
            settings.save(s, municipality_code="9999", municipality_name="Testkommun")
            for year in range(2020, 2025):
                for group in (Group.FORETAG, Group.TOTALT):
                    for measure in Measure:
                        set_result(
                            s,
                            check_key("9999", year, group, "totalt", measure),
                            check_values(
                                round(rng.uniform(58, 82), 1),
                                rng.randint(40, 400),
                                None,
                                None,
                                year == 2024,
                                SOURCE,
                            ),
                        )
        ids: list[int] = []
        titles: dict[int, str] = {}
        with db.write() as s:
            for number in range(1, count + 1):
                begin = today - dt.timedelta(days=rng.randint(30, 500))
                due = begin + dt.timedelta(days=rng.randint(40, 600))
                status = rng.choice(
                    [Status.EJ_PABORJAD, Status.PAGAR, Status.PAGAR, Status.PAUSAD, Status.KLAR]
                )
                action = ops.create_action(
                    s,
                    today=today,
                    title=_title(rng, number),
                    description=(
                        f"Testdata. Åtgärden gäller {rng.choice(WORDS)} och "
                        f"{rng.choice(WORDS)}. " * rng.randint(1, 6)
                    ),
                    unit=rng.choice(UNITS),
                    owner=rng.choice(PEOPLE),
                    status=status,
                    start=begin,
                    due=due,
                    completed=min(due, today) if status == Status.KLAR else None,
                    progress=100 if status == Status.KLAR else rng.randrange(0, 95, 5),
                    factors=rng.sample(list(Factor), rng.randint(1, 3)),
                    expected_effect="Högre index för de valda servicefaktorerna (testdata).",
                )
                ids.append(action.id)
                titles[action.id] = action.title
                for m in range(rng.randint(0, 3)):
                    ops.add_milestone(
                        s,
                        action.id,
                        begin + dt.timedelta(days=20 * (m + 1)),
                        f"Delmål {m + 1} för {rng.choice(WORDS)}",
                        "9–12" if m == 1 else "",
                    )
                for c in range(rng.randint(0, 5)):
                    ops.add_comment(
                        s,
                        action.id,
                        _comment(rng, c + 1, long=(number + c) % 9 == 0),
                        author=rng.choice(PEOPLE),
                        date=today - dt.timedelta(days=90 - 10 * c),
                    )
        with db.write() as s:
            record_report(s, clock())
        filled = Filled(report_at=clock.now)
        clock.now += dt.timedelta(days=1)
        with db.write() as s:
            open_ones = [i for i in ids if ops.get_action(s, i).status != Status.KLAR]
            for action_id in open_ones[:3]:
                ops.update_action(
                    s,
                    action_id,
                    None,
                    today=today,
                    status=Status.PAGAR
                    if ops.get_action(s, action_id).status != Status.PAGAR
                    else Status.PAUSAD,
                )
                filled.changed_status.append(titles[action_id])
            done = open_ones[3]
            ops.update_action(s, done, None, today=today, status=Status.KLAR, progress=100)
            filled.changed_status.append(titles[done])
            filled.finished.append(titles[done])
            later = open_ones[4]
            action = ops.get_action(s, later)
            ops.update_action(
                s, later, None, today=today, due=(action.due or today) + dt.timedelta(days=60)
            )
            filled.postponed.append(titles[later])
            for action_id in ids[:2]:
                text = f"Ny kommentar efter förra mötet om {titles[action_id][:20]} (testdata)."
                ops.add_comment(s, action_id, text, author="Anna Åberg", date=today)
                filled.new_comments.append(text)
            new = ops.create_action(
                s,
                today=today,
                title="Testdata: ny åtgärd efter mötet",
                due=today + dt.timedelta(days=5),
                owner="Greta Sjö",
            )
            filled.new_titles.append(new.title)
            filled.removed.append(ops.delete_action(s, ids[-1]))
    return filled
