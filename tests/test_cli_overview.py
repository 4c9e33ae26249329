"""`main.py overview [--json]`, as a user runs it, on the Borlänge data plus a made-up
target, late action and milestone (invented for the test, not Borlänge's)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from models.actions import add_milestone, create_action
from models.targets import set_target
from tests.conftest import run_cli

SOON = dt.date.today() + dt.timedelta(days=3)


@pytest.fixture
def made_up(borlange_db, db_path) -> str:
    with borlange_db.write() as s:
        set_target(s, "nki", "foretag", "totalt", 2023, 70)  # 68 and no margin known: inte nått
        late = create_action(s, title="Sen åtgärd", status="pagar", due="2020-01-01")
        soon = create_action(s, title="Snart klar", due=SOON.isoformat())
        add_milestone(s, soon.id, SOON.isoformat(), "Avstämning")
        add_milestone(s, late.id, "2099-12-31", "Långt borta")
    return str(db_path)


def test_overview_as_json_has_the_issues_keys(made_up) -> None:
    done = run_cli("--db", made_up, "overview", "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert list(found) == [
        "latest", "targets", "effects", "actions", "milestones", "since_last_report"
    ]
    total, company = found["latest"]
    assert total == {
        "group": "totalt", "year": 2023, "value": 71.0, "margin": 3.0, "change": 1.0,
        "verdict": "kan_inte_bedomas", "preliminary_value": 80.0, "preliminary_year": 2024,
        "stale": True,  # 2024's final figures were due by 2025-05-31
    }
    assert (company["group"], company["year"], company["preliminary_value"]) == (
        "foretag", 2023, None
    )
    targets = json.loads(run_cli("--db", made_up, "targets", "--json").stdout)
    assert found["targets"] == targets and targets[0]["status"] == "inte_natt"
    assert set(found["effects"]) == {"okat", "minskat", "ingen_saker_forandring",
                                     "kan_inte_bedomas"}
    assert found["effects"]["kan_inte_bedomas"] == sum(found["effects"].values()) > 0
    actions = found["actions"]
    assert {k: actions[k] for k in ("ej_paborjad", "pagar", "klar", "pausad", "avbruten")} == {
        "ej_paborjad": 7, "pagar": 2, "klar": 0, "pausad": 0, "avbruten": 0
    }
    assert actions["late"] == [{"id": 8, "title": "Sen åtgärd"}]
    assert actions["due_soon"] == [{"id": 9, "title": "Snart klar"}]
    assert found["milestones"] == [
        {"date": SOON.isoformat(), "text": "Avstämning", "action_id": 9, "done": False},
        {"date": "2099-12-31", "text": "Långt borta", "action_id": 8, "done": False},
    ]
    assert found["since_last_report"]["new_actions"] == 9


def test_overview_in_swedish(made_up) -> None:
    done = run_cli("--db", made_up, "overview")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Läget i Borlänge {dt.date.today().isoformat()}"
    assert "  NKI totalt 71 (2023), ±3 (uppskattad), förändringen från 2022 kan inte bedömas: 2022 saknar " \
        "felmarginal (varken felmarginal eller antal svar)" in lines
    assert "    Nyare: 80 (2024, preliminärt sedan 2024-04-24, hämta de slutliga siffrorna)" in lines
    assert "  Försenade: 1" in lines and "    8: Sen åtgärd (klart senast 2020-01-01)" in lines
    assert f"  {SOON.isoformat()} Avstämning – Snart klar" in lines
    assert lines[-1] == (
        "De senaste 30 dagarna (inget tidigare mötesunderlag från denna databas): "
        "9 nya åtgärder."
    )


def test_overview_of_an_empty_database_says_what_to_do(db, db_path) -> None:
    done = run_cli("--db", str(db_path), "overview")
    assert done.returncode == 0, done.stderr
    assert "  Inga NKI-resultat ännu: importera resultat eller hämta från Kolada." in (
        done.stdout.splitlines()
    )


def test_a_reader_that_stops_reading_is_no_error(made_up, monkeypatch, capsys) -> None:
    """`main.py overview | head -1`: the pipe closes early; no "oväntat fel", no exit 1."""
    import io

    import main

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("sys.stdout", Closed())
    code = main.main(["--db", made_up, "overview"])
    assert code == 0
    assert "oväntat" not in capsys.readouterr().err
