"""Which encoding a CSV file is in, decided once over all of its bytes before any row is read.

The rule: a byte order mark says UTF-16 or UTF-8; otherwise the file is UTF-8 if all of it
is valid UTF-8, else Windows-1252 (what Swedish Excel saves as "CSV") - but only if no
line of it is UTF-8 text, that is valid UTF-8 with a character outside ASCII.

Why: in Windows-1252 the bytes of a UTF-8 letter read as two unlikely characters ("ä" is
C3 A4, "Ã¤"), and a Swedish line saved as Windows-1252 has its å, ä and ö followed by
ordinary letters or spaces, which is never valid UTF-8; so a Windows-1252 line is not
UTF-8 text, while every line of a UTF-8 file with a Swedish letter is. A file with lines
of both kinds (UTF-8 rows and one row pasted or appended from a Windows-1252 file) is
neither, and read as either it would store some rows as mojibake ("MÃ¤tning"); it is
refused with the numbers of the first line of each kind. Judged by line, not by the file,
so that a rare pair of Windows-1252 characters that happens to be valid UTF-8 ("SJÖ…" ends
in D6 85) refuses a file only when nothing else on its line is outside ASCII.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from models.limits import ROW_CHARS

CHUNK = 1 << 20
BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")
BOM_UTF8 = b"\xef\xbb\xbf"
LONG_LINE = 4 * ROW_CHARS  # bytes: four for each character at most

# A valid UTF-8 sequence of two to four bytes (RFC 3629: no overlong forms, no surrogates).
UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


@dataclass(frozen=True)
class Decided:
    """The encoding a file is read in, and what the pass over it saw."""

    encoding: str
    blank: bool  # nothing but white space
    has_nul: bool  # NUL characters (Excel's "Unicode-text" saved wrongly), to be dropped


@dataclass(frozen=True)
class Undecodable(Exception):
    """The file is in no encoding the rule allows. `kind`: "utf16" (a UTF-16 BOM, bad
    content), "utf8" (a UTF-8 BOM, but the byte at `at` on line `row` is not UTF-8),
    "mixed" (line `row` is not UTF-8, the byte at `at`, but line `other` is UTF-8 text),
    "neither" (not Windows-1252 either: the byte `byte` at `at`)."""

    kind: str
    at: int = 0
    row: int = 0
    byte: int = 0
    other: int = 0


def decide(path: Path) -> Decided:
    """The encoding of the file by the module's rule; Undecodable if none; OSError as is."""
    with path.open("rb") as f:
        head = f.read(3)
    if head.startswith(BOMS_UTF16):
        found = _scan(path, "utf-16")
        if isinstance(found, int):
            raise Undecodable("utf16")
        return found
    if head.startswith(BOM_UTF8):
        found = _scan(path, "utf-8", start=len(BOM_UTF8))
        if isinstance(found, int):
            raise Undecodable("utf8", at=found, row=_line_of(path, found))
        return Decided("utf-8-sig", found.blank, found.has_nul)
    found = _scan(path, "utf-8")
    if not isinstance(found, int):
        return found
    utf8_line = _utf8_line(path)
    if utf8_line:
        raise Undecodable("mixed", at=found, row=_line_of(path, found), other=utf8_line)
    found = _scan(path, "cp1252")
    if isinstance(found, int):
        with path.open("rb") as f:
            f.seek(found)
            raise Undecodable("neither", at=found, byte=f.read(1)[0])
    return found


def _scan(path: Path, encoding: str, start: int = 0) -> Decided | int:
    """What a pass over the file from `start` decoded as `encoding` sees, or the offset in
    the file of the first byte that does not decode."""
    decoder = codecs.getincrementaldecoder(encoding)()
    blank, has_nul, done = True, False, start
    with path.open("rb") as f:
        f.seek(start)
        while True:
            chunk = f.read(CHUNK)
            pending = len(decoder.getstate()[0])  # bytes of a character begun in the last chunk
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return done - pending + exc.start
            blank = blank and not chunk.strip()
            has_nul = has_nul or "\x00" in text
            if not chunk:
                return Decided(encoding, blank, has_nul)
            done += len(chunk)


def _utf8_line(path: Path) -> int:
    """The number (from 1) of the first line that is UTF-8 text, or 0 if none is.

    A line without a valid multi-byte sequence is not: the search for one runs over whole
    chunks, and only the lines where it finds one are decoded.
    """
    number, rest = 1, b""
    with path.open("rb") as f:
        while True:
            chunk = f.read(CHUNK)
            data = rest + chunk
            # Whole lines only; the last, unfinished one waits for the next chunk.
            end = data.rfind(b"\n") + 1 if chunk else len(data)
            position = 0
            for match in UTF8_MULTIBYTE.finditer(data, 0, end):
                if match.start() < position:
                    continue
                first = data.rfind(b"\n", 0, match.start()) + 1
                last = data.find(b"\n", match.end(), end)
                last = end if last < 0 else last + 1
                try:
                    data[first:last].decode("utf-8")
                except UnicodeDecodeError:
                    position = last  # the rest of this line can tell nothing more
                    continue
                return number + data.count(b"\n", 0, first)
            number += data.count(b"\n", 0, end)
            rest = data[end:]
            if len(rest) > LONG_LINE:
                rest = b""  # a line no import reads (models.limits.ROW_CHARS) is not judged
            if not chunk:
                return 0


def _line_of(path: Path, offset: int) -> int:
    """The line (from 1) that the byte at `offset` is on."""
    lines, done = 1, 0
    with path.open("rb") as f:
        while done < offset:
            chunk = f.read(min(CHUNK, offset - done))
            if not chunk:
                break
            lines += chunk.count(b"\n")
            done += len(chunk)
    return lines
