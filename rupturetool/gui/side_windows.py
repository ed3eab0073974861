"""Windows beside the main one — client timeline, caseload, agreement, history, and the supervision windows that
``window_review`` opens: shown, kept alive, and handing the keyboard back to the main window when they close."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from rupturetool.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class _ReturnFocus(QObject):
    """Gives the main window the keyboard back when a window beside it closes."""

    def __init__(self, main: QWidget) -> None:
        super().__init__(main)
        self._main = main

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._main.activateWindow)
        return False


class SideWindowsMixin(_Base):
    @cached_property
    def _focus_keeper(self) -> _ReturnFocus:
        return _ReturnFocus(self)

    def keep_window(self, window: QWidget) -> None:
        """Show ``window`` beside the main one and keep it alive. When it closes the keyboard comes back here
        (without a window manager nothing else would give it back)."""
        window.show()
        window.raise_()
        window.activateWindow()
        window.installEventFilter(self._focus_keeper)
        self._windows.append(window)

    def show_timeline(self) -> None:
        """The open session's client across sessions (matplotlib loads only now: start-up stays fast)."""
        client = self._current_client()
        if not client:
            self.statusBar().showMessage("Open a session of the client first", 4000)
            return
        from rupturetool.gui.timeline_window import TimelineWindow

        window = TimelineWindow(self.project, client)
        window.openSession.connect(self.show_session)
        self.keep_window(window)

    def show_caseload(self) -> None:
        from rupturetool.gui.caseload_window import CaseloadWindow

        window = CaseloadWindow(self.project)
        window.openClient.connect(self.show_client_timeline)
        self.keep_window(window)

    def show_client_timeline(self, client: str) -> None:
        sessions = self.project.sessions(client)
        if sessions:
            self.show_session(sessions[0].id)
            self.show_timeline()

    def show_agreement(self) -> None:
        from rupturetool.gui.agreement_window import AgreementWindow

        self.keep_window(AgreementWindow(self.project))

    def open_history(self) -> None:
        """Edit → History: the open session's audit trail (who changed what, before and after)."""
        from rupturetool.gui.audit_window import AuditWindow

        self.keep_window(AuditWindow(self.project, session_id=self.session_id))
