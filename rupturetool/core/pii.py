"""Likely personal identifiers found in a transcript, and how a redaction replaces them.

A :class:`PiiHit` names a character span of one turn and what kind of identifier it probably is; it never holds
the text itself (the reason is text-free too), so hits can be logged or counted without leaking what they cover.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rupturetool.core.domain import Cue, TurnState
from rupturetool.core.errors import InputError
from rupturetool.core.text_edits import Opcode, map_position, map_span

PLACEHOLDERS = {
    "name": "[NAME]",
    "phone": "[PHONE]",
    "email": "[EMAIL]",
    "url": "[URL]",
    "date_of_birth": "[DOB]",
    "address": "[ADDRESS]",
    "id_number": "[ID]",
}
KINDS = tuple(PLACEHOLDERS)
# Text a redaction wrote: never reported again as an identifier.
PLACEHOLDER_PATTERN = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))


@dataclass(frozen=True, order=True)
class PiiHit:
    turn_index: int
    start_char: int
    end_char: int
    kind: str
    reason: str = ""  # how it was found ("title and surname"), never the text itself
    confidence: float = 0.5

    def __post_init__(self) -> None:
        if self.kind not in PLACEHOLDERS:
            raise InputError(f"unknown identifier kind {self.kind!r} (known: {', '.join(KINDS)})")
        if not 0 <= self.start_char < self.end_char:
            raise InputError(f"turn {self.turn_index + 1}: an identifier needs a non-empty span")

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]

    def as_json(self) -> dict[str, object]:
        return {
            "turn": self.turn_index + 1,
            "start": self.start_char,
            "end": self.end_char,
            "kind": self.kind,
            "reason": self.reason,
            "confidence": round(self.confidence, 2),
        }


def without_overlaps(hits: Iterable[PiiHit]) -> list[PiiHit]:
    """One hit per stretch of text: where hits overlap, the longest (then the surest) wins; in text order."""
    ranked = sorted(hits, key=lambda h: (h.turn_index, -(h.end_char - h.start_char), -h.confidence, h.start_char))
    kept: dict[int, list[PiiHit]] = {}
    for hit in ranked:
        taken = kept.setdefault(hit.turn_index, [])
        if all(hit.end_char <= k.start_char or k.end_char <= hit.start_char for k in taken):
            taken.append(hit)
    return sorted(h for turn in kept.values() for h in turn)


def redact_text(text: str, hits: Sequence[PiiHit]) -> str:
    """``text`` with each hit's span replaced by its placeholder (the hits must be of this turn)."""
    out, pos = [], 0
    for hit in sorted(without_overlaps(hits), key=lambda h: h.start_char):
        if hit.end_char > len(text):
            raise InputError(f"turn {hit.turn_index + 1}: an identifier lies beyond the end of the turn's text")
        out += [text[pos : hit.start_char], hit.placeholder]
        pos = hit.end_char
    out.append(text[pos:])
    return "".join(out)


def redact_strings(text: str, replacements: dict[str, str]) -> str:
    """Every whole-word occurrence of each string replaced (longest first): for the imported text kept beside a
    corrected turn, where the same identifiers must go too."""
    for found in sorted(replacements, key=len, reverse=True):
        if found.strip():
            placeholder = replacements[found]
            text = re.sub(rf"(?<!\w){re.escape(found)}(?!\w)", lambda _m, p=placeholder: p, text)
    return text


def redact_turn(state: TurnState, hits: Sequence[PiiHit]) -> TurnState:
    """The turn with each hit replaced by its placeholder; segments, cues and markers move with the text.

    The edit is known exactly (each hit's span becomes its placeholder), so anchors are mapped through those
    replacements rather than a character diff: a marker that starts on a name starts on its placeholder. The
    imported text kept beside a corrected turn loses the same identifiers, so no copy of them stays behind.
    """
    mine = sorted(without_overlaps(h for h in hits if h.turn_index == state.turn_index), key=lambda h: h.start_char)
    if not mine:
        return state
    new_text = redact_text(state.text, mine)
    ops: list[Opcode] = []
    old_pos = new_pos = 0
    for hit in mine:
        if hit.start_char > old_pos:
            ops.append(("equal", old_pos, hit.start_char, new_pos, new_pos + hit.start_char - old_pos))
            new_pos += hit.start_char - old_pos
        ops.append(("replace", hit.start_char, hit.end_char, new_pos, new_pos + len(hit.placeholder)))
        old_pos, new_pos = hit.end_char, new_pos + len(hit.placeholder)
    if old_pos < len(state.text):
        ops.append(("equal", old_pos, len(state.text), new_pos, new_pos + len(state.text) - old_pos))
    size = len(new_text)
    ordered = sorted(state.segments, key=lambda s: s.index)
    cuts = [map_position(ops, s.start_char, size, before_insert=True) for s in ordered[1:]]
    bounds = [0, *cuts, size] if ordered else []
    segments = tuple(
        dataclasses.replace(seg, start_char=a, end_char=b)
        for seg, a, b in zip(ordered, bounds[:-1], bounds[1:], strict=True)
    )
    old_segments = {s.index: s for s in state.segments}
    new_segments = {s.index: s for s in segments}
    markers = []
    for anchor in state.markers:
        old_seg = old_segments.get(anchor.segment_index) if anchor.segment_index is not None else None
        if old_seg is not None and (old_seg.start_char, old_seg.end_char) == (anchor.start_char, anchor.end_char):
            seg = new_segments[old_seg.index]  # a marker on a whole segment stays on the whole segment
            start, end = seg.start_char, seg.end_char
        else:
            start, end = map_span(ops, state.text, anchor.start_char, anchor.end_char, size, "a marker")
        markers.append(dataclasses.replace(anchor, start_char=start, end_char=end))
    cues = tuple(Cue(*map_span(ops, state.text, c.start_char, c.end_char, size, "a cue")) for c in state.cues)
    original = state.original_text
    if original is not None:
        original = redact_strings(original, {state.text[h.start_char : h.end_char]: h.placeholder for h in mine})
    return dataclasses.replace(
        state,
        text=new_text,
        original_text=None if original == new_text else original,
        segments=segments,
        cues=cues,
        markers=tuple(markers),
    )
