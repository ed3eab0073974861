"""Other people's changes to the open session appear without a restart; a stale edit offers to reload.

The change feed (services/change_feed.py) is polled every few seconds: one indexed query of the audit trail, the
same on SQLite and PostgreSQL. What someone else changed is refreshed in place (markers, episodes, measures, the
review tab; the transcript when they corrected text) and said in the status bar. Nothing is polled while a dialog
is open, so nothing moves under a form being filled in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rupturetool.core.errors import ConflictError, RuptureToolError

if TYPE_CHECKING:
    from rupturetool.gui.main_window import MainWindow

POLL_MS = 3000


class LiveUpdates(QObject):
    def __init__(self, window: MainWindow, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.mark = window.project.change_mark()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        w = self.window
        if w.session_id is None or QApplication.activeModalWidget() is not None:
            return
        try:
            self.mark, change, _events = w.project.others_changes(w.session_id, self.mark)
        except RuptureToolError as exc:  # e.g. the server is briefly unreachable: say so, try again next time
            w.statusBar().showMessage(f"Could not check for others' changes: {exc}", POLL_MS)
            return
        if change is None:
            return
        w._refresh_after(change)
        if change.markers or change.episodes:
            w.show_counts()
        w.statusBar().showMessage(change.description, 10000)


def offer_reload(window: MainWindow, error: ConflictError) -> None:
    """Someone else changed what the edit was based on: say who and what, and offer to show their version."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Changed by someone else")
    box.setText(str(error))
    detail = window.project.conflict_detail(error)
    if detail:
        box.setInformativeText(f"Their change: {detail}")
    reload = box.addButton("&Reload", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Keep what is on screen", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    window.statusBar().showMessage(str(error), 8000)
    window.conflict_box = box  # tests answer it
    box.exec()
    if box.clickedButton() is reload:
        window.reload()
        window.statusBar().showMessage("Reloaded: this is the stored version now", 5000)
