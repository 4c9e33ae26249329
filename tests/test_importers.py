"""Import of results from CSV and Excel: good files as people save them, and bad ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_helpers import import_files, snapshot
from openpyxl import Workbook
from sqlalchemy import select

from models import importers
from models.codes import Area, Group, Measure
from models.entities import ChangeLogEntry
from models.importers.template import save_template
from models.results import ResultKey, find_result

SWEDISH_EXCEL = (
    "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Felmarginal;Preliminär;Källa;Kommun\r\n"
    "2023;Företag;Miljö- och hälsoskydd;NKI;72,5;48;4,1;nej;SKR rapport;2081\r\n"
    "2023;Företag;Miljö- och hälsoskydd;Tillgänglighet;69;48;;;;\r\n"
    "2024;Privatpersoner;Bygglov;Bemötande;81,3;12;;ja;;Riket\r\n"
)


def key(year: int, group: Group, area: Area, measure: Measure, town: str = "2081") -> ResultKey:
    return ResultKey(town, year, group, area, measure)


def stored(db, k: ResultKey):
    with db.read() as s:
        return find_result(s, k)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"], ids=["utf8", "bom", "ansi", "utf16"]
)
def test_swedish_excel_csv_goes_in_in_every_encoding(borlange_db, tmp_path, encoding) -> None:
    text = SWEDISH_EXCEL if encoding != "utf-16" else SWEDISH_EXCEL.replace(";", "\t")
    path = write(tmp_path, "insikt.csv", text.encode(encoding))
    result = import_files(borlange_db, path)
    assert result.errors == []
    assert (result.count("ny"), result.count("ändrad")) == (3, 0)
    nki = stored(borlange_db, key(2023, Group.FORETAG, Area.MILJO_HALSOSKYDD, Measure.NKI))
    assert (nki.value, nki.answers, nki.margin, nki.preliminary, nki.source) == (
        72.5, 48, 4.1, False, "SKR rapport"
    )
    factor = stored(borlange_db, key(2023, Group.FORETAG, Area.MILJO_HALSOSKYDD, Measure.TILLGANGLIGHET))
    assert (factor.value, factor.margin) == (69.0, None)  # empty Kommun: the own municipality
    riket = stored(borlange_db, key(2024, Group.PRIVATPERSONER, Area.BYGGLOV, Measure.BEMOTANDE, "0000"))
    assert (riket.value, riket.preliminary) == (81.3, True)


def test_comma_separated_with_decimal_points_and_loose_headers(borlange_db, tmp_path) -> None:
    text = (
        "VARDE,mått,ar,KUNDGRUPP,myndighetsomrade,antal svar,Kommun\n"
        '67.5,nki,2021,foretag,Livsmedel,"1 204",180\n'
    )
    result = import_files(borlange_db, write(tmp_path, "x.csv", text.encode()))
    assert result.errors == []
    # Excel drops the leading zero of Stockholm's 0180: the code is padded back.
    row = stored(borlange_db, key(2021, Group.FORETAG, Area.LIVSMEDELSKONTROLL, Measure.NKI, "0180"))
    assert (row.value, row.answers) == (67.5, 1204)


def test_preview_writes_nothing_and_tells_new_changed_unchanged(borlange_db, tmp_path) -> None:
    text = (
        "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar\n"
        "2022;Företag;Totalt;NKI;67;\n"  # as stored
        "2023;Företag;Totalt;NKI;68,4;120\n"  # corrected, count added
        "2021;Företag;Totalt;NKI;65;\n"  # new
    )
    path = write(tmp_path, "r.csv", text.encode("utf-8-sig"))
    before = snapshot(borlange_db)
    with borlange_db.read() as s:
        result = importers.preview_files(s, [path])
    assert snapshot(borlange_db) == before
    assert [(r.where, r.status) for r in result.rows] == [
        ("rad 2", "oförändrad"), ("rad 3", "ändrad"), ("rad 4", "ny")
    ]
    assert result.rows[1].changed_fields == ("value", "answers")
    assert result.summary() == "r.csv: 1 nya, 1 ändrade, 1 oförändrade."
    with borlange_db.write() as s:
        assert importers.apply(s, result) == 2
    changed = stored(borlange_db, key(2023, Group.FORETAG, Area.TOTALT, Measure.NKI))
    assert (changed.value, changed.answers) == (68.4, 120)
    with borlange_db.read() as s:
        log = s.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "result",
                                         ChangeLogEntry.entity_id == changed.id)
        ).all()
    assert {(e.field, e.old_value, e.new_value) for e in log} >= {
        ("value", "68.0", "68.4"), ("answers", None, "120")
    }


def test_empty_optional_cells_keep_what_is_stored(borlange_db, tmp_path) -> None:
    text = "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Källa\n2023;Totalt;Totalt;NKI;71;;\n"
    result = import_files(borlange_db, write(tmp_path, "k.csv", text.encode()))
    assert result.rows[0].status == "oförändrad"
    row = stored(borlange_db, key(2023, Group.TOTALT, Area.TOTALT, Measure.NKI))
    assert row.answers == 509 and row.source.startswith("borlange.se")


def test_errors_name_row_column_and_value_and_nothing_goes_in(borlange_db, tmp_path) -> None:
    text = (
        "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Preliminär;Kommun\n"
        "2021;Företag;Bygglov;NKI;70;;;\n"
        "2021;Företag;Bygglov;Bemötande;71;;;\n"
        "2021;Företag;Bygglov;Information;105;;;\n"
        "1999;Kunder;Parkering;Glädje;abc;-3;kanske;20811\n"
        "2021;Företag;Bygglov;NKI;69;;;\n"
    )
    before = snapshot(borlange_db)
    result = import_files(borlange_db, write(tmp_path, "fel.csv", text.encode()))
    assert snapshot(borlange_db) == before
    assert "rad 4, Värde: 105 ligger utanför 0–100." in result.errors
    bad = [e for e in result.errors if e.startswith("rad 5,")]
    for column in ("Kommun: ”20811”", "År: ”1999”", "Kundgrupp: okänt värde ”Kunder”",
                   "Myndighetsområde: okänt värde ”Parkering”", "Mått: okänt värde ”Glädje”",
                   "Värde: ”abc” är inget tal", "Antal svar: -3", "Preliminär: ”kanske”"):
        assert any(column in e for e in bad), (column, bad)
    assert any(e.startswith("rad 6: samma resultat") and "rad 2" in e for e in result.errors)
    assert "inget sparas" in result.summary()
    with borlange_db.write() as s, pytest.raises(importers.InputError, match="sparas inte"):
        importers.apply(s, result)
    assert snapshot(borlange_db) == before


def test_missing_required_column_is_named(borlange_db, tmp_path) -> None:
    text = "År;Kundgrupp;Mått;Värde;Okänd kolumn\n2021;Företag;NKI;70;x\n"
    result = import_files(borlange_db, write(tmp_path, "m.csv", text.encode()))
    assert result.rows == []
    assert any("saknar Myndighetsområde" in e for e in result.errors)
    assert any("”Okänd kolumn” känns inte igen" in n for n in result.notes)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "tom"),
        (b"\x81\x8d\x8f\x90\x9d" * 3, "varken UTF-8 eller Windows-1252"),
        (b"hej;hopp\n1;2\n", "ingen rubrikrad"),
    ],
)
def test_unreadable_csv_gets_a_message(borlange_db, tmp_path, data, message) -> None:
    before = snapshot(borlange_db)
    with borlange_db.read() as s:
        result = importers.preview_files(s, [write(tmp_path, "f.csv", data)])
    assert any(message in e for e in result.errors), result.errors
    assert snapshot(borlange_db) == before


def test_unknown_file_type_and_old_excel_are_refused(borlange_db, tmp_path) -> None:
    with borlange_db.read() as s:
        old = importers.preview_files(s, [write(tmp_path, "gammal.xls", b"\xd0\xcf\x11\xe0")])
        other = importers.preview_files(s, [write(tmp_path, "bild.png", b"\x89PNG")])
        missing = importers.preview_files(s, [tmp_path / "finns-inte.csv"])
        folder = importers.preview_files(s, [tmp_path])
    assert "Spara filen som Excel-arbetsbok (.xlsx)" in old.errors[0]
    assert "okänd filtyp ”.png”" in other.errors[0]
    assert missing.errors == [f"Filen {tmp_path / 'finns-inte.csv'} finns inte."]
    assert folder.errors == [f"{tmp_path} är en mapp, ingen fil."]


def test_without_own_code_a_file_must_name_the_municipality(db, tmp_path) -> None:
    text = "År;Kundgrupp;Myndighetsområde;Mått;Värde\n2023;Företag;Totalt;NKI;68\n"
    result = import_files(db, write(tmp_path, "k.csv", text.encode()))
    assert "ingen kolumn Kommun" in result.errors[0]


def xlsx(path: Path, rows: list[list], title: str = "Resultat", before: int = 0) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for _ in range(before):
        sheet.append(["Insikt 2023, Borlänge"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_with_title_rows_numbers_and_booleans(borlange_db, tmp_path) -> None:
    path = xlsx(
        tmp_path / "r.xlsx",
        [
            ["Kommun", "År", "Mått", "Kundgrupp", "Myndighetsområde", "Värde", "Antal svar",
             "Preliminär"],
            [2081, 2024, "Effektivitet", "Företag", "Serveringstillstånd", 74.25, 33, True],
            ["0000", 2024, "NKI", "Företag", "Serveringstillstånd", "73,1", None, "nej"],
            [None, None, None, None, None, None, None, None],
            [2081, 2024, "NKI", "Företag", "Serveringstillstånd", 140, None, None],
        ],
        before=2,
    )
    result = import_files(borlange_db, path)
    assert result.errors == ["rad 7, Värde: 140 ligger utanför 0–100."]
    path = xlsx(tmp_path / "r2.xlsx", [["År", "Kundgrupp", "Myndighetsområde", "Mått", "Värde",
                                        "Antal svar", "Preliminär", "Kommun"],
                                       [2024, "Företag", "Servering", "Effektivitet", 74.25, 33,
                                        True, 2081]])
    result = import_files(borlange_db, path)
    assert result.errors == []
    row = stored(borlange_db, key(2024, Group.FORETAG, Area.SERVERINGSTILLSTAND, Measure.EFFEKTIVITET))
    assert (row.value, row.answers, row.preliminary) == (74.3, 33, True)  # 74,25 rounded half up


def test_damaged_xlsx_is_refused_with_a_message(borlange_db, tmp_path) -> None:
    import zipfile

    broken = write(tmp_path, "trasig.xlsx", b"PK\x03\x04 detta ar ingen arbetsbok")
    foreign = tmp_path / "annan.xlsx"
    with zipfile.ZipFile(foreign, "w") as z:
        z.writestr("hej.txt", "inte Excel")
    before = snapshot(borlange_db)
    with borlange_db.read() as s:
        for path in (broken, foreign):
            result = importers.preview_files(s, [path])
            assert "kan inte läsas som Excel-arbetsbok" in result.errors[0]
    assert snapshot(borlange_db) == before


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_template_is_empty_and_reads_back_with_every_column(db, tmp_path, suffix) -> None:
    path = save_template(tmp_path / f"mall{suffix}")
    if suffix == ".csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert raw.decode("utf-8-sig").strip() == (
            "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Felmarginal;Preliminär;"
            "Preliminär per;Källa;Kommun"
        )
    with db.read() as s:
        result = importers.preview_files(s, [path])
    assert result.errors == [] and result.rows == []


def test_filled_xlsx_template_imports(borlange_db, tmp_path) -> None:
    from openpyxl import load_workbook

    path = save_template(tmp_path / "mall.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Resultat", "Förklaring"]
    book["Resultat"].append([2025, "Företag", "Bygglov", "Kompetens", 77, 52, 3.9, "ja", "", ""])
    book.save(path)
    result = import_files(borlange_db, path)
    assert result.errors == []
    row = stored(borlange_db, key(2025, Group.FORETAG, Area.BYGGLOV, Measure.KOMPETENS))
    assert (row.value, row.answers, row.margin, row.preliminary) == (77.0, 52, 3.9, True)


def test_two_files_are_one_import(borlange_db, tmp_path) -> None:
    head = "År;Kundgrupp;Myndighetsområde;Mått;Värde\n"
    a = write(tmp_path, "a.csv", (head + "2021;Företag;Bygglov;NKI;70\n").encode())
    b = write(tmp_path, "b.csv", (head + "2021;Företag;Bygglov;NKI;71\n").encode())
    before = snapshot(borlange_db)
    result = import_files(borlange_db, a, b)
    assert result.errors == ["b.csv rad 2: samma resultat (2081 2021 Företag, Bygglov, NKI) finns redan i a.csv rad 2."]
    assert snapshot(borlange_db) == before


def test_the_example_in_docs_import_md_imports(borlange_db, tmp_path) -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "import.md").read_text(encoding="utf-8")
    example = doc.split("### Exempel")[1].split("```")[1].strip()
    result = import_files(borlange_db, write(tmp_path, "exempel.csv", example.encode("cp1252")))
    assert result.errors == [] and result.notes == []
    assert [(r.key.municipality, r.status) for r in result.rows] == [
        ("2081", "ny"), ("2081", "ny"), ("2081", "oförändrad"), ("0000", "ny")
    ]


def test_a_row_added_by_someone_else_after_the_preview_is_updated_not_doubled(borlange_db, tmp_path) -> None:
    from models.results import check_key, check_values, set_result

    text = "År;Kundgrupp;Myndighetsområde;Mått;Värde\n2021;Företag;Bygglov;NKI;70\n"
    with borlange_db.read() as s:
        result = importers.preview_files(s, [write(tmp_path, "r.csv", text.encode())])
    assert result.rows[0].status == "ny"
    with borlange_db.write() as s:  # another user, between preview and confirm
        set_result(s, check_key("2081", 2021, "foretag", "bygglov", "nki"), check_values(65))
    with borlange_db.write() as s:
        assert importers.apply(s, result) == 1
    assert stored(borlange_db, key(2021, Group.FORETAG, Area.BYGGLOV, Measure.NKI)).value == 70.0


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("70,55", 70.6), ("70,45", 70.5), (70.55, 70.6), ("70,449", 70.4), ("0,05", 0.1)],
)
def test_values_are_rounded_half_up_to_one_decimal(typed, stored) -> None:
    from models.results import check_values

    checked = check_values(typed, None, typed, typed)
    assert (checked.value, checked.margin, checked.response_rate) == (stored, stored, stored)

