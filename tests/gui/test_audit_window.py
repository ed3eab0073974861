"""Edit → History window (offscreen): a marker's changes with before → after, the JSON detail, the filter (Ctrl+F),
export to CSV, and Esc to close."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from rupturetool.gui.audit_window import AuditWindow
from rupturetool.services.project import Project


@pytest.fixture
def project(gui_db: str):
    project = Project(gui_db, coder="tester")
    project.add_marker(project.new_marker(1, 1, "W1", segment_index=0, note="a private note"))
    [marker] = project.markers(1)
    project.edit_marker(marker.id, significance=5)
    yield project
    project.close()


def texts(window: AuditWindow, row: int) -> list[str]:
    return [window.table.item(row, c).text() for c in range(window.table.columnCount())]


def test_a_markers_history(qtbot, project: Project, tmp_path: Path) -> None:
    window = AuditWindow(project, session_id=1, entity="marker", entity_id=1)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts (Ctrl+F, Esc) go to the active window
    assert window.table.rowCount() == 2
    edit, add = texts(window, 0), texts(window, 1)
    assert edit[1:4] == ["tester", "edit", "marker 1 (session 1)"] and edit[4] == "significance 3 → 5"
    assert add[2] == "add" and add[4].startswith("added")

    window.table.selectRow(0)
    detail = window.detail.toPlainText()
    assert '"significance": 3' in detail and '"significance": 5' in detail

    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.filter
    qtbot.keyClicks(window.filter, "added")
    assert window.visible_rows() == [1]
    window.filter.clear()
    assert window.visible_rows() == [0, 1]

    out = window.export_csv(tmp_path / "history")
    assert out == tmp_path / "history.csv"
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["action"] for r in rows] == ["add", "edit"]
    assert json.loads(rows[1]["after"]) == {"significance": 5}
    assert "a private note" not in out.read_text(encoding="utf-8")

    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_whole_session_and_a_bad_scope(qtbot, project: Project) -> None:
    window = AuditWindow(project, session_id=1)
    qtbot.addWidget(window)
    assert [texts(window, r)[2] for r in range(window.table.rowCount())] == ["edit", "add", "import"]
    assert window.windowTitle() == "History — session 1"
    with pytest.raises(ValueError):
        AuditWindow(project, entity="turn", entity_id=1)
