"""Hostile files, generated: every import either goes in whole or leaves the database as
it was, and nothing but InputError (a message for the user) ever escapes."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_helpers import check_all_or_nothing, import_files, snapshot
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from models.codes import Area, Group, Measure

HEADER = ["År", "Kundgrupp", "Myndighetsområde", "Mått", "Värde", "Antal svar", "Felmarginal",
          "Preliminär", "Källa", "Kommun"]
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

junk = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "=1+1", "-5", "−5", "1e400", "nan", "inf", "ja", "nej", "0000",
                     "2081", "Riket", "72,5", "72.5", "1 204", "100,01", "\x00", "\ufeff",
                     "\u00a070", ";", '"', "\n", "2100", "1999", "Totalt", "Företag"]),
    st.integers(-10**6, 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: f"{f}".replace(".", ",")),
)
good = {
    0: st.integers(2000, 2100).map(str),
    1: st.sampled_from([g.label for g in Group] + ["foretag", "PRIVAT"]),
    2: st.sampled_from([a.label for a in Area] + ["miljo", "Livsmedel"]),
    3: st.sampled_from([m.label for m in Measure] + ["nki", "tillganglighet"]),
    4: st.decimals(0, 100, places=1).map(lambda d: str(d).replace(".", ",")),
    5: st.one_of(st.just(""), st.integers(0, 5000).map(str)),
    6: st.one_of(st.just(""), st.decimals(0, 20, places=1).map(str)),
    7: st.sampled_from(["", "ja", "nej", "Ja", "x"]),
    8: st.text(max_size=20),
    9: st.sampled_from(["", "2081", "0000", "180", "Riket", "Borlänge"]),
}


@st.composite
def tables(draw) -> list[list[str]]:
    """A header (shuffled, in any case, sometimes cut or misspelt) and rows, some hostile."""
    optional = draw(st.lists(st.integers(5, len(HEADER) - 1), unique=True))
    required = list(range(5)) if draw(st.integers(0, 4)) else draw(st.lists(st.integers(0, 4), unique=True))
    order = draw(st.permutations(required + optional))
    spellings = lambda i: st.sampled_from([HEADER[i], HEADER[i].upper(), HEADER[i].lower()  # noqa: E731
                                           .replace("å", "a").replace("ä", "a").replace("ö", "o")]
                                          + (["Okänd"] if draw(st.integers(0, 9)) == 0 else []))
    rows = [[draw(spellings(i)) for i in order]]
    for _ in range(draw(st.integers(0, 8))):
        hostile = draw(st.integers(0, 5)) == 0
        rows.append([draw(junk if hostile and draw(st.booleans()) else good[i]) for i in order])
    return rows


def csv_bytes(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    def cell(text: str) -> str:
        if any(c in text for c in (delimiter, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    text = "\r\n".join(delimiter.join(cell(c) for c in row) for row in rows) + "\r\n"
    return text.encode(encoding, errors="replace")


@SETTINGS
@given(rows=tables(), delimiter=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_generated_csv_goes_in_whole_or_not_at_all(borlange_db, rows, delimiter, encoding) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fil.csv"
        path.write_bytes(csv_bytes(rows, delimiter, encoding))
        check_all_or_nothing(borlange_db, snapshot(borlange_db), lambda: import_files(borlange_db, path))


@SETTINGS
@given(data=st.binary(max_size=400), head=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe",
                                                            "År;Värde\n".encode()]))
def test_random_bytes_as_csv_never_crash(borlange_db, data, head) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fil.csv"
        path.write_bytes(head + data)
        check_all_or_nothing(borlange_db, snapshot(borlange_db), lambda: import_files(borlange_db, path))


cell_values = st.one_of(
    st.none(), st.booleans(), st.integers(-10**9, 10**9),
    st.floats(allow_nan=False, allow_infinity=False), junk,
)


@SETTINGS
@given(rows=tables(), replacements=st.lists(st.tuples(st.integers(1, 8), st.integers(0, 9),
                                                      cell_values), max_size=6))
def test_generated_xlsx_goes_in_whole_or_not_at_all(borlange_db, rows, replacements) -> None:
    for row_index, column, value in replacements:  # typed cells: numbers, booleans, empty
        if row_index < len(rows) and column < len(rows[row_index]):
            rows[row_index][column] = value
    book = Workbook()
    for row in rows:  # Excel cannot hold control characters: openpyxl refuses them itself
        book.active.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c
                            for c in row])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fil.xlsx"
        book.save(path)
        check_all_or_nothing(borlange_db, snapshot(borlange_db), lambda: import_files(borlange_db, path))


@SETTINGS
@given(data=st.binary(max_size=300), seed=st.integers(0, 2**16))
def test_corrupted_xlsx_never_crashes(borlange_db, data, seed, tmp_path_factory) -> None:
    base = tmp_path_factory.mktemp("x") / "mall.xlsx"
    book = Workbook()
    book.active.append(HEADER)
    book.active.append([2021, "Företag", "Bygglov", "NKI", 70, 10, None, "nej", "", "2081"])
    book.save(base)
    raw = bytearray(base.read_bytes())
    rng = random.Random(seed)
    for _ in range(rng.randint(1, 20)):  # flip bytes, or splice in the random ones
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    position = rng.randrange(len(raw))
    raw[position:position + len(data)] = data
    path = base.with_name("trasig.xlsx")
    path.write_bytes(bytes(raw))
    check_all_or_nothing(borlange_db, snapshot(borlange_db), lambda: import_files(borlange_db, path))


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(),
                      st.text(max_size=8), st.sampled_from(["U07455", "U07451", "2081", "T", "0000"]))
json_any = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)
kolada_value = st.fixed_dictionaries(
    {"gender": st.sampled_from(["T", "K", "M"]),
     "value": st.one_of(st.none(), st.floats(-10, 150), st.integers(0, 100), json_any)},
    optional={"status": st.text(max_size=6), "count": st.integers(0, 3)},
)
kolada_good = st.fixed_dictionaries(
    {"kpi": st.sampled_from(["U07455", "U07451"]),
     "municipality": st.sampled_from(["2081", "0000", "1280"]),
     "period": st.integers(2000, 2100),
     "values": st.lists(st.fixed_dictionaries({"gender": st.just("T"), "value": st.one_of(
         st.none(), st.floats(0, 100), st.integers(0, 100))}), min_size=1, max_size=1)},
)
kolada_item = st.one_of(
    kolada_good, kolada_good, kolada_good,
    st.fixed_dictionaries(
        {"kpi": st.sampled_from(["U07455", "U07451", "U99999", ""]),
         "municipality": st.sampled_from(["2081", "0000", "180", "abcd", None]),
         "period": st.one_of(st.integers(1990, 2110), st.sampled_from(["2023", "x", None, 2023.5])),
         "values": st.one_of(st.lists(kolada_value, max_size=3), json_any)},
        optional={"isdeleted": st.booleans()},
    ),
    json_any,
)
kolada_page = st.one_of(
    st.fixed_dictionaries({"values": st.lists(kolada_item, max_size=5),
                           "count": st.integers(0, 10), "next_url": st.none()}),
    json_any,
)


@SETTINGS
@given(pages=st.lists(kolada_page, min_size=1, max_size=3), layout=st.sampled_from(["one", "array", "concat"]))
def test_generated_kolada_json_goes_in_whole_or_not_at_all(borlange_db, pages, layout) -> None:
    if layout == "one":
        text = json.dumps(pages[0])
    elif layout == "array":
        text = json.dumps(pages)
    else:
        text = "\n".join(json.dumps(p) for p in pages)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kolada.json"
        path.write_text(text, encoding="utf-8")
        check_all_or_nothing(borlange_db, snapshot(borlange_db), lambda: import_files(borlange_db, path))


@pytest.mark.parametrize("text", ["[" * 100_000, '{"values": [' + "1," * 10 + "]", "NaN", "\ufeff"])
def test_broken_json_gives_a_message(borlange_db, tmp_path, text) -> None:
    path = tmp_path / "k.json"
    path.write_text(text, encoding="utf-8")
    before = snapshot(borlange_db)
    result = import_files(borlange_db, path)
    assert not result.ok and result.errors[0].startswith("k.json:")
    assert snapshot(borlange_db) == before
