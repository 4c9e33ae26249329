"""`main.py --self-test`: the program checks itself, from source or as a built bundle.

It opens the main window offscreen on a temporary copy of the built-in data (Borlänge),
draws every chart (as files and on the window's Qt canvas), writes the meeting report to a
temporary PDF, checks what came out, prints what it did and returns 0, or 1 with the
reason. The same lines are written to `självtest.txt` in the user's data folder, since a
windowed program on Windows has nowhere to print to.

A failure can never hang it: an exception anywhere (also in a Qt slot, which Qt would only
print) fails the run through sys.excepthook, and a watchdog thread ends the process with 1
after INSIKTSKOLLEN_SELFTEST_TIMEOUT seconds (default 180).

Nothing here imports Qt at module level: QT_QPA_PLATFORM must be set before Qt loads.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

TIMEOUT_S = 180.0
REPORT_FILE = "självtest.txt"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class SelfTestFailure(Exception):
    """A check that did not hold; the message (Swedish) is the reason shown."""


class _Run:
    """The lines printed so far, and where they are also written."""

    def __init__(self, report: Path | None) -> None:
        self.report = report
        self.lines: list[str] = []
        self.started = time.perf_counter()
        self.failure: str | None = None

    def say(self, line: str) -> None:
        if line.startswith("OK"):
            line = f"{line}  [{time.perf_counter() - self.started:.1f} s]"
        self.lines.append(line)
        try:
            print(line, flush=True)
        except (OSError, ValueError):  # a closed or missing console must not stop the test
            pass

    def save(self) -> None:
        if self.report is None:
            return
        try:
            self.report.parent.mkdir(parents=True, exist_ok=True)
            self.report.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        except OSError:
            pass

    def fail(self, reason: str) -> int:
        self.failure = self.failure or reason
        self.say(f"FEL: {self.failure}")
        self.say("Självtestet misslyckades.")
        self.save()
        return 1


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def _file_ok(path: Path, magic: bytes, what: str) -> int:
    _check(path.is_file(), f"{what}: filen {path} skrevs inte.")
    size = path.stat().st_size
    _check(size > 0, f"{what}: filen {path} är tom.")
    with path.open("rb") as f:
        head = f.read(512)
    _check(magic in head, f"{what}: filen {path} är inte av rätt slag (början: {head[:16]!r}).")
    return size


def pdf_page_count(path: Path) -> int:
    """Pages in a PDF written by matplotlib (its page objects are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def _kb(size: int) -> str:
    return f"{max(1, round(size / 1024))} kB"


def run_self_test(timeout_s: float | None = None) -> int:
    """Run every check; 0 when all held, 1 with the reason otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["INSIKTSKOLLEN_SELFTEST"] = "1"  # message boxes print instead of waiting
    from models.paths import data_dir

    try:
        report: Path | None = data_dir() / REPORT_FILE
    except Exception:  # no data folder at all: print only
        report = None
    run = _Run(report)
    frozen = "paketerad (PyInstaller)" if getattr(sys, "frozen", False) else "från källkod"
    run.say(f"Insiktskollen självtest, {frozen}, Python {sys.version.split()[0]}, "
            f"{dt.datetime.now():%Y-%m-%d %H:%M}")

    limit = timeout_s
    if limit is None:
        try:
            limit = float(os.environ.get("INSIKTSKOLLEN_SELFTEST_TIMEOUT", TIMEOUT_S))
        except ValueError:
            limit = TIMEOUT_S

    def watchdog() -> None:
        run.fail(f"självtestet blev inte klart på {limit:g} sekunder (något hänger sig).")
        os._exit(1)

    timer = threading.Timer(limit, watchdog)
    timer.daemon = True
    timer.start()
    folder = Path(tempfile.mkdtemp(prefix="insiktskollen-självtest-"))
    # Settings, backups and the log of this run stay in the temporary folder.
    previous_home = os.environ.get("INSIKTSKOLLEN_HOME")
    os.environ["INSIKTSKOLLEN_HOME"] = str(folder / "data")
    try:
        code = _run_checks(run, folder)
    except SelfTestFailure as exc:
        code = run.fail(str(exc))
    except Exception as exc:
        code = run.fail(f"oväntat fel: {exc!r}\n{traceback.format_exc()}")
    finally:
        timer.cancel()
        if previous_home is None:
            os.environ.pop("INSIKTSKOLLEN_HOME", None)
        else:
            os.environ["INSIKTSKOLLEN_HOME"] = previous_home
    if code == 0:
        shutil.rmtree(folder, ignore_errors=True)
        run.say(f"Självtestet lyckades på {time.perf_counter() - run.started:.1f} s.")
        run.save()
    else:
        run.say(f"Filerna från körningen finns kvar i {folder}.")
        run.save()
    return code


def _run_checks(run: _Run, folder: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "insiktskollen"])
    from models.paths import APP_NAME

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)

    outcome: dict[str, Any] = {"code": None}

    def finish(code: int) -> None:
        if outcome["code"] is None:
            outcome["code"] = code
        app.exit(code)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # An exception in a Qt slot only reaches here: without this the run would go on.
        # The process ends at once: returning into PySide6 after a slot's exception has
        # crashed it here (a refcount error, "deallocating None"), hiding the reason.
        text = "".join(traceback.format_exception(kind, exc, tb))
        run.fail(f"oväntat fel i fönstret: {exc!r}\n{text}")
        run.say(f"Filerna från körningen finns kvar i {folder}.")
        run.save()
        os._exit(1)

    old_hook = sys.excepthook
    sys.excepthook = hook

    def steps() -> None:
        try:
            _steps(run, folder, app)
            finish(0)
        except SelfTestFailure as exc:
            run.fail(str(exc))
            finish(1)
        except Exception as exc:
            run.fail(f"oväntat fel: {exc!r}\n{traceback.format_exc()}")
            finish(1)

    try:
        QTimer.singleShot(0, steps)  # inside the event loop, as a user's clicks would be
        code = app.exec()
    finally:
        sys.excepthook = old_hook
    return int(outcome["code"] if outcome["code"] is not None else code)


def _steps(run: _Run, folder: Path, app: Any) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QIcon

    from models.file_probe import known_revisions
    from models.opening import open_database
    from models.paths import migrations_dir, resource
    from models.seed import EXAMPLE_FILE, load_example, read_example
    from ui.window import i18n
    from ui.window.app_settings import AppSettings

    # --- shipped files -------------------------------------------------------------------
    for part in (EXAMPLE_FILE, "icons"):
        _check(resource(part).exists(), f"den medföljande filen {resource(part)} saknas.")
    from ui.window.help import manual_html

    _check(resource("manual", "handbok.html").exists(), "handboken (F1) saknas.")
    _check("Ctrl+Tab" in manual_html(), "handboken saknar listan över kortkommandon.")
    revisions = known_revisions()
    _check(bool(revisions), f"inga databasmigreringar i {migrations_dir()}.")
    icon = QIcon(str(resource("icons", "insiktskollen.png")))
    _check(not icon.isNull(), "programikonen går inte att läsa.")
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _check(QTranslator().load("qtbase_sv", qt_path), f"Qts svenska översättning saknas i {qt_path}.")
    english = resource("translations", "insiktskollen_en.qm")
    if english.exists():
        _check(QTranslator().load(str(english)), f"översättningen {english} går inte att läsa.")
        languages = "svenska och engelska"
    else:
        languages = "svenska (insiktskollen_en.qm finns inte: engelska visas på svenska)"
    run.say(f"OK  medföljande filer: {EXAMPLE_FILE}, ikon, handbok, schemaversioner "
            f"{', '.join(revisions)}, Qts översättning {languages}")

    # --- a temporary copy of the built-in data ------------------------------------------------
    expected = len(read_example()["actions"])
    db_path = folder / "Självtest Borlänge å ä ö.db"
    db = open_database(db_path, create=True, user="självtest")
    try:
        with db.write() as session:
            load_example(session)
        _check(db.schema_revision() == revisions[-1],
               f"databasen fick schemaversion {db.schema_revision()}, väntat {revisions[-1]}.")
        run.say(f"OK  databas skapad och uppgraderad till schema {revisions[-1]}: {db_path.name}")
        app.setWindowIcon(icon)
        i18n.install(app, "sv")
        _window(run, folder, app, db, expected, AppSettings())
        _charts(run, folder, db)
        _report(run, folder, db)
    finally:
        db.dispose()


def _window(run: _Run, folder: Path, app: Any, db: Any, expected: int, settings: Any) -> None:
    from ui.window.main_window import MainWindow

    window = MainWindow(db, app_settings=settings)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    _check(window.isVisible(), "huvudfönstret visades inte.")
    shown = window.model.rowCount()
    _check(shown == expected,
           f"fönstret visar {shown} åtgärder, men exempeldata har {expected}.")
    _check(window.proxy.rowCount() == expected,
           f"tabellen visar {window.proxy.rowCount()} rader efter filtret, väntat {expected}.")
    title = window.windowTitle()
    _check(db.name in title, f"fönstrets titel ”{title}” nämner inte databasen {db.name}.")
    image = window.grab().toImage()
    _check(not image.isNull() and image.width() > 0, "fönstret gick inte att avbilda.")
    _check(len({image.pixel(x, image.height() // 3) for x in range(0, image.width(), 7)}) > 2,
           "fönstret ritades tomt (en enda färg).")
    shot = folder / "fönster.png"
    image.save(str(shot))
    run.say(f"OK  huvudfönstret: ”{title}”, {shown} åtgärder i tabellen, "
            f"{image.width()}×{image.height()} bildpunkter")
    _chart_view(run, app, window, db)
    window.close()
    app.processEvents()


def _chart_view(run: _Run, app: Any, window: Any, db: Any) -> None:
    """Every chart on the window's own Qt canvas (the "Diagram" view)."""
    from ui.window.charts.view import ChartView

    view = window.findChild(ChartView)
    if view is None:  # until the window carries the view itself
        view = ChartView(db)
        window.add_view(view, "Diagram")
    drawn: list[str] = []
    view.chart_drawn.connect(drawn.append)
    window.tabs.setCurrentWidget(view)
    app.processEvents()
    for index in range(view.chart.count()):
        view.chart.setCurrentIndex(index)
        view.refresh()
        app.processEvents()
    kinds = [view.chart.itemData(i) for i in range(view.chart.count())]
    missing = [kind for kind in kinds if kind not in drawn]
    _check(not missing, f"diagramvyn ritade inte: {', '.join(map(str, missing))}.")
    canvas = view.findChild(type(view.canvas)) if view.canvas is not None else None
    if canvas is None:
        raise SelfTestFailure("diagramvyn har ingen rityta (matplotlib QtAgg).")
    canvas.draw()
    image = canvas.grab().toImage()
    _check(not image.isNull() and image.width() > 100, "diagrammet i fönstret ritades inte.")
    run.say(f"OK  diagramvyn (QtAgg) ritade {len(kinds)} diagram: {', '.join(kinds)}")


def _charts(run: _Run, folder: Path, db: Any) -> None:
    from charts import catalog

    options = catalog.ChartOptions()
    magic = {".png": PNG_MAGIC, ".svg": b"<svg", ".pdf": b"%PDF"}
    for kind, title in catalog.CHART_TITLES.items():
        with db.read() as session:
            data = catalog.load(session, kind, options)
        fig = catalog.draw(kind, data, options)
        _check(bool(fig.axes), f"diagrammet {kind} ({title}) fick inga axlar.")
        sizes = []
        for suffix, head in magic.items():
            path = folder / f"diagram {kind}{suffix}"
            catalog.save(fig, path)
            sizes.append(f"{suffix[1:].upper()} {_kb(_file_ok(path, head, f'diagrammet {kind}'))}")
        run.say(f"OK  diagram {kind} ({title}): {', '.join(sizes)}")


def _report(run: _Run, folder: Path, db: Any) -> None:
    from charts.report import make_report

    path = folder / "Mötesunderlag å ä ö.pdf"
    result = make_report(db, path, record=False)
    size = _file_ok(path, b"%PDF", "mötesunderlaget")
    _check(path.read_bytes().rstrip().endswith(b"%%EOF"), "mötesunderlagets PDF är avbruten.")
    pages = pdf_page_count(path)
    _check(pages >= 1, "mötesunderlaget har inga sidor.")
    _check(pages == result.pages,
           f"mötesunderlaget har {pages} sidor i filen men {result.pages} enligt programmet.")
    run.say(f"OK  mötesunderlaget: {pages} sidor, {result.actions} åtgärder, {_kb(size)}")


if __name__ == "__main__":
    sys.exit(run_self_test())
