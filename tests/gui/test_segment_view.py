"""The 3RS segment view: one row per 5-minute segment, ratings and ticks by keyboard, span codes per segment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rupturetool.core.domain import (
    Family,
    Marker,
    RuptureEpisode,
    SliceCode,
    SpeakerRole,
    StrategyEvent,
    Turn,
)
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.core.timeslices import five_minute_slices
from rupturetool.gui.segment_view import ESTIMATED_TEXT, SEGMENT, TIMED_TEXT, SegmentView, issue_slices

DISPLAY, TOOLTIP, DECORATION = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole


@pytest.fixture(scope="module")
def scheme():
    return SchemeRegistry().get("3rs")


def timed_turns() -> list[Turn]:
    """Turns every minute for 14 minutes, then one at 21 minutes: segments 0–5, 5–10, 10–15, 15–20 (empty), 20–25."""
    starts = [i * 60.0 for i in range(15)] + [21 * 60.0]
    return [Turn(i, "P", SpeakerRole.CLIENT, "well I guess so", start=s) for i, s in enumerate(starts)]


def marker(turn: int, subtype: str, mid: int) -> Marker:
    family = "withdrawal" if subtype.startswith("W") else "confrontation"
    return Marker(1, turn, 0, 4, family, subtype, "tester", id=mid)


@pytest.fixture
def view(qtbot, scheme) -> SegmentView:
    widget = SegmentView()
    qtbot.addWidget(widget)
    turns = timed_turns()
    markers = [marker(1, "W1", 1), marker(3, "W1", 2), marker(4, "C3", 3), marker(6, "W2", 4)]
    episodes = [RuptureEpisode(1, "tester", Family.WITHDRAWAL, (1, 2), strategies=(StrategyEvent("R4", 2),))]
    codes = [
        SliceCode(1, 0, "withdrawal", "tester", 4),
        SliceCode(1, 1, "confrontation", "tester", 2),
        SliceCode(1, 0, "W1", "tester"),  # ticked and also on the text: not listed as segment-only
        SliceCode(1, 0, "W5", "tester"),
        SliceCode(1, 2, "R1", "tester"),
    ]
    issues = ["5–10 min: W2 on the text but withdrawal significance is not rated", "the session is not rated"]
    widget.set_data(five_minute_slices(turns), markers, codes, episodes, scheme, issues)
    widget.resize(800, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(view: SegmentView, row: int, column: int, role=DISPLAY):
    return view.model.data(view.model.index(row, column), role)


def test_rows_and_columns_show_ratings_span_codes_ticks_and_strategies(view) -> None:
    model = view.model
    assert model.rowCount() == 5 and view.banner.text() == TIMED_TEXT
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Segment",
        "Withdrawal",
        "Confrontation",
        "Markers on text",
        "Segment ticks",
        "Strategies on text",
    ]
    assert [cell(view, r, SEGMENT) for r in range(5)] == ["0–5 min", "5–10 min", "10–15 min", "15–20 min", "20–25 min"]
    assert [cell(view, 0, c) for c in range(1, 6)] == ["4", "", "W1×2 C3", "W5", "R4"]
    assert [cell(view, 1, c) for c in range(1, 6)] == ["", "2", "W2", "", ""]
    assert cell(view, 2, 4) == "R1"
    assert "turns 0–4 (5 turns)" in cell(view, 0, SEGMENT, TOOLTIP)
    assert cell(view, 3, SEGMENT, TOOLTIP) == "15–20 min: no turns start here"
    assert cell(view, 0, 1, TOOLTIP) == "Withdrawal: 4 — quite salient"
    assert cell(view, 0, 3, TOOLTIP).splitlines() == [
        "C3 Complaints/concerns about the activities of therapy",
        "W1 Denial",
    ]


def test_issues_are_listed_and_mark_their_rows(qtbot, view) -> None:
    assert view.issues.count() == 2 and view.issues.isVisibleTo(view)
    assert view.issues_label.text().startswith("2 consistency problems")
    assert cell(view, 1, SEGMENT, DECORATION) is not None
    assert "⚠ 5–10 min: W2 on the text" in cell(view, 1, SEGMENT, TOOLTIP)
    assert cell(view, 0, SEGMENT, DECORATION) is None and cell(view, 2, SEGMENT, DECORATION) is None
    assert cell(view, 1, SEGMENT, Qt.ItemDataRole.AccessibleTextRole) == "problem: 5–10 min"
    view.issues.itemClicked.emit(view.issues.item(0))
    assert view.current_slice() == 1


def test_issue_slices_match_labels_not_parts_of_other_numbers(view) -> None:
    slices = [row.time_slice for row in view.model.rows]
    assert issue_slices("15–20 min and 0-5 min", slices) == [0, 3]
    assert issue_slices("25–30 min", slices) == []  # "5–30" inside it is no slice either


def test_digits_rate_the_family_cell_and_zero_or_delete_clear(qtbot, view) -> None:
    view.table.setFocus()
    view.select_slice(2, "confrontation")
    with qtbot.waitSignal(view.rateRequested) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_5)
    assert blocker.args == [2, "confrontation", 5]
    with qtbot.waitSignal(view.rateRequested) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_0)
    assert blocker.args == [2, "confrontation", None]
    qtbot.keyClick(view.table, Qt.Key.Key_Left)  # arrows move to the withdrawal column
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (1, 1)
    with qtbot.waitSignal(view.rateRequested) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert blocker.args == [1, "withdrawal", None]
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    qtbot.keyClick(view.table, Qt.Key.Key_Right)  # the markers column: digits do nothing
    with qtbot.assertNotEmitted(view.rateRequested):
        qtbot.keyClick(view.table, Qt.Key.Key_3)
        view.select_slice(1, "withdrawal")
        qtbot.keyClick(view.table, Qt.Key.Key_7)  # out of the scheme's 1–5


def test_space_on_ticks_opens_the_code_list_with_span_codes_locked(qtbot, view) -> None:
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, view.model.ticked_column))
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    menu = view.menu
    assert menu is not None and menu.isVisible()
    actions = {a.data(): a for a in menu.actions() if a.data()}
    assert len(actions) == 14 + 10  # W1–W7, C1–C7, R1–R10
    w1, w5, w2, r4 = actions["W1"], actions["W5"], actions["W2"], actions["R4"]
    assert w1.isChecked() and not w1.isEnabled() and w1.text().endswith("— on the text")
    assert r4.isChecked() and not r4.isEnabled()  # a strategy on the text in this segment
    assert w5.isChecked() and w5.isEnabled()
    assert not w2.isChecked() and w2.isEnabled()
    with qtbot.waitSignal(view.tickRequested) as blocker:
        w2.trigger()
    assert blocker.args == [0, "W2", True]
    with qtbot.waitSignal(view.tickRequested) as blocker:
        w5.trigger()
    assert blocker.args == [0, "W5", False]
    menu.close()
    view.table.setCurrentIndex(view.model.index(2, view.model.ticked_column))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.menu is not menu and view.menu.isVisible()
    assert view.menu.accessibleName() == "Codes for 10–15 min"
    view.menu.close()


def test_double_click_or_ctrl_enter_goes_to_the_segments_first_turn(qtbot, view) -> None:
    rect = view.table.visualRect(view.model.index(1, SEGMENT))
    with qtbot.waitSignal(view.turnRequested) as blocker:  # a real double-click: press, release, then the double
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [5]
    view.table.setFocus()
    view.select_slice(4, "withdrawal")
    with qtbot.waitSignal(view.turnRequested) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [15]
    view.select_slice(3, "withdrawal")
    with qtbot.assertNotEmitted(view.turnRequested):  # 15–20 min is empty
        qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_untimed_sessions_say_the_segments_are_estimated(qtbot, scheme) -> None:
    view = SegmentView()
    qtbot.addWidget(view)
    turns = [Turn(i, "P", SpeakerRole.CLIENT, " ".join(["word"] * 375)) for i in range(5)]  # 2.5 min each
    view.set_data(five_minute_slices(turns), [], [], [], scheme, [])
    assert view.banner.text() == ESTIMATED_TEXT
    assert "150 words a minute" in ESTIMATED_TEXT
    assert cell(view, 0, SEGMENT) == "0–5 min (est.)"
    assert view.issues_label.text() == "Segment codes and span codes agree." and not view.issues.isVisibleTo(view)
    view.set_data([], [], [], [], scheme, [])
    assert view.model.rowCount() == 0 and view.banner.text().startswith("No segments")


def test_family_columns_come_from_the_scheme(qtbot) -> None:
    pacs = SchemeRegistry().get("pacs")
    view = SegmentView()
    qtbot.addWidget(view)
    turns = [Turn(i, "P", SpeakerRole.CLIENT, "hello there", start=i * 100.0) for i in range(6)]
    codes = [SliceCode(1, 1, "preoccupied", "tester", 3)]
    view.set_data(five_minute_slices(turns), [marker(4, "RS", 1)], codes, [], pacs, [])
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers[1:4] == ["Secure-typical", "Dismissing", "Preoccupied"]
    column = view.model.column_of_family("preoccupied")
    assert cell(view, 1, column) == "3" and cell(view, 1, view.model.markers_column) == "RS"
    view.show()
    view.table.setFocus()
    view.select_slice(0, "dismissing")
    with qtbot.waitSignal(view.rateRequested) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_2)
    assert blocker.args == [0, "dismissing", 2]
