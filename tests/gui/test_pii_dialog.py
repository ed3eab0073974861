"""The identifiers dialog: lists hits with their text, Space ticks, Ctrl+Enter asks for one redaction, Esc closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from rupturetool.core.pii import PiiHit
from rupturetool.gui.pii_dialog import PiiDialog
from rupturetool.services.deidentify import DeidentifyMixin
from rupturetool.services.project import Project

P = Project if issubclass(Project, DeidentifyMixin) else type("P", (DeidentifyMixin, Project), {})
TALK = "T: How was the week?\nP: Priya phoned me on 07700 900123.\nT: And?\nP: Nothing else.\n"


def test_pii_dialog_lists_ticks_redacts_and_closes(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_text(TALK, encoding="utf-8")
    project = P(f"sqlite:///{tmp_path / 'pii.sqlite'}", coder="tester")
    sid = project.import_transcript(path, "PII-1").session.id
    dialog = PiiDialog(project, sid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())]
    assert rows == [["2", "Name", "Priya"], ["2", "Phone", "07700 900123"]]
    assert len(dialog.ticked()) == 2

    requested: list[list[PiiHit]] = []

    def apply(hits: list[PiiHit]) -> None:  # what the window does: one undoable action
        requested.append(hits)
        project.redact(sid, hits)

    dialog.redact_requested.connect(apply)
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # untick the phone number
    assert [h.kind for h in dialog.ticked()] == ["name"]
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [[h.kind for h in hits] for hits in requested] == [["name"]]
    assert project.session(sid).turns[1].text == "[NAME] phoned me on 07700 900123."
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == ["07700 900123"]  # scanned again

    project.undo()
    assert project.session(sid).turns[1].text == "Priya phoned me on 07700 900123."
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    project.close()
