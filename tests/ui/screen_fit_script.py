"""A window opened on a screen of the size the platform was given (test_window_screen_fit.py):
prints where the window, the detail panel and its Spara/Avbryt buttons lie, as JSON."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from models.opening import open_database
from ui.window.main_window import MainWindow


def global_rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return list(QRect(top_left, widget.size()).getRect())


app = QApplication(sys.argv[:1])
window = MainWindow(open_database(sys.argv[1]))
window.show()
window.table.selectRow(0)
for _ in range(20):
    app.processEvents()
print(json.dumps({
    "screen": list(window.screen().availableGeometry().getRect()),
    "window": list(window.frameGeometry().getRect()),
    "form": global_rect(window.form),
    "save": global_rect(window.form.save_button),
    "cancel": global_rect(window.form.cancel_button),
    "visible": window.form.save_button.isVisible(),
}))
window.poll_timer.stop()
window.close()
