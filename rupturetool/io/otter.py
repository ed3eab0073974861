"""Otter.ai-style text exports: a speaker line ``Maya Okafor  0:03``, the text below it, then a blank line.

The speaker line's time is the turn's start; the next speaker line's time is its end.
"""

from __future__ import annotations

import re

from rupturetool.core.errors import InputError
from rupturetool.io.transcript import ParsedTurn, RawTranscript, ReadOptions

# A name (starting with a letter), two or more spaces or a tab, then m:ss or h:mm:ss and nothing else.
_SPEAKER_LINE = re.compile(
    r"^(?P<name>[^\W\d_][^\t:]{0,59}?)(?: {2,}|[ ]*\t[ \t]*)(?P<time>\d{1,2}(?::\d{2}){1,2})\s*$"
)
_MAX_NAME_WORDS = 5
_FOOTER = re.compile(r"^\s*Transcribed by https?://otter\.ai\s*$", re.IGNORECASE)  # Otter's own sign-off


def _speaker_line(lines: list[str], i: int) -> tuple[str, str] | None:
    """(name, time) when line ``i`` opens a turn; Otter always puts a blank line (or nothing) before one."""
    if i > 0 and lines[i - 1].strip():
        return None
    match = _SPEAKER_LINE.match(lines[i])
    if not match or len(match.group("name").split()) > _MAX_NAME_WORDS:
        return None
    return " ".join(match.group("name").split()), match.group("time")


def _seconds(stamp: str) -> float | None:
    parts = [int(p) for p in stamp.split(":")]
    if any(p >= 60 for p in parts[1:]):
        return None
    total = 0
    for part in parts:
        total = total * 60 + part
    return float(total)


class OtterReader:
    name = "otter"
    suffixes = (".txt",)
    binary = False

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        assert isinstance(sample, str)
        lines = [line for line in sample.split("\n")[:400] if not _FOOTER.match(line)]
        speaker_lines = [i for i in range(len(lines)) if _speaker_line(lines, i)]
        # Speaker lines count when some have talk below them: "Maya  0:03" then text, not a list of times.
        talk = sum(1 for i in speaker_lines if i + 1 < len(lines) and lines[i + 1].strip())
        if talk < 2:
            return 0.3 if talk and suffix in self.suffixes else 0.0
        paragraphs = sum(1 for i, line in enumerate(lines) if line.strip() and (i == 0 or not lines[i - 1].strip()))
        share = len(speaker_lines) / paragraphs
        # Plain text scores "Maya  0:03" as a label "Maya  0" (about 0.8 on an Otter file): stay above it.
        return 0.85 + 0.14 * share if share >= 0.5 else 0.1

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        assert isinstance(data, str)
        lines = data.split("\n")
        preamble: list[str] = []
        turns: list[ParsedTurn] = []
        texts: list[list[str]] = []
        for i, line in enumerate(lines):
            found = _speaker_line(lines, i)
            if found:
                start = _seconds(found[1])
                if start is None:
                    raise InputError(
                        f"{source_name}: line {i + 1}: {found[1]!r} is not a time (expected m:ss or h:mm:ss)"
                    )
                turns.append(ParsedTurn(found[0], "", i + 1, start))
                texts.append([])
            elif _FOOTER.match(line):
                continue
            elif turns:
                texts[-1].append(line.rstrip())
            else:
                preamble.append(line.rstrip())
        if not turns:
            raise InputError(
                f"{source_name}: no Otter speaker lines found (expected e.g. 'Maya Okafor  0:03' above the text)"
            )
        warnings: list[str] = []
        for k, (turn, text) in enumerate(zip(turns, texts, strict=True)):
            turn.text = "\n".join(text).strip()
            following = turns[k + 1].start if k + 1 < len(turns) else None
            if following is not None and turn.start is not None and following < turn.start:
                warnings.append(f"line {turns[k + 1].line}: time goes back from the speaker line before it")
            else:
                turn.end = following
            if not turn.text:
                last = k + 1 == len(turns)
                why = "the file may be cut off" if last else "turn skipped"
                warnings.append(f"line {turn.line}: speaker {turn.speaker_label!r} says nothing; {why}")
        if not any(t.text for t in turns):
            raise InputError(f"{source_name}: speaker lines found but no text under any of them (is the file cut off?)")
        return [RawTranscript(turns=turns, notes="\n".join(preamble).strip(), warnings=warnings)]


READER = OtterReader()
