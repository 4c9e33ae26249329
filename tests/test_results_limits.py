"""Numbers, ids and dates that pass the checks are stored on either database, and charts
and the report draw whatever date an older version stored (models/ranges.py)."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import time

import pytest

from models import actions as ops
from models import ranges
from models.errors import InputError
from models.importers.json_stream import JsonPieces
from models.results import check_key, check_values, set_result
from tests.conftest import run_cli
from tests.test_action_import import row, write_csv

KEY = ("2081", 2024, "foretag", "totalt", "nki")


@pytest.mark.parametrize("answers", [10**20, 2**63 - 1, 3_000_000_000, "1e20", 10_000_001])
def test_answers_beyond_ten_million_are_refused(answers) -> None:
    with pytest.raises(InputError, match=r"^Antal svar: .* ligger utanför 0–10 000 000\.$"):
        check_values(70, answers=answers)


def test_an_integer_beyond_any_float_is_refused_plainly() -> None:
    with pytest.raises(InputError, match="^Värde: ”1000.*” är inget tal som kan sparas"):
        check_values(10**400)


def test_the_largest_numbers_allowed_are_stored_on_both_databases(db) -> None:
    with db.write() as session:
        set_result(session, check_key(*KEY), check_values(70, answers=ranges.ANSWERS_MAX))
    with db.read() as session:
        from models.results import list_results

        assert [r.answers for r in list_results(session)] == [ranges.ANSWERS_MAX]


def test_a_json_number_of_hundreds_of_digits_is_refused_quickly() -> None:
    text = '{"values": [{"kpi": "U07451", "value": ' + "9" * 5000 + "}]}"
    started = time.process_time()
    with pytest.raises(InputError, match="ett heltal med 5000 siffror .högst 20 tas emot."):
        list(JsonPieces(io.BytesIO(text.encode()), "kolada.json", 20_000_000).pages())
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1989-12-31", "2101-01-01"])
def test_dates_outside_1990_to_2100_are_refused_everywhere(borlange_db, day) -> None:
    with borlange_db.write() as session, pytest.raises(InputError, match="ligger utanför 1990–2100"):
        ops.create_action(session, title="Datum", due=day)
    with borlange_db.write() as session, pytest.raises(InputError, match="ligger utanför 1990–2100"):
        ops.add_milestone(session, 1, day, "Milstolpe")
    with borlange_db.write() as session, pytest.raises(InputError, match="ligger utanför 1990–2100"):
        ops.add_comment(session, 1, "Kommentar", date=day)
    with pytest.raises(InputError, match="^Preliminär per: .* ligger utanför 1990–2100"):
        check_values(70, preliminary=True, preliminary_as_of=day)


def test_the_command_line_refuses_odd_ids_and_dates(borlange_db, db_path, data_home, tmp_path):  # type: ignore[no-untyped-def]
    borlange_db.dispose()
    base = ("--db", str(db_path))
    cases = [
        (["actions", "show", "99999999999999999999"], "är inget id (ett heltal 1–2 147 483 647)"),
        (["actions", "update", "0", "--progress", "5"], "”0” är inget id"),
        (["effect", "--action", "12345678901234567890"], "är inget id"),
        (["targets", "remove", "99999999999999999999"], "Mål: ”99999999999999999999” är inget id"),
        (["actions", "add", "--title", "X", "--due", "9999-12-31"], "ligger utanför 1990–2100"),
        (["report", "--out", str(tmp_path / "r.pdf"), "--since", "1900-01-01"],
         "--since: 1900-01-01 ligger utanför 1990–2100"),
    ]
    for command, says in cases:
        done = run_cli(*base, *command, home=data_home)
        assert done.returncode == 2, (command, done.stderr)
        assert says in done.stderr and "oväntat" not in done.stderr, (command, done.stderr)


def test_import_actions_names_an_id_too_large_and_a_date_out_of_range(borlange_db, tmp_path):  # type: ignore[no-untyped-def]
    from models.action_import import import_actions

    path = tmp_path / "åtgärder.csv"
    write_csv(path, [row(id="99999999999999999999", title="Stort id"),
                     row(title="Långt fram", due="9999-12-31")])
    preview = import_actions(borlange_db, path)
    assert not preview.ok
    assert any(e.startswith("Rad 2, kolumn Id:") and "är inget id" in e for e in preview.errors)
    assert any(e.startswith("Rad 3, kolumn Klart senast:") and "1990–2100" in e
               for e in preview.errors)


def test_charts_and_report_draw_a_database_with_dates_from_an_older_version(
    borlange_db, db_path, data_home, tmp_path
) -> None:
    borlange_db.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE action SET due = '9999-12-31' WHERE id = 1")
        conn.execute("UPDATE action SET start = '0001-01-01' WHERE id = 2")
        conn.execute(
            "INSERT INTO milestone (action_id, date, time_span, text) "
            "VALUES (3, '9999-01-01', '', 'Långt bort')"
        )
    for kind in ("nki", "timeline", "factors", "matrix", "status"):
        done = run_cli("--db", str(db_path), "chart", kind, "--out", str(tmp_path / f"{kind}.png"),
                       home=data_home)
        assert done.returncode == 0, (kind, done.stderr)
    done = run_cli("--db", str(db_path), "report", "--out", str(tmp_path / "r.pdf"),
                   home=data_home)
    assert done.returncode == 0, done.stderr
    from models.chart_data import load_nki

    with borlange_db.read() as session:
        notes = load_nki(session, today=dt.date(2024, 6, 1)).notes
    assert any(
        n.startswith("Datum utanför 1990–2100 ritas inte: ”Telefontider” (slutdatum 9999-12-31)")
        for n in notes
    )


@pytest.mark.postgres
def test_the_extremes_sqlite_accepts_move_to_postgresql(tmp_path, pg_url) -> None:
    from models.opening import open_database
    from models.transfer import copy_database

    source = open_database(tmp_path / "källa.db", create=True)
    with source.write() as session:
        set_result(session, check_key(*KEY), check_values(
            100, answers=ranges.ANSWERS_MAX, margin=100, response_rate=100, preliminary=True,
            preliminary_as_of=ranges.DATE_MAX,
        ))
        action = ops.create_action(session, title="Gränser", start=ranges.DATE_MIN,
                                   due=ranges.DATE_MAX, progress=100)
        ops.add_milestone(session, action.id, ranges.DATE_MAX, "Sist")
        ops.add_comment(session, action.id, "Först", date=ranges.DATE_MIN)
    target = open_database(pg_url, create=True)
    try:
        copied = copy_database(source, target)
    finally:
        source.dispose()
        target.dispose()
    assert copied["survey_result"] == 1 and copied["action"] == 1
