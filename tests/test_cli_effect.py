"""`main.py effect` and `main.py targets`, as a user runs them, on the Borlänge data plus a
made-up year of bygglov results (the bygglov figures are invented for the test; they are
not Borlänge's real results)."""

from __future__ import annotations

import json

import pytest

from models.results import check_key, check_values, set_result
from models.targets import list_targets
from tests.conftest import run_cli

# (year, measure, value, answers, preliminary): made up, företag on bygglov.
MADE_UP = (
    (2023, "information", 62, 400, False),  # ±3: 1,96 · 25 / √400 = 2,45 → 3
    (2025, "information", 71, 100, False),  # ±5: 1,96 · 25 / √100 = 4,9 → 5
    (2023, "nki", 66, 400, False),
    (2025, "nki", 69, 100, False),
    (2026, "nki", 74, 40, True),
)


@pytest.fixture
def made_up(borlange_db, db_path) -> str:
    with borlange_db.write() as s:
        for year, measure, value, answers, preliminary in MADE_UP:
            set_result(
                s,
                check_key("2081", year, "foretag", "bygglov", measure),
                check_values(value, answers, None, None, preliminary, "påhittat testvärde"),
            )
    return str(db_path)


def test_effect_in_words_with_the_footnote(made_up) -> None:
    done = run_cli("--db", made_up, "effect", "--action", "1")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # information 62 → 71 = +9 against √(3² + 5²) = 5,83 → 6 (estimates: whole numbers)
    assert lines[0] == (
        "Telefontider – Information, företag, bygglov: 62 (2023) → 71 (2025), +9, större än "
        "den uppskattade kombinerade felmarginalen ±6 (statistiskt säkerställd ökning)"
    )
    assert lines[1] == (
        "Telefontider – Tillgänglighet, företag, bygglov: kan inte bedömas: ingen mätning före "
        "startåret"
    )
    # NKI 66 → 69 = +3 within ±6; the preliminary 2026 is an early sign, not a verdict
    assert lines[3] == (
        "Telefontider – NKI, företag, bygglov: 66 (2023) → 69 (2025), +3, inom den uppskattade "
        "kombinerade felmarginalen ±6 (ingen säker förändring); tidig signal: 74 (2026, "
        "preliminärt)"
    )
    assert lines[-2:] == [
        "4 jämförelser, varav 2 kan bedömas.",
        "Av 2 jämförelser kan någon enstaka visa en statistiskt säkerställd förändring av en "
        "slump (1 av 20).",
    ]


def test_effect_json_is_documented_shape(made_up) -> None:
    done = run_cli("--db", made_up, "effect", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    keys = {"action_id", "action", "measure", "group", "area", "before", "after", "change",
            "combined_margin", "verdict", "reason"}
    assert all(set(r) == keys for r in rows)
    info = next(r for r in rows if r["action_id"] == 1 and r["measure"] == "information")
    assert info == {
        "action_id": 1, "action": "Telefontider", "measure": "information", "group": "foretag",
        "area": "bygglov",
        "before": {"year": 2023, "value": 62.0, "margin": 3.0, "answers": 400, "preliminary": False},
        "after": {"year": 2025, "value": 71.0, "margin": 5.0, "answers": 100, "preliminary": False},
        "change": 9.0, "combined_margin": 6.0, "verdict": "okat", "reason": None,
    }
    open_house = [r for r in rows if r["action"] == "Öppet hus"]
    assert {(r["verdict"], r["reason"], r["before"]) for r in open_house} == {
        ("kan_inte_bedomas", "startdatum_saknas", None)
    }


def test_effect_of_an_unknown_action_exits_2(made_up) -> None:
    done = run_cli("--db", made_up, "effect", "--action", "99")
    assert done.returncode == 2
    assert "Åtgärden med id 99 finns inte." in done.stderr and "Traceback" not in done.stderr


def test_targets_set_list_json_and_remove(made_up, borlange_db) -> None:
    done = run_cli("--db", made_up, "targets", "set", "--measure", "NKI", "--group", "företag",
                   "--area", "bygglov", "--year", "2025", "--value", "72")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Mål sparat (id 1): NKI, företag, bygglov, 2025: 72."
    listed = run_cli("--db", made_up, "targets")
    # 69 is 3 short of 72, within the estimated margin ±5
    assert listed.stdout.splitlines()[0] == (
        "1: NKI, företag, bygglov, 2025: 72 – inte nått, men inom felmarginalen (värde 69, ±5 "
        "uppskattad); 3 under målet"  # the margin said once (it was said twice)
    )
    as_json = json.loads(run_cli("--db", made_up, "targets", "--json").stdout)
    assert as_json == [{
        "id": 1, "measure": "nki", "group": "foretag", "area": "bygglov", "year": 2025,
        "target": 72.0, "status": "inom_felmarginalen", "value": 69.0, "margin": 5.0,
    }]
    removed = run_cli("--db", made_up, "targets", "remove", "1")
    assert removed.stdout.strip() == "Mål 1 borttaget: NKI, företag, bygglov, 2025: 72."
    with borlange_db.read() as s:
        assert list_targets(s) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--value", "105"), "Fel: Värde: 105 ligger utanför 0–100."),
        (("--year", "1999"), "Fel: År: ”1999” är inget år mellan 2000 och 2100."),
        (("--measure", "nöjd"), "Fel: Mått: okänt värde ”nöjd”"),
    ],
)
def test_bad_targets_exit_2_with_a_swedish_message(made_up, args, message) -> None:
    given = {"--measure": "nki", "--group": "totalt", "--area": "totalt", "--year": "2025",
             "--value": "75"}
    given.update(dict(zip(args[::2], args[1::2], strict=True)))
    done = run_cli("--db", made_up, "targets", "set", *[w for pair in given.items() for w in pair])
    assert done.returncode == 2
    assert done.stderr.startswith(message) and "Traceback" not in done.stderr
    unknown = run_cli("--db", made_up, "targets", "remove", "9")
    assert unknown.returncode == 2 and "Mål 9 finns inte." in unknown.stderr
