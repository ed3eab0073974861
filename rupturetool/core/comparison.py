"""Two coders' layers of one session side by side, segment by segment: what adjudication works through.

The unit is the segment, as in the agreement statistics (``analytics.agreement``): a coder "has" a subtype on a
segment when one of their markers covers it. Pure: the GUI's comparison view and the tests use the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rupturetool.core.domain import Marker, Turn


class Verdict(StrEnum):
    UNCODED = "uncoded"  # neither coder marked the segment
    AGREE = "agree"  # the same subtypes
    SUBTYPE = "subtype differs"  # the same families, different subtypes
    DISAGREE = "disagree"  # different families
    ONLY_A = "only A"
    ONLY_B = "only B"

    @property
    def is_disagreement(self) -> bool:
        return self not in (Verdict.UNCODED, Verdict.AGREE)


def marked_segments(marker: Marker, turn: Turn) -> list[int]:
    """The segments a marker counts for: its segment, or every segment its character span overlaps."""
    indexes = {seg.index for seg in turn.segments}
    if marker.segment_index is not None and marker.segment_index in indexes:
        return [marker.segment_index]
    if marker.end_char <= marker.start_char:  # an empty span: the segment it sits in
        seg = turn.segment_at(marker.start_char)
        return [seg.index] if seg is not None else []
    return [s.index for s in turn.segments if s.start_char < marker.end_char and marker.start_char < s.end_char]


def markers_by_segment(markers: Iterable[Marker], turns: Sequence[Turn]) -> dict[tuple[int, int], list[Marker]]:
    """(turn index, segment index) -> the markers covering that segment."""
    by_index = {t.index: t for t in turns}
    found: dict[tuple[int, int], list[Marker]] = defaultdict(list)
    for marker in markers:
        turn = by_index.get(marker.turn_index)
        if turn is not None:
            for segment in marked_segments(marker, turn):
                found[(turn.index, segment)].append(marker)
    return found


def verdict(a: Iterable[Marker], b: Iterable[Marker]) -> Verdict:
    codes_a, codes_b = {m.subtype for m in a}, {m.subtype for m in b}
    if not codes_a and not codes_b:
        return Verdict.UNCODED
    if codes_a == codes_b:
        return Verdict.AGREE
    if not codes_b:
        return Verdict.ONLY_A
    if not codes_a:
        return Verdict.ONLY_B
    families_a, families_b = {m.family for m in a}, {m.family for m in b}
    return Verdict.SUBTYPE if families_a == families_b else Verdict.DISAGREE


@dataclass(frozen=True)
class SegmentComparison:
    """One segment: what A, B and the consensus layer have on it."""

    turn_index: int
    segment_index: int
    speaker_role: str
    start_char: int
    end_char: int
    a: tuple[Marker, ...]
    b: tuple[Marker, ...]
    consensus: tuple[Marker, ...]
    verdict: Verdict

    @staticmethod
    def codes(markers: Iterable[Marker]) -> tuple[str, ...]:
        return tuple(sorted({m.subtype for m in markers}))

    @property
    def significance_note(self) -> str:
        """On an agreement, the significance ratings when the coders rated it differently ("" when they did not)."""
        if self.verdict is not Verdict.AGREE:
            return ""
        a = "/".join(str(m.significance) for m in sorted(self.a, key=lambda m: m.subtype))
        b = "/".join(str(m.significance) for m in sorted(self.b, key=lambda m: m.subtype))
        return "" if a == b else f"significance {a} vs {b}"

    @property
    def settled(self) -> str | None:
        """Which side the consensus codes match ("A", "B", "both"), None when neither (or nothing is adopted yet
        on a disagreement: an empty consensus is not a decision)."""
        mine = self.codes(self.consensus)
        if not mine:
            return None
        a, b = self.codes(self.a), self.codes(self.b)
        if mine == a == b:
            return "both"
        return "A" if mine == a else "B" if mine == b else None


def compare_layers(
    turns: Sequence[Turn], a: Sequence[Marker], b: Sequence[Marker], consensus: Sequence[Marker] = ()
) -> list[SegmentComparison]:
    """Every segment of the session in transcript order with both coders' (and the consensus) markers on it."""
    on_a, on_b, on_c = markers_by_segment(a, turns), markers_by_segment(b, turns), markers_by_segment(consensus, turns)
    rows = []
    for turn in turns:
        for seg in turn.segments:
            key = (turn.index, seg.index)
            mine_a, mine_b = tuple(on_a.get(key, ())), tuple(on_b.get(key, ()))
            rows.append(
                SegmentComparison(
                    turn.index,
                    seg.index,
                    str(turn.speaker_role),
                    seg.start_char,
                    seg.end_char,
                    mine_a,
                    mine_b,
                    tuple(on_c.get(key, ())),
                    verdict(mine_a, mine_b),
                )
            )
    return rows


def same_code(marker: Marker, other: Marker) -> bool:
    """Two layers' markers that say the same thing: same turn, span, subtype, significance and actor (coders,
    notes and ids aside) — taking a side in adjudication takes its significance ratings too."""
    return _judgement(marker) == _judgement(other)


def _judgement(m: Marker) -> tuple:
    return m.turn_index, m.start_char, m.end_char, m.subtype, m.significance, str(m.actor)
