"""The passphrase of an encrypted database, asked at start: typed without echo, OK only with something typed,
cancel gives None, and a wrong passphrase is asked again (with the reason) until it opens or the user gives up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3", reason="SQLCipher (sqlcipher3-binary) has wheels for Linux x86_64 only")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from rupturetool.gui.passphrase_dialog import ATTEMPTS, PassphraseDialog, ask_passphrase, open_encrypted
from rupturetool.services import encryption
from rupturetool.services.encryption import EncryptedDatabaseError
from rupturetool.services.project import Project
from rupturetool.storage import cipher


@pytest.fixture(autouse=True)
def no_remembered_keys() -> Iterator[None]:
    cipher.forget_all()
    yield
    cipher.forget_all()


def test_the_passphrase_is_not_echoed_and_ok_needs_one(qtbot) -> None:
    dialog = PassphraseDialog("/data/clinic.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "s3cret")
    assert ok.isEnabled() and dialog.entered() == "s3cret"
    assert not dialog.problem.isVisibleTo(dialog)


def _answer_with(text: str | None) -> None:
    """Type into (or cancel) the dialog ask_passphrase is about to run modally."""

    def act() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog) and w.isVisible())
        if text is None:
            dialog.reject()
        else:
            dialog.passphrase.setText(text)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, act)


def test_ask_passphrase_returns_what_was_typed_or_none_when_cancelled(qtbot) -> None:
    _answer_with("correct horse")
    assert ask_passphrase("/data/clinic.sqlite") == "correct horse"
    _answer_with(None)
    assert ask_passphrase("/data/clinic.sqlite", problem="wrong passphrase") is None


def test_a_wrong_passphrase_is_asked_again_until_the_database_opens(qtbot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite'}"
    with encryption.unlocking(url, "right"):
        Project(url, coder="ann").close()
    cipher.forget_all()
    with pytest.raises(EncryptedDatabaseError) as first:
        Project(url, coder="ann")

    answers = iter(["wrong", "right"])
    problems: list[str | None] = []

    def ask(_path: str, _parent: object, problem: str | None) -> str | None:
        problems.append(problem)
        return next(answers)

    def open_with(passphrase: str) -> Project:
        with encryption.unlocking(url, passphrase):
            return Project(url, coder="ann")

    project = open_encrypted(url, open_with, first.value, ask=ask)
    assert isinstance(project, Project)
    project.close()
    assert problems[0] is None  # the first time it is simply asked for
    assert problems[1] is not None and "wrong passphrase" in problems[1]

    asked: list[str | None] = []
    gave_up = open_encrypted(url, open_with, first.value, ask=lambda _p, _w, problem: asked.append(problem) or "no")
    assert gave_up is None and len(asked) == ATTEMPTS
    assert open_encrypted(url, open_with, first.value, ask=lambda *_a: None) is None  # cancelled
