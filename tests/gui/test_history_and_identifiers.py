"""Edit → History and Session → Find identifiers from the main window: the audit trail of the open session, and
redaction as one undoable edit."""

from __future__ import annotations

from pathlib import Path

from rupturetool.gui.audit_window import AuditWindow
from rupturetool.gui.main_window import MainWindow
from rupturetool.gui.pii_dialog import PiiDialog
from rupturetool.services.project import Project

SESSION = """\
Therapist: How was the week?
Client: Call me on 07700 900123 or write to jo.bloggs@example.com, I'm at 12 Marlow Road.
Therapist: Thanks. What else happened?
Client: Not much really.
"""


def open_window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "s.txt"
    path.write_text(SESSION, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'gui.sqlite'}"
    seed = Project(url, coder="tester")
    seed.import_transcript(path, "PII-01")
    seed.close()
    win = MainWindow(Project(url, coder="tester"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_history_shows_the_open_sessions_trail(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    win.view.select_row(win.model.row_of(3, 0))
    win.tag("W2")
    actions = {a.text(): a for a in win.edit_menu.actions()}
    actions["&History of this session…"].trigger()
    history = win._windows[-1]
    assert isinstance(history, AuditWindow)
    qtbot.addWidget(history)
    assert history.table.model().rowCount() >= 1
    win.close()


def test_redacting_identifiers_is_one_undoable_edit(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    before = win.project.session(win.session_id).turns[1].text
    win.find_identifiers()
    dialog = win._windows[-1]
    assert isinstance(dialog, PiiDialog) and dialog.ticked()
    dialog.redact_requested.emit(dialog.ticked())
    after = win.project.session(win.session_id).turns[1].text
    assert "07700 900123" not in after and "jo.bloggs@example.com" not in after and "[PHONE]" in after
    win.undo()
    assert win.project.session(win.session_id).turns[1].text == before
    win.close()
