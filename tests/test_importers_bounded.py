"""Files that expand or are merely large (issue 13, findings 8 and 9): refused with a plain
reason where they cross a limit (models/limits.py), read in bounded memory where they do
not, never echoing a huge value. The hostile files are generated here, small on disk.

The peak memory of the largest inputs within the limits is measured in a fresh interpreter
(tests/import_peak.py), each against MEMORY_MB.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_files import counted, inline_row, repeated, shared_row, unpackable_text, write_xlsx
from importer_helpers import import_files, snapshot

from models import limits
from models.action_import import import_actions
from models.errors import InputError

MEMORY_MB = 500
HEADER = ["År", "Kundgrupp", "Myndighetsområde", "Mått", "Värde"]
PEAK = Path(__file__).with_name("import_peak.py")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A file that the cases of a test (one per database) only read, made once: made(name,
    write) gives the file `write(path)` made under that name the first time."""
    folder = tmp_path_factory.mktemp("filer")
    files: dict[str, Path] = {}

    def make(name: str, write) -> Path:
        if name not in files:
            files[name] = write(folder / name)
        return files[name]

    return make


def refused(result) -> str:
    assert not result.ok and len(result.errors) == 1, result.errors
    return result.errors[0]


# ---------------------------------------------------------------- finding 8: .xlsx that expand


def test_one_huge_cell_in_a_small_file_is_refused_unread(borlange_db, made) -> None:
    """A 1.5 MB file held one 1.5 GB cell and took 6.9 GB."""
    path = made("cell.xlsx", lambda path: write_xlsx(path, [
        inline_row(1, HEADER),
        b'<row r="2"><c t="inlineStr"><is><t>',
        *repeated(b"a", 2 * limits.WORKBOOK_PART_BYTES),
        b"</t></is></c></row>",
    ], level=9))
    assert path.stat().st_size < 1 * limits.MB
    before = snapshot(borlange_db)
    message = refused(import_files(borlange_db, path))
    assert message.startswith("cell.xlsx: arbetsboken läses inte: delen ”xl/worksheets/sheet1.xml”")
    assert snapshot(borlange_db) == before


def test_thirty_million_shared_texts_are_refused_at_once(borlange_db, made) -> None:
    """30 million shared strings ran 176 s at 4.8 GB; over the limit nothing is parsed."""
    path = made("texter.xlsx", lambda path: write_xlsx(
        path, [shared_row(1, range(5))], counted("<si><t>{n}</t></si>", limits.SHARED_STRINGS + 1)
    ))
    assert refused(import_files(borlange_db, path)) == (
        "texter.xlsx: arbetsboken läses inte: arbetsboken har fler än 300 000 olika texter."
    )


def test_a_long_shared_text_in_many_cells_gives_one_short_line(borlange_db, tmp_path) -> None:
    """A 312 KB file gave a 314 MB error line: one long text in a thousand cells."""
    rows = [shared_row(1, range(5))] + [
        shared_row(n, [5, 6, 7, 8, 9]) for n in range(2, 1002)
    ]
    head = b"".join(b"<si><t>" + h.encode() + b"</t></si>" for h in HEADER)
    long = b"<si><t>" + b"".join(unpackable_text(300_000)) + b"</t></si>"
    path = write_xlsx(tmp_path / "lång.xlsx", rows, [head, long * 5])
    assert path.stat().st_size < 400_000
    message = refused(import_files(borlange_db, path))
    assert message == (
        "lång.xlsx: rad 2, kolumn A: cellen har 300 000 tecken; en cell får ha högst 32 767 "
        "(Excels gräns). Inget lästes."
    )


def test_a_highly_packed_sheet_is_refused(borlange_db, made) -> None:
    path = made("packad.xlsx", lambda path: write_xlsx(
        path, [inline_row(1, HEADER), *repeated(b" ", 30 * limits.MB)], level=9
    ))
    assert path.stat().st_size < 100_000
    assert "mer än 1000 gånger så mycket" in refused(import_files(borlange_db, path))


def test_an_action_file_that_expands_is_refused_unread(db, tmp_path) -> None:
    path = write_xlsx(tmp_path / "åtgärder.xlsx", [
        inline_row(1, ["Titel", "Beskrivning"]),
        inline_row(2, ["Öppet hus", "x" * (limits.CELL_CHARS + 1)]),
    ])
    with pytest.raises(InputError, match=r"^åtgärder.xlsx: rad 2, kolumn B: cellen har 32 768 "):
        import_actions(db, path)
    path = write_xlsx(tmp_path / "bomb.xlsx", [inline_row(1, ["Titel"])],
                      counted("<si><t>{n}</t></si>", limits.SHARED_STRINGS + 1))
    with pytest.raises(InputError, match="^bomb.xlsx: arbetsboken läses inte: arbetsboken har"):
        import_actions(db, path)


# ---------------------------------------------------------------- finding 9: large, not hostile


def test_many_errors_are_kept_to_a_thousand_and_reading_stops(borlange_db, tmp_path) -> None:
    path = tmp_path / "fel.csv"
    bad = "2023;Företag;Bygglov;NKI;inget tal\r\n"
    path.write_text(";".join(HEADER) + "\r\n" + bad * 50_000, encoding="utf-8")
    result = import_files(borlange_db, path)
    assert len(result.errors) == limits.ERRORS_KEPT + 1
    assert result.errors[-1] == (
        "fel.csv: läsningen avbröts på rad 1001 efter 1000 fel; rätta dem och importera igen."
    )


def test_more_result_rows_than_the_limit_are_refused(borlange_db, tmp_path, monkeypatch) -> None:
    from models.importers import table_file

    monkeypatch.setattr(table_file, "CSV_LIMITS", table_file.Limits(max_rows=3))
    path = tmp_path / "många.csv"
    rows = [f"{year};Företag;Bygglov;NKI;70\r\n" for year in range(2010, 2014)]
    path.write_text(";".join(HEADER) + "\r\n\r\n" + "".join(rows), encoding="utf-8")
    assert refused(import_files(borlange_db, path)) == (
        "många.csv: filen har fler än 3 rader med innehåll; dela upp den."
    )


def test_kolada_json_of_zeros_gives_a_real_reason(borlange_db, tmp_path) -> None:
    """A 199 MB JSON of zeros took gigabytes, then failed with an empty reason."""
    path = tmp_path / "nollor.json"
    with path.open("wb") as f:
        f.write(b"[" + b"0," * (10 * limits.MB) + b"0]")
    result = import_files(borlange_db, path)
    assert result.errors[0] == "nollor.json, sida 1: inget Kolada-svar (objektet ”values” saknas)."
    assert result.errors[-1] == (
        "nollor.json: läsningen avbröts efter 1000 fel; rätta dem och importera igen."
    )
    path.write_bytes(b'{"values": [' + b"0," * (limits.KOLADA_PAGE_BYTES // 2) + b"0]}")
    assert refused(import_files(borlange_db, path)).startswith(
        "nollor.json: en sida är större än 20 MB; så stora sidor skickar Kolada inte."
    )


# ---------------------------------------------------------------- memory of the largest inputs


def _blank_csv(path: Path) -> str:
    with path.open("wb") as f:
        f.write((";".join(HEADER) + "\r\n").encode())
        line = b";;;;\r\n"
        f.write(line * ((limits.RESULTS_CSV_BYTES - 100) // len(line)))
    return "0 nya, 0 ändrade, 0 oförändrade"


def _rows_csv(path: Path) -> str:
    """As many result rows as a file may have, each a new figure (several municipalities)."""
    from models.codes import Group, Measure

    lines = [";".join([*HEADER, "Antal svar", "Källa", "Kommun"])]
    keys = ((y, g, m, town) for town in range(1000, 3000) for y in range(2015, 2025)
            for g in Group for m in Measure)
    for _, (year, group, measure, town) in zip(range(limits.RESULT_ROWS - 1), keys,
                                               strict=False):
        lines.append(f"{year};{group.label};Totalt;{measure.label};{year % 50 + 40},5;120;SKR;"
                     f"{town}")
    path.write_text("\r\n".join(lines), encoding="utf-8-sig")
    return f"{limits.RESULT_ROWS - 1} nya"


def _zeros_json(path: Path) -> str:
    with path.open("wb") as f:
        f.write(b"[")
        f.write(b"0," * ((limits.KOLADA_FILE_BYTES - 100) // 2))
        f.write(b"0]")
    return "läsningen avbröts efter 1000 fel"


def _pages_json(path: Path) -> str:
    """A saved Kolada response as large as one may be: pages one after another."""
    item = {"kpi": "N00000", "municipality": "2081", "period": 2023,
            "values": [{"gender": "T", "value": 71.5, "status": ""}]}
    page = json.dumps({"count": 5000, "values": [item] * 5000}).encode() + b"\n"
    with path.open("wb") as f:
        for _ in range((limits.KOLADA_FILE_BYTES - 100) // len(page)):
            f.write(page)
    return "Okänt KPI-id N00000"  # the notes are not printed: the summary says no rows


def _strings_xlsx(path: Path) -> str:
    write_xlsx(path, [shared_row(1, range(5))],
               counted("<si><t>text nummer {n} i tabellen</t></si>", limits.SHARED_STRINGS))
    return "hittar ingen rubrikrad"


def _row_xlsx(path: Path) -> str:
    cell = '<c t="inlineStr"><is><t>{n}</t></is></c>'  # six tags, counted as six "<"
    write_xlsx(path, [b'<row r="1">', *counted(cell, limits.XML_PIECE_TAGS // 6 - 2), b"</row>"])
    return "hittar ingen rubrikrad"


def _preview_peak(template: Path, path: Path, kind: str) -> tuple[str, int]:
    """The preview's answer and its peak memory in MB, in a fresh interpreter
    (tests/import_peak.py), on a copy of `template` beside the file."""
    database = path.with_name("mätning.db")
    shutil.copyfile(template, database)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, str(PEAK), str(database), str(path), kind],
                            capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    answer = " ".join(line for line in lines if line.startswith("SVAR: "))
    peak = int(next(line for line in lines if line.startswith("TOPP: ")).split()[1])
    return answer, peak


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage finns inte på Windows")
@pytest.mark.parametrize(
    ("name", "make"),
    [("tom.csv", _blank_csv), ("rader.csv", _rows_csv), ("nollor.json", _zeros_json),
     ("sidor.json", _pages_json), ("texter.xlsx", _strings_xlsx), ("rad.xlsx", _row_xlsx)],
    ids=["blank-csv", "rows-csv", "zeros-json", "pages-json", "strings-xlsx", "row-xlsx"],
)
def test_largest_inputs_within_the_limits_stay_under_500_mb(tmp_path, name, make,
                                                            sqlite_templates) -> None:
    path = tmp_path / name
    expected = make(path)
    # A new database with Borlänge's data, as open_database(create=True) and load_example
    # make it: a copy of the session's one.
    answer, peak = _preview_peak(sqlite_templates[True], path, "results")
    assert expected in answer or name == "sidor.json", answer
    assert peak < MEMORY_MB, f"{name}: {peak} MB ({answer})"


# The actions import's largest files: the widest texts (a description at its limit) in as
# many rows as the file's size allows (on disk, random letters that do not pack away).
ACTION_HEAD = ["Titel", "Beskrivning", "Förväntad effekt"]
_LETTERS = "".join(random.Random(13).choices("abcdefghijklmnopqrstuvwxyz     ", k=1 << 20))


def _letters(seed: int, n: int) -> str:
    start = (seed * 7919) % (len(_LETTERS) - n)
    return "x" + _LETTERS[start:start + n - 2] + "x"


def _actions_csv(path: Path) -> str:
    rows = 1000
    per = (limits.ACTIONS_FILE_BYTES - 1000) // rows
    description = min(limits.DESCRIPTION_CHARS, per - 200)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(";".join(ACTION_HEAD) + "\r\n")
        for i in range(rows):
            f.write(f"{_letters(i, 150)};{_letters(i + 1, description)};"
                    f"{_letters(i + 2, per - description - 160)}\r\n")
    assert limits.ACTIONS_FILE_BYTES - 10_000 < path.stat().st_size <= limits.ACTIONS_FILE_BYTES
    return f"{rows} nya"


def _actions_xlsx(path: Path) -> str:
    from openpyxl import Workbook

    rows = 2000
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Åtgärder")
    sheet.append(ACTION_HEAD)
    for i in range(rows):
        sheet.append([_letters(i, 150), _letters(i + 1, limits.DESCRIPTION_CHARS),
                      _letters(i + 2, limits.EXPECTED_EFFECT_CHARS)])
    book.save(path)
    assert path.stat().st_size > limits.ACTIONS_FILE_BYTES * 0.8
    return f"{rows} nya"


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage finns inte på Windows")
@pytest.mark.parametrize(
    ("name", "make"),
    [("åtgärder.csv", _actions_csv), ("åtgärder.xlsx", _actions_xlsx)],
    ids=["actions-csv", "actions-xlsx"],
)
def test_largest_actions_files_within_the_limits_stay_under_500_mb(tmp_path, name, make,
                                                                   sqlite_templates) -> None:
    path = tmp_path / name
    expected = make(path)
    # a new empty database: a copy of the session's one
    answer, peak = _preview_peak(sqlite_templates[False], path, "actions")
    assert expected in answer, answer
    assert peak < MEMORY_MB, f"{name}: {peak} MB ({answer})"
