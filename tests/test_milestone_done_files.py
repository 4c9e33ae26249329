"""A done milestone in the export (a mark on its line), the import, the JSON and the report."""

from __future__ import annotations

import datetime as dt
import json

from models import actions as ops
from models.action_import import import_actions
from models.export import export_json, export_to
from models.preview import CHANGED, UNCHANGED
from models.report_data.actions import action_report
from tests.conftest import run_cli

LINE = "2024-05-15 (15–18) Nästa öppet hus"


def _done(db) -> None:
    """Öppet hus's milestone (action 2) done on 16 May."""
    with db.write() as s:
        milestone = ops.get_action(s, 2).milestones[0]
        ops.set_milestone_done(s, milestone.id, True, "2024-05-16")


def _milestone(db):
    with db.read() as s:
        return ops.get_action(s, 2).milestones[0]


def test_the_export_marks_a_done_line_and_the_import_reads_it_back(borlange_db, tmp_path):
    _done(borlange_db)
    path = tmp_path / "åtgärder.csv"
    with borlange_db.read() as s:
        export_to(s, path)
    text = path.read_text("utf-8-sig")
    assert f"{LINE} [✓ 2024-05-16]" in text
    preview = import_actions(borlange_db, path)
    assert preview.ok and [r.status for r in preview.rows] == [UNCHANGED] * 7
    assert (_milestone(borlange_db).done, _milestone(borlange_db).done_date) == (
        True, dt.date(2024, 5, 16)
    )

    # An older file (no mark) says the milestone is not done; the import says so.
    path.write_text(text.replace(f"{LINE} [✓ 2024-05-16]", LINE), "utf-8-sig")
    preview = import_actions(borlange_db, path)
    assert preview.ok and [r.status for r in preview.rows].count(CHANGED) == 1
    assert (_milestone(borlange_db).done, _milestone(borlange_db).done_date) == (False, None)


def test_an_older_file_reads_as_before_and_a_typed_mark_is_understood(borlange_db, tmp_path):
    path = tmp_path / "åtgärder.csv"
    with borlange_db.read() as s:
        export_to(s, path)
    text = path.read_text("utf-8-sig")
    assert LINE in text and "[✓" not in text  # nothing done: the older format exactly
    assert [r.status for r in import_actions(borlange_db, path).rows] == [UNCHANGED] * 7
    path.write_text(text.replace(LINE, f"{LINE} [avklarad 2024-05-17]"), "utf-8-sig")
    assert import_actions(borlange_db, path).ok
    assert _milestone(borlange_db).done_date == dt.date(2024, 5, 17)


def test_json_export_cli_json_and_the_report_show_done(borlange_db, data_home):
    _done(borlange_db)
    with borlange_db.read() as s:
        exported = next(a for a in export_json(s)["actions"] if a["id"] == 2)
        report = action_report(ops.get_action(s, 2, full=True), dt.date(2024, 6, 1), 14)
    assert exported["milestones"][0]["done"] is True
    assert exported["milestones"][0]["done_date"] == "2024-05-16"
    assert report.milestones == ("2024-05-15 15–18: Nästa öppet hus (✓ avklarad 2024-05-16)",)
    shown = run_cli("--db", str(borlange_db.path), "actions", "show", "2", "--json",
                    home=data_home)
    assert shown.returncode == 0, shown.stderr
    milestone = json.loads(shown.stdout)["milestones"][0]
    assert (milestone["done"], milestone["done_date"]) == (True, "2024-05-16")
    with borlange_db.read() as s:
        other = ops.get_action(s, 1).milestones[0]
    assert not other.done
