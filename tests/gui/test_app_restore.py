"""A corrupt database at start: the app offers the latest automatic backup instead of a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from rupturetool.gui.app import open_project
from rupturetool.services.project import Project


def test_a_corrupt_database_is_restored_from_its_latest_backup_when_the_user_agrees(
    qtbot, tmp_path: Path, transcript: Path, monkeypatch
) -> None:
    db = tmp_path / "clinic.sqlite"
    url = f"sqlite:///{db}"
    Project(url, coder="ann").import_transcript(transcript, "RIVER-07")
    reopened = Project(url, coder="ann")  # an existing file: the automatic backup is taken now
    assert reopened.last_backup is not None
    reopened.close()
    db.write_bytes(b"this is not a database at all" * 100)

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No
    )
    assert open_project(url, "ann") is None  # declined: nothing is touched
    assert db.read_bytes().startswith(b"this is not a database")
    assert "corrupt or not a database" in asked[0] and "Restore the latest automatic backup?" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    project = open_project(url, "ann")
    assert project is not None
    assert [s.client_code for s in project.sessions()] == ["RIVER-07"]
    assert list(tmp_path.glob("clinic.sqlite.unreadable-*"))  # the unreadable file is kept, renamed
    project.close()


def test_without_a_backup_the_message_says_so(qtbot, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "broken.sqlite"
    db.write_bytes(b"garbage" * 1000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert open_project(f"sqlite:///{db}", "ann") is None
    assert len(shown) == 1 and "no automatic backup" in shown[0] and "corrupt or not a database" in shown[0]
