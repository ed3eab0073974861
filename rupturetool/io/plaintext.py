"""Plain-text transcripts with speaker labels: ``T: ...`` / ``Client: ...``, turns over several lines."""

from __future__ import annotations

import re
from collections import Counter

from rupturetool.core.errors import InputError
from rupturetool.io.roles import assign_roles, role_from_label
from rupturetool.io.transcript import ParsedTranscript, ParsedTurn

# A label: up to four words, starting with a letter, then a colon. "Dr. Rowe:", "SPEAKER 1:", "Anna:".
# A time stamp may come first: "[00:01:02] T: ...", "(1:02) Client: ...", "00:12 P: ...".
_LABEL = re.compile(
    r"^\s*(?:[\[(]?(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])]?\s+)?"
    r"(?P<label>[^\W\d_][\w.'’\- ]{0,39}?)\s*:(?:\s*(?P<rest>.*))$"
)
_MAX_LABEL_WORDS = 4


def _seconds(stamp: str | None) -> float | None:
    if not stamp:
        return None
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


def _label_of(line: str) -> tuple[str, str, float | None] | None:
    match = _LABEL.match(line)
    if not match:
        return None
    label = " ".join(match.group("label").split())
    if len(label.split()) > _MAX_LABEL_WORDS:
        return None
    return label, (match.group("rest") or "").strip(), _seconds(match.group("time"))


def parse_plaintext(text: str, source_name: str, checksum: str, therapist: str | None = None) -> ParsedTranscript:
    lines = text.split("\n")
    candidates = Counter(found[0].casefold() for line in lines if (found := _label_of(line)))

    def is_speaker(label: str) -> bool:
        # A one-off "Note:" inside a turn is text; a label that recurs, or a known role label, is a speaker.
        key = label.casefold()
        return (
            candidates[key] >= 2
            or role_from_label(label) is not None
            or (therapist is not None and key == therapist.strip().casefold())
        )

    preamble: list[str] = []
    turns: list[ParsedTurn] = []
    canonical: dict[str, str] = {}  # casefolded label -> the spelling first seen
    current: list[str] = []

    def close_turn() -> None:
        if turns:
            turns[-1].text = "\n".join(current).strip()
        current.clear()

    for number, line in enumerate(lines, start=1):
        found = _label_of(line)
        if found and is_speaker(found[0]):
            label = canonical.setdefault(found[0].casefold(), found[0])
            if turns and turns[-1].speaker_label == label:
                current.append(found[1])  # same speaker again: the turn goes on
                continue
            close_turn()
            turns.append(ParsedTurn(speaker_label=label, text="", line=number, start=found[2]))
            current.append(found[1])
        elif turns:
            current.append(line.strip())
        else:
            preamble.append(line.rstrip())
    close_turn()

    if not turns:
        raise InputError(
            f"{source_name}: no speaker-labelled turns found (expected lines such as 'T: ...' or 'Client: ...')"
        )
    warnings = [
        f"line {turn.line}: speaker {turn.speaker_label!r} says nothing; turn skipped"
        for turn in turns
        if not turn.text
    ]
    turns = [turn for turn in turns if turn.text]
    if not turns:
        raise InputError(f"{source_name}: the speaker labels are there but no turn has any text")
    labels = list(dict.fromkeys(turn.speaker_label for turn in turns))
    speakers, role_warnings = assign_roles(labels, therapist)
    if len(labels) == 1:
        warnings.append(f"only one speaker ({labels[0]!r}) found")
    return ParsedTranscript(
        source_name=source_name,
        checksum=checksum,
        turns=turns,
        notes="\n".join(preamble).strip(),
        speakers=speakers,
        warnings=warnings + role_warnings,
    )
