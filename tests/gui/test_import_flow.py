"""File → Import and drag-and-drop: preview before storing, roles settled by the user, work off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from rupturetool.core.domain import SpeakerRole
from rupturetool.gui.import_dialog import ImportDialog
from rupturetool.gui.main_window import MainWindow
from rupturetool.services.project import Project

NAMES = (
    "Meeting notes, fictional\n\nSam: How was the week?\nAnna: Fine. | guess.\nSam: Just fine?\nAnna: (sighs) Yes.\n"
)


class Answer:
    """Stands in for the user at the import preview: records what was shown, then answers."""

    def __init__(self, client: str = "NEW-01", swap_roles: bool = False, accept: bool = True) -> None:
        self.client, self.swap_roles, self.accept = client, swap_roles, accept
        self.shown: ImportDialog | None = None

    def __call__(self, reads, file_name, client, parent):
        dialog = ImportDialog(reads, file_name, client, parent)
        self.shown = dialog
        dialog.client.setText(self.client)
        if self.swap_roles:
            dialog._role_boxes["Sam"].setCurrentIndex(1)  # client
            dialog._role_boxes["Anna"].setCurrentIndex(0)  # therapist
        dialog.exec = lambda: QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected
        return dialog


def sessions_of(url: str, client: str):
    project = Project(url, coder="checker")
    try:
        return [project.session(s.id) for s in project.sessions(client)]
    finally:
        project.close()


def test_preview_shows_turns_roles_and_warnings_before_anything_is_stored(window, qtbot, tmp_path, gui_db):
    path = tmp_path / "names.txt"
    path.write_text(NAMES, encoding="utf-8")
    answer = Answer(accept=False)
    window.importer.dialog_factory = answer
    window.importer.start([path])
    qtbot.waitUntil(lambda: answer.shown is not None, timeout=20000)
    dialog = answer.shown
    assert dialog.turns.rowCount() == 4
    assert dialog.turns.item(1, 3).text() == "Fine. | guess."
    assert set(dialog._role_boxes) == {"Sam", "Anna"}
    assert dialog.roles()["Sam"] is SpeakerRole.THERAPIST  # Sam asks the questions
    assert dialog.fix_ocr.isEnabled()
    assert any("OCR" in dialog.warnings.item(i).text() for i in range(dialog.warnings.count()))
    assert sessions_of(gui_db, "NEW-01") == []  # cancelled: nothing stored


def test_import_with_roles_changed_in_the_preview_is_stored_and_opened(window, qtbot, tmp_path, gui_db):
    path = tmp_path / "names.txt"
    path.write_text(NAMES, encoding="utf-8")
    window.importer.dialog_factory = Answer(swap_roles=True)
    window.importer.start([path])
    qtbot.waitUntil(lambda: len(sessions_of(gui_db, "NEW-01")) == 1, timeout=20000)
    [detail] = sessions_of(gui_db, "NEW-01")
    # the names became pseudonyms of the roles the user set (Sam -> Client, Anna -> Therapist)
    assert detail.session.speakers == {"Client": SpeakerRole.CLIENT, "Therapist": SpeakerRole.THERAPIST}
    assert detail.turns[1].text == "Fine. I guess."  # the OCR correction was ticked
    assert detail.turns[1].original_text == "Fine. | guess."
    qtbot.waitUntil(lambda: window.session_id == detail.session.id, timeout=5000)
    # remembered for the client: a later import of this client's files uses the user's roles
    project = Project(gui_db, coder="checker")
    assert project.repo.remembered_roles("NEW-01") == {"Client": SpeakerRole.CLIENT, "Therapist": SpeakerRole.THERAPIST}
    project.close()


def test_dropping_a_file_on_the_window_imports_it(window, qtbot, tmp_path, gui_db):
    path = tmp_path / "dropped.txt"
    path.write_text("T: Hello.\nP: Hi.\n", encoding="utf-8")
    window.importer.dialog_factory = Answer(client="DROP-01")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(sessions_of(gui_db, "DROP-01")) == 1, timeout=20000)


def test_a_bad_file_gets_one_clear_message_and_nothing_is_stored(window, qtbot, tmp_path, gui_db, monkeypatch):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window.importer.start([path])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == [f"{path}: file is empty"]
    assert len(Project(gui_db, coder="x").sessions()) == 1  # only the fixture's session


def test_a_batch_imports_each_file_and_reports_the_bad_ones(window, qtbot, tmp_path, gui_db, monkeypatch):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("T: One?\nP: Yes.\n", encoding="utf-8")
    (folder / "b.txt").write_text("T: Two?\nP: No.\n", encoding="utf-8")
    (folder / "c.txt").write_text("no speakers here at all\n", encoding="utf-8")
    monkeypatch.setattr("rupturetool.gui.import_flow.QInputDialog.getText", lambda *a, **k: ("BATCH-01", True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window.importer.start([folder])
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert len(sessions_of(gui_db, "BATCH-01")) == 2
    assert "Imported 2 sessions" in shown[0] and "c.txt" in shown[0]


def test_import_menu_action_has_ctrl_i(window):
    action = next(a for a in window.actions() if "Import" in a.text())
    assert action.shortcut().toString() == "Ctrl+I"


def test_speaker_roles_can_be_changed_after_import_and_are_remembered(window, gui_db):
    from rupturetool.gui.speakers_dialog import SpeakersDialog

    def answer(speakers, parent):
        dialog = SpeakersDialog(speakers, parent)
        dialog.boxes["Therapist"].setCurrentIndex(2)  # other
        dialog.exec = lambda: QDialog.DialogCode.Accepted
        return dialog

    window.speakers_dialog_factory = answer
    window.edit_speakers()
    project = Project(gui_db, coder="checker")
    detail = project.session(window.session_id)
    assert detail.session.speakers["Therapist"] is SpeakerRole.OTHER
    assert detail.turns[0].speaker_role is SpeakerRole.OTHER
    assert "Therapist is other · saved" in window.statusBar().currentMessage()
    project.close()
    window.undo()  # a role fix is undoable like every other edit
    assert window.model.rows[0].turn.speaker_role is not SpeakerRole.OTHER


def test_preview_starts_in_the_client_field_so_typing_replaces_the_suggestion(qtbot, tmp_path):
    from rupturetool.services import importing

    path = tmp_path / "s.txt"
    path.write_text("T: Hello?\nP: Hi.\n", encoding="utf-8")
    reads = importing.preview(path, importing.ImportRequest())
    dialog = ImportDialog(reads, "s.txt", "ASHBY-22")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.client and dialog.client.selectedText() == "ASHBY-22"
    qtbot.keyClicks(dialog.client, "ZOOM-01")
    assert dialog.client.text() == "ZOOM-01"
    qtbot.keyClick(dialog.client, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ocr_corrections_can_be_applied_and_reverted_from_the_session_menu(qtbot, tmp_path):
    path = tmp_path / "ocr.txt"
    path.write_text("T: How are you?\nP: | guess I'm fine.\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'ocr.sqlite'}"
    project = Project(url, coder="tester")
    project.import_transcript(path, "OCR-01")
    win = MainWindow(project)
    qtbot.addWidget(win)
    win.apply_ocr()
    assert win.model.rows[1].text == "I guess I'm fine."
    assert "1 turns corrected" in win.statusBar().currentMessage()
    win.revert_corrections()
    assert win.model.rows[1].text == "| guess I'm fine."
    win.close()
