"""Run slow work off the GUI thread: a plain function ``fn(state)`` reports progress and checks for cancel.

The function gets a state object with ``progress(done, total, message)`` and ``cancelled()``; the GUI shows a
progress dialog whose Cancel sets the flag. Results and errors come back on the GUI thread through signals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from rupturetool.core.errors import RuptureToolError


class _State(QObject):
    progressed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Task(QThread):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, fn: Callable[[Any], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.state = _State()

    def run(self) -> None:
        try:
            result = self.fn(self.state)
        except Exception as exc:  # reported on the GUI thread; a bug still reaches the user as one line
            if not isinstance(exc, RuptureToolError):
                traceback.print_exc()  # a bug: the traceback on stderr for whoever reports it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


def run_task(
    parent: QWidget,
    title: str,
    fn: Callable[[Any], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    cancellable: bool = True,
) -> Task:
    """Start ``fn`` on a worker thread with a progress dialog (shown only if the work takes a moment)."""
    task = Task(fn, parent)
    dialog = QProgressDialog(title, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle("rupturetool")
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.canceled.connect(task.state.cancel)
    else:
        dialog.setCancelButton(None)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(message)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()

    task.state.progressed.connect(progressed)
    task.succeeded.connect(lambda result: (finish(), on_done(result)))
    task.failed.connect(lambda exc: (finish(), on_error(exc)))
    task.finished.connect(task.deleteLater)
    parent._running_task = task  # type: ignore[attr-defined]  (keep a reference while it runs)
    task.start()
    return task
