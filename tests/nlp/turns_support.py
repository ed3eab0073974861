"""Turns as the importer makes them (segmented, with their cues), for the suggester's tests and dev sets."""

from __future__ import annotations

from collections.abc import Iterable

from rupturetool.core.domain import Segment, SpeakerRole, Turn
from rupturetool.core.suggestions import Suggestion
from rupturetool.io.nonverbal import find_cues
from rupturetool.nlp.rule_suggester import suggest
from rupturetool.nlp.segmenter import segment_spans

T, P = SpeakerRole.THERAPIST, SpeakerRole.CLIENT


def session(lines: Iterable[tuple[SpeakerRole, str]]) -> list[Turn]:
    lines = list(lines)
    spans = segment_spans([text for _, text in lines])
    return [
        Turn(
            i,
            role.value,
            role,
            text,
            segments=tuple(Segment(k, a, b) for k, (a, b) in enumerate(s)),
            cues=find_cues(text),
        )
        for i, ((role, text), s) in enumerate(zip(lines, spans, strict=True))
    ]


def last_turn_markers(turns: list[Turn]) -> list[Suggestion]:
    """The marker suggestions on the last turn (the client line a dev excerpt is about)."""
    return [s for s in suggest(turns) if s.turn_index == len(turns) - 1 and s.is_marker]
