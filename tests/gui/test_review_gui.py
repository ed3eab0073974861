"""Supervision in the app, as a supervisor and two coders would use it: who is coding, the Review tab, comments
beside the transcript, the review queue, blind coding, and the comparison view with adjudication."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox

from rupturetool.core.domain import CoderRole, ReviewStatus
from rupturetool.core.review import CONSENSUS
from rupturetool.gui import coder_dialog
from rupturetool.gui.comment_dialogs import CommentDialog
from rupturetool.gui.comparison_window import ComparisonWindow
from rupturetool.gui.main_window import MainWindow
from rupturetool.gui.review_queue import ReviewQueueWindow
from rupturetool.gui.transcript_model import COMMENTS_ROLE
from rupturetool.services.project import Project


def mark(project: Project, session_id: int, turn: int, subtype: str) -> None:
    project.add_marker(project.new_marker(session_id, turn, subtype, segment_index=0))


@pytest.fixture
def team_db(gui_db: str) -> tuple[str, int]:
    """ann and bob coded the session (bob blind); sue supervises."""
    sue = Project(gui_db, coder="sue")
    sue.set_coder_role("sue", "supervisor")
    sid = sue.sessions()[0].id
    ann, bob = Project(gui_db, coder="ann"), Project(gui_db, coder="bob")
    mark(ann, sid, 1, "W1")
    mark(ann, sid, 3, "C1")
    sue.assign_second_coder(sid, "bob", blind=True)
    mark(bob, sid, 1, "W3")
    mark(bob, sid, 5, "C2")
    for p in (sue, ann, bob):
        p.close()
    return gui_db, sid


def open_as(qtbot, url: str, coder: str) -> MainWindow:
    win = MainWindow(Project(url, coder=coder))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def sue(qtbot, team_db) -> Iterator[MainWindow]:
    win = open_as(qtbot, team_db[0], "sue")
    yield win
    win.close()


def test_the_app_asks_who_is_coding_and_remembers(qtbot) -> None:
    from rupturetool.core.domain import Coder

    dialog = coder_dialog.CoderDialog([Coder("sue", CoderRole.SUPERVISOR), Coder(CONSENSUS)], current="")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nobody is "nobody"
    dialog.name.setCurrentText(CONSENSUS)
    assert not ok.isEnabled()  # the reserved layer is not a person
    dialog.name.setCurrentText("sue")
    assert ok.isEnabled() and dialog.chosen() == ("sue", CoderRole.SUPERVISOR)  # a known coder's role is shown
    assert coder_dialog.remembered_coder() is None
    coder_dialog.remember_coder("sue", CoderRole.SUPERVISOR)
    assert coder_dialog.remembered_coder() == ("sue", CoderRole.SUPERVISOR)
    coder_dialog.remember_coder(None)
    assert coder_dialog.remembered_coder() is None


def test_switching_coder_changes_layers_status_bar_and_history(qtbot, team_db, monkeypatch) -> None:
    url, sid = team_db
    win = open_as(qtbot, url, "ann")
    assert sorted({m.coder for m in win.markers}) == ["ann", "bob"]  # ann is not blinded
    win.apply(lambda: win.project.submit(sid))
    assert win.undo_action.isEnabled()
    monkeypatch.setattr(coder_dialog, "ask_coder", lambda *a, **k: ("bob", CoderRole.THERAPIST))
    win.review_actions.switch_coder()
    assert win.project.coder == "bob"
    assert not win.undo_action.isEnabled()  # bob never undoes ann's submission
    assert {m.coder for m in win.markers} == {"bob"}  # bob codes blind: ann's layer is hidden
    assert "coder: bob (therapist)" in win.where.text()
    counts = {s.id: s.markers for s in win.project.sessions()}
    assert counts[sid] == 2
    win.close()


def test_submit_approve_and_request_changes_from_the_review_tab(qtbot, team_db, monkeypatch) -> None:
    url, sid = team_db
    ann = open_as(qtbot, url, "ann")
    ann.show_review_panel()
    assert ann.review_panel.submit_button.isEnabled()
    ann.review_panel.submit_button.click()
    assert "Submitted" in ann.review_panel.my_status.text()
    assert not ann.review_panel.submit_button.isEnabled()
    status_column = ann.tree_model.index_of_session(sid).siblingAtColumn(ann.tree_model.columnCount() - 1)
    assert "submitted" in str(status_column.data()).lower()
    ann.close()

    sue = open_as(qtbot, url, "sue")
    queue = ReviewQueueWindow(sue.project, sue.review_actions.open_review)
    qtbot.addWidget(queue)
    assert queue.table.topLevelItemCount() == 1 and queue.table.topLevelItem(0).text(3) == "ann"
    queue.table.itemActivated.emit(queue.table.topLevelItem(0), 0)  # Enter on the row
    assert sue.session_id == sid and sue.review_panel.current_layer() == "ann"
    assert sue.review_panel.approve_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Please code turn 4 as well", True))
    sue.review_panel.changes_button.click()
    assert sue.project.review(sid, "ann").status == ReviewStatus.CHANGES_REQUESTED
    assert sue.project.review(sid, "ann").reason == "Please code turn 4 as well"
    layer_row = sue.review_panel.layers.currentItem()
    assert "Please code turn 4 as well" in layer_row.text(1)
    sue.undo()  # one Ctrl+Z takes the request back
    assert sue.project.review(sid, "ann").status == ReviewStatus.SUBMITTED
    sue.review_panel.approve_button.click()
    assert sue.project.review(sid, "ann").status == ReviewStatus.APPROVED
    assert queue.table.topLevelItemCount() == 1
    queue.refresh()
    assert queue.table.topLevelItemCount() == 0
    sue.close()


def test_comments_sit_beside_the_transcript_and_are_navigable_by_keyboard(qtbot, sue, monkeypatch) -> None:
    turn3 = sue.model.row_of(3, 0)
    sue.view.select_row(turn3)

    def accept(dialog: CommentDialog) -> int:
        dialog.editor.setPlainText("Is this really a complaint?")
        dialog.about.setCurrentIndex(1)  # the first marker on the segment (ann's C1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CommentDialog, "exec", accept)
    sue.review_actions.comment()
    [thread] = sue.project.comments(sue.session_id)
    assert thread.comment.marker_id is not None and thread.turn_index == 3
    assert sue.model.index(turn3, 0).data(COMMENTS_ROLE) == (1, 0)  # a badge on the turn, beside the text
    assert "Is this really a complaint?" in sue.model.index(turn3, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert sue.review_panel.comments.topLevelItemCount() == 1

    sue.view.select_row(0)
    sue.review_actions.step_comment(1)  # Alt+Shift+Down
    assert sue.current_turn() == 3
    assert sue.review_panel.current_comment() == thread.comment.id
    sue.review_actions.step_comment(1)
    assert "No further comment" in sue.statusBar().currentMessage()

    sue.review_panel.resolve_button.click()
    assert sue.model.index(turn3, 0).data(COMMENTS_ROLE) == (0, 1)
    sue.undo()
    assert sue.model.index(turn3, 0).data(COMMENTS_ROLE) == (1, 0)
    sue.undo()  # the comment itself
    assert sue.project.comments(sue.session_id) == []
    assert sue.model.index(turn3, 0).data(COMMENTS_ROLE) is None


def test_comparison_view_highlights_and_adjudicates_with_one_key(qtbot, sue, team_db) -> None:
    _url, sid = team_db
    sue.compare_coders()  # Ctrl+Alt+C
    window = sue._windows[-1]
    assert isinstance(window, ComparisonWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    changes = []
    window.changed.connect(changes.append)
    assert (window.coder_a.currentText(), window.coder_b.currentText()) == ("ann", "bob")
    verdicts = {(r.turn_index, r.segment_index): str(r.verdict) for r in window.model.rows}
    assert verdicts[(1, 0)] == "subtype differs" and verdicts[(3, 0)] == "only A" and verdicts[(5, 0)] == "only B"
    assert "Adjudicated: 0 of 3" in window.summary.text()

    window.table.setFocus()
    window.select(0)
    qtbot.keyClick(window.table, Qt.Key.Key_N)  # next disagreement
    assert window.current().turn_index == 1
    qtbot.keyClick(window.table, Qt.Key.Key_B)  # take bob's W3
    assert [m.subtype for m in sue.project.markers(sid, CONSENSUS)] == ["W3"]
    assert window.current().settled == "B"
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    qtbot.keyClick(window.table, Qt.Key.Key_A)  # take ann's C1
    assert sorted(m.subtype for m in sue.project.markers(sid, CONSENSUS)) == ["C1", "W3"]
    assert "Adjudicated: 2 of 3" in window.summary.text()
    assert len(changes) == 2 and sue.undo_action.isEnabled()
    assert "Take ann's codes" in sue.undo_action.text()

    window.only_disagreements.setChecked(True)
    hidden = [window.table.isRowHidden(i) for i in range(len(window.model.rows))]
    assert hidden.count(False) == 3

    sue.undo()  # Edit → Undo in the main window takes the last adjudication back
    assert [m.subtype for m in sue.project.markers(sid, CONSENSUS)] == ["W3"]

    qtbot.keyClick(window.table, Qt.Key.Key_E)  # edit in the consensus layer
    assert sue.project.layer == CONSENSUS and sue.consensus_action.isChecked()
    assert "CONSENSUS" in sue.where.text()
    window.close()


def test_a_therapist_cannot_adjudicate_and_is_told_why(qtbot, team_db, monkeypatch) -> None:
    url, sid = team_db
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    ann = open_as(qtbot, url, "ann")
    window = ComparisonWindow(ann.project, sid)
    qtbot.addWidget(window)
    window.select(window.model.rows.index(next(r for r in window.model.rows if r.verdict.is_disagreement)))
    window.take("ann")
    assert "only a supervisor or researcher" in window.status.text()
    assert ann.project.markers(sid, CONSENSUS) == []
    ann.consensus_action.setChecked(True)
    assert not ann.consensus_action.isChecked() and ann.project.layer == "ann"
    assert shown == ["only a supervisor or researcher can edit the consensus layer (ann is a therapist)"]
    ann.close()


def test_agreement_and_report_open_from_the_review_menu(qtbot, sue, monkeypatch) -> None:
    from rupturetool.gui import report_actions
    from rupturetool.gui.agreement_window import AgreementWindow

    actions = {a.text(): a for a in sue.review_menu.actions()}
    actions["Agreement between coders…"].trigger()
    assert isinstance(sue._windows[-1], AgreementWindow)
    qtbot.addWidget(sue._windows[-1])
    asked = []
    monkeypatch.setattr(report_actions, "preview_review_report", lambda *args: asked.append(args[2:]))
    sue.review_panel.layers.setCurrentItem(sue.review_panel.layers.topLevelItem(0))
    actions["Review report (HTML / PDF)…"].trigger()  # sue coded nothing: the report is of the layer chosen
    assert asked == [(sue.session_id, sue.review_panel.current_layer())]


def test_chips_say_whose_marker_it_is_when_several_layers_show(qtbot, sue, team_db) -> None:
    from rupturetool.gui.transcript_delegate import chip_label, initials

    assert initials("Dr. Sue Park") == "SP" and initials("ann") == "An" and initials("Prof. A. B. Cole") == "ABC"
    assert sue.view.delegate.show_coders  # ann's and bob's layers are both on screen
    marker = next(m for m in sue.markers if m.coder == "bob")
    assert chip_label(marker, sue.view.delegate.show_coders) == f"{marker.subtype} {marker.significance} · Bo"
    url, _sid = team_db
    bob = open_as(qtbot, url, "bob")  # blind: only his own layer, so no initials needed
    assert not bob.view.delegate.show_coders
    bob.close()
