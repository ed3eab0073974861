"""Suggestion mode as a coder uses it: suggestions appear without blocking, each key decides one, every decision is
stored and undoable, and accepted ones become markers with source "suggested"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from rupturetool.core.domain import MarkerSource
from rupturetool.gui.main_window import MainWindow
from rupturetool.services.project import Project

SESSION = """\
Therapist: What would you like to talk about today?
Client: I don't know. Whatever you think, you're the expert.
Therapist: I notice you handed that back to me. What happens for you when I ask?
Client: Honestly this is pointless. You're not helping me at all and we keep going in circles.
Therapist: I'm sorry, I think I pushed too hard last week. Can you tell me more about what felt unhelpful?
Client: It's fine. Not a big deal.
Therapist: How was the trip to your sister's?
Client: Really good actually, we walked by the sea and the kids loved it.
"""


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "s.txt"
    path.write_text(SESSION, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'gui.sqlite'}"
    seed = Project(url, coder="tester")
    seed.import_transcript(path, "GUI-02")
    seed.close()
    win = MainWindow(Project(url, coder="tester"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def start(qtbot, window: MainWindow) -> None:
    window.suggestion_actions.toggle()  # F4
    assert window.suggestion_bar.isVisible()
    qtbot.waitUntil(lambda: window.suggestion_bar.suggestion is not None, timeout=60_000)


def test_enter_accepts_a_suggestion_as_a_suggested_marker_and_undo_takes_it_back(qtbot, window) -> None:
    start(qtbot, window)
    bar, actions = window.suggestion_bar, window.suggestion_actions
    total = len(actions.pending)
    first = bar.suggestion
    assert first is not None and first.explanation and 0 < first.confidence <= 1
    assert window.view.delegate.suggestion[:3] == (first.turn_index, first.start_char, first.end_char)
    assert f"of {total}" in bar.title.text() and first.subtype in bar.title.text()
    assert any(s.is_marker for s in actions.pending)
    while not bar.suggestion.is_marker:  # step to a marker suggestion (→ does not decide)
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    marker_suggestion = bar.suggestion
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    [marker] = [m for m in window.project.markers(window.session_id) if m.source is MarkerSource.SUGGESTED]
    assert (marker.turn_index, marker.subtype) == (marker_suggestion.turn_index, marker_suggestion.subtype)
    assert len(actions.pending) == total - 1
    [decision] = window.project.suggestion_decisions(window.session_id)
    assert decision.decision == "accepted" and decision.marker_id == marker.id
    window.undo()
    assert window.project.markers(window.session_id) == []
    assert window.project.suggestion_decisions(window.session_id) == []


def test_delete_rejects_a_digit_changes_the_subtype_and_esc_leaves(qtbot, window) -> None:
    start(qtbot, window)
    bar, actions = window.suggestion_bar, window.suggestion_actions
    rejected = bar.suggestion
    qtbot.keyClick(bar, Qt.Key.Key_Delete)
    decisions = window.project.suggestion_decisions(window.session_id)
    assert [(d.decision, d.subtype, d.final_subtype) for d in decisions] == [("rejected", rejected.subtype, None)]
    assert window.project.markers(window.session_id) == []
    for _ in range(len(actions.pending)):  # → steps (wrapping round) to a marker suggestion, if one is left
        if bar.suggestion is None or bar.suggestion.is_marker:
            break
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    if bar.suggestion is not None and bar.suggestion.is_marker:
        changed = bar.suggestion
        choices = actions._choices(changed)
        digit = next(i for i, code in enumerate(choices, 1) if code != changed.subtype)  # another code of its family
        qtbot.keyClick(bar, getattr(Qt.Key, f"Key_{digit}"))
        [marker] = window.project.markers(window.session_id)
        assert marker.subtype == choices[digit - 1] and marker.source is MarkerSource.SUGGESTED
        assert window.project.suggestion_decisions(window.session_id)[-1].decision == "changed"
    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.delegate.suggestion is None
    window.suggestion_actions.toggle()  # back in: what was decided is not offered again
    qtbot.waitUntil(lambda: "Finding" not in bar.title.text(), timeout=60_000)
    assert all((s.turn_index, s.subtype) != (rejected.turn_index, rejected.subtype) for s in actions.pending)


def test_coding_goes_on_while_suggestions_are_found(qtbot, window) -> None:
    window.suggestion_actions.toggle()
    window.view.select_row(window.model.row_of(1, 0))
    window.tag("W3")  # the coder keeps coding; the suggestions arrive when ready
    qtbot.waitUntil(lambda: window.suggestion_bar.suggestion is not None, timeout=60_000)
    assert [m.subtype for m in window.project.markers(window.session_id)] == ["W3"]
