"""The passphrase of an encrypted database, asked at start (docs/encryption.md). Nothing typed here is stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from rupturetool.services.encryption import EncryptedDatabaseError

T = TypeVar("T")
ATTEMPTS = 3


class PassphraseDialog(QDialog):
    def __init__(self, path: str, problem: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("rupturetool — encrypted database")
        intro = QLabel(f"This database is encrypted. Type its passphrase to open it:\n{path}")
        intro.setWordWrap(True)
        self.problem = QLabel(problem or "")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.passphrase.textChanged.connect(self._changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)
        self._changed("")
        self.passphrase.setFocus()

    def _changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text))

    def entered(self) -> str:
        return self.passphrase.text()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.passphrase.clear()  # a cancelled passphrase does not linger in the widget
        super().done(result)


def ask_passphrase(path: str, parent: QWidget | None = None, problem: str | None = None) -> str | None:
    """The passphrase typed (not echoed), or None when the user cancels."""
    dialog = PassphraseDialog(path, problem, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.entered() or None
    finally:
        dialog.passphrase.clear()
        dialog.deleteLater()


def open_encrypted(
    path: str,
    open_with: Callable[[str], T],
    first_error: EncryptedDatabaseError,
    parent: QWidget | None = None,
    ask: Callable[[str, QWidget | None, str | None], str | None] | None = None,
) -> T | None:
    """Ask for the passphrase and call ``open_with(passphrase)`` until it opens (at most ATTEMPTS times); None when
    the user cancels or the attempts are used up. The first ask explains nothing: the file just is encrypted."""
    ask = ask or ask_passphrase  # looked up now, so tests can replace ask_passphrase
    problem = None if "missing passphrase" in str(first_error) else str(first_error)
    for _ in range(ATTEMPTS):
        passphrase = ask(path, parent, problem)
        if passphrase is None:
            return None
        try:
            return open_with(passphrase)
        except EncryptedDatabaseError as exc:
            problem = f"{exc}. Try again."
    return None
