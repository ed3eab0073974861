"""The workbench driven as a coder would: by keyboard, through the window's menus, with every edit stored and
undoable — episodes and stages, strategies, outcome, 3RS segment ratings, measures, navigation, span coding."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from rupturetool.core.domain import Outcome, SpeakerRole
from rupturetool.gui.main_window import MainWindow
from rupturetool.gui.shortcuts_window import ShortcutsWindow
from rupturetool.services.project import Project


def client_row(window: MainWindow, text: str) -> int:
    for i, row in enumerate(window.model.rows):
        if row.turn.speaker_role is SpeakerRole.CLIENT and text in row.text:
            return i
    raise AssertionError(f"no client segment containing {text!r}")


def press(qtbot, window: MainWindow, keys: str) -> None:
    """Type a key sequence as the user would: window shortcuts fire wherever the focus is."""
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(window.focusWidget() or window.view, combo.key(), combo.keyboardModifiers())


def code(qtbot, window: MainWindow, text: str, family: Qt.Key, subtype: Qt.Key) -> None:
    window.view.select_row(client_row(window, text))
    window.view.setFocus()
    qtbot.keyClick(window.view, family)
    qtbot.keyClick(window.view, subtype)


def stored(url: str):
    project = Project(url, coder="tester")
    try:
        session_id = project.sessions()[0].id
        return project.markers(session_id), project.episodes(session_id), project
    finally:
        project.close()


def test_episode_from_keyboard_with_stages_strategy_and_outcome_all_undoable(window, qtbot, gui_db):
    window.activateWindow()
    code(qtbot, window, "Whatever you think", Qt.Key.Key_W, Qt.Key.Key_5)
    press(qtbot, window, "Ctrl+E")  # start an episode from my marker on this segment
    markers, episodes, _ = stored(gui_db)
    assert len(episodes) == 1 and episodes[0].marker_ids == (markers[0].id,)
    assert episodes[0].family == "withdrawal"

    window.go_to_turn(4)  # the therapist's "I'd like to hear what it was like for you."
    window.view.setFocus()
    press(qtbot, window, "Alt+1")
    _, episodes, _ = stored(gui_db)
    assert [(s.stage, s.turn_index) for s in episodes[0].stages] == [(1, 4)]
    assert "Stage 1" in window.statusBar().currentMessage() or "stage 1" in window.statusBar().currentMessage()

    window.episode_actions.set_outcome("partial")
    _, episodes, _ = stored(gui_db)
    assert episodes[0].outcome is Outcome.PARTIAL

    press(qtbot, window, "Ctrl+Z")  # outcome
    press(qtbot, window, "Ctrl+Z")  # stage
    _, episodes, _ = stored(gui_db)
    assert episodes[0].stages == () and episodes[0].outcome is None
    assert window.episodes[0].stages == ()  # the panes show the undone state too
    press(qtbot, window, "Ctrl+Z")  # the episode itself
    assert stored(gui_db)[1] == []
    press(qtbot, window, "Ctrl+Shift+Z")
    _, episodes, _ = stored(gui_db)
    assert len(episodes) == 1 and window.episode_panel.current_episode() is not None


def test_strategy_from_the_episode_panel_is_recorded_at_the_current_turn(window, qtbot, gui_db):
    window.activateWindow()
    code(qtbot, window, "going in circles", Qt.Key.Key_C, Qt.Key.Key_5)
    press(qtbot, window, "Ctrl+E")
    episode = window.episodes[0]
    window.go_to_turn(4)
    window.episode_panel.strategyRequested.emit(episode.id, "R4")
    _, episodes, _ = stored(gui_db)
    assert [(s.code, s.turn_index) for s in episodes[0].strategies] == [("R4", 4)]


def test_proposed_episodes_are_confirmed_in_a_dialog(window, qtbot, gui_db, monkeypatch):
    code(qtbot, window, "Whatever you think", Qt.Key.Key_W, Qt.Key.Key_5)
    code(qtbot, window, "doesn't matter anyway", Qt.Key.Key_W, Qt.Key.Key_1)
    code(qtbot, window, "going in circles", Qt.Key.Key_C, Qt.Key.Key_5)
    monkeypatch.setattr(
        "rupturetool.gui.episode_actions.EpisodeProposalDialog.exec", lambda self: QDialog.DialogCode.Accepted
    )
    window.episode_actions.propose()
    _, episodes, _ = stored(gui_db)
    families = sorted((e.family, len(e.marker_ids)) for e in episodes)
    assert families == [("confrontation", 1), ("withdrawal", 2)]


def test_next_marker_turn_and_unresolved_episode_navigation(window, qtbot):
    window.activateWindow()
    code(qtbot, window, "Whatever you think", Qt.Key.Key_W, Qt.Key.Key_5)
    code(qtbot, window, "going in circles", Qt.Key.Key_C, Qt.Key.Key_5)
    window.view.select_row(0)
    press(qtbot, window, "Alt+Down")
    assert "Whatever you think" in window.model.rows[window.view.current_row()].text
    press(qtbot, window, "Alt+Down")
    assert "going in circles" in window.model.rows[window.view.current_row()].text
    press(qtbot, window, "Alt+Up")
    assert "Whatever you think" in window.model.rows[window.view.current_row()].text
    window.view.select_row(0)
    press(qtbot, window, "Ctrl+Down")
    assert window.current_turn() == 1
    press(qtbot, window, "Ctrl+Up")
    assert window.current_turn() == 0

    window.view.select_row(client_row(window, "going in circles"))
    press(qtbot, window, "Ctrl+E")
    window.view.select_row(0)
    press(qtbot, window, "Alt+PgDown")  # lands on the first turn of the unresolved episode
    assert window.current_turn() == window.model.rows[client_row(window, "going in circles")].turn.index
    press(qtbot, window, "Alt+PgDown")
    assert "No further unresolved episode" in window.statusBar().currentMessage()


def test_segment_view_rating_by_keyboard_is_stored_and_checked_against_span_codes(window, qtbot, gui_db):
    window.activateWindow()
    code(qtbot, window, "Whatever you think", Qt.Key.Key_W, Qt.Key.Key_5)
    press(qtbot, window, "Ctrl+Shift+G")
    assert window.centre_tabs.currentWidget() is window.segments
    assert window.segments.model.rowCount() == 1  # a short untimed session: one estimated 5-minute segment
    issues = window.project.slice_consistency(window.session_id)
    assert any("withdrawal" in line for line in issues)  # marked on the text but not rated yet
    window.segments.select_slice(0, "withdrawal")
    qtbot.keyClick(window.segments.table, Qt.Key.Key_4)
    project = Project(gui_db, coder="tester")
    codes = project.slice_codes(window.session_id)
    project.close()
    assert [(c.slice_index, c.code, c.significance) for c in codes] == [(0, "withdrawal", 4)]
    assert window.project.slice_consistency(window.session_id) == []
    press(qtbot, window, "Ctrl+Z")
    assert window.project.slice_codes(window.session_id) == []


def test_session_measures_are_stored_when_a_field_is_finished_and_undoable(window, qtbot, gui_db):
    window.activateWindow()
    press(qtbot, window, "Ctrl+M")
    field = window.measures_panel.fields["client_scaling"]
    field.setFocus()
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    values = {m.name: m.value for m in window.project.measures(window.session_id)}
    assert values == {"client_scaling": 7.0}
    window.undo()
    assert window.project.measures(window.session_id) == []
    assert field.text() == ""


def test_character_span_is_coded_through_the_span_chord(window, qtbot, gui_db):
    row = client_row(window, "going in circles")
    seg = window.model.rows[row]
    turn_text = seg.turn.text
    start = turn_text.index("going in circles")
    window.view.spanChord.emit("C", "7", seg.turn.index, start, start + len("going in circles"))
    markers, _, _ = stored(gui_db)
    assert [(m.subtype, m.start_char, m.end_char, m.segment_index) for m in markers] == [
        ("C7", start, start + len("going in circles"), None)
    ]


def test_text_correction_keeps_markers_on_their_words_and_undoes(window, qtbot, gui_db):
    code(qtbot, window, "going in circles", Qt.Key.Key_C, Qt.Key.Key_5)
    seg = window.model.rows[client_row(window, "going in circles")]
    before = stored(gui_db)[0][0]
    marked = seg.turn.text[before.start_char : before.end_char]
    window.view.textCorrectionRequested.emit(seg.turn.index, "Honestly: " + seg.turn.text)
    after = stored(gui_db)[0][0]
    detail = window.project.session(window.session_id)
    assert detail.turns[seg.turn.index].text[after.start_char : after.end_char] == marked
    window.undo()
    assert window.project.session(window.session_id).turns[seg.turn.index].text == seg.turn.text


def test_help_lists_every_menu_key_and_the_schemes_hotkeys(window, qtbot, monkeypatch):
    shown = {}

    def capture(self):
        shown["rows"] = self.rows()
        return 0

    monkeypatch.setattr(ShortcutsWindow, "exec", capture)
    window.show_keys()
    text = "\n".join(" | ".join(map(str, row)) for row in shown["rows"])
    for expected in ("Ctrl+E", "Alt+1", "Ctrl+Z", "Alt+PgDown", "W then 1", "C then 1", "Ctrl+F", "Ctrl+M", "F2"):
        assert expected in text, expected


def test_zoom_is_remembered_between_runs(window, qtbot, gui_db):
    window.activateWindow()
    size = window.view.zoom
    press(qtbot, window, "Ctrl+=")
    assert window.view.zoom > size
    window.close()
    again = MainWindow(Project(gui_db, coder="tester"))
    qtbot.addWidget(again)
    assert again.view.zoom == size + (window.view.zoom - size)
    again.close()


def test_split_and_merge_segments_from_the_view_are_stored_and_undoable(window, qtbot, gui_db):
    row = client_row(window, "going in circles")
    seg = window.model.rows[row]
    before = len(seg.turn.segments)
    at = seg.turn.text.index("and I'm not getting better")
    window.view.splitRequested.emit(seg.turn.index, seg.segment.index, at)
    turn = window.project.session(window.session_id).turns[seg.turn.index]
    assert len(turn.segments) == before + 1
    assert turn.text[turn.segments[-1].start_char :].startswith("and I'm not getting better")
    assert len(list(window.model.rows_of_turn(seg.turn.index))) == before + 1  # the view reloaded
    window.view.select_row(row)
    assert window.view.request_merge()
    assert len(window.project.session(window.session_id).turns[seg.turn.index].segments) == before
    window.undo()  # the merge
    window.undo()  # the split
    assert window.project.session(window.session_id).turns[seg.turn.index].segments == seg.turn.segments


def test_reopening_shows_the_same_session_and_segment(qtbot, gui_db, transcript):
    project = Project(gui_db, coder="tester")
    second = project.import_transcript(transcript, "GUI-02").session.id  # not the first session in the tree
    project.close()
    window = MainWindow(Project(gui_db, coder="tester"))
    qtbot.addWidget(window)
    first = window.session_id
    window.show_session(second)
    row = client_row(window, "going in circles")
    window.view.select_row(row)
    window.close()
    again = MainWindow(Project(gui_db, coder="tester"))
    qtbot.addWidget(again)
    assert second != first and again.session_id == second and again.view.current_row() == row
    again.close()


def test_a_half_typed_code_does_not_follow_the_coder_to_another_segment(window, qtbot, gui_db):
    window.view.select_row(client_row(window, "Whatever you think"))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_W)
    window.view.select_row(client_row(window, "going in circles"))  # moved on (e.g. clicked elsewhere)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert stored(gui_db)[0] == []


def test_saving_an_unedited_correction_changes_nothing(window):
    from rupturetool.gui.text_correction_dialog import TextCorrectionDialog

    turn = window.model.rows[0].turn
    nbsp = dataclasses.replace(turn, text="I\u00a0guess it was\u00a0fine.")
    dialog = TextCorrectionDialog(nbsp)
    assert not dialog.changed  # the editor shows no-break spaces as spaces: that is not an edit
    dialog.editor.setPlainText("I guess it was really fine.")
    assert dialog.corrected_text() == "I\u00a0guess it was\u00a0really fine."


def test_ctrl_z_in_a_measure_field_undoes_the_stored_measure(window, qtbot, gui_db):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_measures()
    field = window.measures_panel.fields["client_scaling"]
    field.setFocus()
    qtbot.keyClicks(field, "5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [m.value for m in window.project.measures(window.session_id)] == [5.0]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.measures(window.session_id) == []


def test_a_typed_but_unconfirmed_measure_is_kept_when_the_window_closes(window, qtbot, gui_db):
    window.show_measures()
    field = window.measures_panel.fields["wai_sr_bond"]
    field.setFocus()
    qtbot.keyClicks(field, "12")
    session_id = window.session_id
    window.close()
    project = Project(gui_db, coder="tester")
    assert [(m.name, m.value) for m in project.measures(session_id)] == [("wai_sr_bond", 12.0)]
    project.close()


def test_no_key_or_mnemonic_is_claimed_twice(window):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    keys: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            keys.setdefault(shortcut.toString(), []).append(action.text())
    clashes = {k: v for k, v in keys.items() if len(v) > 1}
    assert clashes == {}
    mnemonics: dict[str, list[str]] = {}

    def mnemonic(text: str) -> str | None:
        i = text.replace("&&", "").find("&")
        return text.replace("&&", "")[i + 1].lower() if i >= 0 else None

    labels = [a.text() for a in window.menuBar().actions()]
    labels += [w.text() for w in window.findChildren(QAbstractButton)]
    labels += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    labels += [tabs.tabText(i) for tabs in window.findChildren(QTabWidget) for i in range(tabs.count())]
    for text in labels:
        letter = mnemonic(text)
        if letter:
            mnemonics.setdefault(letter, []).append(text)
    assert {k: v for k, v in mnemonics.items() if len(v) > 1} == {}
