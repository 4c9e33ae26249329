"""Long work off the GUI thread, with a progress dialog, one write at a time.

As Anki's CollectionOp/QueryOp: `run_task(parent, title, work, done)` starts
`work(progress)` on a thread of Qt's pool and returns at once with its Task. Back on the
GUI thread the Task calls `done(result)`; or `failed(error)` for an InsiktError (by
default a message box with its Swedish message); or `cancelled()` when the user stopped
it; an unexpected error goes to sys.excepthook, which in the window logs it to
insiktskollen.log and tells the user (ui/window/app.py). `finished` is emitted last,
whatever happened.

The work reports with `progress(done, total)` (models.progress): if it still runs after
SHOW_AFTER_MS, a progress dialog shows a bar that fills where the total is known and a
busy bar where it is not (total 0), and an Avbryt button for a task that can be stopped.
Avbryt makes the next call of `progress` raise Cancelled: the work stops where it is and
its write transaction is rolled back, so nothing is half written. The window (or dialog)
the work belongs to stays open while it runs; closing it stops work that can be stopped,
and the window closes when the work has. A quit of the program waits for the tasks, and
stops those that can be stopped, so that none keeps the process alive (`_QuitWatch`).

One write at a time (as Vorta runs one borg command per repository): a task started with
`writes=True` is refused with a message while another write task runs. While one runs,
`write_state().changed` tells the window to disable what writes, and
`refuse_other_writes` (the database's `before_write`, set by the window) refuses a write
begun on any other thread, e.g. a save in the register, with a Swedish message instead of
letting it wait for the lock our own worker holds. A worker's busy waits (another program
holds the database) are shown in the dialog and told through `write_state().busy_heard`.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QProgressBar, QProgressDialog, QWidget

from models.db import busy_heard_here
from models.errors import BusyError, InsiktError
from models.progress import Cancelled, Progress
from ui.window import messages

T = TypeVar("T")

SHOW_AFTER_MS = 300
# A worker tells its progress to the GUI thread at most this often (and whenever the total
# changes or the work is done): a row-by-row import would otherwise flood the event queue.
REPORT_EVERY_S = 0.05

_here = threading.local()  # the Task a worker thread runs, if any
_running: set[Task[Any]] = set()  # kept alive until they have finished


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tasks", text)


class WriteState(QObject):
    """Which write task runs now, if any (one at a time in the program)."""

    changed = Signal(bool)  # a write task began (True) or ended (False)
    busy_heard = Signal(str)  # a worker waits for another program's lock: the message

    def __init__(self) -> None:
        super().__init__()
        self.task: Task[Any] | None = None


_state: WriteState | None = None


def write_state() -> WriteState:
    global _state
    if _state is None:
        _state = WriteState()
    return _state


def running_write() -> Task[Any] | None:
    return write_state().task


def any_running() -> bool:
    """Whether any task is still at work (tests wait for this)."""
    return bool(_running)


def refuse_other_writes() -> None:
    """`Database.before_write` of the window: while a write task runs, only it may write."""
    task = running_write()
    if task is not None and getattr(_here, "task", None) is not task:
        raise BusyError(_tr(
            "Vänta: ”{what}” pågår och måste bli klart först. Inget har sparats; försök "
            "igen när det är klart."
        ).format(what=task.title))


class ProgressDialog(QProgressDialog):
    """The dialog of a running task: the work's name, a bar, Avbryt if it can be stopped.

    It goes when the task has finished, not before: Avbryt, Esc and the window's close
    button ask the task to stop (or do nothing if it cannot be stopped).
    """

    def __init__(self, parent: QWidget | None, title: str, label: str, cancellable: bool,
                 stop: Callable[[], None]) -> None:
        super().__init__(parent)
        self.cancellable = cancellable
        self.label = label
        self.setWindowTitle(title)
        self.setLabelText(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        # Our own bar, set directly: the dialog's setValue runs processEvents when modal,
        # which would let the GUI thread start other work from inside a progress report.
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.setBar(self.bar)
        # The task decides when the dialog goes; Qt's own handler would hide it at once.
        self.canceled.disconnect(self.cancel)
        if cancellable:
            self.setCancelButtonText(_tr("Avbryt"))
            self.canceled.connect(stop)
        else:
            self.setCancelButton(None)
        self._finished = False
        self.setMinimumWidth(420)

    def show_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)  # a busy bar: how much is left is not known
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def show_waiting(self, message: str | None) -> None:
        self.setLabelText(f"{self.label}\n{message}" if message else self.label)

    def show_stopping(self) -> None:
        self.setLabelText(_tr("Avbryter … inget av det påbörjade sparas."))
        for button in self.findChildren(QWidget):
            if button.inherits("QPushButton"):
                button.setEnabled(False)

    def finish(self) -> None:
        self._finished = True
        self.hide()
        self.deleteLater()

    def reject(self) -> None:  # Esc
        if self.cancellable and not self._finished:
            self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._finished:
            event.accept()
            return
        event.ignore()
        if self.cancellable:
            self.canceled.emit()


class _Signals(QObject):
    """From the worker to the GUI thread (queued, since the Task lives there)."""

    progressed = Signal(int, int)
    busy_heard = Signal(str)
    ended = Signal(object, object)  # the result, or None and the exception


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task keeps it; Python owns it
        self.task = task

    def run(self) -> None:
        self.task._run_here()


class Task(QObject, Generic[T]):
    """One piece of work in the pool; see the module's text. Start it with `start()`."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], T],
        done: Callable[[T], None] | None = None,
        *,
        failed: Callable[[InsiktError], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        writes: bool = False,
        cancellable: bool = False,
        label: str = "",
        quiet: bool = False,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.quiet = quiet
        self.title = title
        self.label = label or title
        self.writes = writes
        self.cancellable = cancellable
        self._work = work
        self._done = done
        self._failed = failed
        self._cancelled = cancelled
        self.running = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.dialog: ProgressDialog | None = None
        self.progress_seen: tuple[int, int] = (0, 0)
        self._stop = threading.Event()
        self._last_report = 0.0
        self._last_total = -1
        self._guarded: QWidget | None = None
        self._close_when_ended: QWidget | None = None
        self._signals = _Signals()
        self._signals.progressed.connect(self._progressed)
        self._signals.busy_heard.connect(self._busy_heard)
        self._signals.ended.connect(self._ended)
        self._runnable = _Runnable(self)

    # --- on the GUI thread --------------------------------------------------------------
    def start(self) -> Task[T]:
        self.running = True
        _running.add(self)
        _watch_quit(True)
        if self.writes:
            state = write_state()
            state.task = self
            state.changed.emit(True)
        if self.parent_widget is not None:
            # The window (or dialog) cannot be closed under running work.
            self._guarded = self.parent_widget.window()
            self._guarded.installEventFilter(self)
        QTimer.singleShot(SHOW_AFTER_MS, self._show_dialog)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next report; `cancelled` follows when it has."""
        if not self.running or not self.cancellable or self._stop.is_set():
            return
        self._stop.set()
        if self.dialog is not None:
            self.dialog.show_stopping()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _show_dialog(self) -> None:
        if not self.running or self.dialog is not None or self.quiet:
            return
        self.dialog = ProgressDialog(self.parent_widget, self.title, self.label,
                                     self.cancellable, self.cancel)
        self.dialog.show_progress(*self.progress_seen)
        if self._stop.is_set():
            self.dialog.show_stopping()
        self.dialog.show()

    def _progressed(self, done: int, total: int) -> None:
        self.progress_seen = (done, total)
        if self.dialog is not None:
            self.dialog.show_progress(done, total)
            if not self._stop.is_set():
                self.dialog.show_waiting(None)

    def _busy_heard(self, message: str) -> None:
        write_state().busy_heard.emit(message)
        if self.dialog is not None and not self._stop.is_set():
            self.dialog.show_waiting(message)

    def _ended(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        _running.discard(self)
        if not _running:
            _watch_quit(False)
        if self._guarded is not None:
            self._guarded.removeEventFilter(self)
            self._guarded = None
        state = write_state()
        if state.task is self:
            state.task = None
            state.changed.emit(False)
        if self.dialog is not None:
            self.dialog.finish()
            self.dialog = None
        self.result, self.error = result, error
        closing, self._close_when_ended = self._close_when_ended, None
        if closing is not None:
            QTimer.singleShot(0, closing, closing.close)  # what the user asked for meanwhile
        try:
            if error is None:
                if self._done is not None:
                    self._done(result)
            elif isinstance(error, Cancelled):
                self.was_cancelled = True
                if self._cancelled is not None:
                    self._cancelled()
            elif isinstance(error, InsiktError):
                if self._failed is not None:
                    self._failed(error)
                else:
                    messages.error(self.parent_widget, self.title, error.message)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Close and self.running:
            event.ignore()
            if self.cancellable:
                # Closing asks the work to stop; the window closes once it has.
                self._close_when_ended = self._guarded
                self.cancel()
            self._show_dialog()  # the reason it stays open: the work, and Avbryt if any
            return True
        return False

    # --- on the worker's thread ---------------------------------------------------------
    def _run_here(self) -> None:
        _here.task = self
        try:
            if self._stop.is_set():
                raise Cancelled
            with busy_heard_here(self._tell_busy):
                result = self._work(self._progress)
        except BaseException as exc:  # every end must reach the GUI thread
            self._signals.ended.emit(None, exc)
        else:
            self._signals.ended.emit(result, None)
        finally:
            _here.task = None

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        now = time.monotonic()
        if (total != self._last_total or now - self._last_report >= REPORT_EVERY_S
                or (total > 0 and done >= total)):
            self._last_report, self._last_total = now, total
            self._signals.progressed.emit(done, total)

    def _tell_busy(self, message: str) -> None:
        self._signals.busy_heard.emit(message)
        if self._stop.is_set():
            raise Cancelled  # stop waiting for the lock: nothing has been written yet


class _QuitWatch(QObject):
    """While tasks run, a quit of the program (the session ends, the user logs out) is held
    back: Qt would ask each window to close and the task's windows refuse. The tasks that
    can be stopped are stopped instead, and the quit is made again when the last task has
    ended, so that a fetch from Kolada never keeps the program alive."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Quit and _running:
            self.wanted = True
            stop_all()
            return True
        return False


_quit_watch: _QuitWatch | None = None


def _watch_quit(running: bool) -> None:
    """Watch for a quit while tasks run (an application's filter sees every event: only
    then); when the program quits anyway, stop what can be stopped (Qt waits for its
    thread pool at exit)."""
    global _quit_watch
    app = QCoreApplication.instance()
    if app is None:
        return
    if _quit_watch is None:
        _quit_watch = _QuitWatch()
        app.aboutToQuit.connect(stop_all)
    if running:
        app.installEventFilter(_quit_watch)
        return
    app.removeEventFilter(_quit_watch)
    if _quit_watch.wanted:
        _quit_watch.wanted = False
        QTimer.singleShot(0, QCoreApplication.quit)


def stop_all() -> None:
    """Ask every running task that can be stopped to stop."""
    for task in list(_running):
        task.cancel()


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], T],
    done: Callable[[T], None] | None = None,
    *,
    failed: Callable[[InsiktError], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    writes: bool = False,
    cancellable: bool = False,
    label: str = "",
    quiet: bool = False,
) -> Task[T] | None:
    """Start `work` in the background (see the module's text); None if it was refused.

    A write task is refused, with a message naming the one running, while another write
    task runs. A `quiet` task shows no progress dialog (the caller shows that it works).
    """
    if writes and running_write() is not None:
        busy = running_write()
        assert busy is not None
        messages.error(parent, title, _tr(
            "Vänta: ”{what}” pågår och måste bli klart först. Försök igen när det är klart."
        ).format(what=busy.title))
        return None
    task = Task(parent, title, work, done, failed=failed, cancelled=cancelled, writes=writes,
                cancellable=cancellable, label=label, quiet=quiet)
    return task.start()


class WorkDialog(QDialog):
    """A dialog whose work (a preview, an import) runs in workers, one task at a time.

    `start(...)` runs the work as `run_task` does, with Avbryt; `update_buttons()` (each
    dialog's own) follows as it starts and as it ends. Avbryt or Esc while it runs stops
    the work, and the dialog stays to say how it ended.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task[Any] | None = None

    @property
    def busy(self) -> bool:
        """The dialog's work is running in the background."""
        return self.task is not None and self.task.running

    def start(
        self,
        title: str,
        work: Callable[[Progress], T],
        done: Callable[[T], None],
        *,
        failed: Callable[[InsiktError], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        writes: bool = False,
    ) -> None:
        self.task = run_task(self, title, work, done, failed=failed, cancelled=cancelled,
                             writes=writes, cancellable=True)
        self.update_buttons()
        if self.task is not None:
            self.task.finished.connect(self.update_buttons)

    def update_buttons(self) -> None:
        """Enable what may be done now (`busy` tells whether work runs)."""

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            return
        super().reject()
