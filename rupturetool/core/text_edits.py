"""Re-anchoring a turn's spans (segments, cues, markers) after its text is corrected.

``difflib`` opcodes on characters say what happened to each part of the old text. A boundary between two
characters moves with the text around it: after an edit before it, it shifts by the edit's change in length;
inside a replaced stretch it moves proportionally (so a same-length correction such as "| guess" -> "I guess"
moves nothing). Text inserted exactly at a span's edge stays outside the span; text inserted exactly at a
segment boundary joins the following segment (segments keep their trailing space, so such an insertion starts
the next sentence). A span whose text is wholly deleted cannot be placed: that is an :class:`InputError`,
never a silent loss. Offsets are Python string offsets (code points), like everywhere else.
"""

from __future__ import annotations

import dataclasses
from difflib import SequenceMatcher

from rupturetool.core.domain import Cue, Segment, TurnState
from rupturetool.core.errors import InputError

Opcode = tuple[str, int, int, int, int]


def opcodes(old: str, new: str) -> list[Opcode]:
    """How ``old`` became ``new``. A same-length edit that keeps at least as many characters in place as difflib
    matches is a substitution ("| guess" -> "I guess"): it moves nothing, even where difflib would align the
    letters differently ("ll" -> "Il")."""
    # autojunk off: its heuristic treats frequent characters (spaces, "e") as junk in texts over 200 characters.
    ops = _slide_right(_diff(old, new), old, new)
    if len(old) == len(new):
        in_place = sum(a == b for a, b in zip(old, new, strict=True))
        if in_place >= sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal"):
            return _substitution(old, new)
    return ops


def _diff(old: str, new: str) -> list[Opcode]:
    """difflib's opcodes, run only on the middle that differs: a correction is usually local, and difflib's time
    grows with the square of the text it compares (a 20,000-character turn would take seconds)."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    middle = SequenceMatcher(None, old[head : len(old) - tail], new[head : len(new) - tail], autojunk=False)
    ops: list[Opcode] = [("equal", 0, head, 0, head)] if head else []
    ops += [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in middle.get_opcodes()]
    if tail:
        ops.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    merged: list[Opcode] = []
    for op in ops:
        if op[0] == "equal" and op[2] == op[1]:
            continue
        if merged and merged[-1][0] == op[0] == "equal":
            merged[-1] = ("equal", merged[-1][1], op[2], merged[-1][3], op[4])
        else:
            merged.append(op)
    return merged


def _slide_right(ops: list[Opcode], old: str, new: str) -> list[Opcode]:
    """Move each pure insertion or deletion as far right as the same text allows: "Fine.| Oh!| It" becomes
    "Fine. |Oh! |It", so an inserted or deleted sentence starts where a segment starts, not one space early."""
    blocks = [list(op) for op in ops]
    for k, block in enumerate(blocks):
        tag = block[0]
        if tag not in ("insert", "delete") or k + 1 >= len(blocks) or blocks[k + 1][0] != "equal":
            continue
        after = blocks[k + 1]
        while after[2] > after[1]:
            moved = new[block[3]] if tag == "insert" else old[block[1]]
            if moved != old[after[1]]:
                break
            block[1:5] = [block[1] + 1, block[2] + 1, block[3] + 1, block[4] + 1]
            after[1], after[3] = after[1] + 1, after[3] + 1
            if k > 0 and blocks[k - 1][0] == "equal":
                blocks[k - 1][2] += 1
                blocks[k - 1][4] += 1
            else:
                blocks.insert(k, ["equal", block[1] - 1, block[1], block[3] - 1, block[3]])
                break  # the list grew: the loop meets this block again at the next index and slides on
    return [(str(b[0]), int(b[1]), int(b[2]), int(b[3]), int(b[4])) for b in blocks if b[0] != "equal" or b[2] > b[1]]


def _substitution(old: str, new: str) -> list[Opcode]:
    ops: list[Opcode] = []
    for i, (a, b) in enumerate(zip(old, new, strict=True)):
        tag = "equal" if a == b else "replace"
        if ops and ops[-1][0] == tag:
            ops[-1] = (tag, ops[-1][1], i + 1, ops[-1][3], i + 1)
        else:
            ops.append((tag, i, i + 1, i, i + 1))
    return ops


def map_position(ops: list[Opcode], pos: int, new_length: int, *, before_insert: bool) -> int:
    """Where the boundary ``pos`` of the old text lands in the new one.

    At an insertion exactly at ``pos`` the boundary goes before the inserted text when ``before_insert``, else
    after it.
    """
    for tag, i1, i2, j1, j2 in ops:
        if tag == "insert":
            if i1 == pos:
                return j1 if before_insert else j2
            continue
        if i1 <= pos < i2:
            if tag == "equal":
                return j1 + pos - i1
            if tag == "delete":
                return j1
            return j1 + (pos - i1) * (j2 - j1) // (i2 - i1)  # replace: proportionally
    return new_length


def wholly_deleted(ops: list[Opcode], old: str, start: int, end: int) -> bool:
    """True when every visible character of ``old[start:end]`` lies in a deleted stretch. Spaces do not count:
    a character diff may keep a sentence's trailing space while deleting all its words."""
    visible = not old[start:end].isspace()
    for tag, i1, i2, _, _ in ops:
        kept = tag in ("equal", "replace") and i1 < end and start < i2
        if kept and (not visible or not old[max(i1, start) : min(i2, end)].isspace()):
            return False
    return True


def _covering_replacement(ops: list[Opcode], start: int, end: int) -> tuple[int, int]:
    """The new text of everything that replaced ``[start, end)``: for spans a shrinking replacement squeezed out."""
    spans = [(j1, j2) for tag, i1, i2, j1, j2 in ops if tag in ("equal", "replace") and i1 < end and start < i2]
    return spans[0][0], spans[-1][1]


def map_span(ops: list[Opcode], old: str, start: int, end: int, new_length: int, what: str) -> tuple[int, int]:
    """The new ``(start, end)`` of a span of ``old``; an InputError naming ``what`` if its text was wholly deleted."""
    if wholly_deleted(ops, old, start, end):
        raise InputError(f"the correction deletes all of {what}: change the annotation first, then the text")
    new_start = map_position(ops, start, new_length, before_insert=False)
    new_end = map_position(ops, end, new_length, before_insert=True)
    if new_end <= new_start:
        return _covering_replacement(ops, start, end)
    return new_start, new_end


def _quote(text: str, start: int, end: int, limit: int = 30) -> str:
    part = " ".join(text[start:end].split())
    return f"“{part if len(part) <= limit else part[: limit - 1] + '…'}”"


def _segments(ops: list[Opcode], state: TurnState, new_text: str) -> tuple[Segment, ...]:
    """The segments still partition the turn: each boundary between them moves with the text."""
    if not state.segments:
        return ()
    ordered = sorted(state.segments, key=lambda s: s.index)
    cuts = [map_position(ops, s.start_char, len(new_text), before_insert=True) for s in ordered[1:]]
    bounds = [0, *cuts, len(new_text)]
    moved = []
    for seg, start, end in zip(ordered, bounds[:-1], bounds[1:], strict=True):
        if end <= start or wholly_deleted(ops, state.text, seg.start_char, seg.end_char):
            quoted = _quote(state.text, seg.start_char, seg.end_char)
            raise InputError(
                f"turn {state.turn_index + 1}: the correction deletes all of segment {seg.index + 1} ({quoted}); "
                "merge it with its neighbour first"
            )
        moved.append(dataclasses.replace(seg, start_char=start, end_char=end))
    return tuple(moved)


def correct_turn(state: TurnState, new_text: str) -> TurnState:
    """The turn with ``new_text``, its segments, cues and markers re-anchored, and the imported text kept."""
    if not new_text.strip():
        raise InputError(f"turn {state.turn_index + 1}: a turn's text cannot be empty")
    if new_text == state.text:
        return state
    ops = opcodes(state.text, new_text)
    where = f"turn {state.turn_index + 1}"
    segments = _segments(ops, state, new_text)
    old_segments = {s.index: s for s in state.segments}
    new_segments = {s.index: s for s in segments}
    cues = tuple(
        Cue(
            *map_span(
                ops, state.text, c.start_char, c.end_char, len(new_text), f"the cue {_quote(state.text, *_span(c))}"
            )
        )
        for c in state.cues
    )
    markers = []
    for anchor in state.markers:
        old_seg = old_segments.get(anchor.segment_index) if anchor.segment_index is not None else None
        if old_seg is not None and (old_seg.start_char, old_seg.end_char) == (anchor.start_char, anchor.end_char):
            # A marker on a whole segment stays on the whole (re-anchored) segment.
            seg = new_segments[old_seg.index]
            start, end = seg.start_char, seg.end_char
        else:
            what = f"marker {anchor.marker_id} ({_quote(state.text, anchor.start_char, anchor.end_char)}) in {where}"
            start, end = map_span(ops, state.text, anchor.start_char, anchor.end_char, len(new_text), what)
        markers.append(dataclasses.replace(anchor, start_char=start, end_char=end))
    original = state.text if state.original_text is None else state.original_text
    return dataclasses.replace(
        state,
        text=new_text,
        original_text=None if original == new_text else original,
        segments=segments,
        cues=cues,
        markers=tuple(markers),
    )


def _span(cue: Cue) -> tuple[int, int]:
    return cue.start_char, cue.end_char
