"""3RS segment codes against the markers on the text: one line per disagreement, naming the segment."""

from __future__ import annotations

from rupturetool.core.domain import Marker, SliceCode
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.core.slice_consistency import slice_consistency
from rupturetool.core.timeslices import TimeSlice

SCHEME = SchemeRegistry([]).get("3rs")
SLICES = [TimeSlice(i, 5.0 * i, 5.0 * (i + 1), (2 * i, 2 * i + 1), False) for i in range(4)]


def marker(turn: int, subtype: str, significance: int) -> Marker:
    family = "withdrawal" if subtype.startswith("W") else "confrontation"
    return Marker(1, turn, 0, 4, family, subtype, "ana", significance=significance, id=turn)


def rate(index: int, family: str, value: int) -> SliceCode:
    return SliceCode(1, index, family, "ana", value)


def tick(index: int, code: str) -> SliceCode:
    return SliceCode(1, index, code, "ana")


def test_consistent_codes_give_no_lines() -> None:
    markers = [marker(0, "W2", 4), marker(3, "C1", 2)]
    codes = [rate(0, "withdrawal", 4), rate(1, "confrontation", 2), tick(2, "W3"), rate(2, "withdrawal", 3)]
    codes += [rate(3, "withdrawal", 1), tick(1, "R4")]  # 1 = barely present: needs no evidence
    assert slice_consistency(SLICES, markers, codes, SCHEME) == []


def test_each_kind_of_inconsistency() -> None:
    markers = [marker(4, "W2", 4), marker(0, "C5", 3)]
    codes = [rate(2, "withdrawal", 2), rate(1, "withdrawal", 3), tick(3, "C2"), rate(0, "confrontation", 2)]
    assert slice_consistency(SLICES, markers, codes, SCHEME) == [
        "segment 2 (5–10 min): withdrawal rated 3 but no withdrawal marker or tick",
        "segment 3 (10–15 min): W2 marked on the text (significance 4) but withdrawal rated 2",
        "segment 4 (15–20 min): C2 ticked but confrontation not rated",
    ]  # C5 at 3 rated 2 is within one point: a judgement call, not reported


def test_marked_but_not_rated_and_codes_beyond_the_session() -> None:
    markers = [marker(1, "C6", 5), marker(0, "C1", 2)]
    codes = [tick(6, "W1")]
    assert slice_consistency(SLICES, markers, codes, SCHEME) == [
        "segment 7: coded, but the session has only 4 segments",
        "segment 1 (0–5 min): C6 marked on the text (significance 5) but confrontation not rated",
    ]
