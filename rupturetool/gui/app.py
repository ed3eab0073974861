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
    from rupturetool.gui.coder_dialog import ask_coder, remembered_coder
    from rupturetool.gui.main_window import MainWindow
    from rupturetool.services.project import Project

    known = None if coder else remembered_coder()
    try:
        project = Project(url, coder=coder or (known[0] if known else None))
        if not coder:  # named on the command line (--coder / RUPTURETOOL_CODER): no need to ask
            answer = known or ask_coder(project.coders(), project.coder)
            if answer is None:
                project.close()
                return 0
            project.switch_coder(*answer, role_if_new=known is not None)
            project.history.clear()  # a role recorded at start is not an edit to undo
    except RuptureToolError as exc:
        QMessageBox.critical(None, "rupturetool", str(exc))
        return 1
    window = MainWindow(project)
    window.show()
    window.raise_()
    window.activateWindow()  # window shortcuts (Ctrl+Z, F6...) need an active window, even with no window manager
    return app.exec()
