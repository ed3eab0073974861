"""The episode panel: episode summaries, the family's resolution path, and the intents it emits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rupturetool.core.domain import Family, Marker, Outcome, RuptureEpisode, StageEvent, StrategyEvent
from rupturetool.core.scheme import CodingScheme, scheme_from_dict
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.gui.episode_panel import EpisodePanel


@pytest.fixture(scope="module")
def registry() -> SchemeRegistry:
    return SchemeRegistry([])


@pytest.fixture
def rrs(registry: SchemeRegistry) -> CodingScheme:
    return registry.get("3rs")


def marker(mid: int, turn: int, subtype: str, family: str, significance: int = 3) -> Marker:
    return Marker(1, turn, 0, 10, family, subtype, "ana", significance=significance, id=mid)


MARKERS = [
    marker(1, 11, "W6", "withdrawal", 4),
    marker(2, 13, "W2", "withdrawal"),
    marker(3, 17, "W5", "withdrawal", 2),
    marker(4, 30, "C1", "confrontation", 5),
    marker(5, 32, "C7", "confrontation"),
]
WITHDRAWAL = RuptureEpisode(
    1,
    "ana",
    Family.WITHDRAWAL,
    (1, 2, 3),
    (StageEvent(1, 12), StageEvent(2, 14)),
    (StrategyEvent("R9", 15), StrategyEvent("R4", 12)),
    Outcome.PARTIAL,
    id=10,
)
CONFRONTATION = RuptureEpisode(1, "ana", Family.CONFRONTATION, (4, 5), (StageEvent(1, 31),), id=11)


@pytest.fixture
def panel(qtbot, rrs: CodingScheme) -> EpisodePanel:
    widget = EpisodePanel()
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.set_data([WITHDRAWAL, CONFRONTATION], MARKERS, rrs, 16)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def list_texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_lists_the_episodes_with_family_turns_markers_stage_and_outcome(panel: EpisodePanel) -> None:
    assert list_texts(panel.episode_list) == [
        "W episode · turns 12–18 · 3 markers · stage 2/4 · partial",
        "C episode · turns 31–33 · 2 markers · stage 1/4 · not rated",
    ]
    assert panel.current_episode() == WITHDRAWAL
    assert list_texts(panel.marker_list)[0] == "W6 Content/affect split · turn 12 · significance 4"


def test_path_follows_the_family_of_the_episode(panel: EpisodePanel, qtbot) -> None:
    rows = panel._stage_rows
    assert [r.path.text() for r in rows][1] == "Qualified, increasingly clear expression of discontent."
    assert rows[3].path.text() == "Self-assertion: the need for agency is expressed."
    assert "reached stage <b>2</b> of 4" in panel.path_summary.text()
    assert [r.status.text() for r in rows] == ["Reached at", "Reached at", "Not yet reached", "Not yet reached"]
    assert rows[1].jump.text() == "turn 15"

    with qtbot.waitSignal(panel.episodeSelected) as selected:
        panel.episode_list.setFocus()
        qtbot.keyClick(panel.episode_list, Qt.Key.Key_Down)
    assert selected.args == [11]
    assert rows[3].path.text() == "Vulnerability: the wish to be cared for or nurtured."
    assert rows[1].path.text() == "Expression of anger or irritation."
    assert "Confrontation path: reached stage <b>1</b>" in panel.path_summary.text()


def test_stage_buttons_emit_mark_clear_and_jump(panel: EpisodePanel, qtbot) -> None:
    row3 = panel._stage_rows[2]
    assert row3.set_button.text() == "Mark at turn 17"
    assert not row3.clear_button.isEnabled()  # nothing to clear: not reached
    with qtbot.waitSignal(panel.stageRequested) as mark:
        qtbot.mouseClick(row3.set_button, Qt.MouseButton.LeftButton)
    assert mark.args == [10, 3]
    with qtbot.waitSignal(panel.stageClearRequested) as clear:
        qtbot.mouseClick(panel._stage_rows[1].clear_button, Qt.MouseButton.LeftButton)
    assert clear.args == [10, 2]
    with qtbot.waitSignal(panel.jumpRequested) as jump:
        qtbot.mouseClick(panel._stage_rows[1].jump, Qt.MouseButton.LeftButton)
    assert jump.args == [14]
    # By keyboard: Space on the focused button.
    row3.set_button.setFocus()
    with qtbot.waitSignal(panel.stageRequested) as mark:
        qtbot.keyClick(row3.set_button, Qt.Key.Key_Space)
    assert mark.args == [10, 3]


def test_without_a_current_turn_stages_and_strategies_cannot_be_marked(panel: EpisodePanel, rrs) -> None:
    panel.set_current_turn(None)
    assert not any(r.set_button.isEnabled() for r in panel._stage_rows)
    assert not panel.add_strategy_button.isEnabled()
    panel.set_current_turn(3)
    assert panel._stage_rows[0].set_button.text() == "Mark at turn 4"
    assert panel.add_strategy_button.isEnabled()


def test_markers_and_stage_turns_jump_by_enter(panel: EpisodePanel, qtbot) -> None:
    panel.marker_list.setFocus()
    panel.marker_list.setCurrentRow(2)
    with qtbot.waitSignal(panel.jumpRequested) as jump:
        qtbot.keyClick(panel.marker_list, Qt.Key.Key_Return)
    assert jump.args == [17]
    panel.episode_list.setFocus()
    with qtbot.waitSignal(panel.jumpRequested) as jump:
        qtbot.keyClick(panel.episode_list, Qt.Key.Key_Return)
    assert jump.args == [11]  # the episode's first marker


def test_strategies_shown_in_turn_order_added_and_removed(panel: EpisodePanel, qtbot, rrs) -> None:
    assert list_texts(panel.strategy_list) == [
        "R4 Therapist invites the patient to discuss thoughts or feelings about the therapist or some aspect of "
        "therapy · turn 13",
        "R9 Therapist validates the patient's defensive posture · turn 16",
    ]
    assert panel.strategy_box.count() == len(rrs.strategies)
    assert "(exploratory strategy)" in panel.strategy_box.itemData(4, Qt.ItemDataRole.ToolTipRole)
    panel.strategy_box.setFocus()
    for _ in range(4):
        qtbot.keyClick(panel.strategy_box, Qt.Key.Key_Down)
    assert panel.strategy_box.currentData() == "R5"
    assert panel.add_strategy_button.text() == "&Add at turn 17"
    with qtbot.waitSignal(panel.strategyRequested) as added:
        qtbot.mouseClick(panel.add_strategy_button, Qt.MouseButton.LeftButton)
    assert added.args == [10, "R5"]

    panel.strategy_list.setFocus()
    panel.strategy_list.setCurrentRow(1)
    with qtbot.waitSignal(panel.strategyRemoveRequested) as removed:
        qtbot.keyClick(panel.strategy_list, Qt.Key.Key_Delete)
    assert removed.args == [10, "R9", 15]


def test_outcome_choice_emits_only_for_user_changes(panel: EpisodePanel, qtbot) -> None:
    assert panel.outcome_box.currentText() == "Partially resolved"
    panel.outcome_box.setFocus()
    with qtbot.waitSignal(panel.outcomeRequested) as chosen:
        qtbot.keyClick(panel.outcome_box, Qt.Key.Key_Down)
    assert chosen.args == [10, "unresolved"]
    with qtbot.waitSignal(panel.outcomeRequested) as chosen:
        qtbot.keyClick(panel.outcome_box, Qt.Key.Key_Home)
    assert chosen.args == [10, None]
    # Showing stored data (set_data) emits nothing.
    with qtbot.assertNotEmitted(panel.outcomeRequested), qtbot.assertNotEmitted(panel.episodeSelected):
        panel.set_data([WITHDRAWAL, CONFRONTATION], MARKERS, panel._scheme, 16)
        panel.select_episode(11)
    assert panel.current_episode() == CONFRONTATION
    assert panel.outcome_box.currentText() == "Not rated"


def test_delete_and_edit_markers(panel: EpisodePanel, qtbot) -> None:
    with qtbot.waitSignal(panel.deleteRequested) as deleted:
        panel.episode_list.setFocus()
        qtbot.keyClick(panel.episode_list, Qt.Key.Key_Delete)
    assert deleted.args == [10]
    with qtbot.waitSignal(panel.markersEditRequested) as edit:
        qtbot.mouseClick(panel.markers_button, Qt.MouseButton.LeftButton)
    assert edit.args == [10]


def test_selection_survives_a_refresh_and_an_empty_session_says_what_to_do(panel: EpisodePanel, rrs) -> None:
    panel.select_episode(11)
    changed = RuptureEpisode(1, "ana", Family.CONFRONTATION, (4, 5), (StageEvent(1, 31), StageEvent(2, 33)), id=11)
    panel.set_data([WITHDRAWAL, changed], MARKERS, rrs, 16)
    assert panel.current_episode() == changed
    assert panel._stage_rows[1].status.text() == "Reached at"
    panel.set_data([], MARKERS, rrs, 16)
    assert panel.current_episode() is None
    assert "No episodes in this session yet" in panel.empty_label.text()
    assert not panel.delete_button.isEnabled() and not panel.detail.isEnabled()


def test_a_scheme_without_stages_says_so(panel: EpisodePanel, registry: SchemeRegistry) -> None:
    pacs = registry.get("pacs")
    panel.set_data([WITHDRAWAL], MARKERS, pacs, 16)
    assert panel.path_summary.text() == f"The scheme “{pacs.name}” defines no resolution stages."
    assert not any(r.isVisibleTo(panel) for r in panel._stage_rows)
    assert "stage" not in panel.episode_list.item(0).text()
    assert "defines no resolution strategies" in panel.strategy_note.text()


def test_stages_without_a_path_for_the_family_say_so(panel: EpisodePanel, rrs: CodingScheme) -> None:
    fams = [
        {"code": f.code, "name": f.name, "hotkey": f.hotkey, "subtypes": [{"code": s.code, "name": s.name,
         "hotkey": s.hotkey} for s in f.subtypes]}
        for f in rrs.families
    ]  # fmt: skip
    stages = [{"number": 1, "name": "Attending", "paths": {"confrontation": "Notices."}}, {"number": 2, "name": "X"}]
    scheme = scheme_from_dict(
        {"scheme": {"id": "partial", "name": "Partial", "version": "1"}, "families": fams, "stages": stages}, "t"
    )
    panel.set_data([WITHDRAWAL], MARKERS, scheme, 16)
    assert panel.path_note.text() == (
        "This scheme describes no withdrawal path: the stages are shown by their generic names."
    )
    assert panel._stage_rows[0].path.text() == "Not on the withdrawal path in this scheme."
    assert len(panel._stage_rows) == 2


def test_keyboard_mnemonics_and_accessible_names(panel: EpisodePanel, qtbot) -> None:
    panel.activateWindow()
    panel.episode_list.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert panel.outcome_box.hasFocus()
    qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert panel.episode_list.hasFocus()
    named = [panel.episode_list, panel.marker_list, panel.strategy_list, panel.strategy_box, panel.outcome_box]
    named += [r.set_button for r in panel._stage_rows]
    assert all(w.accessibleName() for w in named)
    assert panel._stage_rows[2].set_button.accessibleName() == "Mark stage 3 at the current turn"


def test_tab_goes_top_to_bottom_through_the_path(panel: EpisodePanel, qtbot) -> None:
    panel.activateWindow()
    panel.marker_list.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        order.append(panel.focusWidget())
    row1, row2 = panel._stage_rows[:2]
    assert order == [row1.jump, row1.set_button, row1.clear_button, row2.jump, row2.set_button]
