"""Random files to every importer (issue 13): random bytes, random CSV and random .xlsx
structures (zip parts of random XML-ish content, random sheets and cells), and random JSON,
to the results import (CSV, .xlsx, Kolada JSON) and the action import (CSV, .xlsx).

The only outcomes allowed are a preview (whose errors are Swedish lines) or an InputError
with a message; never another exception. Each example is bounded in time (the deadline
below) and in the memory Python allocates while the file is read (tracemalloc). Generated
in the tests, never checked in. SQLite only: the readers are what is tried here, and the
database's part is tried on both in test_importers_hostile.py.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hostile_files import CONTENT_TYPES, MAIN, ROOT_RELS, WORKBOOK, WORKBOOK_RELS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from models import importers
from models.action_import import import_actions
from models.errors import InputError
from models.preview import Preview

MEMORY_MB = 200  # Python's allocations while one small random file is read
FUZZ = settings(
    max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", "40")),
    deadline=dt.timedelta(seconds=30),  # generous: the machine is shared; a hang is caught
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
SWEDISH = ("fil", "rad", "kolumn", "saknas", "inget", "ingen", "kan inte", "läs", "är ",
           "högst", "fler än", "Kolada", "okänd", "filen", "tom")


def outcome(run: Callable[[], Preview[Any]]) -> str:
    """Run one import under tracemalloc: "preview" or "refused", or fail the test."""
    tracemalloc.start()
    try:
        preview = run()
    except InputError as exc:
        assert exc.message.strip(), "an InputError without a message"
        assert any(word in exc.message for word in SWEDISH), exc.message
        return "refused"
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < MEMORY_MB * 1_000_000, f"{peak / 1e6:.0f} MB"
    assert isinstance(preview, Preview)
    assert all(isinstance(e, str) and e.strip() for e in preview.errors)
    return "preview"


def results_import(db: Any, path: Path) -> Callable[[], Preview[Any]]:
    def run() -> Preview[Any]:
        with db.read() as s:
            return importers.preview_files(s, [path])

    return run


def action_import(db: Any, path: Path) -> Callable[[], Preview[Any]]:
    return lambda: import_actions(db, path, dry_run=True)


def every_import(db: Any, folder: Path, name: str, data: bytes) -> None:
    path = folder / name
    path.write_bytes(data)
    outcome(results_import(db, path))
    if not name.endswith(".json"):
        outcome(action_import(db, path))


# ---------------------------------------------------------------- random bytes


@FUZZ
@given(data=st.binary(max_size=2000),
       suffix=st.sampled_from([".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".json"]))
def test_random_bytes_to_every_importer(borlange_db, data, suffix) -> None:
    with tempfile.TemporaryDirectory() as folder:
        every_import(borlange_db, Path(folder), "slump" + suffix, data)


# ---------------------------------------------------------------- random CSV

cell_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "År", "Kundgrupp", "Myndighetsområde", "Mått", "Värde", "Titel",
                     "Id", "Status", "Företag", "NKI", "Totalt", "2023", "72,5", "=1+1", "'=2",
                     '"', '""', ";", ",", "\t", "\n", "\r", "\x00", "\ufeff", "Ã¤", "ä",
                     "9" * 40, "1e400", "−5", "2024-02-30", "Klar", "ja", "ÅÄÖ"]),
)
csv_rows = st.lists(st.lists(cell_text, max_size=12), max_size=25)


def csv_bytes(rows: list[list[str]], delimiter: str, encoding: str, quote: bool) -> bytes:
    def cell(text: str) -> str:
        if quote and any(c in text for c in (delimiter, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    text = "\r\n".join(delimiter.join(cell(c) for c in row) for row in rows)
    return text.encode(encoding, errors="replace")


@FUZZ
@given(rows=csv_rows, delimiter=st.sampled_from([";", ",", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
       quote=st.booleans(), tail=st.binary(max_size=40))
def test_random_csv_to_both_imports(borlange_db, rows, delimiter, encoding, quote, tail) -> None:
    with tempfile.TemporaryDirectory() as folder:
        every_import(borlange_db, Path(folder), "slump.csv",
                     csv_bytes(rows, delimiter, encoding, quote) + tail)


# ---------------------------------------------------------------- random .xlsx structures

xml_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20).map(
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace("]]>", "")
)
attribute = st.one_of(
    st.sampled_from(["1", "2", "0", "-1", "x", "", "1048576", "1048577", "99999999999",
                     "A1", "XFD1", "ZZZZ1", "B2", "A0", "1.5", "s", "n", "b", "e", "str",
                     "inlineStr", "d", "A1:XFD1048576", "A1:B2"]),
    xml_text,
)


@st.composite
def cell_xml(draw: Any) -> str:
    parts = []
    for name in ("r", "t", "s"):
        if draw(st.booleans()):
            parts.append(f' {name}="{draw(attribute)}"')
    inner = draw(st.sampled_from(["v", "is", "f", "fv", "none", "junk"]))
    body = {
        "v": f"<v>{draw(attribute)}</v>",
        "is": f"<is><t>{draw(xml_text)}</t></is>",
        "f": f"<f>{draw(xml_text)}</f>",
        "fv": f'<f t="{draw(attribute)}" si="{draw(attribute)}" ref="{draw(attribute)}">'
              f"{draw(xml_text)}</f><v>{draw(attribute)}</v>",
        "none": "",
        "junk": draw(xml_text),
    }[inner]
    return f"<c{''.join(parts)}>{body}</c>"


@st.composite
def sheet_xml(draw: Any) -> str:
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        r = f' r="{draw(attribute)}"' if draw(st.booleans()) else ""
        cells = "".join(draw(st.lists(cell_xml(), max_size=5)))
        rows.append(f"<row{r}>{cells}</row>")
    dimension = f'<dimension ref="{draw(attribute)}"/>' if draw(st.booleans()) else ""
    text = f'<worksheet xmlns="{MAIN}">{dimension}<sheetData>{"".join(rows)}</sheetData>' \
           "</worksheet>"
    if draw(st.integers(0, 9)) == 0:  # cut off, or with junk inside
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(["", "<", "</row>", "&bad;", "<!DOCTYPE x>"]))
    return text


@st.composite
def strings_xml(draw: Any) -> str:
    items = "".join(
        draw(st.sampled_from(["<si><t>{}</t></si>", "<si>{}</si>", "<si/>",
                              "<si><r><t>{}</t></r><r><t>{}</t></r></si>"])).format(
            draw(xml_text), draw(xml_text))
        for _ in range(draw(st.integers(0, 8)))
    )
    return f'<sst xmlns="{MAIN}">{items}</sst>'


@st.composite
def workbook_zip(draw: Any) -> bytes:
    """The parts of a workbook, each either as it should be or random."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK.replace("Resultat", draw(st.sampled_from(
            ["Resultat", "Åtgärder", "", "a/b", "x" * 40]))),
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": draw(sheet_xml()),
        "xl/sharedStrings.xml": draw(strings_xml()),
    }
    for name in draw(st.lists(st.sampled_from(sorted(parts)), max_size=2, unique=True)):
        parts[name] = draw(st.one_of(xml_text, st.just("")))  # a part replaced by junk
    for name in draw(st.lists(st.sampled_from(sorted(parts)), max_size=1)):
        del parts[name]
    if draw(st.booleans()):
        parts["xl/styles.xml"] = draw(st.sampled_from([
            f'<styleSheet xmlns="{MAIN}"/>',
            f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="164" formatCode="yyyy"/>'
            '</numFmts><cellXfs><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>',
            "<junk",
        ]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in parts.items():
            book.writestr(name, text)
    return buffer.getvalue()


@FUZZ
@given(data=workbook_zip(), suffix=st.sampled_from([".xlsx", ".xlsm"]))
def test_random_workbook_structures_to_both_imports(borlange_db, data, suffix) -> None:
    with tempfile.TemporaryDirectory() as folder:
        every_import(borlange_db, Path(folder), "slump" + suffix, data)


cell_value = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True), cell_text,
    st.dates(), st.datetimes(), st.times(), st.timedeltas(),
    st.sampled_from(["=SUM(A1:A2)", "=1/0", "x" * 40_000]),
)


@FUZZ
@given(sheets=st.lists(st.tuples(st.sampled_from(["Resultat", "Åtgärder", "Blad1", "Mall"]),
                                 st.lists(st.lists(cell_value, max_size=10), max_size=12)),
                       min_size=1, max_size=3))
def test_random_sheets_and_cells_to_both_imports(borlange_db, sheets) -> None:
    book = Workbook()
    book.remove(book.active)
    for number, (title, rows) in enumerate(sheets):
        sheet = book.create_sheet(f"{title}{number or ''}")
        for row in rows:
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                          for v in row])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "slump.xlsx"
        try:
            book.save(path)
        except (ValueError, OverflowError, TypeError):
            pytest.skip("openpyxl cannot write this workbook")  # not the readers' concern
        every_import(borlange_db, Path(folder), "slump.xlsx", path.read_bytes())


# ---------------------------------------------------------------- random Kolada JSON

json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8),
                      st.sampled_from(["U07455", "U07451", "2081", "T", "0000", "G124018"]))
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["values", "kpi", "municipality", "period", "gender",
                                     "value", "status", "next_url", "count", "isdeleted"]),
                    inner, max_size=6)), max_leaves=20)


@FUZZ
@given(documents=st.lists(json_value, min_size=0, max_size=4),
       layout=st.sampled_from(["one", "array", "concat"]), cut=st.integers(0, 40),
       junk=st.sampled_from(["", "\ufeff", "]", ",", "{", "0", "NaN", "\x00", "[" * 50]))
def test_random_kolada_json(borlange_db, documents, layout, cut, junk) -> None:
    import json

    if layout == "one":
        text = json.dumps(documents[0] if documents else None)
    elif layout == "array":
        text = json.dumps(documents)
    else:
        text = "\n".join(json.dumps(d) for d in documents)
    text = (text[:-cut] if cut and cut < len(text) else text) + junk
    with tempfile.TemporaryDirectory() as folder:
        every_import(borlange_db, Path(folder), "kolada.json", text.encode("utf-8", "replace"))
