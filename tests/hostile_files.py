"""Hostile input files, generated small on disk (never checked in): .xlsx files written part
by part as XML, so that a test can put anything in a sheet or in the shared texts."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"

CONTENT_TYPES = f"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_TYPE}"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = (
    f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>'
    '<sheet name="Resultat" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def text(value: str) -> bytes:
    return value.replace("&", "&amp;").replace("<", "&lt;").encode("utf-8")


def inline_row(number: int, cells: Iterable[object]) -> bytes:
    """One <row> of inline texts and numbers."""
    out = [f'<row r="{number}">'.encode()]
    for cell in cells:
        if isinstance(cell, (int, float)):
            out.append(f"<c><v>{cell}</v></c>".encode())
        else:
            out.append(b'<c t="inlineStr"><is><t>' + text(str(cell)) + b"</t></is></c>")
    out.append(b"</row>")
    return b"".join(out)


def shared_row(number: int, indexes: Iterable[int]) -> bytes:
    """One <row> whose cells are shared texts by index."""
    return (f'<row r="{number}">'.encode()
            + b"".join(f'<c t="s"><v>{i}</v></c>'.encode() for i in indexes) + b"</row>")


def write_xlsx(path: Path, rows: Iterable[bytes], strings: Iterable[bytes] = (),
               level: int = 6, extra: dict[str, bytes] | None = None) -> Path:
    """An .xlsx whose one sheet holds `rows` (XML of <row> elements, streamed) and whose
    shared texts are `strings` (XML of <si> elements, streamed)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet xmlns="{MAIN}"><sheetData>'.encode())
            for row in rows:
                sheet.write(row)
            sheet.write(b"</sheetData></worksheet>")
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as table:
            table.write(f'<sst xmlns="{MAIN}">'.encode())
            for item in strings:
                table.write(item)
            table.write(b"</sst>")
        for name, data in (extra or {}).items():
            book.writestr(name, data)
    return path


def repeated(piece: bytes, times: int, per_write: int = 4096) -> Iterable[bytes]:
    """`piece` `times` times, in writes of `per_write` pieces (fast to generate)."""
    block = piece * per_write
    for _ in range(times // per_write):
        yield block
    yield piece * (times % per_write)


def counted(template: str, times: int, per_write: int = 4096) -> Iterable[bytes]:
    """`template` with {n} filled in from 0 to times − 1: pieces that do not pack away."""
    for start in range(0, times, per_write):
        yield "".join(template.format(n=n) for n in range(start, min(times, start + per_write))
                      ).encode()


def unpackable_text(size: int) -> Iterable[bytes]:
    """`size` bytes of letters that deflate packs about 80 times, not a thousand."""
    import random

    block = "".join(random.Random(13).choices("abcdefghijklmnopqrstuvwxyz ", k=16384)).encode()
    for _ in range(size // len(block)):
        yield block
    yield block[: size % len(block)]
