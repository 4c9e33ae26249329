"""When a preliminary value was read: by hand, from a file's Preliminär per column, kept
while the value is the same. The figures are made up for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_helpers import import_files

from models.codes import Area, Group, Measure
from models.errors import InputError
from models.importers.template import save_template
from models.results import ResultKey, check_key, check_values, find_result, set_result

HEAD = "År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Preliminär;Preliminär per\n"
KEY = ResultKey("2081", 2025, Group.FORETAG, Area.BYGGLOV, Measure.NKI)


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def as_of(db, key: ResultKey = KEY):
    with db.read() as s:
        row = find_result(s, key)
        return row.preliminary, row.preliminary_as_of


def test_the_file_gives_the_date_and_a_final_value_has_none(borlange_db, tmp_path) -> None:
    first = write(tmp_path, "a.csv", HEAD + "2025;Företag;Bygglov;NKI;74;40;ja;2025-04-20\n")
    assert import_files(borlange_db, first).errors == []
    assert as_of(borlange_db) == (True, dt.date(2025, 4, 20))
    final = write(tmp_path, "b.csv", HEAD + "2025;Företag;Bygglov;NKI;73,8;212;nej;2025-04-20\n")
    result = import_files(borlange_db, final)
    assert result.rows[0].changed_fields == ("value", "answers", "preliminary", "preliminary_as_of")
    assert as_of(borlange_db) == (False, None)


def test_avlast_is_the_same_column_and_a_bad_date_names_row_and_column(borlange_db, tmp_path) -> None:
    text = "År;Kundgrupp;Myndighetsområde;Mått;Värde;Preliminär;Avläst\n"
    ok = write(tmp_path, "a.csv", text + "2025;Företag;Bygglov;NKI;74;ja;2025-04-20\n")
    assert import_files(borlange_db, ok).errors == []
    bad = write(tmp_path, "b.csv", text + "2025;Företag;Bygglov;NKI;75;ja;20/4\n")
    assert import_files(borlange_db, bad).errors == [
        "rad 2, Preliminär per: ”20/4” är inget giltigt datum (skriv som 2024-04-24)."
    ]
    assert as_of(borlange_db) == (True, dt.date(2025, 4, 20))


def test_without_a_date_the_same_reading_keeps_it_and_a_new_one_is_unknown(borlange_db, tmp_path) -> None:
    head = "År;Kundgrupp;Myndighetsområde;Mått;Värde;Preliminär\n"
    # Borlänge's 80 (2024-04-24) imported again, unchanged: the date stays
    same = write(tmp_path, "a.csv", head + "2024;Totalt;Totalt;NKI;80;ja\n")
    assert import_files(borlange_db, same).rows[0].status == "oförändrad"
    total = ResultKey("2081", 2024, Group.TOTALT, Area.TOTALT, Measure.NKI)
    assert as_of(borlange_db, total) == (True, dt.date(2024, 4, 24))
    newer = write(tmp_path, "b.csv", head + "2024;Totalt;Totalt;NKI;78;ja\n")
    import_files(borlange_db, newer)
    assert as_of(borlange_db, total) == (True, None)  # a new reading of unknown date


def test_by_hand_a_preliminary_value_is_as_of_today_unless_given(db) -> None:
    key = check_key("2081", 2025, "foretag", "bygglov", "nki")
    with db.write() as s:
        set_result(s, key, check_values(74, preliminary=True), today=dt.date(2025, 3, 1))
    assert as_of(db) == (True, dt.date(2025, 3, 1))
    with db.write() as s:  # answers added, the value the same: the same reading
        set_result(s, key, check_values(74, 40, preliminary=True), today=dt.date(2025, 3, 9))
    assert as_of(db) == (True, dt.date(2025, 3, 1))
    with db.write() as s:  # a new value: read today
        set_result(s, key, check_values(76, 52, preliminary=True), today=dt.date(2025, 4, 2))
    assert as_of(db) == (True, dt.date(2025, 4, 2))
    with db.write() as s:
        set_result(s, key, check_values(76, preliminary=True, preliminary_as_of="2025-03-30"))
    assert as_of(db) == (True, dt.date(2025, 3, 30))


def test_the_template_has_the_column_and_explains_it(tmp_path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(save_template(tmp_path / "mall.xlsx"))
    assert [c.value for c in book["Resultat"][1]][7:9] == ["Preliminär", "Preliminär per"]
    explained = {row[0].value: row[1].value for row in book["Förklaring"].iter_rows(min_row=2)}
    assert "2024-04-24" in explained["Preliminär per"]


def test_a_year_not_measured_yet_is_refused_naming_the_row(borlange_db, tmp_path) -> None:
    """Results come the spring after the measuring year: on 2026-12-01 a final value is for
    2025 at most, a preliminary one for 2026 at most."""
    head = "År;Kundgrupp;Myndighetsområde;Mått;Värde;Preliminär\n"
    path = write(tmp_path, "a.csv", head + "2031;Företag;Bygglov;NKI;70;nej\n"
                 "2026;Företag;Bygglov;Information;70;nej\n"
                 "2027;Företag;Bygglov;Bemötande;70;ja\n"
                 "2026;Företag;Bygglov;Kompetens;70;ja\n"
                 "2025;Företag;Bygglov;Effektivitet;70;nej\n")
    from models import importers

    with borlange_db.read() as s:
        result = importers.preview_files(s, [path], today=dt.date(2026, 12, 1))
    assert result.errors == [
        "rad 2, År: 2031 är inte mätt ännu (senast mätta år är 2025).",
        "rad 3, År: 2026 är inte färdigmätt ännu: ett värde för 2026 kan bara vara "
        "preliminärt (senast mätta år är 2025).",
        "rad 4, År: 2027 är inte mätt ännu (senast mätta år är 2025).",
    ]
    assert [(r.key.year, r.key.measure) for r in result.rows] == [
        (2026, Measure.KOMPETENS), (2025, Measure.EFFEKTIVITET)
    ]


def test_by_hand_a_year_not_measured_yet_is_refused_and_nothing_stored(db) -> None:
    today = dt.date(2026, 12, 1)
    future = check_key("2081", 2031, "foretag", "bygglov", "nki")
    this_year = check_key("2081", 2026, "foretag", "bygglov", "nki")
    with pytest.raises(InputError) as refused, db.write() as s:
        set_result(s, future, check_values(70, preliminary=True), today=today)
    assert refused.value.message == "År: 2031 är inte mätt ännu (senast mätta år är 2025)."
    assert refused.value.field == "year"
    with pytest.raises(InputError) as final, db.write() as s:
        set_result(s, this_year, check_values(70), today=today)
    assert final.value.message.startswith("År: 2026 är inte färdigmätt ännu")
    with db.write() as s:
        set_result(s, this_year, check_values(70, preliminary=True), today=today)
    with db.read() as s:
        assert find_result(s, future) is None
        assert find_result(s, this_year).preliminary
