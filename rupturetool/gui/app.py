"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from rupturetool.core.errors import RuptureToolError


def run(url: str | None = None, *, coder: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("rupturetool")
    app.setApplicationDisplayName("rupturetool")
    from rupturetool.gui import theme

    theme.follow_system(app)
    from rupturetool.gui.main_window import MainWindow
    from rupturetool.services.project import Project

    try:
        project = Project(url, coder=coder)
    except RuptureToolError as exc:
        QMessageBox.critical(None, "rupturetool", str(exc))
        return 1
    window = MainWindow(project)
    window.show()
    window.raise_()
    window.activateWindow()  # window shortcuts (Ctrl+Z, F6...) need an active window, even with no window manager
    return app.exec()
