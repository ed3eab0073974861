"""From a file on disk to segmented core turns: decode, pick the reader, parse, segment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rupturetool.core.domain import Segment, SpeakerRole, Turn
from rupturetool.core.errors import InputError
from rupturetool.io.decoding import DEFAULT_MAX_BYTES, checksum, decode_text, read_bytes
from rupturetool.io.plaintext import parse_plaintext
from rupturetool.io.transcript import ParsedTranscript
from rupturetool.nlp.segmenter import segment_spans

FORMATS = ("text",)


@dataclass(frozen=True)
class ReadTranscript:
    parsed: ParsedTranscript
    turns: tuple[Turn, ...]

    @property
    def segment_count(self) -> int:
        return sum(len(t.segments) for t in self.turns)


def parse_file(
    path: Path, *, fmt: str | None = None, therapist: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> ParsedTranscript:
    if fmt not in (None, *FORMATS):
        raise InputError(f"unknown format {fmt!r} (supported: {', '.join(FORMATS)})")
    data = read_bytes(path, max_bytes)
    text = decode_text(data, str(path))
    return parse_plaintext(text, path.name, checksum(data), therapist=therapist)


def segment(parsed: ParsedTranscript) -> tuple[Turn, ...]:
    """Core turns with proposed segments whose offsets reproduce each turn's text exactly."""
    spans = segment_spans(turn.text for turn in parsed.turns)
    return tuple(
        Turn(
            index=i,
            speaker_label=turn.speaker_label,
            speaker_role=parsed.speakers.get(turn.speaker_label, SpeakerRole.OTHER),
            text=turn.text,
            start=turn.start,
            end=turn.end,
            segments=tuple(Segment(index=j, start_char=a, end_char=b) for j, (a, b) in enumerate(turn_spans)),
        )
        for i, (turn, turn_spans) in enumerate(zip(parsed.turns, spans, strict=True))
    )


def read_transcript(path: Path, *, fmt: str | None = None, therapist: str | None = None) -> ReadTranscript:
    parsed = parse_file(path, fmt=fmt, therapist=therapist)
    return ReadTranscript(parsed=parsed, turns=segment(parsed))
