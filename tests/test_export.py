"""Exports opened again as a user's Excel would: same content, dates as dates, no formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
import pytest

from models import actions as ops
from models.errors import InputError
from models.export import ACTION_COLUMNS, csv_guard, csv_unguard, export_to
from models.results import check_key, check_values, set_result
from tests.conftest import run_cli

HOSTILE = ["=1+1", "@SUM(A1)", "-2+3", "+cmd|' /C calc'!A0", "\tx"]
# Titles are stored with their white space tidied ("\tx" -> "x"); the rest stay hostile.
STORED = [" ".join(t.split()) for t in HOSTILE]
FORMULAS = [t for t in STORED if t[0] in "=+-@"]


@pytest.fixture
def hostile_db(borlange_db):
    with borlange_db.write() as s:
        for n, title in enumerate(HOSTILE):
            action = ops.create_action(
                s,
                title=f"{title}",
                owner='=HYPERLINK("http://x")',
                unit="@enhet",
                due=dt.date(2025, 1, n + 1),
                progress=10 * n,
            )
            ops.add_comment(s, action.id, f"=kommentar {n}", author="-Anna")
        ops.add_comment(s, 1, "Vanlig kommentar med å, ä och ö", author="Åsa Öberg")
        set_result(
            s,
            check_key("2081", 2021, "företag", "bygglov", "nki"),
            check_values("67,5", 123, "3,1", None, False, "Testkälla"),
        )
    return borlange_db


def _titles(db):
    with db.read() as s:
        return [a.title for a in sorted(ops.list_actions(s), key=lambda a: a.id)]


def test_xlsx_has_three_formatted_sheets_with_the_stored_content(hostile_db, tmp_path) -> None:
    path = tmp_path / "export.xlsx"
    with hostile_db.read() as s:
        message = export_to(s, path)
    assert "Exporterat till" in message and "åtgärder" in message
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Åtgärder", "Kommentarer", "Resultat"]
    sheet = book["Åtgärder"]
    assert [c.value for c in sheet[1]] == [c.header for c in ACTION_COLUMNS]
    assert sheet[1][0].font.bold and sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 40
    titles = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert titles == _titles(hostile_db)
    phone = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "Telefontider")
    start = phone[6]
    assert start.value == dt.datetime(2024, 5, 2) and start.is_date
    assert start.number_format == "yyyy-mm-dd"
    assert phone[2].value == "Ej påbörjad"
    assert phone[10].value == "Information, Tillgänglighet, Effektivitet"
    assert phone[14].value == "2024-05-02 Telefontiderna startar"
    comments = list(book["Kommentarer"].iter_rows(min_row=2, values_only=True))
    assert "Vanlig kommentar med å, ä och ö" in [c[6] for c in comments]
    results = list(book["Resultat"].iter_rows(min_row=2, values_only=True))
    bygglov = next(r for r in results if r[3] == "Bygglov")
    assert bygglov[:8] == ("2081", 2021, "Företag", "Bygglov", "NKI", 67.5, 123, 3.1)
    assert bygglov[9] == "nej"
    assert len(results) == 6


def test_xlsx_never_stores_a_formula(hostile_db, tmp_path) -> None:
    path = tmp_path / "export.xlsx"
    with hostile_db.read() as s:
        export_to(s, path)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    sheet = book["Åtgärder"]
    hostile = [r for r in sheet.iter_rows(min_row=2) if r[1].value in FORMULAS]
    assert sorted(r[1].value for r in hostile) == sorted(FORMULAS)
    for row in hostile:
        title, owner, unit = row[1], row[4], row[5]
        assert title.data_type == "s" and title.quotePrefix, title.value
        assert owner.value == '=HYPERLINK("http://x")' and owner.quotePrefix
        assert unit.value == "@enhet" and unit.quotePrefix
    # the raw XML has no formula element anywhere
    import zipfile

    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)


def test_csv_is_swedish_excel_and_guards_formulas(hostile_db, tmp_path) -> None:
    path = tmp_path / "åtgärder.csv"
    with hostile_db.read() as s:
        export_to(s, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:4] == ["Id", "Titel", "Status", "Framsteg (%)"]
    body = rows[1:]
    assert len(body) == 7 + len(HOSTILE)
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), row
    guarded = sorted(r[1] for r in body if r[1].startswith("'"))
    assert guarded == sorted("'" + t for t in FORMULAS)
    assert [csv_unguard(r[1]) for r in body] == _titles(hostile_db)
    telefon = next(r for r in body if r[1] == "Telefontider")
    assert telefon[6] == "2024-05-02" and telefon[3] == "0"
    results = tmp_path / "resultat.csv"
    with hostile_db.read() as s:
        export_to(s, results, "resultat")
    lines = list(csv.reader(io.StringIO(results.read_text("utf-8-sig"), newline=""), delimiter=";"))
    bygglov = next(r for r in lines if r[3] == "Bygglov")
    assert bygglov[5:8] == ["67,5", "123", "3,1"]
    comments = tmp_path / "kommentarer.csv"
    with hostile_db.read() as s:
        export_to(s, comments, "kommentarer")
    text = comments.read_text("utf-8-sig")
    assert "'=kommentar 0" in text and "'-Anna" in text


def test_json_has_everything_in_codes(hostile_db, tmp_path) -> None:
    path = tmp_path / "allt.json"
    with hostile_db.read() as s:
        message = export_to(s, path)
    assert "12 åtgärder och 6 resultat" in message
    data = json.loads(path.read_text("utf-8"))
    assert data["municipality"] == {"code": "2081", "name": "Borlänge"}
    phone = next(a for a in data["actions"] if a["title"] == "Telefontider")
    assert phone["status"] == "ej_paborjad" and phone["start"] == "2024-05-02"
    assert phone["milestones"] == [
        {"date": "2024-05-02", "time_span": "", "text": "Telefontiderna startar",
         "done": False, "done_date": None}
    ]
    assert phone["comments"][0]["author"] == "Åsa Öberg"
    assert sorted(a["title"] for a in data["actions"] if a["title"] in STORED) == sorted(STORED)


def test_tab_and_line_breaks_at_the_start_are_text_too(tmp_path) -> None:
    """Ops tidy leading white space away, but the writers guard it whatever they get."""
    from models.export import Column, Table, csv_text, write_xlsx

    texts = ["\tx", "\rx", "\nx", "=1+1", "@A1", "-1", "+1", "ok"]
    table = Table("Prov", (Column("t", "Text"),), [[t] for t in texts])
    path = tmp_path / "prov.xlsx"
    write_xlsx([table], path)
    cells = [row[0] for row in openpyxl.load_workbook(path)["Prov"].iter_rows(min_row=2)]
    # XML reads a lone CR back as LF; it is still text with the quote prefix.
    assert [c.value for c in cells] == [t.replace("\r", "\n") for t in texts]
    assert [c.quotePrefix for c in cells] == [True] * 7 + [False]
    assert all(c.data_type == "s" for c in cells)
    lines = list(csv.reader(io.StringIO(csv_text(table), newline=""), delimiter=";"))[1:]
    assert [r[0] for r in lines] == ["'" + t for t in texts[:7]] + ["ok"]


def test_guard_round_trips_apostrophes() -> None:
    for text in ["'", "''x", "'=1", "=1", "vanlig", "", "-"]:
        assert csv_unguard(csv_guard(text)) == text
    assert csv_guard("=1") == "'=1" and csv_guard("'a") == "''a" and csv_guard("a") == "a"


def test_export_refuses_unknown_types_and_missing_folders(borlange_db, tmp_path) -> None:
    with borlange_db.read() as s:
        with pytest.raises(InputError, match="filtypen ”.pdf” stöds inte"):
            export_to(s, tmp_path / "x.pdf")
        with pytest.raises(InputError, match="finns inte"):
            export_to(s, tmp_path / "saknas" / "x.xlsx")
        with pytest.raises(InputError, match="Tabell: ”annat” finns inte"):
            export_to(s, tmp_path / "x.csv", "annat")
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".export-*")) == []


@pytest.mark.parametrize("name", ["resultat.csv", "allt.xlsx"])
def test_exported_results_read_back_unchanged_by_the_results_import(
    hostile_db, tmp_path, data_home, name
) -> None:
    from tests.conftest import run_cli

    path = tmp_path / name
    with hostile_db.read() as s:
        export_to(s, path, "resultat")
    hostile_db.dispose()
    result = run_cli("--db", hostile_db.url, "import", str(path), "--dry-run", home=data_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{name}: 0 nya, 0 ändrade, 6 oförändrade." in result.stdout


@pytest.mark.parametrize("name", ["x.xlsx", "x.csv", "x.json"])
def test_cli_export_to_a_missing_folder_exits_2(
    borlange_db, db_path, tmp_path, data_home, name
) -> None:
    result = run_cli("--db", str(db_path), "export", str(tmp_path / "saknas" / name), home=data_home)
    assert result.returncode == 2
    assert f"Mappen {tmp_path / 'saknas'} finns inte." in result.stderr
    assert "Traceback" not in result.stderr
