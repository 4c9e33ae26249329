"""What every command does alike: opens its database and closes it, prints errors, JSON,
and "databasen är upptagen" while waiting.

main.py's last line of defence prints through print_error, also when the program's own
modules fail to load: so nothing of the program is imported here at module level.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.db import Database


def print_error(message: str) -> None:
    print(f"Fel: {message}", file=sys.stderr)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _print_busy(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def install_busy_printer() -> None:
    """On the command line "databasen är upptagen, försöker igen" goes to stderr, and so
    does what the opening of a database put right (a file out of WAL mode, a setting
    that fell back to its default)."""
    from models.db import set_busy_handler, set_notice_handler

    set_busy_handler(_print_busy)
    set_notice_handler(_print_busy)


@contextlib.contextmanager
def database(args: argparse.Namespace, create: bool = False) -> Iterator[Database]:
    """The database of `--db`, open for one command and closed after it."""
    from models.opening import open_database

    db = open_database(args.db, create=create)
    try:
        yield db
    finally:
        db.dispose()


def output_file(text: str, option: str = "") -> Path:
    """Where a command writes a file, refused before anything is opened when it is a folder
    or, for an option (`option` names it, e.g. --out), when its folder does not exist (it
    is not made). A file named without an option is written by models.atomic.write_whole,
    whose message names both the file and the missing folder."""
    from models.errors import InputError

    path = Path(text).expanduser()
    named = f"{option}: " if option else ""
    folder = path.absolute().parent
    if option and folder.exists() and not folder.is_dir():
        raise InputError(f"{option}: {folder} är en fil, ingen mapp.")
    if option and not folder.is_dir():
        raise InputError(f"{option}: mappen {folder} finns inte.")
    if path.is_dir():
        raise InputError(f"{named}{path} är en mapp, ingen fil.")
    return path
