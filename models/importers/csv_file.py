"""CSV as Swedish Excel writes it: `;` and decimal comma, UTF-8 (with or without BOM) or
Windows-1252; also `,` with decimal points, and tab-separated UTF-16 ("Unicode-text")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from models.errors import InputError
from models.importers.rows import Parsed
from models.importers.table import find_header, parse_table

DELIMITERS = (";", ",", "\t")
MAX_BYTES = 50_000_000


def decode(data: bytes, name: str) -> str:
    """The text of a file: UTF-16 or UTF-8 by their BOM, else UTF-8, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: filen ser ut som UTF-16 men går inte att läsa.") from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: filen börjar som UTF-8 men har ett felaktigt tecken "
                f"vid byte {exc.start + 3}."
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: filen är varken UTF-8 eller Windows-1252 (byte {exc.start} "
            f"= 0x{data[exc.start]:02X}). Spara den som CSV (UTF-8) i Excel."
        ) from None


def split(text: str, name: str) -> list[list[str]]:
    """Rows of cells with the separator that makes the best header row."""
    text = text.replace("\x00", "")
    best: list[list[str]] | None = None
    best_score = -1
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error as exc:
            raise InputError(f"{name}: filen går inte att läsa som CSV ({exc}).") from None
        _, found = find_header(rows)
        if len(found) > best_score:
            best, best_score = rows, len(found)
    return best or []


def read_csv(path: Path, own_municipality: str, own_name: str = "") -> Parsed:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: filen är för stor ({size // 1_000_000} MB) för en resultatfil.")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: filen kan inte läsas ({exc.strerror or exc}).") from None
    return parse_csv_bytes(data, name, own_municipality, own_name)


def parse_csv_bytes(data: bytes, name: str, own_municipality: str, own_name: str = "") -> Parsed:
    if not data.strip():
        raise InputError(f"{name}: filen är tom.")
    rows = split(decode(data, name), name)
    return parse_table(name, rows, own_municipality, own_name)
