"""The 3RS coding unit: 5-minute slices from timestamps, or estimated from words when there are none."""

from __future__ import annotations

from rupturetool.core.domain import SpeakerRole, Turn
from rupturetool.core.timeslices import five_minute_slices, has_times, slice_of_turn, turn_minutes


def turn(index: int, words: int = 10, start: float | None = None) -> Turn:
    return Turn(index, "A", SpeakerRole.CLIENT, " ".join(["word"] * words), start=start)


def test_timed_turns_fall_in_the_slice_of_their_start_time() -> None:
    turns = [turn(0, start=30.0), turn(1, start=299.0), turn(2, start=331.0), turn(3, start=1000.0)]
    slices = five_minute_slices(turns)
    assert [s.turns for s in slices] == [(0, 1), (2,), (), (3,)]  # minute 16.2 → slice 4; slice 3 is empty
    assert not any(s.estimated for s in slices)
    assert slices[3].label == "15–20 min"
    assert slice_of_turn(slices, 2) == 1 and slice_of_turn(slices, 9) is None


def test_untimed_transcript_is_estimated_at_150_words_a_minute() -> None:
    turns = [turn(i, words=375) for i in range(5)]  # 2.5 minutes each
    slices = five_minute_slices(turns)
    assert [s.turns for s in slices] == [(0, 1), (2, 3), (4,)]
    assert all(s.estimated for s in slices) and slices[0].label == "0–5 min (est.)"


def test_a_stray_untimed_turn_inherits_the_time_before_it() -> None:
    turns = [turn(i, start=i * 100.0) for i in range(9)] + [turn(9)]
    assert has_times(turns)
    minutes, estimated = turn_minutes(turns)
    assert not estimated and minutes[9] == minutes[8]


def test_mostly_untimed_transcript_is_treated_as_untimed() -> None:
    turns = [turn(0, start=0.0)] + [turn(i) for i in range(1, 6)]
    assert not has_times(turns)
    assert five_minute_slices(turns)[0].estimated


def test_no_turns_no_slices() -> None:
    assert five_minute_slices([]) == []
