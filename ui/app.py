"""Starting the window: the QApplication, the language, the database, the main window.

`run_app(target, is_default)` is what main.py calls when no command is given. Every error a
user can meet on the way is a Swedish message box, never a traceback; an unexpected error
in the running window is logged to insiktskollen.log in the data folder and reported.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from models.db import Database, open_database
from models.errors import DamagedError, InsiktError
from models.paths import APP_NAME, data_dir
from ui import i18n, messages
from ui.app_settings import AppSettings


def _log_path() -> Path | None:
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "insiktskollen.log"
    except OSError:
        return None


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        path = _log_path()
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


def open_target(target: str, is_default: bool, settings: AppSettings) -> Database | None:
    """The database to show, or None after telling the user why not."""
    from models.db import is_url

    translate = QCoreApplication.translate

    if is_default and settings.last_database and Path(settings.last_database).exists():
        target = settings.last_database
    try:
        if is_url(target) or Path(target).exists():
            return open_database(target)
        if is_default:
            return _create_default(Path(target))
        question = translate("App", "Databasfilen {path} finns inte. Vill du skapa en ny, tom databas där?")
        if messages.ask(None, translate("App", "Databasen finns inte"), question.format(path=target),
                        translate("App", "Skapa")):
            return open_database(target, create=True)
        return None
    except DamagedError as exc:
        return _offer_backups(Path(target), exc)
    except InsiktError as exc:
        messages.error(None, translate("App", "Databasen kunde inte öppnas"), exc.message)
        return None
    except OSError as exc:
        messages.error(None, translate("App", "Databasen kunde inte öppnas"),
                       f"{target}: {exc.strerror or exc}")
        return None


def _offer_backups(path: Path, exc: DamagedError) -> Database | None:
    """A damaged file is never written to: say why and offer its newest backups."""
    translate = QCoreApplication.translate
    title = translate("App", "Databasen kunde inte öppnas")
    if messages.self_test() or not exc.backups:
        messages.error(None, title, exc.message)
        return None
    from ui.restore_dialog import offer_restore

    reason = translate("App", "{path} är skadad och har inte ändrats.").format(path=path)
    if offer_restore(None, path, reason):
        try:
            return open_database(path)
        except InsiktError as again:
            messages.error(None, title, again.message)
    return None


def _create_default(path: Path) -> Database:
    """The first start: the default database with Borlänge's data set to begin with."""
    from models.seed import load_example

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path, create=True)
    with db.write() as session:
        load_example(session)
    return db


def run_app(target: str, is_default: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = AppSettings()
    i18n.install(app, settings.language)
    _install_excepthook()
    db = open_target(target, is_default, settings)
    if db is None:
        return 1
    from ui.main_window import MainWindow
    from ui.workspace import install

    window = MainWindow(db, app_settings=settings)
    install(window)
    window.show()
    close_after = os.environ.get("INSIKTSKOLLEN_CLOSE_AFTER_MS")
    if close_after:
        # Tests start the program in a subprocess: report what a user would see, then quit.
        def report_and_close() -> None:
            print(f"TITEL: {window.windowTitle()}", flush=True)
            print(f"RADER: {window.model.rowCount()}", flush=True)
            if window.read_only_banner.isVisible():
                print(f"SKRIVSKYDD: {window.read_only_banner.text.text()}", flush=True)
            window.close()

        QTimer.singleShot(int(close_after), report_and_close)
    code = app.exec()
    db.dispose()
    return int(code)
