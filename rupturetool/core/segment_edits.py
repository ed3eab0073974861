"""Splitting and merging a turn's segments, with the markers anchored to them.

A marker never changes its text (its span) here; only which segment it is filed under. After a split, a
marker of the split segment is filed under the part that holds its first character (a marker that covered the
whole segment therefore stays on the first part, still covering all of its text); after a merge, markers of
either segment are on the merged one. Later segments are renumbered and keep their ids.
"""

from __future__ import annotations

import dataclasses

from rupturetool.core.domain import MarkerAnchor, Segment, TurnState
from rupturetool.core.errors import InputError, NotFoundError


def _segment(state: TurnState, index: int) -> Segment:
    for seg in state.segments:
        if seg.index == index:
            return seg
    raise NotFoundError(f"turn {state.turn_index + 1} has no segment {index + 1}")


def _refile(anchor: MarkerAnchor, index: int | None) -> MarkerAnchor:
    return anchor if index == anchor.segment_index else dataclasses.replace(anchor, segment_index=index)


def split_segment(state: TurnState, segment_index: int, at_char: int) -> TurnState:
    """Cut segment ``segment_index`` at ``at_char`` (an offset in the turn, strictly inside the segment)."""
    seg = _segment(state, segment_index)
    if not seg.start_char < at_char < seg.end_char:
        raise InputError(
            f"turn {state.turn_index + 1}: {at_char} is not inside segment {segment_index + 1} "
            f"(characters {seg.start_char}–{seg.end_char}); a split needs text on both sides"
        )
    segments: list[Segment] = []
    for s in sorted(state.segments, key=lambda s: s.index):
        if s.index < segment_index:
            segments.append(s)
        elif s.index == segment_index:
            segments.append(dataclasses.replace(s, end_char=at_char))
            segments.append(Segment(index=segment_index + 1, start_char=at_char, end_char=s.end_char))
        else:
            segments.append(dataclasses.replace(s, index=s.index + 1))

    def refiled(anchor: MarkerAnchor) -> MarkerAnchor:
        if anchor.segment_index is None or anchor.segment_index < segment_index:
            return anchor
        if anchor.segment_index == segment_index:
            return _refile(anchor, segment_index if anchor.start_char < at_char else segment_index + 1)
        return _refile(anchor, anchor.segment_index + 1)

    return dataclasses.replace(state, segments=tuple(segments), markers=tuple(refiled(m) for m in state.markers))


def merge_segments(state: TurnState, segment_index: int) -> TurnState:
    """Join segment ``segment_index`` with the next segment of the same turn (the merged one keeps the first id)."""
    _segment(state, segment_index)
    following = [s for s in state.segments if s.index == segment_index + 1]
    if not following:
        raise InputError(
            f"turn {state.turn_index + 1}: segment {segment_index + 1} is the last one; there is nothing to merge"
        )
    second = following[0]
    segments: list[Segment] = []
    for s in sorted(state.segments, key=lambda s: s.index):
        if s.index == segment_index:
            segments.append(dataclasses.replace(s, end_char=second.end_char))
        elif s.index > segment_index + 1:
            segments.append(dataclasses.replace(s, index=s.index - 1))
        elif s.index < segment_index:
            segments.append(s)

    def refiled(anchor: MarkerAnchor) -> MarkerAnchor:
        if anchor.segment_index is None or anchor.segment_index <= segment_index:
            return anchor
        return _refile(anchor, anchor.segment_index - 1)  # the second segment's markers land on the merged one

    return dataclasses.replace(state, segments=tuple(segments), markers=tuple(refiled(m) for m in state.markers))
