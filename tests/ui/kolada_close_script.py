"""Started by test_kolada_close.py: the program as a user starts it, Hämta från Kolada…
against a server that trickles its answer, and then, while the fetch runs, the window
closed. Arguments: the server's base address, and "close" (the fetch dialog closed, then
the main window) or "quit" (the program told to quit, as when the user logs out)."""

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

BASE, HOW = sys.argv[1], sys.argv[2]
install = workspace.install


def install_and_fetch(window):  # type: ignore[no-untyped-def]
    space = install(window)
    deadline = time.monotonic() + 60

    def start_fetch() -> None:
        # Polled: the dialog opens inside exec(), after this was scheduled.
        dialog = QApplication.activeModalWidget()
        if dialog is None or type(dialog).__name__ != "KoladaFetchDialog":
            if time.monotonic() > deadline:
                print("INGEN DIALOG ÖPPNADES", flush=True)
                QApplication.quit()
                return
            QTimer.singleShot(10, start_fetch)
            return
        dialog.base_url.setText(BASE)
        dialog.fetch_button.click()
        running = time.monotonic()

        def close_while_running() -> None:
            if not dialog.busy:
                print("HÄMTNINGEN ÄR INTE IGÅNG", flush=True)
            elif time.monotonic() - running < 1.0:  # the request is out, the answer trickles
                QTimer.singleShot(50, close_while_running)
                return
            print(f"STÄNGER {time.time()}", flush=True)
            if HOW == "quit":
                QApplication.quit()
            else:
                dialog.close()

        QTimer.singleShot(50, close_while_running)

    def open_fetch() -> None:
        QTimer.singleShot(0, start_fetch)
        space.results.open_fetch()  # returns when the dialog has closed
        print("DIALOGEN STÄNGD", flush=True)
        QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, open_fetch)  # once the window's event loop runs
    return space


workspace.install = install_and_fetch
code = run_app(str(data_dir() / "insiktskollen.db"), True)
print("SLUT", flush=True)
sys.exit(code)
