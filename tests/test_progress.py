"""Long work tells its progress and can be stopped, without Qt: a stop writes nothing."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

import models.db as dbmod
from models import importers
from models import settings as db_settings
from models.action_import import import_actions
from models.backups import backup_sqlite
from models.entities import Action
from models.errors import BusyError
from models.opening import open_database
from models.progress import Cancelled
from tests.importer_helpers import snapshot


def results_csv(path: Path, rows: int) -> Path:
    lines = ["År;Kundgrupp;Myndighetsområde;Mått;Värde;Kommun"]
    lines += [f"2023;Företag;Totalt;NKI;70;{1000 + n:04d}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stop_after(reports: int, heard: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """A progress callback that raises Cancelled at its `reports`-th call."""

    def progress(done: int, total: int) -> None:
        heard.append((done, total))
        if len(heard) >= reports:
            raise Cancelled

    return progress


def test_results_import_tells_rows_read_compared_and_written(db, tmp_path) -> None:
    path = results_csv(tmp_path / "resultat.csv", 1200)
    heard: list[tuple[int, int]] = []
    with db.read() as s:
        preview = importers.preview_files(s, [path], lambda d, t: heard.append((d, t)))
    reading = [h for h in heard if h[1] == 0]
    assert reading[0] == (0, 0) and [d for d, _ in reading] == sorted(d for d, _ in reading)
    assert heard[-1] == (1200, 1200)  # every row compared
    written: list[tuple[int, int]] = []
    with db.write() as s:
        assert importers.apply(s, preview, lambda d, t: written.append((d, t))) == 1200
    assert written == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]


def test_a_stopped_results_import_writes_nothing(db, tmp_path) -> None:
    path = results_csv(tmp_path / "resultat.csv", 1200)
    with db.read() as s:
        preview = importers.preview_files(s, [path])
    before = snapshot(db)
    heard: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        with db.write() as s:
            importers.apply(s, preview, stop_after(3, heard))  # after 1 000 rows flushed
    assert heard[-1] == (1000, 1200)
    assert snapshot(db) == before


def test_a_stopped_action_import_writes_nothing(borlange_db, tmp_path) -> None:
    path = tmp_path / "åtgärder.csv"
    path.write_text("Titel\n" + "".join(f"Ny åtgärd {n}\n" for n in range(60)), encoding="utf-8")
    heard: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        import_actions(borlange_db, path, progress=stop_after(3, heard))
    assert heard == [(0, 60), (20, 60), (40, 60)]
    with borlange_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Action)) == 7
    done = import_actions(borlange_db, path, progress=lambda d, t: None)
    assert done.ok and len(done.rows) == 60


def test_backup_tells_pages_and_a_stop_leaves_no_file(borlange_db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("models.backups.BACKUP_STEP_PAGES", 2)
    heard: list[tuple[int, int]] = []
    copy = backup_sqlite(borlange_db.path, tmp_path / "kopia.db",
                         lambda d, t: heard.append((d, t)))
    total = heard[-1][1]
    assert total > 4 and heard[-1] == (total, total)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM action").fetchone()[0] == 7
    with pytest.raises(Cancelled):
        backup_sqlite(borlange_db.path, tmp_path / "avbruten.db", stop_after(2, []))
    assert sorted(p.name for p in tmp_path.iterdir() if "avbruten" in p.name) == []


def test_a_stopped_report_leaves_no_file_and_is_not_recorded(borlange_db, tmp_path) -> None:
    from charts.report import make_report

    out = tmp_path / "ut"
    out.mkdir()
    target = out / "möte.pdf"
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        heard.append((done, total))
        if total and done == 3:  # three pages written
            raise Cancelled

    with pytest.raises(Cancelled):
        make_report(borlange_db, target, progress=progress)
    assert heard[0] == (1, 0)  # the actions laid out (how many pages is not known yet)
    assert list(out.iterdir()) == []  # no half report, no part left behind
    with borlange_db.read() as s:
        assert db_settings.load(s).last_report_at == ""
    result = make_report(borlange_db, target, progress=lambda d, t: None)
    assert target.exists() and result.pages == 10
    assert sorted(p.name for p in out.iterdir()) == ["möte.pdf"]


def test_a_threads_own_busy_handler_hears_the_wait_and_can_stop_it(
    db_path, monkeypatch
) -> None:
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.1)
    monkeypatch.setattr(dbmod, "BUSY_PAUSE_S", 0.01)
    db = open_database(db_path, create=True, user="anna")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program's writer
    window_heard: list[str] = []
    db.on_busy = window_heard.append
    worker_heard: list[str] = []
    ran: list[bool] = []

    def stop(message: str) -> None:
        worker_heard.append(message)
        raise Cancelled  # the user pressed Avbryt while the worker waited

    def worker() -> None:
        with dbmod.busy_heard_here(stop):
            try:
                with db.write():
                    ran.append(True)
            except Cancelled:
                worker_heard.append("stopped")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    other.rollback()
    other.close()
    db.dispose()
    assert len(worker_heard) == 2 and "försöker igen (försök 2 av 4)" in worker_heard[0]
    assert worker_heard[1] == "stopped"
    assert window_heard == [] and ran == []


def test_before_write_can_refuse_a_write(db) -> None:
    def refuse() -> None:
        raise BusyError("Vänta: något annat sparas.")

    db.before_write = refuse
    with pytest.raises(BusyError, match="Vänta"):
        with db.write():
            pass
    db.before_write = None
    with db.write():
        pass
