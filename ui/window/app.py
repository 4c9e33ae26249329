"""Starting the window: the QApplication, the language, the database, the main window.

`run_app(target, is_default)` is what main.py calls when no command is given. Every error a
user can meet on the way is a Swedish message box, never a traceback; an unexpected error
in the running window is logged to insiktskollen.log in the data folder and reported.

A quick start for a healthy SQLite file of the current schema: the window shows first with
the register read by sqlite3 (models/register_file.py, read-only), and the database is
opened properly (checks, daily backup, SQLAlchemy) right after the first paint; editing
starts then. Everything else (a file that needs an upgrade, a damaged or foreign file, a
server URL, a new file) opens before the window as always. This module and the window's
first look import no SQLAlchemy: it costs more than the rest of the start together.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from models.errors import DamagedError, InsiktError
from models.paths import APP_NAME, log_file
from ui.window import i18n, messages
from ui.window.app_settings import AppSettings

if TYPE_CHECKING:
    from models.db import Database
    from ui.window.main_window import MainWindow


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        path = log_file()
        if path is not None:
            logging.basicConfig(filename=path, level=logging.INFO, encoding="utf-8")
            logging.getLogger("insiktskollen").error(
                "Oväntat fel i fönstret\n%s", "".join(traceback.format_exception(kind, exc, tb))
            )
        translate = QCoreApplication.translate
        where = translate("App", " Detaljer finns i {path}.").format(path=path) if path else ""
        text = translate("App", "Ett oväntat fel inträffade: {error}. Det du sparat finns kvar.{where}")
        messages.error(None, translate("App", "Oväntat fel"), text.format(error=exc, where=where))
        if messages.self_test():
            os._exit(3)

    sys.excepthook = hook


def _is_url(target: str) -> bool:
    return "://" in target  # as models.db_urls.is_url, without importing SQLAlchemy


def resolve_target(target: str, is_default: bool, settings: AppSettings) -> str:
    """The file to open: without --db, the one opened last time if it is still there."""
    if is_default and settings.last_database and Path(settings.last_database).exists():
        return settings.last_database
    return target


def _tell_unexpected(exc: BaseException) -> None:
    """An unexpected error while opening: logged, and said in a message box."""
    path = log_file()
    if path is not None:
        try:  # straight to the file: logging may already be set up elsewhere
            with path.open("a", encoding="utf-8") as log:
                log.write(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} Oväntat fel när databasen "
                          f"öppnades\n{''.join(traceback.format_exception(exc))}\n")
        except OSError:
            path = None
    translate = QCoreApplication.translate
    where = translate("App", " Detaljer finns i {path}.").format(path=path) if path else ""
    messages.error(None, translate("App", "Databasen kunde inte öppnas"),
                   translate("App", "Ett oväntat fel inträffade: {error}.{where}").format(
                       error=exc, where=where))


def open_target(target: str, is_default: bool, settings: AppSettings,
                before_message: Callable[[], None] | None = None) -> Database | None:
    """The database to show, or None after telling the user why not.

    `before_message` runs before any message box (the quick start hides its window).
    """
    from models.opening import open_database

    translate = QCoreApplication.translate
    target = resolve_target(target, is_default, settings)
    try:
        if _is_url(target) or Path(target).exists():
            return open_database(target)
        if is_default:
            return _create_default(Path(target))
        if before_message is not None:
            before_message()
        question = translate("App", "Databasfilen {path} finns inte. Vill du skapa en ny, tom databas där?")
        if messages.ask(None, translate("App", "Databasen finns inte"), question.format(path=target),
                        translate("App", "Skapa")):
            return open_database(target, create=True)
        return None
    except (InsiktError, OSError) as exc:
        return _told(exc, target, before_message)


def _told(exc: BaseException, target: str,
          before_message: Callable[[], None] | None) -> Database | None:
    """Why the database could not be opened, in Swedish; a damaged file offers its backups.

    Returns the database when a backup was put back and opened; an unexpected error is
    raised again.
    """
    translate = QCoreApplication.translate
    if not isinstance(exc, (InsiktError, OSError)):
        raise exc
    if before_message is not None:
        before_message()
    if isinstance(exc, DamagedError):
        return _offer_backups(Path(target), exc)
    if isinstance(exc, InsiktError):
        messages.error(None, translate("App", "Databasen kunde inte öppnas"), exc.message)
        return None
    messages.error(None, translate("App", "Databasen kunde inte öppnas"),
                   f"{target}: {exc.strerror or exc}")
    return None


def open_in_background(target: str, is_default: bool, settings: AppSettings,
                       then: Callable[[Database | None], None],
                       unexpected: Callable[[Exception], None],
                       before_message: Callable[[], None] | None = None) -> None:
    """As `open_target`, with the opening of an existing file (checks, the day's backup,
    which can take a while on a network share) in a worker: the window's first look stays
    alive meanwhile. On the GUI thread follows `then(db)`, None after telling why not, or
    `unexpected(error)`.
    """
    from models.opening import open_database
    from ui.window.tasks import run_task

    target = resolve_target(target, is_default, settings)
    if _is_url(target) or not Path(target).exists():
        try:
            db = open_target(target, is_default, settings, before_message)
        except Exception as exc:
            unexpected(exc)
            return
        then(db)
        return

    def work(_progress: object) -> Database | Exception:
        try:
            return open_database(target)
        except Exception as exc:  # told on the GUI thread, as open_target tells it
            return exc

    def opened(result: Database | Exception) -> None:
        try:
            db = _told(result, target, before_message) if isinstance(result, Exception) else result
        except Exception as exc:
            unexpected(exc)
            return
        then(db)

    run_task(None, QCoreApplication.translate("App", "Öppnar databasen"), work, opened,
             quiet=True)


def _offer_backups(path: Path, exc: DamagedError) -> Database | None:
    """A damaged file is never written to: say why and offer its newest backups."""
    translate = QCoreApplication.translate
    title = translate("App", "Databasen kunde inte öppnas")
    if messages.self_test() or not exc.backups:
        messages.error(None, title, exc.message)
        return None
    from models.opening import open_database
    from ui.window.files.restore_dialog import offer_restore

    reason = translate("App", "{path} är skadad och har inte ändrats.").format(path=path)
    if offer_restore(None, path, reason):
        try:
            return open_database(path)
        except InsiktError as again:
            messages.error(None, title, again.message)
    return None


def _create_default(path: Path) -> Database:
    """The first start: the default database with Borlänge's data set to begin with."""
    from models.opening import open_database
    from models.seed import load_example

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path, create=True)
    with db.write() as session:
        load_example(session)
    return db


def _writable(path: Path) -> bool:
    # As models.opening: the rollback journal is a file beside the database, so the folder too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def quick_window(target: str, settings: AppSettings) -> MainWindow | None:
    """The window's first look for a healthy file of the current schema, else None.

    The register is read with sqlite3, read-only (models/register_file.py); SQLAlchemy is
    not loaded. A server URL, a missing file, and any file that needs an upgrade or is
    damaged, foreign or newer gets None: it is opened fully before any window shows.
    """
    if _is_url(target):
        return None
    from models.register_file import quick_read

    path = Path(target).expanduser().absolute()
    quick = quick_read(path)
    if quick is None:
        return None
    from ui.window.main_window import MainWindow

    return MainWindow.first_look(quick, path, not _writable(path), app_settings=settings)


class _FirstPaint(QObject):
    """Runs `then` once, after the window's first paint (when the user sees it).

    At the latest after FIRST_PAINT_WAIT_MS: a window that is not painted (started
    minimised) must still get its database.
    """

    FIRST_PAINT_WAIT_MS = 1000

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.then = then
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(self.FIRST_PAINT_WAIT_MS, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.done and event.type() == QEvent.Type.Paint:
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self._go)
        return False

    def _go(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        self.then()


def run_app(target: str, is_default: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = AppSettings()
    i18n.install(app, i18n.offered(settings.language))
    _install_excepthook()
    target = resolve_target(target, is_default, settings)
    window = quick_window(target, settings)
    opened: list[Database] = []
    failed = False
    if window is None:
        db = open_target(target, is_default, settings)
        if db is None:
            return 1
        opened.append(db)
        from ui.window.main_window import MainWindow

        window = MainWindow(db, app_settings=settings)
        _install_workspace(window)
    shown = window
    waiting: list[Callable[[], None]] = []
    # Called just before the real opening of the quick start (the report of a test).
    before_opening: list[Callable[[], None]] = []

    def finish_opening() -> None:
        # The quick start: now the real opening (checks, daily backup, SQLAlchemy), in a
        # worker, while the first look stays alive.
        if shown.closed:
            return
        for tell in before_opening:
            tell()

        def give_up() -> None:
            # As when the opening fails before the window: the message, then no window.
            nonlocal failed
            failed = True
            shown.close_at_once()  # without saving the first look's layout
            app.exit(1)

        def unexpected(exc: Exception) -> None:
            # Not a traceback on a window that cannot be edited.
            shown.hide()
            _tell_unexpected(exc)
            give_up()

        def then(db: Database | None) -> None:
            if db is None:
                give_up()  # the user has been told why
                return
            if shown.closed:  # closed while the file was being opened
                db.dispose()
                return
            opened.append(db)
            try:
                shown.finish_opening(db)
                _install_workspace(shown)
            except Exception as exc:
                unexpected(exc)
                return
            for waiting_then in waiting:
                waiting_then()

        open_in_background(target, is_default, settings, then, unexpected,
                           before_message=shown.hide)

    if not shown.is_open:
        _FirstPaint(shown, finish_opening)
    shown.show()
    close_after = os.environ.get("INSIKTSKOLLEN_CLOSE_AFTER_MS")
    if close_after:
        # Tests and benchmarks start the program in a subprocess: report what a user would
        # see after that many milliseconds, then quit. Closing waits for the real opening of
        # the quick start, so what it does (the daily backup) is done.
        reported = False
        report_at = time.monotonic() + int(close_after) / 1000

        def report() -> None:
            nonlocal reported
            if reported:
                return
            reported = True
            print(f"TITEL: {shown.windowTitle()}", flush=True)
            print(f"RADER: {shown.model.rowCount()}", flush=True)
            if shown.is_open:
                close()
            else:
                waiting.append(close)

        def close() -> None:
            # Editing is ready: the form takes input and the database is open for writes
            # (benchmarks/start_time.py stops its second clock here).
            print("REDIGERBAR: ja", flush=True)
            if shown.read_only_banner.isVisible():
                print(f"SKRIVSKYDD: {shown.read_only_banner.text.text()}", flush=True)
            shown.close()

        def report_if_due() -> None:
            # The window has been painted with its rows and the report's time has come,
            # but its timer would only run after the real opening: report what is shown.
            if time.monotonic() >= report_at:
                report()

        before_opening.append(report_if_due)
        QTimer.singleShot(int(close_after), report)
    code = app.exec()
    for db in opened:
        db.dispose()
    return 1 if failed else int(code)


def _install_workspace(window: MainWindow) -> None:
    from ui.window.workspace import install

    install(window)
