"""The transcript pane: span coding by keyboard, split/merge/correction requests, filters, search, zoom, lazy rows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rupturetool.core.domain import (
    Cue,
    Marker,
    Outcome,
    RuptureEpisode,
    Segment,
    Session,
    SessionDetail,
    SpeakerRole,
    Turn,
)
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.gui.transcript_model import TranscriptModel
from rupturetool.gui.transcript_view import TranscriptView

SCHEME = SchemeRegistry().get("3rs")
TEXTS = [
    ("T", "How has the week been? Tell me about it."),
    ("P", "Fine. Whatever you think is best, honestly. (smiles)"),
    ("T", "You smiled as you said that."),
    ("P", "I don't know. We keep going in circles here."),
]


def make_turn(index: int, who: str, text: str) -> Turn:
    """Segments at sentence ends, like the segmenter makes them."""
    bounds, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".?" and (i + 1 == len(text) or text[i + 1] == " "):
            bounds.append((start, i + 1))
            start = i + 2
    if start < len(text):
        bounds.append((start, len(text)))
    segments = tuple(Segment(k, a, b) for k, (a, b) in enumerate(bounds))
    cues = tuple(Cue(text.index("("), text.index(")") + 1) for _ in [0] if "(" in text)
    role = SpeakerRole.THERAPIST if who == "T" else SpeakerRole.CLIENT
    return Turn(index, who, role, text, start=index * 5.0, segments=segments, cues=cues)


def make_detail(texts=TEXTS) -> SessionDetail:
    session = Session("TEST-01", date(2026, 1, 1), 1, id=1)
    return SessionDetail(session=session, turns=tuple(make_turn(i, who, t) for i, (who, t) in enumerate(texts)))


def marker(
    turn: Turn, start: int, end: int, subtype: str = "W5", *, coder: str = "anna", segment=None, mid=1
) -> Marker:
    family = "withdrawal" if subtype.startswith("W") else "confrontation"
    return Marker(1, turn.index, start, end, family, subtype, coder, segment_index=segment, significance=4, id=mid)


@pytest.fixture
def pane(qtbot):
    model = TranscriptModel(SCHEME)
    view = TranscriptView(model, SCHEME)
    qtbot.addWidget(view)
    view.resize(900, 500)
    detail = make_detail()
    model.load(detail, [])
    view.show()
    qtbot.waitExposed(view)
    view.select_row(0)
    view.setFocus()
    return model, view, detail


def row_with(model: TranscriptModel, text: str) -> int:
    return next(i for i, r in enumerate(model.rows) if text in r.text)


def test_rows_are_segments_with_turn_time_and_speaker_on_the_first(pane):
    model, _view, detail = pane
    assert model.rowCount() == sum(len(t.segments) for t in detail.turns)
    second = model.rows_of_turn(1)
    assert model.index(second.start, 0).data() == "2  00:05"
    assert model.index(second.start + 1, 0).data() == ""
    assert model.index(second.start, 1).data() == "P"


def test_span_selected_by_keyboard_is_coded_with_its_exact_offsets(pane, qtbot):
    model, view, detail = pane
    view.select_row(row_with(model, "Whatever you think"))
    with qtbot.waitSignal(view.chordPending):
        qtbot.keyClick(view, Qt.Key.Key_Return)
        assert view.selector.isVisible()
        # The caret starts at the segment: "Whatever ..."; select the word "Whatever" then "you think".
        qtbot.keyClick(
            view.selector, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        )
        qtbot.keyClick(
            view.selector, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        )
        qtbot.keyClick(
            view.selector, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        )
        qtbot.keyClick(view.selector, Qt.Key.Key_W)
    with qtbot.waitSignal(view.spanChord) as signal:
        qtbot.keyClick(view.selector, Qt.Key.Key_5)
    text = detail.turns[1].text
    family, subtype, turn, start, end = signal.args
    assert (family, subtype, turn) == ("W", "5", 1)
    assert text[start:end] == "Whatever you think"
    assert not view.selector.isVisible()


def test_ctrl_a_in_the_selector_codes_the_whole_turn_and_no_selection_codes_the_caret_segment(pane, qtbot):
    model, view, detail = pane
    view.select_row(row_with(model, "We keep going"))
    view.open_span_selector()
    qtbot.keyClick(view.selector, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.selector, Qt.Key.Key_C)
    with qtbot.waitSignal(view.spanChord) as signal:
        qtbot.keyClick(view.selector, Qt.Key.Key_5)
    assert signal.args[2:] == [3, 0, len(detail.turns[3].text)]

    view.select_row(row_with(model, "We keep going"))
    view.open_span_selector()
    qtbot.keyClick(view.selector, Qt.Key.Key_C)
    with qtbot.waitSignal(view.spanChord) as signal:
        qtbot.keyClick(view.selector, Qt.Key.Key_5)
    seg = detail.turns[3].segments[1]
    assert signal.args[3:] == [seg.start_char, seg.end_char]


def test_escape_closes_the_selector_without_coding(pane, qtbot):
    _model, view, _detail = pane
    view.select_row(1)
    view.open_span_selector()
    with qtbot.assertNotEmitted(view.spanChord):
        qtbot.keyClick(view.selector, Qt.Key.Key_Escape)
    assert not view.selector.isVisible()
    assert view.hasFocus()


def test_split_at_the_caret_merge_with_next_and_text_correction_are_requested(pane, qtbot):
    model, view, detail = pane
    view.select_row(row_with(model, "Whatever you think"))
    view.open_span_selector()
    qtbot.keyClick(view.selector, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # to the next word
    with qtbot.waitSignal(view.splitRequested) as split:
        qtbot.keyClick(
            view.selector, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    turn, segment, at = split.args
    assert (turn, segment) == (1, 1)
    assert detail.turns[1].text[at:].startswith("you think")

    view.select_row(row_with(model, "How has the week"))
    with qtbot.waitSignal(view.mergeRequested) as merge:
        assert view.request_merge()
    assert merge.args == [0, 0]
    view.select_row(row_with(model, "Tell me about it"))  # the turn's last segment: nothing to merge with
    with qtbot.assertNotEmitted(view.mergeRequested):
        assert not view.request_merge()

    dialog = view.open_text_correction()
    assert dialog is not None and dialog.editor.toPlainText() == detail.turns[0].text
    dialog.editor.setPlainText("How was the week? Tell me about it.")
    with qtbot.waitSignal(view.textCorrectionRequested) as corrected:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert corrected.args == [0, "How was the week? Tell me about it."]


def test_an_empty_correction_is_refused_with_a_message(pane, qtbot):
    _model, view, _detail = pane
    dialog = view.open_text_correction()
    dialog.editor.setPlainText("   ")
    with qtbot.assertNotEmitted(view.textCorrectionRequested):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "empty" in dialog.error.text()


def test_filters_reduce_rows_and_rows_stay_rows_of_the_model(pane, qtbot):
    model, view, detail = pane
    client = sum(len(t.segments) for t in detail.turns if t.speaker_role is SpeakerRole.CLIENT)
    target = row_with(model, "We keep going")
    view.select_row(target)
    view.set_client_only(True)
    assert view.model().rowCount() == client < model.rowCount()
    assert view.current_row() == target  # still the same segment, in model rows
    view.select_row(row_with(model, "Fine."))
    assert model.rows[view.current_row()].text == "Fine."
    view.select_row(row_with(model, "You smiled"))  # filtered out: the selection stays
    assert model.rows[view.current_row()].text == "Fine."

    turn1, turn3 = detail.turns[1], detail.turns[3]
    model.set_markers([marker(turn1, 6, 24, mid=1), marker(turn3, 14, 45, "C5", mid=2)])
    view.set_coded_only(True)
    assert view.model().rowCount() == 2
    model.set_episodes(
        [
            RuptureEpisode(1, "anna", "withdrawal", marker_ids=(1,), outcome=Outcome.RESOLVED),
            RuptureEpisode(1, "anna", "confrontation", marker_ids=(2,), outcome=Outcome.PARTIAL),
        ]
    )
    view.set_unresolved_only(True)
    assert [model.rows[view.proxy.to_source(r)].text for r in range(view.model().rowCount())] == [
        "We keep going in circles here."
    ]
    for action in view.filter_actions():
        action.setChecked(False)
    assert view.model().rowCount() == model.rowCount()


def test_search_finds_text_subtype_and_coder_and_counts_hits(pane, qtbot):
    model, view, detail = pane
    model.set_markers(
        [
            marker(detail.turns[1], 6, 24, "W5", coder="anna", mid=1),
            marker(detail.turns[3], 14, 45, "C5", coder="ben", mid=2),
        ]
    )
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_bar.isVisible()
    qtbot.keyClicks(view.search_bar.edit, "WEEK")
    assert [model.rows[r].text for r in view.search_hits()] == ["How has the week been?"]
    assert view.search_bar.count.text() == "1 of 1"

    view.search_bar.edit.setText("you")
    assert len(view.search_hits()) == 2
    assert view.search_bar.count.text() == "1 of 2" and view.current_row() == view.search_hits()[0]
    qtbot.keyClick(view.search_bar.edit, Qt.Key.Key_F3)
    assert view.current_row() == view.search_hits()[1] and view.search_bar.count.text() == "2 of 2"
    qtbot.keyClick(view.search_bar.edit, Qt.Key.Key_F3)
    assert view.search_bar.count.text() == "1 of 2"  # wraps round
    qtbot.keyClick(view.search_bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.search_bar.count.text() == "2 of 2"

    view.search("w5")
    assert [model.rows[r].text for r in view.search_hits()] == ["Whatever you think is best, honestly."]
    view.search("subtype:C5")
    assert [model.rows[r].text for r in view.search_hits()] == ["We keep going in circles here."]
    view.search("coder:AN")
    assert [model.rows[r].key for r in view.search_hits()] == [(1, 1)]
    view.search("nothing like this")
    assert view.search_hits() == [] and view.search_bar.count.text() == "no matches"
    qtbot.keyClick(view.search_bar.edit, Qt.Key.Key_Escape)
    assert not view.search_bar.isVisible() and view.delegate.search_text == ""


def test_zoom_changes_the_font_within_limits_and_remeasures_rows(pane, qtbot):
    _model, view, _detail = pane
    start = view.zoom
    before = view.rowHeight(0)
    sizes = []
    view.zoomChanged.connect(sizes.append)
    for _ in range(4):
        view.zoom_in()
    assert view.zoom == start + 4 == sizes[-1] and len(sizes) == 4
    qtbot.waitUntil(lambda: view.rowHeight(0) > before)
    assert view.font().pointSize() == start + 4
    view.zoom = 100
    assert view.zoom == 32
    for _ in range(40):
        view.zoom_out()
    assert view.zoom == 8
    view.zoom_reset()
    assert view.zoom == start


def test_a_marker_change_updates_only_the_rows_of_its_turn(pane, qtbot):
    model, _view, detail = pane
    seen = []
    model.dataChanged.connect(lambda top, bottom, *_: seen.append((top.row(), bottom.row())))
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_markers([marker(detail.turns[3], 14, 45, "C5", mid=2)])
    rows = model.rows_of_turn(3)
    assert seen == [(rows.start, rows.stop - 1)]
    assert model.markers_at(rows.start) == [] and model.spans_at(rows.start + 1)[0].subtype == "C5"


def test_only_rows_in_view_are_measured_on_a_5000_turn_session(qtbot):
    texts = [
        ("T" if i % 2 == 0 else "P", f"Sentence number {i} is here. And a second one follows.") for i in range(5000)
    ]
    model = TranscriptModel(SCHEME)
    view = TranscriptView(model, SCHEME)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    model.load(make_detail(texts), [])
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.delegate.measure_calls > 0)  # the first paint
    qtbot.wait(50)
    assert model.rowCount() == 10_000
    visible = view.viewport().height() // view.verticalHeader().defaultSectionSize() + 1
    assert 0 < view.delegate.measure_calls <= 3 * visible
    calls = view.delegate.measure_calls
    view.select_row(9_000)
    qtbot.waitUntil(lambda: view.delegate.measure_calls > calls + 1)
    qtbot.wait(50)
    assert view.current_row() == 9_000
    assert view.delegate.measure_calls - calls <= 3 * visible  # jumping far measures the new rows only
