"""The first desktop window: tree, transcript, keyboard coding that is stored at once, undo, reopen."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt

from rupturetool.core.domain import SpeakerRole
from rupturetool.gui.main_window import MainWindow
from rupturetool.gui.session_tree import SESSION_ID_ROLE
from rupturetool.services.project import Project


def stored_markers(url: str) -> list:
    project = Project(url, coder="someone-else")
    try:
        session_id = project.sessions()[0].id
        return project.markers(session_id)
    finally:
        project.close()


def client_row(window: MainWindow, text: str) -> int:
    for i, row in enumerate(window.model.rows):
        if row.turn.speaker_role is SpeakerRole.CLIENT and text in row.text:
            return i
    raise AssertionError(f"no client segment containing {text!r}")


def test_tree_lists_client_and_session_and_transcript_shows_segments(window):
    tree = window.tree_model
    assert tree.rowCount() == 1
    client = tree.item(0, 0)
    assert client.text() == "GUI-01"
    assert client.rowCount() == 1
    session_item = client.child(0, 0)
    assert session_item.data(SESSION_ID_ROLE) == window.session_id
    detail = window.project.session(window.session_id)
    assert window.model.rowCount() == sum(len(t.segments) for t in detail.turns)
    assert window.centre.currentWidget() is window.workbench and window.centre_tabs.currentWidget() is window.view
    speakers = {window.model.rows[i].turn.speaker_label for i in range(window.model.rowCount())}
    assert speakers == {"Therapist", "Client"}


def test_keyboard_chord_tags_selected_segment_and_stores_it_at_once(window, qtbot, gui_db):
    row = client_row(window, "Whatever you think")
    window.view.select_row(row)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_W)
    qtbot.keyClick(window.view, Qt.Key.Key_5)
    markers = stored_markers(gui_db)  # a second connection: the tag is committed, not pending
    assert [(m.subtype, m.family, m.coder) for m in markers] == [("W5", "withdrawal", "tester")]
    marker = markers[0]
    seg = window.model.rows[row]
    assert (marker.turn_index, marker.segment_index) == seg.key
    assert (marker.start_char, marker.end_char) == (seg.segment.start_char, seg.segment.end_char)
    assert [m.subtype for m in window.model.markers_at(row)] == ["W5"]
    assert "W5" in window.statusBar().currentMessage()


def test_escape_cancels_a_pending_chord(window, qtbot, gui_db):
    window.view.select_row(client_row(window, "going in circles"))
    qtbot.keyClick(window.view, Qt.Key.Key_C)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.keyClick(window.view, Qt.Key.Key_5)
    assert stored_markers(gui_db) == []
    qtbot.keyClick(window.view, Qt.Key.Key_C)
    qtbot.keyClick(window.view, Qt.Key.Key_5)
    assert [m.subtype for m in stored_markers(gui_db)] == ["C5"]


def test_significance_shortcut_applies_to_next_marker(window, qtbot, gui_db):
    window.view.select_row(client_row(window, "going in circles"))
    qtbot.keyClick(window.view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.significance.value() == 4
    qtbot.keyClick(window.view, Qt.Key.Key_C)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert [(m.subtype, m.significance) for m in stored_markers(gui_db)] == [("C1", 4)]


def test_undo_redo_and_delete_are_stored(window, qtbot, gui_db):
    window.view.select_row(client_row(window, "Fine."))
    qtbot.keyClick(window.view, Qt.Key.Key_W)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert len(stored_markers(gui_db)) == 1
    assert window.undo_action.isEnabled() and "W1" in window.undo_action.text()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_markers(gui_db) == []
    assert window.model.markers_at(window.view.current_row()) == []
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    redone = stored_markers(gui_db)
    assert [m.subtype for m in redone] == ["W1"]
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert stored_markers(gui_db) == []
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [m.id for m in stored_markers(gui_db)] == [redone[0].id]


def test_clicking_a_code_in_the_panel_tags_the_segment(window, qtbot, gui_db):
    window.view.select_row(client_row(window, "going in circles"))
    head = window.panel.codes.topLevelItem(1)
    assert head.text(0).startswith("Confrontation")
    c3 = head.child(2)
    rect = window.panel.codes.visualItemRect(c3)
    qtbot.mouseClick(window.panel.codes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [m.subtype for m in stored_markers(gui_db)] == ["C3"]


def test_tag_survives_closing_and_reopening(qtbot, gui_db):
    first = MainWindow(Project(gui_db, coder="tester"))
    qtbot.addWidget(first)
    first.view.select_row(client_row(first, "I don't know"))
    qtbot.keyClick(first.view, Qt.Key.Key_W)
    qtbot.keyClick(first.view, Qt.Key.Key_2)
    first.close()
    second = MainWindow(Project(gui_db, coder="tester"))
    qtbot.addWidget(second)
    row = client_row(second, "I don't know")
    assert [m.subtype for m in second.model.markers_at(row)] == ["W2"]
    second.close()


def test_switching_scheme_switches_panel_and_keys(window, qtbot, gui_db):
    window.panel.scheme_box.setCurrentIndex(window.panel.scheme_box.findData("pacs"))
    assert window.project.scheme.id == "pacs"
    names = [window.panel.codes.topLevelItem(i).text(0) for i in range(window.panel.codes.topLevelItemCount())]
    assert names[0].startswith("Secure-typical")
    window.view.select_row(client_row(window, "going in circles"))
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert [(m.subtype, m.scheme_id) for m in stored_markers(gui_db)] == [("RS", "pacs")]


def test_empty_database_shows_guidance(qtbot, tmp_path):
    win = MainWindow(Project(f"sqlite:///{tmp_path / 'empty.sqlite'}", coder="tester"))
    qtbot.addWidget(win)
    assert win.centre.currentWidget() is win.empty
    assert "rupturetool import" in win.empty.text()
    qtbot.keyClick(win.view, Qt.Key.Key_W)
    qtbot.keyClick(win.view, Qt.Key.Key_1)  # nothing selected: nothing stored, nothing crashes
    assert "Select a segment" in win.statusBar().currentMessage()
    win.close()


def test_tag_is_stored_even_if_the_process_is_killed_right_after(gui_db, tmp_path):
    script = textwrap.dedent(
        f"""
        import os
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from rupturetool.gui.main_window import MainWindow
        from rupturetool.services.project import Project
        app = QApplication([])
        win = MainWindow(Project({gui_db!r}, coder="tester"))
        win.show()
        win.view.select_row(3)
        QTest.keyClick(win.view, Qt.Key.Key_C)
        QTest.keyClick(win.view, Qt.Key.Key_7)
        os._exit(0)  # no close, no cleanup: as if the machine lost power
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [m.subtype for m in stored_markers(gui_db)] == ["C7"]
