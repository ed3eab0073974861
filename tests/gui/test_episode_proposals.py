"""Confirming or editing proposed episodes, and picking an episode's markers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QStyle, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem

from rupturetool.core.domain import Marker
from rupturetool.core.scheme import CodingScheme
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.gui.episode_proposals import EpisodeProposalDialog, MarkerPickerDialog


@pytest.fixture(scope="module")
def rrs() -> CodingScheme:
    return SchemeRegistry([]).get("3rs")


def marker(mid: int, turn: int, subtype: str, family: str) -> Marker:
    return Marker(1, turn, 0, 10, family, subtype, "ana", id=mid)


W = [marker(1, 11, "W6", "withdrawal"), marker(2, 13, "W2", "withdrawal"), marker(3, 17, "W5", "withdrawal")]
C = [marker(4, 30, "C1", "confrontation"), marker(5, 32, "C7", "confrontation")]


def check_box_centre(tree: QTreeWidget, item: QTreeWidgetItem) -> QPoint:
    """Where the style draws the item's check box (asked of the style, so it holds for any style)."""
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    index = tree.indexFromItem(item)
    tree.itemDelegate().initStyleOption(option, index)
    option.rect = tree.visualItemRect(item)
    return tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree).center()


@pytest.fixture
def proposals(qtbot, rrs) -> EpisodeProposalDialog:
    dialog = EpisodeProposalDialog([tuple(W), tuple(C)], rrs, texts={4: "You never tell me what I should do."})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_shows_each_proposal_with_its_markers_all_ticked(proposals: EpisodeProposalDialog) -> None:
    tree = proposals.tree
    assert tree.topLevelItemCount() == 2
    assert tree.topLevelItem(0).text(0) == "Episode 1 · Withdrawal · turns 12–18 · 3 markers"
    second = tree.topLevelItem(1)
    assert second.child(0).text(0) == (
        "C1 Complaints/concerns about the therapist · turn 31 · significance 3 — “You never tell me what I should do.”"
    )
    assert proposals.accepted_groups() == [(1, 2, 3), (4, 5)]
    assert proposals.ok_button.text() == "&Create 2 episodes"


def test_untick_a_marker_by_keyboard_and_a_whole_proposal_by_mouse(proposals: EpisodeProposalDialog, qtbot) -> None:
    tree = proposals.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(1))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert proposals.accepted_groups() == [(1, 3), (4, 5)]
    assert tree.topLevelItem(0).checkState(0) == Qt.CheckState.PartiallyChecked

    head = tree.topLevelItem(1)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_centre(tree, head))
    assert head.checkState(0) == Qt.CheckState.Unchecked
    assert [head.child(i).checkState(0) for i in range(2)] == [Qt.CheckState.Unchecked] * 2
    assert proposals.accepted_groups() == [(1, 3)]
    assert proposals.ok_button.text() == "&Create 1 episode"

    with qtbot.waitSignal(proposals.accepted):
        qtbot.mouseClick(proposals.ok_button, Qt.MouseButton.LeftButton)


def test_nothing_ticked_cannot_be_confirmed(proposals: EpisodeProposalDialog) -> None:
    for i in range(proposals.tree.topLevelItemCount()):
        proposals.tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
    assert proposals.accepted_groups() == []
    assert not proposals.ok_button.isEnabled()


def test_no_proposals_says_why(qtbot, rrs) -> None:
    dialog = EpisodeProposalDialog([], rrs)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.intro.text().startswith("There are no markers to group")


def test_marker_picker_preselects_the_episodes_markers_in_transcript_order(qtbot, rrs) -> None:
    dialog = MarkerPickerDialog(list(reversed(W + C)), rrs, preselected=[2, 1])
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert [t.split(" ")[0] for t in texts] == ["W6", "W2", "W5", "C1", "C7"]
    assert dialog.chosen_ids() == (1, 2)
    dialog.list.setFocus()
    dialog.list.setCurrentRow(2)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.chosen_ids() == (1, 2, 3)
    assert dialog.hint.text() == "3 markers ticked."


def test_marker_picker_needs_at_least_one_marker(qtbot, rrs) -> None:
    dialog = MarkerPickerDialog(W, rrs, preselected=[1])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.chosen_ids() == ()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "delete it instead" in dialog.hint.text()
