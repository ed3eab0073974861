"""Where keyboard navigation lands: next/previous turn, marker, 5-minute segment and unresolved episode.

Pure functions over the transcript's segment rows, so the rules are tested without driving a window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rupturetool.core.domain import Outcome, RuptureEpisode
from rupturetool.core.timeslices import TimeSlice
from rupturetool.gui.transcript_model import SegmentRow


def _scan(count: int, current: int, step: int, hit: Callable[[int], bool]) -> int | None:
    row = current + step
    while 0 <= row < count:
        if hit(row):
            return row
        row += step
    return None


def turn_row(rows: Sequence[SegmentRow], current: int, step: int) -> int | None:
    """The first segment of the next (step=1) or previous (step=-1) turn."""
    if not rows:
        return None
    here = rows[max(0, current)].turn.index if current >= 0 else -1

    def starts_other_turn(row: int) -> bool:
        return rows[row].first_in_turn and rows[row].turn.index != here

    return _scan(len(rows), current, step, starts_other_turn)


def marker_row(rows: Sequence[SegmentRow], current: int, step: int, has_markers: Callable[[int], bool]) -> int | None:
    return _scan(len(rows), current, step, has_markers)


def slice_row(rows: Sequence[SegmentRow], slices: Sequence[TimeSlice], current: int, step: int) -> int | None:
    """The first segment of the next or previous 5-minute segment that holds any turn."""
    slice_of = {turn: s.index for s in slices for turn in s.turns}
    here = slice_of.get(rows[current].turn.index) if 0 <= current < len(rows) else None

    def enters_other_slice(row: int) -> bool:
        return rows[row].first_in_turn and slice_of.get(rows[row].turn.index) != here

    found = _scan(len(rows), current, step, enters_other_slice)
    if found is not None and step < 0:  # land on the first turn of that slice, not its last
        target = slice_of.get(rows[found].turn.index)
        while found > 0 and slice_of.get(rows[found - 1].turn.index) == target:
            found -= 1
    return found


def episode_turns(episode: RuptureEpisode, marker_turns: dict[int, int]) -> list[int]:
    turns = [marker_turns[m] for m in episode.marker_ids if m in marker_turns]
    turns += [s.turn_index for s in episode.stages] + [s.turn_index for s in episode.strategies]
    return sorted(turns)


def unresolved_episode(
    episodes: Sequence[RuptureEpisode], marker_turns: dict[int, int], current_turn: int, step: int
) -> RuptureEpisode | None:
    """The next (or previous) episode, by its first turn, whose outcome is not 'resolved'."""
    starts = []
    for episode in episodes:
        turns = episode_turns(episode, marker_turns)
        if turns and episode.outcome != Outcome.RESOLVED:
            starts.append((turns[0], episode.id or 0, episode))
    starts.sort(key=lambda item: item[:2])
    if step > 0:
        return next((e for first, _, e in starts if first > current_turn), None)
    return next((e for first, _, e in reversed(starts) if first < current_turn), None)


def first_row_of_turn(rows: Sequence[SegmentRow], turn_index: int) -> int | None:
    return next((i for i, r in enumerate(rows) if r.turn.index == turn_index), None)
