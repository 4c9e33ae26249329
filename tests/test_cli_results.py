"""The command line for results: import, fetch-kolada and the template, as a user runs them."""

from __future__ import annotations

import datetime as dt

from importer_helpers import snapshot
from kolada_server import closed_port_url, fake_kolada

from models.codes import Area, Group, Measure
from models.results import ResultKey, find_result
from tests.conftest import run_cli

GOOD = "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar\n2023;Företag;Totalt;NKI;68,4;120\n2024;Företag;Miljö;Tillgänglighet;72,5;40\n"
BAD = "År;Kundgrupp;Myndighetsområde;Mått;Värde\n2021;Företag;Bygglov;NKI;70\n2021;Företag;Bygglov;Information;105\n"


def test_import_dry_run_prints_the_preview_and_writes_nothing(borlange_db, db_path, tmp_path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(GOOD, encoding="utf-8-sig")
    before = snapshot(borlange_db)
    done = run_cli("--db", str(db_path), "import", str(path), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "r.csv: 1 nya, 1 ändrade, 0 oförändrade." in done.stdout
    assert "ändrad  2081 2023 Företag, Totalt, NKI: Värde 68 → 68,4, Antal svar – → 120" in done.stdout
    assert "inget har sparats" in done.stdout
    assert snapshot(borlange_db) == before


def test_import_applies_and_a_second_run_finds_nothing_new(borlange_db, db_path, tmp_path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(GOOD, encoding="cp1252")
    done = run_cli("--db", str(db_path), "import", str(path))
    assert done.returncode == 0, done.stderr
    assert "Sparat: 1 nytt och 1 ändrat resultat." in done.stdout
    with borlange_db.read() as s:
        key = ResultKey("2081", 2024, Group.FORETAG, Area.MILJO_HALSOSKYDD, Measure.TILLGANGLIGHET)
        row = find_result(s, key)
        assert (row.value, row.answers) == (72.5, 40)
    again = run_cli("--db", str(db_path), "import", str(path))
    assert "0 nya, 0 ändrade, 2 oförändrade" in again.stdout
    assert "Inget att spara" in again.stdout


def test_import_with_an_error_exits_2_and_writes_nothing(borlange_db, db_path, tmp_path) -> None:
    path = tmp_path / "fel.csv"
    path.write_text(BAD, encoding="utf-8")
    before = snapshot(borlange_db)
    done = run_cli("--db", str(db_path), "import", str(path))
    assert done.returncode == 2
    assert "rad 3, Värde: 105 ligger utanför 0–100." in done.stdout
    assert "Fel: 1 fel i importen; inget har sparats." in done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(borlange_db) == before


def test_import_of_a_missing_file_exits_2(borlange_db, db_path, tmp_path) -> None:
    done = run_cli("--db", str(db_path), "import", str(tmp_path / "saknas.xlsx"))
    assert done.returncode == 2
    assert "finns inte" in done.stdout and "Traceback" not in done.stderr


def test_fetch_kolada_from_a_local_server(borlange_db, db_path) -> None:
    with fake_kolada() as server:
        server.serve_recorded_pages()
        dry = run_cli("--db", str(db_path), "fetch-kolada", "--base-url", server.base, "--dry-run")
        assert dry.returncode == 0, dry.stderr
        assert "Kolada (127.0.0.1" in dry.stdout and "4 nya, 2 ändrade" in dry.stdout
        assert "Okänt KPI-id U07459" in dry.stdout
        done = run_cli("--db", str(db_path), "fetch-kolada", "--base-url", server.base)
    assert done.returncode == 0, done.stderr
    with borlange_db.read() as s:
        row = find_result(s, ResultKey("0000", 2023, Group.FORETAG, Area.TOTALT, Measure.NKI))
    assert (row.value, row.source) == (70.1, "Källa: Kolada")


def test_fetch_kolada_without_network_says_so_and_changes_nothing(borlange_db, db_path) -> None:
    before = snapshot(borlange_db)
    done = run_cli("--db", str(db_path), "fetch-kolada", "--kpi", "U07455",
                   "--municipality", "2081", "--base-url", closed_port_url())
    assert done.returncode == 1
    assert "kan inte nås" in done.stderr and "Inget har ändrats" in done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(borlange_db) == before
    unknown = run_cli("--db", str(db_path), "fetch-kolada", "--kpi", "U00001")
    assert unknown.returncode == 2 and "U00001" in unknown.stderr


def test_template_is_saved_once(tmp_path, db_path, borlange_db) -> None:
    target = tmp_path / "mall.xlsx"
    done = run_cli("--db", str(db_path), "import-template", str(target))
    assert done.returncode == 0 and target.exists()
    again = run_cli("--db", str(db_path), "import-template", str(target))
    assert again.returncode == 2 and "finns redan" in again.stderr


def test_import_of_a_text_file_named_xlsx_says_it_is_not_excel(borlange_db, db_path, tmp_path) -> None:
    path = tmp_path / "resultat.xlsx"
    path.write_text("År;Värde\n2024;70\n", encoding="utf-8")
    before = snapshot(borlange_db)
    done = run_cli("--db", str(db_path), "import", str(path))
    assert done.returncode == 2
    assert "resultat.xlsx: filen är ingen Excel-fil (.xlsx) eller är skadad" in done.stdout
    assert "BadZipFile" not in done.stdout + done.stderr
    assert snapshot(borlange_db) == before


def test_import_rounds_half_up_as_swedes_expect(borlange_db, db_path, tmp_path) -> None:
    path = tmp_path / "avrundning.csv"
    path.write_text(
        "År;Kundgrupp;Myndighetsområde;Mått;Värde;Felmarginal\n"
        "2023;Företag;Totalt;NKI;70,55;2,25\n2024;Företag;Miljö;Tillgänglighet;70,45;1,35\n",
        encoding="utf-8",
    )
    done = run_cli("--db", str(db_path), "import", str(path))
    assert done.returncode == 0, done.stderr
    assert "Värde 68 → 70,6" in done.stdout and ": 70,5" in done.stdout
    with borlange_db.read() as s:
        nki = find_result(s, ResultKey("2081", 2023, Group.FORETAG, Area.TOTALT, Measure.NKI))
        env = find_result(
            s, ResultKey("2081", 2024, Group.FORETAG, Area.MILJO_HALSOSKYDD, Measure.TILLGANGLIGHET)
        )
        assert (nki.value, nki.margin) == (70.6, 2.3)
        assert (env.value, env.margin) == (70.5, 1.4)



def test_import_of_a_year_not_measured_yet_is_refused(borlange_db, db_path, tmp_path) -> None:
    year = dt.date.today().year + 5  # main.py runs on today's date
    path = tmp_path / "future.csv"
    path.write_text(f"År;Kundgrupp;Myndighetsområde;Mått;Värde\n{year};Företag;Bygglov;NKI;70\n",
                    encoding="utf-8")
    before = snapshot(borlange_db)
    done = run_cli("--db", str(db_path), "import", str(path), "--dry-run")
    assert done.returncode == 2
    assert (f"rad 2, År: {year} är inte mätt ännu (senast mätta år är {year - 6})."
            in done.stdout)
    assert "0 nya" in done.stdout and "Traceback" not in done.stderr
    assert snapshot(borlange_db) == before
