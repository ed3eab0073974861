"""From a file on disk to segmented core turns: pick the reader from content, parse, finish, segment."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from rupturetool.core.domain import Segment, SpeakerRole, Turn
from rupturetool.core.errors import InputError
from rupturetool.io import ocr
from rupturetool.io.decoding import DEFAULT_MAX_BYTES, checksum, decode_text, read_bytes
from rupturetool.io.finishing import finish
from rupturetool.io.formats import SNIFF_BYTES, detect, reader
from rupturetool.io.nonverbal import find_cues
from rupturetool.io.transcript import ParsedTranscript, ReadOptions
from rupturetool.nlp.segmenter import segment_spans


@dataclass(frozen=True)
class ReadTranscript:
    """One session read from a file and segmented, ready to preview or store."""

    parsed: ParsedTranscript
    turns: tuple[Turn, ...]

    @property
    def segment_count(self) -> int:
        return sum(len(t.segments) for t in self.turns)


def parse_file(
    path: Path, *, fmt: str | None = None, options: ReadOptions | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[ParsedTranscript]:
    """Every session in the file, finished (speakers settled, warnings collected), not yet segmented."""
    options = options or ReadOptions()
    data = read_bytes(path, max_bytes)
    chosen = reader(fmt) if fmt else None
    text: str | None = None
    if chosen is None or not chosen.binary:
        try:
            text = decode_text(data, str(path))
        except InputError:
            if chosen is not None or not data.strip():
                raise
    if chosen is None:
        chosen = detect(data[:SNIFF_BYTES], text[:SNIFF_BYTES] if text is not None else None, path)
    raws = chosen.read(data if chosen.binary else text, path.name, options)
    if not raws:
        raise InputError(f"{path}: no session found in this {chosen.name} file")
    whole = checksum(data)
    parsed = []
    for raw in raws:
        # Sessions of a many-session file are told apart by their key inside the file.
        digest = whole if len(raws) == 1 else hashlib.sha256(f"{whole}:{raw.session_key}".encode()).hexdigest()
        parsed.append(_suggest_corrections(finish(raw, path.name, digest, options)))
    return parsed


def _suggest_corrections(parsed: ParsedTranscript) -> ParsedTranscript:
    parsed.corrections = [c for i, turn in enumerate(parsed.turns) for c in ocr.suggest(i, turn.text)]
    if parsed.corrections:
        first = parsed.corrections[0]
        line = parsed.turns[first.turn_index].line
        parsed.warnings.append(
            f"{parsed.unit} {line}: {len(parsed.corrections)} likely OCR slips such as {first.found!r} for 'I' "
            "(they can be corrected — --fix-ocr on the command line — keeping the imported text)"
        )
    return parsed


def segment(parsed: ParsedTranscript, *, fix_ocr: bool = False) -> tuple[Turn, ...]:
    """Core turns with proposed segments whose offsets reproduce each turn's text exactly, and cue spans.

    With ``fix_ocr`` the suggested corrections are applied; each changed turn keeps its imported text.
    """
    by_turn: dict[int, list[ocr.Correction]] = {}
    for correction in parsed.corrections if fix_ocr else []:
        by_turn.setdefault(correction.turn_index, []).append(correction)
    texts = [ocr.apply(t.text, by_turn[i]) if i in by_turn else t.text for i, t in enumerate(parsed.turns)]
    spans = segment_spans(texts)
    return tuple(
        Turn(
            index=i,
            speaker_label=turn.speaker_label or "",
            speaker_role=parsed.speakers.get(turn.speaker_label or "", SpeakerRole.UNKNOWN),
            text=text,
            start=turn.start,
            end=turn.end,
            segments=tuple(Segment(index=j, start_char=a, end_char=b) for j, (a, b) in enumerate(turn_spans)),
            cues=find_cues(text),
            original_text=turn.text if text != turn.text else None,
        )
        for i, (turn, text, turn_spans) in enumerate(zip(parsed.turns, texts, spans, strict=True))
    )


def read_transcripts(
    path: Path, *, fmt: str | None = None, options: ReadOptions | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[ReadTranscript]:
    options = options or ReadOptions()
    parsed = parse_file(path, fmt=fmt, options=options, max_bytes=max_bytes)
    return [ReadTranscript(p, segment(p, fix_ocr=options.fix_ocr)) for p in parsed]


def read_transcript(path: Path, *, fmt: str | None = None, therapist: str | None = None) -> ReadTranscript:
    """A file holding exactly one session (plain text, subtitles, documents)."""
    sessions = read_transcripts(path, fmt=fmt, options=ReadOptions(therapist=therapist))
    if len(sessions) != 1:
        raise InputError(f"{path}: holds {len(sessions)} sessions; import it as a many-session file")
    return sessions[0]
