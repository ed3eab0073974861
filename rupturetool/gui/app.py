"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from rupturetool.core.errors import CorruptDatabaseError, RuptureToolError


def run(url: str | None = None, *, coder: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("rupturetool")
    app.setApplicationDisplayName("rupturetool")
    from rupturetool.gui import theme

    theme.follow_system(app)
    from rupturetool.gui.coder_dialog import ask_coder, remembered_coder
    from rupturetool.gui.main_window import MainWindow

    known = None if coder else remembered_coder()
    try:
        project = open_project(url, coder or (known[0] if known else None))
        if project is None:
            return 1
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


def open_project(url: str | None, coder: str | None):
    """The project, or None when the database cannot be opened and the user declines (or has no) restore: a corrupt
    file gets the offer to restore its latest automatic backup, not a traceback."""
    from rupturetool.services import backup, encryption, paths
    from rupturetool.services.project import Project

    passphrase = encryption.passphrase_from()  # RUPTURETOOL_PASSPHRASE, for scripted starts
    try:
        return Project(url, coder=coder, passphrase=passphrase)
    except encryption.EncryptedDatabaseError as exc:
        from rupturetool.gui.passphrase_dialog import open_encrypted

        where = url or paths.default_database_url()
        return open_encrypted(where, lambda typed: Project(url, coder=coder, passphrase=typed), exc)
    except CorruptDatabaseError as exc:
        where = url or paths.default_database_url()
        latest = backup.latest_backup(where)
        if latest is None:
            QMessageBox.critical(None, "rupturetool", f"{exc}\n\nThere is no automatic backup of this database.")
            return None
        answer = QMessageBox.question(
            None,
            "rupturetool — database unreadable",
            f"{exc.problem}.\n\nRestore the latest automatic backup?\n{latest}\n\n"
            "The unreadable file is kept beside it (renamed), not deleted.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            backup.restore_from_file(latest, where)
        except RuptureToolError as failed:
            QMessageBox.critical(None, "rupturetool", f"The backup could not be restored: {failed}")
            return None
        return Project(url, coder=coder, passphrase=passphrase)
