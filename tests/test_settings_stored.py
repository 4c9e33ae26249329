"""Settings read from the database are checked: a value of the wrong type or range falls
back to its default, with a warning naming it, said once when the database is opened."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from models import settings
from models.opening import open_database
from tests.conftest import run_cli

BAD = {
    "min_answers": '"x"',
    "answer_sd": "-3",
    "municipality_code": "2081",
    "last_report_at": "12",
    "grade_bands": '[[70, "högt"], [1]]',
    "min_answers_by_year": '{"2024": "många"}',
    "due_soon_days": "1e400",
    "backup_keep": "9" * 500,
    "final_figures_by": '"13-45"',
    "response_rate_min_total": "true",
}


def test_bad_stored_values_fall_back_to_their_defaults_and_are_named() -> None:
    found = settings.from_stored(BAD)
    assert found == settings.DEFAULTS
    problems = settings.stored_problems(BAD)
    assert len(problems) == len(BAD)
    in_order = sorted(problems, key=lambda p: list(BAD).index(p.split()[1]))
    for key, problem in zip(BAD, in_order, strict=True):
        assert problem.startswith(f"Inställningen {key} i databasen har ett ogiltigt värde")
        assert "standardvärdet" in problem and len(problem) < 300


def test_good_stored_values_are_used() -> None:
    stored = {
        "min_answers": "5",
        "answer_sd": "22.5",
        "municipality_code": '"2081"',
        "last_report_at": '"2024-05-02T10:00:00"',
        "grade_bands": '[[75, "högt"], [0, "lågt"]]',
        "min_answers_by_year": '{"2020": 10}',
    }
    found = settings.from_stored(stored)
    assert (found.min_answers, found.answer_sd, found.municipality_code) == (5, 22.5, "2081")
    assert found.min_answers_for(2020) == 10 and found.grade(76) == "högt"
    assert settings.stored_problems(stored) == []


def _store_bad(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        for key, value in BAD.items():
            conn.execute(text("DELETE FROM setting WHERE key = :k"), {"k": key})
            conn.execute(text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                         {"k": key, "v": value})


def test_the_opening_names_each_bad_setting_once(borlange_db, any_db) -> None:
    _store_bad(borlange_db)
    borlange_db.dispose()
    db = open_database(borlange_db.url)
    try:
        named = [n.split()[1] for n in db.notices]
        assert sorted(named) == sorted(BAD)
        with db.read() as session:
            loaded = settings.load(session)
        assert loaded.municipality_name == "Borlänge"  # the good ones are kept
        assert loaded.min_answers == 7 and loaded.municipality_code == ""
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "command",
    [["results"], ["effect"], ["targets"], ["chart", "nki", "--out", "{tmp}/nki.png"],
     ["report", "--out", "{tmp}/möte.pdf"]],
    ids=lambda c: c[0],
)
def test_results_charts_and_report_work_with_bad_settings(
    borlange_db, db_path, data_home, tmp_path, command
) -> None:
    _store_bad(borlange_db)
    borlange_db.dispose()
    args = [part.format(tmp=tmp_path) for part in command]
    done = run_cli("--db", str(db_path), *args, home=data_home)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("Inställningen min_answers i databasen") == 1
    assert "Traceback" not in done.stderr


def test_check_lists_the_bad_settings(borlange_db, db_path, data_home) -> None:
    _store_bad(borlange_db)
    borlange_db.dispose()
    done = run_cli("--db", str(db_path), "check", home=data_home)
    assert done.returncode == 0, done.stderr
    assert "Obs: Inställningen answer_sd i databasen har ett ogiltigt värde" in done.stdout
    assert "Inställningen" not in done.stderr
