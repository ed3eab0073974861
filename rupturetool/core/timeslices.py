"""The 3RS coding unit: a session cut into 5-minute slices of talk time.

Times come from turn timestamps when every timed turn has one; otherwise from an estimate of speaking time
at about 150 spoken words a minute, and the slices say they are estimated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rupturetool.core.domain import Turn

WORDS_PER_MINUTE = 150  # the coding-scheme guide's estimate of speaking rate
SLICE_MINUTES = 5.0


@dataclass(frozen=True)
class TimeSlice:
    """One 5-minute segment of a session; ``turns`` are the indexes of the turns that start inside it."""

    index: int
    start_minute: float
    end_minute: float
    turns: tuple[int, ...]
    estimated: bool

    @property
    def label(self) -> str:
        return f"{self.start_minute:g}–{self.end_minute:g} min" + (" (est.)" if self.estimated else "")


def has_times(turns: Sequence[Turn]) -> bool:
    """True when the transcript is timed: most turns carry a start time (a stray untimed turn is tolerated)."""
    timed = sum(t.start is not None for t in turns)
    return bool(turns) and timed >= max(1, int(0.8 * len(turns)))


def turn_minutes(turns: Sequence[Turn]) -> tuple[list[float], bool]:
    """The minute at which each turn starts, and whether that is estimated from words."""
    if has_times(turns):
        first = min(t.start for t in turns if t.start is not None)
        minutes, last = [], 0.0
        for turn in turns:
            if turn.start is not None:  # an untimed turn inherits the previous turn's time
                last = (turn.start - first) / 60
            minutes.append(last)
        return minutes, False
    minutes, words = [], 0
    for turn in turns:
        minutes.append(words / WORDS_PER_MINUTE)
        words += len(turn.text.split())
    return minutes, True


def five_minute_slices(turns: Sequence[Turn], length: float = SLICE_MINUTES) -> list[TimeSlice]:
    """Every slice from the start of the session to its last turn, empty slices included (silence is rated too)."""
    if not turns:
        return []
    minutes, estimated = turn_minutes(turns)
    count = max(1, math.floor(max(minutes) / length) + 1)
    members: list[list[int]] = [[] for _ in range(count)]
    for turn, minute in zip(turns, minutes, strict=True):
        members[min(count - 1, math.floor(minute / length))].append(turn.index)
    return [TimeSlice(i, i * length, (i + 1) * length, tuple(members[i]), estimated) for i in range(count)]


def slice_of_turn(slices: Sequence[TimeSlice], turn_index: int) -> int | None:
    for time_slice in slices:
        if turn_index in time_slice.turns:
            return time_slice.index
    return None
