"""Every file the program writes (report, chart, export, backup, import template) is
written whole or not at all.

`write_whole(path, write)` lets `write` fill a temporary file beside the target and moves
it into place (os.replace) only when it is complete: a failure half way (an error, a
full disk, a stop) leaves the old file as it was and no part file behind.

- The old file's permission bits are kept (a 0664 file stays 0664); a new file gets the
  usual bits for the user's umask (0666 less the umask), never the 0600 of a temp file.
- A symbolic link is written through: the file it points to is replaced and the link
  stays a link (a link into a shared folder keeps pointing there).
- Errors become Swedish messages that name the file: a folder one may not write to, a
  file open elsewhere, a full disk ("Disken är full …").

No Qt, no SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from models.errors import InputError, InsiktError

T = TypeVar("T")
PART_SUFFIX = ".delvis"


def target_of(path: Path) -> Path:
    """Where the bytes go: the file a symbolic link points to (followed to the end)."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _new_part(target: Path) -> Path:
    """An empty temporary file beside the target, created with the user's usual bits."""
    for attempt in range(100):
        part = target.with_name(f".{target.name}.{os.getpid()}-{attempt}{PART_SUFFIX}")
        try:
            handle = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        os.close(handle)
        return part
    raise FileExistsError(errno.EEXIST, "för många delvis skrivna filer", str(target))


def os_error_text(exc: OSError, path: Path, what: str = "Filen") -> str:
    """An OSError met while writing `path`, in Swedish, naming the file."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"Disken är full: {what.lower()} {path} kunde inte sparas. Frigör utrymme och försök igen."
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        if not os.access(path.parent, os.W_OK):
            return f"Mappen {path.parent} går inte att skriva till: {what.lower()} {path.name} kunde inte sparas."
        return (
            f"{what} {path} går inte att skriva (den kan vara öppen i ett annat program "
            "eller skrivskyddad)."
        )
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    return f"{what} {path} kunde inte sparas: {reason}."


# The system's reasons a user may meet, in Swedish (others keep the system's own words).
_REASONS = {
    errno.ENOENT: "mappen finns inte",
    errno.ENOTDIR: "en del av sökvägen är en fil, ingen mapp",
    errno.EISDIR: "det är en mapp",
    errno.EROFS: "disken är skrivskyddad",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.EIO: "disken eller nätverket svarade med ett fel",
    errno.EEXIST: "det finns redan en fil med samma namn där en mapp behövs",
}


def _os_error_behind(exc: BaseException) -> OSError | None:
    """The OSError an exception was raised while handling, if any (a few links back)."""
    seen: BaseException | None = exc
    for _ in range(8):
        seen = seen.__context__ if seen is not None else None
        if seen is None:
            return None
        if isinstance(seen, OSError):
            return seen
    return None


def write_whole(path: Path, write: Callable[[Path], T], what: str = "Filen") -> T:
    """Call `write(part)` to fill a temporary file beside `path`, then put it in place.

    Returns what `write` returned. Raises InputError when the folder does not exist and
    InsiktError (a Swedish message) for what the system refused; any other error from
    `write` (including a stop) passes through, after the part file is removed.
    """
    path = Path(path)
    target = target_of(path)
    if not target.parent.is_dir():
        raise InputError(
            f"{what} kunde inte sparas i {path}. Mappen {target.parent} finns inte."
        )
    if target.is_dir():
        raise InputError(f"{path} är en mapp, ingen fil.")
    try:
        old_mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else None
        part = _new_part(target)
    except OSError as exc:
        raise InsiktError(os_error_text(exc, path, what)) from None
    try:
        result = write(part)
        if old_mode is not None:
            os.chmod(part, old_mode)
        os.replace(part, target)
    except OSError as exc:
        raise InsiktError(os_error_text(exc, path, what)) from None
    except Exception as exc:
        # A writer cleaning up after a failed write may fail again and hide why
        # (matplotlib's PDF on a full disk: "Error -2 while flushing"): tell the first.
        first = _os_error_behind(exc)
        if first is None:
            raise
        raise InsiktError(os_error_text(first, path, what)) from None
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    return result
