"""The one reader of CSV and Excel tables that both imports use (models/tabular.py)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from models.errors import InputError
from models.tabular import Formula, Limits, RowLimitExceeded, Wording, open_table

ROWS = [["Titel", "Värde"], ["Öppet hus", "72,5"], ["Ärende; med semikolon", "−3"]]


def text(rows: list[list[str]], delimiter: str) -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if delimiter in value else value

    return "".join(delimiter.join(cell(c) for c in row) + "\r\n" for row in rows)


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ";"), ("utf-8-sig", ","), ("cp1252", ";"), ("utf-16", "\t")],
)
def test_csv_in_every_encoding_and_separator_reads_the_same(tmp_path, encoding, delimiter) -> None:
    path = tmp_path / "t.csv"
    rows = [[c.replace("−", "-") for c in row] for row in ROWS] if encoding == "cp1252" else ROWS
    path.write_bytes(text(rows, delimiter).encode(encoding))
    with open_table(path) as table:
        assert not table.is_workbook and [s.title for s in table.sheets] == [""]
        assert [list(r) for r in table.sheets[0].rows()] == rows


def test_separator_is_chosen_by_the_callers_score(tmp_path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b;c,d\n", encoding="utf-8")
    with open_table(path) as table:  # most cells in the first row
        assert list(table.sheets[0].rows()) == [["a", "b;c", "d"]]
    with open_table(path, score=lambda rows: "b" in rows[0]) as table:
        assert list(table.sheets[0].rows()) == [["a,b", "c,d"]]


def test_workbook_formulas_as_values_or_marked_and_every_sheet(tmp_path) -> None:
    path = tmp_path / "t.xlsx"
    book = Workbook()
    book.active.title = "Först"
    book.active.append(["Titel", "Värde"])
    book.active.append(["Summa", "=1+1"])
    book.create_sheet("Åtgärder").append(["x"])
    book.save(path)
    with open_table(path, formulas="marked") as table:
        assert table.is_workbook and [s.title for s in table.sheets] == ["Först", "Åtgärder"]
        cell = list(table.sheets[0].rows())[1][1]
        assert isinstance(cell, Formula) and cell == "=1+1"
    with open_table(path) as table:  # openpyxl wrote no computed value: None, not the text
        assert list(table.sheets[0].rows())[1] == ("Summa", None)


def test_limits_are_told_in_the_imports_own_words(tmp_path) -> None:
    path = tmp_path / "stor.csv"
    path.write_text("".join(f"{n}\n" for n in range(12)), encoding="utf-8")
    with open_table(path, limits=Limits(max_rows=10)) as table:
        rows = table.sheets[0].rows()
        assert [next(rows)[0] for _ in range(10)] == [str(n) for n in range(10)]
        with pytest.raises(RowLimitExceeded, match="^stor.csv: bladet ”” har fler än 10 rader.$"):
            next(rows)
    words = Wording(too_big="{name} är för stor ({mb} MB).")
    with pytest.raises(InputError, match=r"^stor.csv är för stor \(0 MB\).$"):
        open_table(path, limits=Limits(max_bytes=10), wording=words)


def test_undecodable_bytes_are_refused_before_any_row(tmp_path) -> None:
    path = tmp_path / "fel.csv"
    path.write_bytes(b"Titel\r\n" + b"ok\r\n" * 100_000 + b"\x81\r\n")
    with pytest.raises(InputError, match="varken UTF-8 eller Windows-1252 \\(byte 400007 = 0x81\\)"):
        open_table(path)
    path.write_bytes(b"\xff\xfeT\x00i")
    with pytest.raises(InputError, match="ser ut som UTF-16 men går inte att läsa"):
        open_table(path)
    path.write_bytes(b"\xef\xbb\xbfTitel\r\n\xff")
    with pytest.raises(InputError, match="felaktigt tecken vid byte 10"):
        open_table(path)
