"""The presentation mode, driven by real keys: enter with F11, step, edit an action's status,
progress and comment from the keyboard, leave with Esc, save the meeting notes as a PDF."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import actions
from models.codes import Status

# Qt warnings fail these tests as they fail tests/ui/test_window_*.py, except what the
# offscreen platform says it cannot do (raise the status list's popup, grab the keyboard).
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise",
                              "grabbing the keyboard"),
]


@pytest.fixture
def presenter(window):
    from ui.window.workspace import install

    return install(window).presenter


def _started(presenter, qtbot):
    qtbot.waitUntil(lambda: presenter.current is not None and presenter.current.isVisible())
    shown = presenter.current
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def _key(shown, key, modifier=Qt.KeyboardModifier.NoModifier, qtbot=None) -> None:
    from PySide6.QtTest import QTest

    target = QApplication.focusWidget() or shown
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()


def _first_action(shown) -> int:
    return next(i for i, k in enumerate(shown.keys) if isinstance(k, int))


def test_f11_enters_arrows_and_page_down_step_and_esc_leaves(window, presenter, qtbot) -> None:
    before = window.windowState()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    shown = _started(presenter, qtbot)
    assert shown.isFullScreen()
    assert shown.stack.currentWidget() is shown.state_page
    assert shown.counter.text() == f"1 / {len(shown.keys)}"
    assert shown.state_page.title.text() == "Läget"
    _key(shown, Qt.Key.Key_Right)
    assert shown.stack.currentWidget() is shown.chart_page
    assert shown.chart_page.canvas is not None
    _key(shown, Qt.Key.Key_PageDown)
    assert shown.index == 2 and shown.stack.currentWidget() is shown.action_page
    with window.db.read() as session:
        first = actions.get_action(session, shown.keys[2])
    assert shown.action_page.title.text() == first.title
    assert shown.counter.text() == f"3 / {len(shown.keys)}"
    _key(shown, Qt.Key.Key_Left)
    assert shown.index == 1
    _key(shown, Qt.Key.Key_PageUp)
    assert shown.index == 0
    _key(shown, Qt.Key.Key_End)
    assert shown.stack.currentWidget() is shown.notes_page
    _key(shown, Qt.Key.Key_Home)
    assert shown.index == 0
    _key(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    assert window.windowState() == before
    assert window.isVisible()


def _at_action(presenter, qtbot):
    presenter.opened.window.activateWindow()
    qtbot.keyClick(presenter.opened.window, Qt.Key.Key_F11)
    shown = _started(presenter, qtbot)
    for _ in range(_first_action(shown)):
        _key(shown, Qt.Key.Key_Space)
    assert shown.stack.currentWidget() is shown.action_page
    return shown


def _stored(window, action_id: int):
    with window.db.read() as session:
        return actions.get_action(session, action_id, full=True)


def test_status_and_progress_change_with_keys_alone(window, presenter, qtbot) -> None:
    shown = _at_action(presenter, qtbot)
    page = shown.action_page
    action_id = page.slide.id
    was = _stored(window, action_id)
    # S opens the status list; the arrows move and Enter saves.
    _key(shown, Qt.Key.Key_S)
    assert page.status.hasFocus() or page.status.view().isVisible()
    wanted = Status.PAUSAD if was.status != Status.PAUSAD else Status.PAGAR
    page.status.hidePopup()
    while page.status.chosen() != wanted:
        _key(shown, Qt.Key.Key_Down)
    assert _stored(window, action_id).status == was.status  # arrows alone save nothing
    _key(shown, Qt.Key.Key_Return)
    now = _stored(window, action_id)
    assert now.status == wanted
    assert page.slide.status == wanted and page.status.chosen() == wanted
    assert page.hasFocus()
    # + saves 10 percentage points more at once; P, arrows and Enter set another value.
    start = now.progress
    _key(shown, Qt.Key.Key_Plus)
    assert _stored(window, action_id).progress == min(100, start + 10)
    assert page.progress.value() == min(100, start + 10)
    _key(shown, Qt.Key.Key_P)
    assert page.progress.hasFocus()
    _key(shown, Qt.Key.Key_Down)
    _key(shown, Qt.Key.Key_Down)
    _key(shown, Qt.Key.Key_Return)
    final = max(0, min(100, start + 10) - 20)
    assert _stored(window, action_id).progress == final
    assert page.bar.value() == final
    # Each change is a step on the window's undo stack and in the change log, as in the
    # register.
    assert window.ctx.stack.count() == 3
    with window.db.read() as session:
        logged = [(e.field, e.new_value) for e in actions.history(session, action_id)]
    assert ("status", wanted.value) in logged and ("progress", str(final)) in logged
    notes = [(n.kind, n.before, n.after) for n in shown.notes]
    assert notes[0] == ("status", was.status.label, wanted.label)
    assert notes[1][0] == "progress" and notes[2] == ("progress", f"{min(100, start + 10)} %",
                                                       f"{final} %")


def test_esc_puts_an_unsaved_choice_back_and_stays(window, presenter, qtbot) -> None:
    shown = _at_action(presenter, qtbot)
    page = shown.action_page
    was = page.slide.progress
    _key(shown, Qt.Key.Key_P)
    _key(shown, Qt.Key.Key_Up if was < 100 else Qt.Key.Key_Down)
    _key(shown, Qt.Key.Key_Escape)
    assert shown.isVisible() and page.hasFocus()
    assert page.progress.value() == was
    assert _stored(window, page.slide.id).progress == was


def _type(widget, text: str) -> None:
    from tests.ui.conftest import type_text

    type_text(widget, text)


def test_comment_with_ctrl_enter_is_stored_and_shown(window, presenter, qtbot) -> None:
    shown = _at_action(presenter, qtbot)
    page = shown.action_page
    _key(shown, Qt.Key.Key_K)
    assert page.comment_box.isVisible() and page.comment_box.hasFocus()
    _type(page.comment_box, "Vi följer upp")
    _key(shown, Qt.Key.Key_Space)  # a space in the box, not the next page
    _type(page.comment_box, "i juni, åäö")
    assert shown.stack.currentWidget() is page
    _key(shown, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = _stored(window, page.slide.id)
    assert [c.text for c in stored.comments][-1] == "Vi följer upp i juni, åäö"
    assert not page.comment_box.isVisible()
    assert "Vi följer upp i juni, åäö" in page.comment.text()
    assert shown.notes[-1].kind == "comment"
    # Esc closes a box being written and forgets it; the presentation stays.
    _key(shown, Qt.Key.Key_K)
    _type(page.comment_box, "glöm detta")
    _key(shown, Qt.Key.Key_Escape)
    assert shown.isVisible() and not page.comment_box.isVisible()
    assert len(_stored(window, page.slide.id).comments) == len(stored.comments)


def test_notes_saved_as_pdf_with_ctrl_s(window, presenter, qtbot, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader

    shown = _at_action(presenter, qtbot)
    page = shown.action_page
    title = page.slide.title
    _key(shown, Qt.Key.Key_Plus if page.slide.progress < 100 else Qt.Key.Key_Minus)
    _key(shown, Qt.Key.Key_C)
    _type(page.comment_box, "Klart till hösten")
    _key(shown, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _key(shown, Qt.Key.Key_End)
    assert shown.stack.currentWidget() is shown.notes_page
    texts = [w.text() for w in shown.notes_page._shown]
    assert title in texts and any("Klart till hösten" in t for t in texts)
    target = tmp_path / "anteckningar.pdf"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(shown.notes_saved, timeout=30000):
        _key(shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    reader = PdfReader(str(target))
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Mötesanteckningar" in text and title.split()[0] in text
    assert "Klart till hösten" in text and "Framsteg:" in text
    assert "Sparat i" in shown.notes_page.hint.text()


SIZES = ((1024, 768), (1366, 768), (1920, 1080))


def test_every_page_drawn_at_projector_sizes(window, presenter, qtbot, tmp_path) -> None:
    """Each page at a projector's and a laptop's size, after a few changes: no text wider
    than its page, the counter in the window. PNGs go to $INSIKTSKOLLEN_SHOTS."""
    from PySide6.QtWidgets import QLabel

    folder = Path(os.environ.get("INSIKTSKOLLEN_SHOTS", tmp_path))
    shown = presenter.start(full_screen=False)
    assert shown is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    with window.db.read() as session:
        titles = {k: actions.get_action(session, k).title for k in shown.keys if isinstance(k, int)}
    shown.go(shown.keys.index(next(k for k, t in titles.items() if t == "Telefontider")))
    page = shown.action_page
    page.status_chosen.emit(Status.PAGAR)
    page.progress_chosen.emit(40)
    page.comment_written.emit("Telefontiderna är införda på webben; vi följer upp antalet "
                              "samtal i september och tar upp det på nästa möte.")
    assert len(shown.notes) == 3
    for width, height in SIZES:
        shown.resize(width, height)
        for index in range(len(shown.keys)):
            shown.go(index)
            qtbot.wait(10)
            picture = shown.grab()
            picture.save(str(folder / f"presentation_{width}x{height}_{index + 1:02d}.png"))
            current = shown.stack.currentWidget()
            for label in current.findChildren(QLabel):
                if not label.isVisible() or not label.text():
                    continue
                assert label.width() <= current.width(), label.text()
            assert shown.counter.geometry().bottom() <= shown.height()
            if current is shown.chart_page:
                _chart_fits(current, width)
    shown.resize(1024, 768)
    shown.go(shown.keys.index(next(iter(titles))))
    shown.action_page.open_comment()
    qtbot.wait(10)
    shown.grab().save(str(folder / "presentation_1024x768_comment.png"))
    box = shown.action_page.comment_box
    assert box.isVisible() and box.mapTo(shown, box.rect().bottomLeft()).y() < shown.height()


def _chart_fits(page, width: int) -> None:
    """The NKI chart in the charts' large text, laid out for the canvas it is shown in (not
    for another size and then shrunk or stretched), no text on another or cut; on a
    1920 × 1080 projector its smallest text at least 16 pixels high."""
    from charts.style import Style, natural_size
    from tests.chart_overlap import problems

    fig = page.figure
    ratio = page.canvas.device_pixel_ratio
    assert abs(fig.bbox.width - page.canvas.width() * ratio) <= 1
    assert abs(fig.bbox.height - page.canvas.height() * ratio) <= 1
    laid_for = natural_size(fig)
    assert abs(laid_for[0] - fig.get_figwidth()) < 0.01, (laid_for, fig.get_size_inches())
    assert abs(laid_for[1] - fig.get_figheight()) < 0.01, (laid_for, fig.get_size_inches())
    assert problems(fig) == []
    ticks = [t for ax in fig.axes for t in ax.get_yticklabels() if t.get_text()]
    assert ticks and min(t.get_fontsize() for t in ticks) >= Style(large=True).small
    if width >= 1920:
        assert min(t.get_fontsize() for t in ticks) * fig.dpi / 72 / ratio >= 16


def test_a_change_waits_out_a_busy_file_and_lands(window, presenter, qtbot, lock_holder,
                                                  monkeypatch) -> None:
    import models.db as dbmod
    from tests.ui.conftest import release
    from ui.window import tasks

    monkeypatch.setattr(dbmod, "QUICK_BUSY_TIMEOUT_S", 0.01)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setattr(dbmod, "BUSY_PAUSE_S", 0.01)
    monkeypatch.setattr(dbmod, "BUSY_RETRIES", 100_000)
    window.db.engine.dispose()
    shown = _at_action(presenter, qtbot)
    page = shown.action_page
    action_id, was = page.slide.id, page.slide.progress
    holder = lock_holder(window.db.path)
    _key(shown, Qt.Key.Key_Plus if was < 100 else Qt.Key.Key_Minus)
    assert tasks.running_write() is not None
    assert "upptagen" in page.message.text() and page.message.isVisible()
    release(holder)
    qtbot.waitUntil(lambda: tasks.running_write() is None, timeout=30_000)
    wanted = was + 10 if was < 100 else was - 10
    assert _stored(window, action_id).progress == wanted
    assert page.progress.value() == wanted and not page.message.isVisible()
    assert [n.kind for n in shown.notes] == ["progress"]
