"""Import of actions from .xlsx and .csv: preview, all or nothing, and the round trip."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import actions as ops
from models.action_import import import_actions
from models.entities import Action, ChangeLogEntry
from models.export import ACTION_COLUMNS, export_to
from models.preview import CHANGED, ERROR, NEW, UNCHANGED
from tests.conftest import run_cli

HEADERS = [c.header for c in ACTION_COLUMNS if c.importable]


def snapshot(db) -> tuple:
    """Every action with every field, milestones and comments, and the size of the log."""
    with db.read() as s:
        actions = []
        for a in s.scalars(ops.actions_query().order_by(Action.id)):
            actions.append(
                (
                    a.id,
                    a.title,
                    a.description,
                    a.unit.name if a.unit else None,
                    a.owner.name if a.owner else None,
                    a.status.value,
                    a.assessment.value if a.assessment else None,
                    a.start,
                    a.due,
                    a.completed,
                    a.progress,
                    tuple(a.factors),
                    tuple(a.areas),
                    a.expected_effect,
                    a.version,
                    tuple((m.date, m.time_span, m.text) for m in a.milestones),
                )
            )
        log = s.scalar(select(func.count()).select_from(ChangeLogEntry))
    return tuple(actions), log


def write_csv(path, rows, headers=HEADERS, encoding="utf-8-sig", delimiter=";") -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))


def row(**cells) -> list[str]:
    by_header = {c.key: c.header for c in ACTION_COLUMNS}
    values = {by_header[k]: str(v) for k, v in cells.items()}
    return [values.get(h, "") for h in HEADERS]


@pytest.fixture
def busy_db(borlange_db):
    """Borlänge with owners, units, a finished action, comments and milestones."""
    with borlange_db.write() as s:
        ops.update_action(
            s,
            1,
            None,
            owner="Åsa Öberg",
            unit="Bygglov",
            due="2024-12-31",
            assessment="gul",
            progress=40,
            status="pagar",
        )
        ops.update_action(s, 2, None, owner="Örjan Ärlig", status="klar", completed="2024-05-20")
        ops.add_comment(s, 1, "=första kommentaren", author="Åsa Öberg")
        ops.update_action(s, 3, None, description="-2+3 är inte en formel", title="@webb")
    return borlange_db


@pytest.mark.parametrize("name", ["runda.xlsx", "runda.csv"])
def test_round_trip_changes_nothing(busy_db, tmp_path, name) -> None:
    path = tmp_path / name
    with busy_db.read() as s:
        export_to(s, path)
    before = snapshot(busy_db)
    preview = import_actions(busy_db, path)
    assert preview.ok, preview.errors
    assert [r.status for r in preview.rows] == [UNCHANGED] * 7
    assert preview.summary() == f"{name}: 0 nya, 0 ändrade, 7 oförändrade."
    assert snapshot(busy_db) == before


def test_preview_shows_new_changed_and_unchanged_and_saves_nothing(busy_db, tmp_path) -> None:
    path = tmp_path / "lista.csv"
    with busy_db.read() as s:
        export_to(s, path)
    text = path.read_text("utf-8-sig").replace("Telefontider;Pågår;40", "Telefontider;Klar;100")
    text += (
        ";Ny åtgärd från Excel;pågår;25 %;Åsa Öberg;Bygglov;2025-01-01;2025-06-30;;;"
        "Bemötande, Kompetens;;;;2025-02-01 (9–11) Första mötet\r\n"
    )
    path.write_text(text, encoding="utf-8-sig")
    before = snapshot(busy_db)
    preview = import_actions(busy_db, path, dry_run=True)
    assert preview.ok
    kinds = {r.title: r.status for r in preview.rows}
    assert kinds["Telefontider"] == CHANGED and kinds["Ny åtgärd från Excel"] == NEW
    assert kinds["Öppet hus"] == UNCHANGED
    phone = next(r for r in preview.rows if r.title == "Telefontider")
    assert [(c.column, c.old, c.new) for c in phone.changes] == [
        ("Status", "Pågår", "Klar"),
        ("Framsteg (%)", "40", "100"),
    ]
    assert snapshot(busy_db) == before

    done = import_actions(busy_db, path)
    assert done.ok and done.count(NEW) == 1 and done.count(CHANGED) == 1
    with busy_db.read() as s:
        phone_now = ops.get_action(s, 1)
        assert phone_now.status.value == "klar" and phone_now.completed == dt.date.today()
        new = next(a for a in ops.list_actions(s) if a.title == "Ny åtgärd från Excel")
        assert new.owner.name == "Åsa Öberg" and new.progress == 25
        assert [f.label for f in new.factors] == ["Bemötande", "Kompetens"]
        assert [str(m) for m in new.milestones] == ["Första mötet 2025-02-01 9–11"]
        logged = {(e.action_id, e.field) for e in ops.history(s, 1)}
        assert (1, "status") in logged and (1, "progress") in logged
        assert any(e.operation == "create" for e in ops.history(s, new.id))
    # and the same file again changes nothing more
    again = import_actions(busy_db, path)
    assert [r.status for r in again.rows] == [UNCHANGED] * 8


def test_errors_name_row_and_column_and_nothing_is_saved(busy_db, tmp_path) -> None:
    path = tmp_path / "fel.csv"
    write_csv(
        path,
        [
            row(title="Bra rad", status="pågår"),
            row(title="", progress="10"),
            row(id="99", title="Finns inte"),
            row(
                title="Dåliga värden",
                status="kanske",
                progress="120",
                start="2024-13-01",
                factors="Information, Trevlighet",
                milestones="i morgon: möte",
            ),
            row(title="Slut före start", start="2025-05-01", due="2025-01-01"),
            row(id="1", title="Telefontider"),
            row(id="1", title="Telefontider igen"),
        ],
    )
    before = snapshot(busy_db)
    preview = import_actions(busy_db, path)
    assert not preview.ok
    assert snapshot(busy_db) == before
    errors = preview.errors
    assert "Rad 3, kolumn Titel: en åtgärd måste ha en titel." in errors
    assert "Rad 4, kolumn Id: åtgärden med id 99 finns inte." in errors
    bad = [e for e in errors if e.startswith("Rad 5,")]
    assert any("kolumn Status: okänt värde ”kanske”" in e for e in bad)
    assert any("kolumn Framsteg (%): 120 ligger utanför 0–100 %" in e for e in bad)
    assert any("kolumn Start: ”2024-13-01” är inget giltigt datum" in e for e in bad)
    assert any("kolumn Servicefaktorer" in e and "Trevlighet" in e for e in bad)
    assert any("kolumn Milstolpar" in e and "i morgon: möte" in e for e in bad)
    assert any(e.startswith("Rad 6, kolumn Klart senast:") and "före start" in e for e in errors)
    assert "Rad 8, kolumn Id: åtgärden 1 finns redan på rad 7." in errors
    kinds = [r.status for r in preview.rows]
    # row 7 names every column: its empty cells would clear what Telefontider has
    assert kinds == [NEW, ERROR, ERROR, ERROR, ERROR, CHANGED, ERROR]


def test_rows_match_by_title_when_there_is_no_id(busy_db, tmp_path) -> None:
    path = tmp_path / "titlar.csv"
    # Only three columns: the others are left as they are. Windows-1252, as old Excel saves.
    write_csv(
        path,
        [["Öppet  hus", "Klar", "örjan ärlig"], ["telefontider", "Pågår", ""]],
        headers=["Titel", "Status", "Ansvarig"],
        encoding="cp1252",
    )
    before = snapshot(busy_db)
    preview = import_actions(busy_db, path)
    assert preview.ok
    assert [(r.status, r.action_id) for r in preview.rows] == [(UNCHANGED, 2), (CHANGED, 1)]
    assert [(c.column, c.old, c.new) for c in preview.rows[1].changes] == [
        ("Titel", "Telefontider", "telefontider"),
        ("Ansvarig", "Åsa Öberg", ""),
    ]
    after = snapshot(busy_db)
    assert after[0][1] == before[0][1] and after[0][0][1:3] == ("telefontider", before[0][0][2])


def test_unicode_text_from_excel_is_read(busy_db, tmp_path) -> None:
    """Excel's "Unicode-text": UTF-16 with BOM, tab-separated, as the results import reads."""
    path = tmp_path / "unicode.txt"
    write_csv(
        path,
        [["Öppet  hus", "Klar", "Örjan Ärlig"], ["Ny åtgärd för överklaganden", "Pågår", ""]],
        headers=["Titel", "Status", "Ansvarig"],
        encoding="utf-16",
        delimiter="\t",
    )
    preview = import_actions(busy_db, path)
    assert preview.ok, preview.errors
    assert [(r.status, r.title) for r in preview.rows] == [
        (UNCHANGED, "Öppet hus"),
        (NEW, "Ny åtgärd för överklaganden"),
    ]
    with busy_db.read() as s:
        assert "Ny åtgärd för överklaganden" in {a.title for a in ops.list_actions(s)}


def test_same_new_person_on_two_rows_with_swedish_letters(db, tmp_path) -> None:
    path = tmp_path / "personer.csv"
    write_csv(
        path, [row(title=f"Åtgärd {n}", owner="Åsa Öberg", unit="Ärendeenheten") for n in range(3)]
    )
    preview = import_actions(db, path)
    assert preview.ok, preview.errors
    with db.read() as s:
        assert {a.owner.name for a in ops.list_actions(s)} == {"Åsa Öberg"}


def test_xlsx_formula_cells_are_refused(busy_db, tmp_path) -> None:
    path = tmp_path / "formel.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(["", "Med formel", "Pågår", "=10*5"])
    book.save(path)
    before = snapshot(busy_db)
    preview = import_actions(busy_db, path)
    assert preview.errors == [
        "Rad 2, kolumn Framsteg (%): cellen innehåller en formel (=10*5); skriv in värdet i stället."
    ]
    assert snapshot(busy_db) == before


def test_file_level_problems(busy_db, tmp_path) -> None:
    no_title = tmp_path / "utan.csv"
    write_csv(no_title, [["1", "x"]], headers=["Id", "Namnet"])
    preview = import_actions(busy_db, no_title)
    assert any("kolumnen Titel saknas" in e for e in preview.errors)
    assert any("”Namnet” känns inte igen" in n for n in preview.notes)
    empty = tmp_path / "tom.csv"
    write_csv(empty, [])
    assert import_actions(busy_db, empty).errors == ["tom.csv: filen har inga rader med åtgärder."]


def test_cli_import_dry_run_and_errors(busy_db, tmp_path, data_home) -> None:
    path = tmp_path / "cli.csv"
    write_csv(path, [row(title="Från kommandoraden", due="2025-03-01")])
    target = str(busy_db.path)
    busy_db.dispose()
    dry = run_cli("--db", target, "import-actions", str(path), "--dry-run", home=data_home)
    assert dry.returncode == 0, dry.stderr
    assert (
        "Rad 2: Ny: Från kommandoraden" in dry.stdout
        and "Provkörning: inget har sparats." in dry.stdout
    )
    listed = run_cli("--db", target, "actions", home=data_home)
    assert "Från kommandoraden" not in listed.stdout
    real = run_cli("--db", target, "import-actions", str(path), home=data_home)
    assert real.returncode == 0 and "Importen är sparad" in real.stdout
    assert "Från kommandoraden" in run_cli("--db", target, "actions", home=data_home).stdout
    write_csv(path, [row(title="Fel", due="31/12")])
    bad = run_cli("--db", target, "import-actions", str(path), home=data_home)
    assert bad.returncode == 2
    assert "kolumn Klart senast: ”31/12” är inget giltigt datum" in bad.stdout
    assert "Inget har sparats" in bad.stdout and "Traceback" not in bad.stderr
    assert "1 rad med fel." in bad.stdout and "rätta felet och försök igen" in bad.stdout
    fake = tmp_path / "åtgärder.xlsx"
    fake.write_text("Titel\nInte Excel\n", encoding="utf-8")
    wrong = run_cli("--db", target, "import-actions", str(fake), home=data_home)
    assert wrong.returncode == 2
    assert "åtgärder.xlsx: filen är ingen Excel-fil (.xlsx) eller är skadad" in wrong.stderr
    assert "BadZipFile" not in wrong.stdout + wrong.stderr
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    nothing = run_cli("--db", target, "import-actions", str(empty), home=data_home)
    assert nothing.returncode == 2
    assert "tom.csv: 0 nya, 0 ändrade, 0 oförändrade, 1 fel i filen." in nothing.stdout
    assert "rader med fel" not in nothing.stdout and "de 1 felen" not in nothing.stdout
    export = run_cli("--db", target, "export", str(tmp_path / "ut.xlsx"), home=data_home)
    assert export.returncode == 0 and "8 åtgärder" in export.stdout


cell_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "=1+1",
            "@SUM(A1)",
            "-2+3",
            "'",
            "klar",
            "Pågår",
            "50 %",
            "2024-05-02",
            "2024-02-30",
            "Information, Bemötande",
            "Bygglov",
            "1",
            "7",
            "999",
            "ja",
        ]
    ),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.lists(cell_text, min_size=len(HEADERS), max_size=len(HEADERS)), min_size=1, max_size=5
    )
)
def test_fuzzed_import_is_all_or_nothing(borlange_db, tmp_path, rows) -> None:
    path = tmp_path / "fuzz.csv"
    write_csv(path, rows)
    before = snapshot(borlange_db)
    preview = import_actions(borlange_db, path)
    after = snapshot(borlange_db)
    if not preview.ok:
        assert after == before
        assert all(e.startswith("Rad ") or "fil" in e for e in preview.errors)
    else:
        changed = preview.count(NEW) + preview.count(CHANGED)
        assert (after != before) == (changed > 0)
        assert len(after[0]) == len(before[0]) + preview.count(NEW)
        # importing the same file again changes nothing more
        assert [r.status for r in import_actions(borlange_db, path).rows].count(NEW) == 0
        assert snapshot(borlange_db)[0] == after[0]


def test_import_on_both_databases(any_db, tmp_path) -> None:
    """The savepoints per row and the all-or-nothing work on PostgreSQL as on SQLite."""
    from models.seed import load_example

    with any_db.write() as s:
        load_example(s)
    path = tmp_path / "båda.xlsx"
    with any_db.read() as s:
        export_to(s, path)
    before = snapshot(any_db)
    assert [r.status for r in import_actions(any_db, path).rows] == [UNCHANGED] * 7
    assert snapshot(any_db) == before
    bad = tmp_path / "båda.csv"
    write_csv(bad, [row(title="Ny"), row(id="2", title="Öppet hus", due="2024-13-13")])
    refused = import_actions(any_db, bad)
    assert [r.status for r in refused.rows] == [NEW, ERROR] and snapshot(any_db) == before
    write_csv(bad, [row(title="Ny", owner="Åsa Öberg"), row(title="Ny två", owner="åsa öberg")])
    done = import_actions(any_db, bad)
    assert done.ok and done.count(NEW) == 2
    with any_db.read() as s:
        assert {a.owner.name for a in ops.list_actions(s) if a.owner} == {"Åsa Öberg"}
