"""Every file the program writes is written whole or not at all (models/atomic.py): a
failure half way, a full disk or a folder one may not write to leaves the old file as it
was, with a plain Swedish message; the old file's mode is kept and a link stays a link."""

from __future__ import annotations

import argparse
import errno
import hashlib
import os
import sqlite3
import stat
import types
from pathlib import Path

import pytest
from matplotlib.backends.backend_pdf import PdfPages
from pypdf import PdfReader

from charts import catalog
from charts.report import make_report
from models.atomic import write_whole
from models.backups import backup_sqlite
from models.errors import DatabaseError, InsiktError
from models.export import export_to
from models.importers.template import save_template


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".delvis")]


def _half_then(exc: BaseException):  # type: ignore[no-untyped-def]
    def write(part: Path) -> None:
        part.write_bytes(b"halva filen")
        raise exc

    return write


def test_a_failure_half_way_keeps_the_old_file(tmp_path) -> None:
    path = tmp_path / "fil.txt"
    path.write_text("gammalt innehåll")
    with pytest.raises(RuntimeError):
        write_whole(path, _half_then(RuntimeError("fel mitt i")))
    assert path.read_text() == "gammalt innehåll"
    assert leftovers(tmp_path) == []


def test_a_full_disk_is_said_plainly_and_leaves_no_empty_file(tmp_path) -> None:
    old, new = tmp_path / "gammal.pdf", tmp_path / "ny.pdf"
    old.write_bytes(b"%PDF gammal")
    for path in (old, new):
        with pytest.raises(InsiktError, match=r"^Disken är full: filen .* kunde inte sparas"):
            write_whole(path, _half_then(OSError(errno.ENOSPC, "No space left on device")))
    assert old.read_bytes() == b"%PDF gammal"
    assert not new.exists()
    assert leftovers(tmp_path) == []


def test_a_folder_one_may_not_write_to_is_named(tmp_path, monkeypatch) -> None:
    def refused(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("models.atomic.os.open", refused)
    monkeypatch.setattr("models.atomic.os.access", lambda *_a, **_k: False)
    with pytest.raises(InsiktError, match=r"^Mappen .* går inte att skriva till: filen x\.csv"):
        write_whole(tmp_path / "x.csv", lambda part: part.write_text("a"))


@pytest.mark.skipif(os.name != "posix", reason="file modes and links as on POSIX")
def test_the_old_mode_is_kept_and_a_new_file_gets_the_usual_one(tmp_path) -> None:
    shared = tmp_path / "delad.csv"
    shared.write_text("gammal")
    shared.chmod(0o664)
    write_whole(shared, lambda part: part.write_text("ny"))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664 and shared.read_text() == "ny"
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "ny.csv"
    write_whole(fresh, lambda part: part.write_text("ny"))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(os.name != "posix", reason="symbolic links as on POSIX")
def test_a_link_is_written_through_and_stays_a_link(tmp_path) -> None:
    real = tmp_path / "gemensam" / "export.json"
    real.parent.mkdir()
    real.write_text("{}")
    link = tmp_path / "länk.json"
    link.symlink_to(real)
    write_whole(link, lambda part: part.write_text('{"ny": 1}'))
    assert link.is_symlink() and real.read_text() == '{"ny": 1}'


# --- the program's own files ---------------------------------------------------------------


def test_a_report_failing_half_way_leaves_the_previous_report(borlange_db, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "möte.pdf"
    pages = make_report(borlange_db, path, record=False).pages
    before = digest(path)
    real_savefig = PdfPages.savefig
    written: list[int] = []

    def page_that_fails(self, figure=None, **kwargs):  # type: ignore[no-untyped-def]
        written.append(1)
        if len(written) == 3:
            raise RuntimeError("sidan gick inte att rita")
        return real_savefig(self, figure, **kwargs)

    monkeypatch.setattr(PdfPages, "savefig", page_that_fails)
    with pytest.raises(RuntimeError):
        make_report(borlange_db, path, record=False)
    assert digest(path) == before and len(PdfReader(path).pages) == pages
    assert leftovers(tmp_path) == []

    def disk_full(self, figure=None, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PdfPages, "savefig", disk_full)
    with pytest.raises(InsiktError, match="^Disken är full: mötesunderlaget"):
        make_report(borlange_db, path, record=False)
    assert digest(path) == before and leftovers(tmp_path) == []


def test_a_report_whose_date_cannot_be_recorded_says_so(borlange_db, tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    from ui.cli import report as cli

    def refused(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise DatabaseError("Det gick inte att spara: databasen är låst.")

    monkeypatch.setattr("charts.report.record_report", refused)
    monkeypatch.setattr("models.opening.open_database", lambda *_a, **_k: borlange_db)
    monkeypatch.setattr(borlange_db, "dispose", lambda: None)
    out = tmp_path / "möte.pdf"
    code = cli.cmd_report(argparse.Namespace(db="x", out=str(out), since=None))
    printed = capsys.readouterr()
    assert code == 0 and out.is_file()
    assert "Mötesunderlag sparat" in printed.out
    assert "Obs: Dagen för underlaget kunde inte sparas i databasen" in printed.err
    assert "Det gick inte att spara: databasen är låst." in printed.err


def test_a_chart_that_fails_keeps_the_old_picture(borlange_db, tmp_path, monkeypatch) -> None:
    path = tmp_path / "nki.png"
    with borlange_db.read() as session:
        options = catalog.ChartOptions()
        data = catalog.load(session, "nki", options)
    catalog.save(catalog.draw("nki", data, options), path)
    before = digest(path)
    fig = catalog.draw("nki", data, options)
    half = _half_then(ValueError("ritfel"))
    monkeypatch.setattr(fig, "savefig", lambda part, **_options: half(Path(part)))
    with pytest.raises(ValueError):
        catalog.save(fig, path)
    assert digest(path) == before and leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes and links as on POSIX")
@pytest.mark.parametrize("name", ["export.xlsx", "export.csv", "export.json"])
def test_export_keeps_the_mode_and_the_link(borlange_db, tmp_path, name) -> None:
    real = tmp_path / "delat" / name
    real.parent.mkdir()
    real.write_text("gammalt")
    real.chmod(0o664)
    link = tmp_path / name
    link.symlink_to(real)
    with borlange_db.read() as session:
        export_to(session, link)
    assert link.is_symlink()
    assert stat.S_IMODE(real.stat().st_mode) == 0o664 and real.read_bytes() != b"gammalt"


def test_an_import_template_is_written_whole(tmp_path) -> None:
    path = tmp_path / "mall.xlsx"
    save_template(path)
    assert path.is_file() and leftovers(tmp_path) == []


def test_a_backup_on_a_full_disk_is_said_plainly(borlange_db, tmp_path, monkeypatch) -> None:
    real = sqlite3

    class Full:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def backup(self, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            raise real.OperationalError("database or disk is full")

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self.conn, name)

    fake = types.SimpleNamespace(**{n: getattr(real, n) for n in dir(real) if not n.startswith("__")})
    fake.connect = lambda *a, **k: Full(real.connect(*a, **k))
    monkeypatch.setattr("models.backups.sqlite3", fake)
    out = tmp_path / "kopia.db"
    with pytest.raises(InsiktError, match="^Disken är full: säkerhetskopian"):
        backup_sqlite(borlange_db.path, out)
    assert not out.exists() and leftovers(tmp_path) == []


class _FillingDisk:
    """A file on a disk that is full after `room` bytes."""

    def __init__(self, handle, room: int) -> None:  # type: ignore[no-untyped-def]
        self.handle, self.room = handle, room

    def write(self, data):  # type: ignore[no-untyped-def]
        self.room -= len(data)
        if self.room < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.handle.write(data)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.handle, name)


@pytest.mark.parametrize("what", ["report", "chart"])
def test_a_disk_filling_up_during_a_pdf_is_said_plainly(borlange_db, tmp_path, monkeypatch, what):  # type: ignore[no-untyped-def]
    """matplotlib's PDF writer, cleaning up after the failed write, used to hide it behind
    "Error -2 while flushing": whenever the disk fills, the message says so."""
    import matplotlib.cbook as cbook

    from charts.report import report_pages, write_pdf
    from models.report_data import load_report

    path = tmp_path / "fil.pdf"
    path.write_bytes(b"%PDF gammal")
    with borlange_db.read() as session:
        data = load_report(session)
        options = catalog.ChartOptions()
        chart = catalog.draw("nki", catalog.load(session, "nki", options), options)
    pages = report_pages(data)[:2] if what == "report" else []
    real = cbook.to_filehandle
    room = [0]

    def filling(fname, flag="r", return_opened=False, encoding=None):  # type: ignore[no-untyped-def]
        handle, opened = real(fname, flag, True, encoding)
        handle = _FillingDisk(handle, room[0])
        return (handle, opened) if return_opened else handle

    monkeypatch.setattr(cbook, "to_filehandle", filling)
    failures = 0
    for room[0] in range(0, 48_000, 4_000):
        try:
            if what == "report":
                write_pdf(pages, path, data)
            else:
                catalog.save(chart, path)
        except InsiktError as exc:
            assert exc.message.startswith("Disken är full: ")
            failures += 1
        else:
            path.write_bytes(b"%PDF gammal")
            continue
        assert path.read_bytes() == b"%PDF gammal" and leftovers(tmp_path) == []
    assert failures >= 3
