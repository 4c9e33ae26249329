"""What an .xlsx file may hold, checked before openpyxl reads any of it.

An .xlsx file is a zip of XML parts, and a small file can unpack to gigabytes (a 1.5 MB
file held one 1.5 GB cell). So first, from the zip's directory alone: the number of parts,
each part's unpacked size (`ZipInfo.file_size`, which zipfile holds a part to: it stops
there and fails the checksum) and ratio to its packed size, and their sum. Then each part
is unpacked once as a stream, without keeping it, and cut into pieces where a row
(`<row`) or a shared text (`<si`) begins, with or without a namespace prefix: openpyxl
holds one such piece in memory at a time (a row while it is read, a text of the shared
table) or a whole part that has none (styles, the workbook), so each piece is bounded in
bytes and in XML tags (each `<`: start and end tags, never fewer than the elements), and a
part in the number of rows and shared texts. The limits are in models/limits.py.

Unpacking twice costs little next to openpyxl's reading (about 0.1 s for a sheet of
100 000 rows against tens of seconds).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from models import limits
from models.words import plural

_CHUNK = 1 << 20
# The start of a row or of a shared text: <row …>, <x:row>, <si>, <si/>.
_PIECE_START = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?(row|si)[\s/>]")
_CARRY = 64  # bytes kept from a chunk's end: a piece's start tag may be cut between chunks


class WorkbookRefused(Exception):
    """The file crosses a limit; `reason` says which, in Swedish."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotAZip(Exception):
    """The file is no zip file (or a damaged one): not a workbook at all."""


def _mb(size: int) -> str:
    return f"{size / limits.MB:.0f} MB" if size >= limits.MB else f"{size} byte"


def check_workbook(path: Path) -> None:
    """Raise WorkbookRefused if the workbook crosses a limit, NotAZip if it is no zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            _check_directory(parts)
            for part in parts:
                if not part.is_dir():
                    _check_part(archive, part)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
            zlib.error, EOFError, ValueError) as exc:
        raise NotAZip(str(exc)) from None


def _check_directory(parts: list[zipfile.ZipInfo]) -> None:
    if len(parts) > limits.WORKBOOK_PARTS:
        raise WorkbookRefused(
            f"filen har {plural(len(parts), 'del', 'delar')}; en arbetsbok får ha högst "
            f"{limits.grouped(limits.WORKBOOK_PARTS)}."
        )
    total = 0
    for part in parts:
        size = part.file_size
        if size > limits.WORKBOOK_PART_BYTES:
            raise WorkbookRefused(
                f"delen {_name(part)} packas upp till {_mb(size)}; högst "
                f"{_mb(limits.WORKBOOK_PART_BYTES)} läses."
            )
        if size > limits.WORKBOOK_RATIO_FROM and size > limits.WORKBOOK_RATIO * max(
            part.compress_size, 1
        ):
            raise WorkbookRefused(
                f"delen {_name(part)} packas upp till {_mb(size)} från "
                f"{_mb(part.compress_size)}, mer än {limits.WORKBOOK_RATIO} gånger så mycket; "
                "så packas ingen vanlig arbetsbok."
            )
        total += size
    if total > limits.WORKBOOK_TOTAL_BYTES:
        raise WorkbookRefused(
            f"filen packas upp till {_mb(total)}; högst {_mb(limits.WORKBOOK_TOTAL_BYTES)} läses."
        )


def _name(part: zipfile.ZipInfo) -> str:
    name = part.filename
    return f"”{name if len(name) <= 80 else name[:80] + '…'}”"


class _Pieces:
    """The running count of one part: its pieces so far and the open piece's size."""

    def __init__(self, part: zipfile.ZipInfo) -> None:
        self.part = part
        self.rows = 0
        self.texts = 0
        self.bytes = 0  # of the open piece
        self.tags = 0

    def grow(self, size: int, tags: int) -> None:
        self.bytes += size
        self.tags += tags
        if self.bytes > limits.XML_PIECE_BYTES:
            raise WorkbookRefused(self._where() + f" är större än {_mb(limits.XML_PIECE_BYTES)}.")
        if self.tags > limits.XML_PIECE_TAGS:
            raise WorkbookRefused(
                self._where() + f" har fler än {limits.grouped(limits.XML_PIECE_TAGS)} XML-taggar."
            )

    def begin(self, kind: bytes) -> None:
        self.bytes = self.tags = 0
        if kind == b"row":
            self.rows += 1
            if self.rows > limits.EXCEL_ROWS:
                raise WorkbookRefused(
                    f"delen {_name(self.part)} har fler än {limits.grouped(limits.EXCEL_ROWS)} rader "
                    "(Excels gräns)."
                )
        else:
            self.texts += 1
            if self.texts > limits.SHARED_STRINGS:
                raise WorkbookRefused(
                    f"arbetsboken har fler än {limits.grouped(limits.SHARED_STRINGS)} olika texter."
                )

    def _where(self) -> str:
        if self.rows:
            return f"rad {self.rows} i delen {_name(self.part)}"
        if self.texts:
            return f"text {self.texts} i delen {_name(self.part)}"
        return f"delen {_name(self.part)}"


def _check_part(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    pieces = _Pieces(part)
    unpacked = 0
    tail = b""
    with archive.open(part) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            unpacked += len(chunk)
            data = tail + chunk
            # The last bytes wait for the next chunk: a start tag may go on in it.
            end = len(data) - _CARRY if chunk else len(data)
            position = 0
            for match in _PIECE_START.finditer(data):
                start = match.start()
                if start >= end:
                    break
                pieces.grow(start - position, data.count(b"<", position, start))
                pieces.begin(match.group(1))
                position = start
            if end > position:
                pieces.grow(end - position, data.count(b"<", position, end))
                position = end
            tail = data[position:]
            if not chunk:
                break
    if pieces.texts and unpacked > limits.SHARED_STRINGS_BYTES:
        raise WorkbookRefused(
            f"arbetsbokens texter (delen {_name(part)}) är {_mb(unpacked)}; högst "
            f"{_mb(limits.SHARED_STRINGS_BYTES)}."
        )
