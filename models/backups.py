"""Backups of a SQLite database file: consistent copies, the daily automatic one, finding
them again, and putting one back in place of a damaged or unwanted file.

Copies are made with SQLite's backup API (safe while the file is in use). The automatic
and manual ones are kept in `backup_folder()` beside the user data, the copies before a
schema upgrade beside the file itself.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import glob
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

import models.db
from models.atomic import os_error_text, write_whole
from models.db import Database
from models.db_urls import read_only_uri
from models.errors import BusyError, DamagedError, DatabaseError, InsiktError
from models.file_probe import (
    SQLITE_MAGIC,
    describe_file_problem,
    known_revisions,
    probe_file,
    probe_uri,
)
from models.progress import Progress

BACKUP_FOLDER = "Säkerhetskopior"
BACKUP_KEEP = 10
# Pages (of usually 4 KB) copied per step when the caller follows the copy's progress.
BACKUP_STEP_PAGES = 256

log = logging.getLogger("insiktskollen")


def backup_sqlite(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """A consistent copy of a SQLite file with SQLite's backup API (safe while in use).

    The copy is written beside the target under a temporary name and renamed when whole
    (models.atomic), so an interrupted backup never leaves a half copy under a backup's
    name, and a full disk or a folder one may not write to gives a Swedish message. With
    `progress`, the copy goes in steps and each is told (pages copied, of all); an error
    raised by it (`Cancelled`) stops the copy and removes the part.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InsiktError(os_error_text(exc, target, "Säkerhetskopian")) from None
    src = sqlite3.connect(read_only_uri(source), uri=True, timeout=models.db.BUSY_TIMEOUT_S)

    def copy(part: Path) -> None:
        dst = sqlite3.connect(part)
        try:
            if progress is None:
                src.backup(dst)
            else:
                tell = progress
                src.backup(dst, pages=BACKUP_STEP_PAGES,
                           progress=lambda _status, left, total: tell(total - left, total))
        except sqlite3.OperationalError as exc:
            if _disk_full(exc):
                raise OSError(errno.ENOSPC, str(exc)) from exc
            raise
        finally:
            dst.close()

    try:
        write_whole(target, copy, "Säkerhetskopian")
    finally:
        src.close()
    return target


def _disk_full(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name == "SQLITE_FULL" or "disk is full" in str(exc).lower()


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def upgrade_backup_path(path: Path, revision: str) -> Path:
    """Where the copy made before upgrading a file to `revision` goes: beside the file."""
    return path.with_name(f"{path.name}.före-{revision}-{_stamp()}.bak")


def backup_path_for(path: Path, folder: Path | None = None) -> Path:
    folder = folder or path.parent
    stem = re.sub(r"\.db$", "", path.name)
    return folder / f"{stem}-kopia-{_stamp()}.db"


def damaged_error(problem: str, path: Path) -> DamagedError:
    """The refusal of a damaged or foreign file, offering the newest backups of it."""
    backups = with_losses(list_backups(path)[:5], path)
    text_ = f"{problem} Filen har inte ändrats."
    if backups:
        lines = "".join(
            f"\n  {b.made:%Y-%m-%d %H:%M}  {b.path}" + (f"  (saknar {b.lost})" if b.lost else "")
            for b in backups
        )
        text_ += (
            f" De senaste säkerhetskopiorna:{lines}\n"
            "Återställ en av dem med ”Återställ från säkerhetskopia…” eller på kommandoraden: "
            f'main.py --db "{path}" restore "{backups[0].path}"'
        )
        if backups[0].lost:
            text_ += (
                f"\nObs: den senaste kopian saknar {backups[0].lost} som finns i den "
                "nuvarande filen; de går förlorade om du återställer den."
            )
    else:
        text_ += f" Det finns ingen säkerhetskopia av den i {backup_folder()}."
    return DamagedError(text_, path=path, backups=backups)


@dataclass(frozen=True)
class Backup:
    """A backup of a database file: where it is, when it was made, and how."""

    path: Path
    made: dt.datetime  # local time
    # "auto", "kopia", "före-återställning", "skadad" (a damaged file copied byte for byte
    # before a restore) or "före-uppgradering"
    kind: str
    # What putting it back would lose: the changes made in the current file after the
    # copy ("12 ändringar gjorda 2024-05-02 10:14–2024-05-03 16:20"); "" for none or
    # unknown. Filled in by `with_losses`.
    lost: str = ""

    @property
    def automatic(self) -> bool:
        return self.kind == "auto"


def _last_log_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0])


def changes_after(backup: Path, current: Path) -> tuple[int, str, str] | None:
    """The change-log rows of `current` newer than everything in `backup`: how many, and
    the first and last time (local, "YYYY-MM-DD HH:MM"); None when either cannot be read.

    Both files are only read (a file in WAL mode as in models.file_probe.probe_uri).
    """
    from models.entities import local_time

    try:
        with contextlib.closing(sqlite3.connect(probe_uri(backup), uri=True)) as conn:
            last = _last_log_id(conn)
        with contextlib.closing(sqlite3.connect(probe_uri(current), uri=True)) as conn:
            n, first, final = conn.execute(
                "SELECT count(*), min(at), max(at) FROM change_log WHERE id > ?", (last,)
            ).fetchone()
    except (sqlite3.Error, OSError, TypeError, ValueError):
        return None

    def shown(at: object) -> str:
        try:
            return f"{local_time(dt.datetime.fromisoformat(str(at))):%Y-%m-%d %H:%M}"
        except (ValueError, OverflowError):
            return str(at)[:16]

    return (int(n), shown(first), shown(final)) if n else (0, "", "")


def loss_text(n: int, first: str, last: str) -> str:
    """ "12 ändringar gjorda 2024-05-02 10:14–2024-05-03 16:20"; "" for none."""
    if n == 0:
        return ""
    if n == 1 or first == last:
        return f"{n} {'ändring' if n == 1 else 'ändringar'} gjord{'' if n == 1 else 'a'} {first}"
    return f"{n} ändringar gjorda {first}–{last}"


def unread_loss_text(backup: Path, current: Path) -> str:
    """What restoring `backup` would lose when the change log cannot be read (a damaged
    file): "ett okänt antal ändringar gjorda efter 2024-05-02 10:14, senast 2024-05-03
    16:20" when the current file (or its -wal file) was written after the backup was;
    "" when it was not."""
    try:
        made = Path(backup).stat().st_mtime
        written = max(
            p.stat().st_mtime
            for p in (Path(current), Path(f"{current}-wal"))
            if p == Path(current) or p.exists()
        )
    except OSError:
        return ""
    if written <= made:
        return ""
    since, last = dt.datetime.fromtimestamp(made), dt.datetime.fromtimestamp(written)
    return (
        f"ett okänt antal ändringar gjorda efter {since:%Y-%m-%d %H:%M}, "
        f"senast {last:%Y-%m-%d %H:%M}"
    )


def with_losses(backups: list[Backup], current: Path) -> list[Backup]:
    """The backups with what restoring each would lose from `current`: counted from the
    change logs, or from the files' times when a log cannot be read."""
    if not Path(current).is_file():
        return backups
    out = []
    for backup in backups:
        found = changes_after(backup.path, current)
        lost = loss_text(*found) if found else unread_loss_text(backup.path, current)
        out.append(dataclasses.replace(backup, lost=lost) if lost else backup)
    return out


def backup_folder() -> Path:
    """The folder beside the user data where backups are kept."""
    from models.paths import data_dir

    return data_dir() / BACKUP_FOLDER


def _stem(path: Path) -> str:
    return re.sub(r"\.(db|sqlite3?)$", "", path.name)


def _tag(path: Path) -> str:
    """Tells apart backups of files with the same name in different folders."""
    return hashlib.sha1(str(path.absolute()).encode("utf-8")).hexdigest()[:6]


_BACKUP_NAME = re.compile(
    r"-(?P<kind>auto|kopia|före-återställning|skadad)(-[0-9a-f]{6})?"
    r"-(?P<stamp>\d{8}-\d{6})(-\d+)?\.db$"
)
# The copies of one file (by its tag) that are pruned, each kind on its own.
PRUNED_KINDS = ("auto", "före-återställning", "skadad")


def list_backups(path: Path) -> list[Backup]:
    """Backups of a database file, newest first: the automatic ones, copies made with
    `backup`, copies of the file made before a restore (healthy, or damaged byte for byte;
    all in `backup_folder()`), and the copies made before a schema upgrade (beside the
    file)."""
    path = Path(path).absolute()
    stem = _stem(path)
    found: list[Backup] = []
    folder = backup_folder()
    if folder.is_dir():
        for item in folder.iterdir():
            if not item.name.startswith(stem + "-"):
                continue
            match = _BACKUP_NAME.fullmatch(item.name[len(stem) :])
            if match:
                found.append(Backup(item, _made(item, match["stamp"]), match["kind"]))
    if path.parent.is_dir():
        for item in path.parent.glob(glob.escape(path.name) + ".före-*.bak"):
            found.append(Backup(item, _made(item, item.name[-19:-4]), "före-uppgradering"))
    found = [b for b in found if b.path != path and _looks_like_sqlite(b.path)]
    return sorted(found, key=lambda b: (b.made, _order(b.path)), reverse=True)


def _order(path: Path) -> tuple[str, int]:
    """Time stamp and the n of a name made unique as "…-n.db" within one second."""
    match = re.search(r"(\d{8}-\d{6})(?:-(\d+))?\.db$", path.name)
    return (match[1], int(match[2] or 1)) if match else ("", 0)


def _made(path: Path, stamp: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _unique(target: Path) -> Path:
    """The target, or "…-n" after the highest n already used in the same second (never
    a freed lower number, so names keep their order after old backups are removed)."""
    stem, suffix = target.stem, target.suffix
    same = re.compile(re.escape(stem) + r"(-(\d+))?" + re.escape(suffix))
    used = [
        int(m[2] or 1)
        for p in (target.parent.iterdir() if target.parent.is_dir() else [])
        if (m := same.fullmatch(p.name))
    ]
    if not used:
        return target
    return target.with_name(f"{stem}-{max(used) + 1}{suffix}")


def backup_keep(db: Database) -> int:
    """How many automatic backups of this database are kept (the setting backup_keep)."""
    try:
        with db.reader_engine.connect() as conn:
            raw = conn.execute(text("SELECT value FROM setting WHERE key = 'backup_keep'")).scalar()
    except Exception:  # an unreadable setting must not stop the backup
        return BACKUP_KEEP
    return _keep(raw)


def _keep(raw: object) -> int:
    from models.settings import from_stored

    return from_stored({"backup_keep": str(raw)} if raw is not None else {}).backup_keep


def _file_keep(path: Path) -> int:
    """backup_keep of a file read with sqlite3 (after a restore, of the restored file)."""
    try:
        with contextlib.closing(sqlite3.connect(probe_uri(path), uri=True)) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = 'backup_keep'").fetchone()
    except (sqlite3.Error, OSError):
        return BACKUP_KEEP
    return _keep(row[0] if row else None)


def daily_backup(db: Database, force: bool = False) -> Path | None:
    """The automatic backup when a SQLite database is opened, at most once a day.

    Only the last `backup_keep` automatic backups of the file are kept. A backup that
    cannot be made (full disk, no data folder) is logged and does not stop the program.
    """
    if db.path is None:
        return None
    stem, tag = _stem(db.path), _tag(db.path)
    folder = backup_folder()
    today = dt.date.today().strftime("%Y%m%d")
    try:
        if (
            not force
            and folder.is_dir()
            and any(folder.glob(f"{glob.escape(stem)}-auto-{tag}-{today}-*.db"))
        ):
            return None
        target = _unique(folder / f"{stem}-auto-{tag}-{_stamp()}.db")
        backup_sqlite(db.path, target)
        prune_backups(db.path, backup_keep(db))
        return target
    except (OSError, sqlite3.Error, InsiktError) as exc:
        log.warning("Automatisk säkerhetskopia av %s misslyckades: %s", db.path, exc)
        return None


def prune_backups(path: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` automatic backups of this file, and as many of the
    copies made before a restore; returns the removed. Copies of another file with the
    same name (another folder, another tag) are left alone."""
    stem, tag = _stem(path), _tag(path)
    folder = backup_folder()
    removed: list[Path] = []
    for kind in PRUNED_KINDS:
        mine = sorted(folder.glob(f"{glob.escape(stem)}-{kind}-{tag}-*.db"), key=_order)
        removed += mine[: max(0, len(mine) - keep)]
    for old in removed:
        old.unlink(missing_ok=True)
        old.with_name(old.name + "-journal").unlink(missing_ok=True)
    return removed


def check_backup(backup: Path) -> str | None:
    """Why a backup cannot be restored (damaged, foreign, from a newer program), or None."""
    if not backup.is_file():
        return f"Säkerhetskopian {backup} finns inte."
    problem = describe_file_problem(backup) or probe_file(backup)
    if problem:
        return problem
    conn = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return f"{backup.name} är ingen Insiktskollen-databas (den är tom)."
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if revision is None or revision[0] not in known_revisions():
        return (
            f"{backup.name} kommer från en nyare version av programmet "
            f"(schemaversion {revision[0] if revision else '?'}). Uppdatera Insiktskollen först."
        )
    return None


def restore_backup(backup: Path, target: Path) -> Path | None:
    """Put a backup back in place of a database file, after copying the current file.

    The current file is first copied into the backup folder (with SQLite's backup API
    when it is a healthy database, byte for byte when it is damaged); the returned path is
    that copy (None when there was no file). A healthy file in use is overwritten through
    the backup API under SQLite's lock, so other copies of the program see the restored
    data; a damaged file is replaced whole. Nothing is changed when the backup is unusable.
    """
    backup, target = Path(backup).absolute(), Path(target).absolute()
    problem = check_backup(backup)
    if problem:
        raise DamagedError(f"Säkerhetskopian kan inte återställas: {problem}", path=backup)
    if backup == target:
        raise DatabaseError("Säkerhetskopian och databasen är samma fil.")
    folder = backup_folder()
    copy: Path | None = None
    healthy = False
    if target.exists():
        healthy = not (describe_file_problem(target) or probe_file(target))
        stem, tag = _stem(target), _tag(target)
        try:
            if healthy:
                copy = backup_sqlite(
                    target, _unique(folder / f"{stem}-före-återställning-{tag}-{_stamp()}.db")
                )
            else:
                folder.mkdir(parents=True, exist_ok=True)
                copy = _unique(folder / f"{stem}-skadad-{tag}-{_stamp()}.db")
                shutil.copy2(target, copy)
        except InsiktError as exc:
            raise DatabaseError(f"{exc.message} Inget har återställts.") from exc
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError(
                f"Det gick inte att först kopiera den nuvarande filen {target} till {folder}: "
                f"{exc}. Inget har återställts."
            ) from exc
    if healthy:
        src = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            dst = sqlite3.connect(target, timeout=models.db.BUSY_TIMEOUT_S)
            try:
                src.backup(dst)
            finally:
                dst.close()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise BusyError(
                    f"Databasen {target.name} är upptagen av någon annan: återställningen "
                    "gjordes inte. Försök igen om en stund."
                ) from exc
            raise DatabaseError(f"Återställningen till {target} misslyckades: {exc}.") from exc
        finally:
            src.close()
        _prune_quietly(target)
        return copy
    try:
        partial = backup_sqlite(backup, target.with_name(target.name + ".återställs"))
        journal = target.with_name(target.name + "-journal")
        if journal.exists():  # a stale journal must never be played onto the restored file
            aside = (
                copy.with_name(copy.name + "-journal") if copy else journal.with_suffix(".gammal")
            )
            os.replace(journal, aside)
        os.replace(partial, target)
    except InsiktError as exc:
        raise DatabaseError(f"{exc.message} Inget har återställts.") from exc
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"Återställningen till {target} misslyckades: {exc}.") from exc
    _prune_quietly(target)
    return copy


def _prune_quietly(target: Path) -> None:
    """After a restore: the copies made before restores are kept like the daily backups."""
    try:
        prune_backups(target, _file_keep(target))
    except OSError as exc:
        log.warning("Gamla kopior av %s kunde inte tas bort: %s", target, exc)
