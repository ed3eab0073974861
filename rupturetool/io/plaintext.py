"""Plain-text transcripts with speaker labels: ``T: ...`` / ``Client: ...``, turns over several lines.

Labels may carry a time stamp (``[00:01:02] T: ...``) or stand alone on their line with the text below.
A line whose speaker is lost (``: I guess``, ``. yeah``, a stray ``p`` alone on its line) is kept with an
unknown speaker and reported, never given to anyone silently.
"""

from __future__ import annotations

import re
from collections import Counter

from rupturetool.core.errors import InputError
from rupturetool.io.finishing import finish
from rupturetool.io.roles import role_from_label
from rupturetool.io.transcript import ParsedTranscript, ParsedTurn, RawTranscript, ReadOptions

# A label: up to four words, starting with a letter, then a colon. "Dr. Rowe:", "SPEAKER 1:", "Anna:".
# A time stamp may come first: "[00:01:02] T: ...", "(1:02) Client: ...", "00:12 P: ...".
_LABEL = re.compile(
    r"^\s*(?:[\[(]?(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])]?\s+)?"
    r"(?P<label>[^\W\d_][\w.'’\- ]{0,39}?)\s*:(?:\s*(?P<rest>.*))$"
)
_MAX_LABEL_WORDS = 4
_LOST_LABEL = re.compile(r"^\s*(?::|\.(?!\.))\s*(?P<rest>\S.*)$")  # ": I guess" — the label fell off; "..." is not
# Words that head a note or a header line, not a speaker: "Note: she smiles", "Date: 12 Jan".
_ANNOTATION = {
    "note",
    "notes",
    "nb",
    "n.b.",
    "comment",
    "comments",
    "date",
    "time",
    "title",
    "session",
    "re",
    "subject",
    "location",
    "place",
    "transcriber",
    "transcribed by",
    "duration",
    "summary",
    "context",
    "observation",
    "interpretation",
    "translation",
    "translator",
    "source",
    "recording",
    "length",
    "participants",
    "present",
    "attendees",
    "topic",
    "agenda",
    "aside",
    "edit",
    "editor",
    "ps",
    "p.s.",
    "warning",
    "caution",
    "todo",
}
_NAME_LIKE = re.compile(r"^(?:[A-Z][\w.'’\-]*)(?: [A-Z][\w.'’\-]*){0,2}$")  # "Ben", "Dr. Rowe", "SPEAKER 2"
_STRAY_LETTER = re.compile(r"^\s*[A-Za-z]\s*$")  # "p" alone on its line
_CAPS_LINE = re.compile(r"^\s*(?P<label>[A-Z][A-Z.'’\- ]{0,30}[A-Z.])\s*$")  # "THERAPIST" alone on its line


def _seconds(stamp: str | None) -> float | None:
    if not stamp:
        return None
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total


_OTTER_HEADER = re.compile(r"^\S.*?\s{2,}\d{1,2}:\d{2}(?::\d{2})?\s*$")  # "Maya Okafor  0:03" is Otter's


def _label_of(line: str) -> tuple[str, str, float | None] | None:
    if _OTTER_HEADER.match(line):
        return None
    match = _LABEL.match(line)
    if not match:
        return None
    label = " ".join(match.group("label").split())
    if len(label.split()) > _MAX_LABEL_WORDS:
        return None
    return label, (match.group("rest") or "").strip(), _seconds(match.group("time"))


def _caps_label(line: str) -> str | None:
    match = _CAPS_LINE.match(line)
    return " ".join(match.group("label").split()) if match and len(match.group("label").split()) <= 3 else None


def scan(text: str, therapist: str | None = None) -> RawTranscript:
    lines = text.split("\n")
    colon_labels = Counter(found[0].casefold() for line in lines if (found := _label_of(line)))
    caps_labels = Counter(label.casefold() for line in lines if (label := _caps_label(line)))

    def is_speaker(label: str) -> bool:
        # A label that recurs, a role label, or a capitalised name is a speaker; "then she said:" is talk.
        # A name seen only once is still a speaker (folding it into the turn before would give their words to
        # someone else), but it is reported, in case it was a "Note:" inside a turn.
        key = label.casefold()
        return (
            colon_labels[key] >= 2
            or role_from_label(label) is not None
            or (therapist is not None and key == therapist.strip().casefold())
            or (bool(turns) and key not in _ANNOTATION and bool(_NAME_LIKE.match(label)))
        )

    preamble: list[str] = []
    turns: list[ParsedTurn] = []
    warnings: list[str] = []
    canonical: dict[str, str] = {}  # casefolded label -> the spelling first seen
    current: list[str] = []

    def open_turn(label: str | None, first_text: str, number: int, start: float | None = None) -> None:
        close_turn()
        turns.append(ParsedTurn(speaker_label=label, text="", line=number, start=start))
        current.append(first_text)

    def close_turn() -> None:
        if turns:
            turns[-1].text = "\n".join(current).strip()
        current.clear()

    for number, line in enumerate(lines, start=1):
        found = _label_of(line)
        caps = _caps_label(line)
        if found and is_speaker(found[0]):
            label = canonical.setdefault(found[0].casefold(), found[0])
            open_turn(label, found[1], number, found[2])
        elif caps and (role_from_label(caps) is not None or caps_labels[caps.casefold()] >= 2):
            open_turn(canonical.setdefault(caps.casefold(), caps), "", number)
        elif turns and (lost := _LOST_LABEL.match(line)):
            open_turn(None, lost.group("rest").strip(), number)
        elif turns and _STRAY_LETTER.match(line):
            warnings.append(
                f"line {number}: stray {line.strip()!r} alone on its line; the text after it has no speaker"
            )
            open_turn(None, "", number)
        elif turns:
            current.append(line.strip())
        else:
            preamble.append(line.rstrip())
    close_turn()
    for label, count in colon_labels.items():
        if count == 1 and role_from_label(label) is None and label not in _ANNOTATION:
            first = next((t for t in turns if t.speaker_label and t.speaker_label.casefold() == label), None)
            if first is not None:
                warnings.append(
                    f"line {first.line}: {first.speaker_label!r} speaks only once here; "
                    "check it is a speaker and not text"
                )
    for turn in turns:
        if not turn.text and turn.speaker_label is not None:
            warnings.append(f"line {turn.line}: speaker {turn.speaker_label!r} says nothing; turn skipped")
    return RawTranscript(turns=turns, notes="\n".join(preamble).strip(), warnings=warnings)


def parse_plaintext(text: str, source_name: str, checksum: str, therapist: str | None = None) -> ParsedTranscript:
    raw = scan(text, therapist)
    if not raw.turns:
        raise InputError(
            f"{source_name}: no speaker-labelled turns found (expected lines such as 'T: ...' or 'Client: ...')"
        )
    return finish(raw, source_name, checksum, ReadOptions(therapist=therapist))


class PlainTextReader:
    name = "text"
    suffixes = (".txt", ".text", ".md")
    binary = False

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        assert isinstance(sample, str)
        lines = [line for line in sample.split("\n")[:400] if line.strip()]
        labelled = sum(1 for line in lines if _label_of(line))
        share = labelled / max(len(lines), 1)
        return min(1.0, 0.3 + share) if labelled >= 2 else (0.25 if suffix in self.suffixes else 0.0)

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        assert isinstance(data, str)
        raw = scan(data, options.therapist)
        if not any(t.speaker_label for t in raw.turns):
            raise InputError(
                f"{source_name}: no speaker-labelled turns found (expected lines such as 'T: ...' or 'Client: ...')"
            )
        return [raw]


READER = PlainTextReader()
