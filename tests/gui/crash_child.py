"""Run by test_kill_and_reopen: open the workbench, type keys, say ACK, and wait to be killed (SIGKILL).

Usage: python crash_child.py DB_URL KEYS...   (each KEYS item is a key name: "W", "1", "Ctrl+Z", "Down")
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rupturetool.gui.main_window import MainWindow
from rupturetool.services.project import Project


def press(widget, name: str) -> None:
    combo = QKeySequence(name)[0]
    QTest.keyClick(widget, Qt.Key(combo.key()), combo.keyboardModifiers())


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Project(sys.argv[1], coder="tester"))
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)  # window shortcuts (Ctrl+Z...) need an active window
    window.view.setFocus()  # the coder starts in the transcript; after that the focus goes where the keys take it
    for name in sys.argv[2:]:
        press(app.focusWidget() or window.view, name)
        app.processEvents()
    print("ACK", window.statusBar().currentMessage(), flush=True)
    while True:  # the action is acknowledged on screen: now wait for SIGKILL, never closing cleanly
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
