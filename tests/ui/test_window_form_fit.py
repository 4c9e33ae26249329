"""The detail panel fits the window: date errors readable, Spara/Avbryt in view, and a
narrow window wraps the check boxes instead of cutting fields off."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget


def settle(window) -> None:
    """Process events until no widget of the window moves any more: layouts settle in posted
    events, and the checks below must see the final layout, not a passing one."""

    def shape() -> list[tuple[int, int, int, int, bool]]:
        return [(*w.geometry().getRect(), w.isVisible()) for w in window.findChildren(QWidget)]

    deadline = time.monotonic() + 5
    before = None
    while True:
        QApplication.processEvents()
        now = shape()
        if now == before:
            return
        assert time.monotonic() < deadline, "the window's layout did not settle in 5 s"
        before = now


def inside_window(widget, window) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (widget.isVisible() and top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + widget.width() <= window.width()
            and top_left.y() + widget.height() <= window.height())


def test_date_error_spans_the_date_columns_and_shows_every_line(qtbot, window, tmp_path) -> None:
    form = window.form
    window.table.selectRow(0)
    settle(window)
    form.start.setText("2025-02-30")
    form.save()
    settle(window)
    error = form.errors["start"]
    assert error.isVisible()
    assert error.text() == "Start: ”2025-02-30” är inget giltigt datum (skriv som 2024-05-02)."
    # As wide as the three date fields together, not squeezed under Start.
    left = form.start.mapTo(form, QPoint(0, 0)).x()
    right = form.completed.mapTo(form, QPoint(form.completed.width(), 0)).x()
    assert error.width() >= (right - left) - 2
    # Tall enough for every wrapped line (nothing cut at the top or bottom).
    assert error.height() >= error.heightForWidth(error.width())
    window.grab().save(str(tmp_path / "form_date_error.png"))


def test_buttons_in_view_at_1366x768_with_a_banner(qtbot, window, tmp_path) -> None:
    window.alert_banner.show_message("warning", "2 åtgärder är försenade: Telefontider, Öppet hus.")
    window.resize(1366, 768)
    window.table.selectRow(0)
    settle(window)
    form = window.form
    assert inside_window(form.save_button, window)
    assert inside_window(form.cancel_button, window)
    # And the fields fit as well: no scrolling needed to reach Förväntad effekt.
    assert form.fields_scroll.verticalScrollBar().maximum() == 0
    window.grab().save(str(tmp_path / "form_1366.png"))


def test_narrow_window_wraps_instead_of_cutting(qtbot, window, tmp_path) -> None:
    window.resize(1024, 600)
    window.table.selectRow(0)
    settle(window)
    form = window.form
    assert window.width() == 1024  # no tab holds the window wider than the screen
    scroll = form.fields_scroll
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    for box in [*form.factor_boxes.values(), *form.area_boxes.values(), form.progress,
                form.unit, form.completed]:
        right = box.mapTo(viewport, QPoint(box.width(), 0)).x()
        assert right <= viewport.width(), f"{box} sticker ut till höger"
    assert inside_window(form.save_button, window)
    window.grab().save(str(tmp_path / "form_1024.png"))
