"""Started by test_dialog_exit.py: the program as a user starts it, one results dialog
opened and cancelled, then the program quit. Argument: the dialog's class name in
ui.window.results.import_dialog, or "menu" for Resultat → KPI-tabell för Kolada… itself."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import ui.window.workspace as workspace  # noqa: E402
from models.paths import data_dir  # noqa: E402
from ui.window.app import run_app  # noqa: E402

WHICH = sys.argv[1]
install = workspace.install


def install_and_open(window):  # type: ignore[no-untyped-def]
    space = install(window)
    deadline = time.monotonic() + 60

    def cancel() -> None:
        # Polled: the dialog opens inside exec() (or open()), after this was scheduled.
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if time.monotonic() > deadline:
                print("INGEN DIALOG ÖPPNADES", flush=True)
                window.close()
                return
            QTimer.singleShot(10, cancel)
            return
        print(f"ÖPPEN: {type(dialog).__name__}", flush=True)
        dialog.reject()
        if WHICH in ("milestone", "comment"):  # opened with open(): the caller did not wait
            print("STÄNGD", flush=True)
            QTimer.singleShot(0, window.close)

    def open_dialog() -> None:
        QTimer.singleShot(0, cancel)
        if WHICH == "menu":
            space.results.open_kpi_table()
        elif WHICH in ("milestone", "comment"):
            from ui.window.register.table import ROW_ROLE

            window.form.load(window.proxy.index(0, 0).data(ROW_ROLE).id)
            tab = window.form.milestones_tab if WHICH == "milestone" else window.form.comments_tab
            tab.add()
            return
        else:
            import ui.window.results.import_dialog

            # Thrown away at once, as the window used to do: nothing keeps a reference.
            getattr(ui.window.results.import_dialog, WHICH)(window.db, space.results).exec()
        print("STÄNGD", flush=True)
        QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, open_dialog)  # once the window's event loop runs
    return space


workspace.install = install_and_open
sys.exit(run_app(str(data_dir() / "insiktskollen.db"), True))
