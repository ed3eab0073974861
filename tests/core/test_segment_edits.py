"""Splitting and merging segments: later segments renumbered with their ids, markers filed on the right part."""

from __future__ import annotations

import pytest

from rupturetool.core.domain import MarkerAnchor, Segment, TurnState
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.core.segment_edits import merge_segments, split_segment

TEXT = "Fine. It was fine, I think. Whatever."
#       0     6                    27      36


def state() -> TurnState:
    return TurnState(
        3,
        1,
        TEXT,
        None,
        (Segment(0, 0, 6, id=10), Segment(1, 6, 28, id=11), Segment(2, 28, 37, id=12)),
        (),
        (
            MarkerAnchor(1, 6, 28, 1),  # the whole middle segment
            MarkerAnchor(2, 19, 27, 1),  # "I think." in its second half
            MarkerAnchor(3, 28, 37, 2),  # the last segment
            MarkerAnchor(4, 0, 5, None),  # a plain span
        ),
    )


def test_split_files_each_marker_under_the_part_holding_its_first_character() -> None:
    after = split_segment(state(), 1, 19)
    assert [(s.index, s.start_char, s.end_char, s.id) for s in after.segments] == [
        (0, 0, 6, 10),
        (1, 6, 19, 11),
        (2, 19, 28, None),  # new: the store gives it an id
        (3, 28, 37, 12),
    ]
    assert [(m.marker_id, m.start_char, m.end_char, m.segment_index) for m in after.markers] == [
        (1, 6, 28, 1),  # covered the whole segment: stays on the first part, its text unchanged
        (2, 19, 27, 2),
        (3, 28, 37, 3),
        (4, 0, 5, None),
    ]
    assert after.text == TEXT


@pytest.mark.parametrize("at", [6, 28, 40, 3])
def test_a_split_point_must_be_strictly_inside_the_segment(at: int) -> None:
    with pytest.raises(InputError, match=f"turn 2: {at} is not inside segment 2 \\(characters 6–28\\)"):
        split_segment(state(), 1, at)


def test_merge_joins_with_the_next_segment() -> None:
    after = merge_segments(state(), 1)
    assert [(s.index, s.start_char, s.end_char, s.id) for s in after.segments] == [(0, 0, 6, 10), (1, 6, 37, 11)]
    assert [m.segment_index for m in after.markers] == [1, 1, 1, None]


def test_merge_then_split_gives_the_segmentation_back_except_the_new_id() -> None:
    merged = merge_segments(state(), 0)
    again = split_segment(merged, 0, 6)
    assert [(s.index, s.start_char, s.end_char) for s in again.segments] == [
        (s.index, s.start_char, s.end_char) for s in state().segments
    ]
    assert again.markers == state().markers


def test_merge_errors() -> None:
    with pytest.raises(InputError, match="segment 3 is the last one"):
        merge_segments(state(), 2)
    with pytest.raises(NotFoundError, match="turn 2 has no segment 8"):
        merge_segments(state(), 7)
