"""The one reader of CSV and Excel tables that both imports use (models/tabular.py)."""

from __future__ import annotations

from itertools import islice

import pytest
from hostile_files import (
    counted,
    inline_row,
    repeated,
    shared_row,
    unpackable_text,
    write_xlsx,
)
from openpyxl import Workbook

from models import limits
from models.errors import InputError
from models.tabular import BLANK, Formula, Limits, RowLimitExceeded, Wording, open_table

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


# ---------------------------------------------------------------- limits (models/limits.py)


def test_empty_rows_keep_their_numbers_and_do_not_count(tmp_path) -> None:
    path = tmp_path / "tom.csv"
    path.write_text("Titel;Värde\r\n;\r\n\r\n;;;\r\nett;1\r\n", encoding="utf-8")
    with open_table(path, limits=Limits(max_rows=2)) as table:
        assert list(table.sheets[0].rows()) == [["Titel", "Värde"], BLANK, BLANK, BLANK,
                                                 ["ett", "1"]]
    book = Workbook()
    book.active.append(["Titel"])
    book.active.append([None])
    book.active.append(["två"])
    book.active["A9"] = "nio"
    book.save(path := tmp_path / "tom.xlsx")
    with open_table(path, limits=Limits(max_rows=3)) as table:
        assert list(table.sheets[0].rows()) == [("Titel",), BLANK, ("två",), *[BLANK] * 5,
                                                ("nio",)]


def test_cells_right_of_the_limit_are_not_read(tmp_path) -> None:
    path = tmp_path / "bred.csv"
    path.write_text(";".join(str(n) for n in range(limits.COLUMNS + 50)) + "\r\n", "utf-8")
    with open_table(path) as table:
        assert list(table.sheets[0].rows())[0][-1] == str(limits.COLUMNS - 1)


def test_a_csv_cell_longer_than_excels_limit_is_refused_with_its_row(tmp_path) -> None:
    path = tmp_path / "lång.csv"
    most = "x" * limits.CELL_CHARS
    path.write_text(f"Titel;Text\r\nett;{most}\r\n" + "tre;3\r\n" * 30 + f'sist;"{most}x"\r\n',
                    encoding="utf-8")
    with open_table(path) as table:
        rows = table.sheets[0].rows()
        assert next(rows) == ["Titel", "Text"] and next(rows)[1] == most
        with pytest.raises(InputError, match="^lång.csv: rad 33: en cell har fler än 32 767 "):
            list(rows)
    path.write_text(f'Titel;Text\r\ntvå;"{most}x"\r\n', encoding="utf-8")
    with pytest.raises(InputError, match="^lång.csv: rad 2: en cell har fler än 32 767 "):
        open_table(path)


def test_a_csv_row_longer_than_the_limit_is_refused(tmp_path) -> None:
    path = tmp_path / "rad.csv"
    path.write_text("a;b\r\n" + ";" * limits.ROW_CHARS + "\r\n", encoding="utf-8")
    with pytest.raises(InputError, match="^rad.csv: rad 2 har fler än 1 000 000 tecken"):
        open_table(path)


def test_a_workbook_cell_longer_than_excels_limit_is_refused_with_row_and_column(tmp_path):
    path = write_xlsx(tmp_path / "lång.xlsx", [
        inline_row(1, ["Titel", "Text"]),
        inline_row(2, ["ett", "x" * limits.CELL_CHARS]),
        inline_row(3, ["två", "y" * (limits.CELL_CHARS + 1)]),
    ])
    with open_table(path) as table:
        rows = table.sheets[0].rows()
        assert [len(str(c)) for c in list(islice(rows, 2))[1]] == [3, limits.CELL_CHARS]
        with pytest.raises(InputError) as refused:
            next(rows)
    assert refused.value.message == (
        "lång.xlsx: rad 3, kolumn B: cellen har 32 768 tecken; en cell får ha högst 32 767 "
        "(Excels gräns). Inget lästes."
    )


@pytest.mark.parametrize(
    ("rows", "strings", "level", "message"),
    [
        # one part that unpacks to more than a part may
        (lambda: [inline_row(1, ["a"]), *repeated(b" ", limits.WORKBOOK_PART_BYTES + 1)],
         (), 1, "delen ”xl/worksheets/sheet1.xml” packas upp till 200 MB; högst 200 MB läses."),
        # packed more than a thousand times
        (lambda: [inline_row(1, ["a"]), *repeated(b" ", 30 * limits.MB)], (), 9,
         "delen ”xl/worksheets/sheet1.xml” packas upp till 30 MB från 29"),
        # more shared texts than the table may hold
        (lambda: [shared_row(1, [0])],
         lambda: counted("<si><t>{n}</t></si>", limits.SHARED_STRINGS + 1), 6,
         "arbetsboken har fler än 300 000 olika texter."),
        # one row of more XML elements than one piece may have
        (lambda: [b'<row r="1">', *counted("<c><v>{n}</v></c>", limits.XML_PIECE_TAGS // 4 + 1),
                  b"</row>"], (), 6,
         "rad 1 i delen ”xl/worksheets/sheet1.xml” har fler än 250 000 XML-taggar."),
        # one shared text larger than a piece may be
        (lambda: [shared_row(1, [0])],
         lambda: [b"<si><t>", *unpackable_text(limits.XML_PIECE_BYTES), b"</t></si>"], 6,
         "text 1 i delen ”xl/sharedStrings.xml” är större än 16 MB."),
    ],
    ids=["part", "ratio", "strings", "row", "text"],
)
def test_a_workbook_that_unpacks_too_far_is_refused_before_reading(
    tmp_path, rows, strings, level, message
) -> None:
    path = write_xlsx(tmp_path / "bomb.xlsx", rows(), strings() if strings else (), level)
    assert path.stat().st_size < 3 * limits.MB  # small on disk, never checked in
    with pytest.raises(InputError) as refused:
        open_table(path)
    assert refused.value.message.startswith("bomb.xlsx: arbetsboken läses inte: " + message)
