"""Render the main window on the Borlänge data set to docs/*.png (for the README).

    .venv/bin/python docs/screenshots.py [output folder]

Runs offscreen in a throwaway data folder, so neither the user's settings nor their
database are touched. Each picture is a real render of the window at a common screen size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1366, 768), (1920, 1080))
SHOWN_ACTION = "Öppet hus"


def main(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="insiktskollen-bilder-"))
    os.environ["INSIKTSKOLLEN_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from ui.window import i18n
    from ui.window.app import _create_default
    from ui.window.app_settings import AppSettings
    from ui.window.main_window import MainWindow
    from ui.window.workspace import install

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "sv")
    db = _create_default(home / "insiktskollen.db")
    written = []
    try:
        for width, height in SIZES:
            window = MainWindow(db, app_settings=AppSettings())
            workspace = install(window)
            window.resize(width, height)
            window.show()
            app.processEvents()
            window.tabs.setCurrentWidget(window.register)  # it opens on Läget
            row = next(r for r in window.model.rows() if r.title == SHOWN_ACTION)
            window.register.select(row.id)
            window.form.load(row.id)
            app.processEvents()
            path = out / f"insiktskollen-{width}x{height}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"Bilden kunde inte sparas i {path}")
            written.append(path)
            window.tabs.setCurrentWidget(workspace.charts)
            for _ in range(5):
                app.processEvents()
            path = out / f"insiktskollen-diagram-{width}x{height}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"Bilden kunde inte sparas i {path}")
            written.append(path)
            window.poll_timer.stop()
            window.close()
    finally:
        db.dispose()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    for written_path in main(target):
        print(written_path)
