"""What WebVTT and SubRip share: caption cue blocks with ``start --> end`` timing, markup, speaker labels in text.

Real caption files bend the rules (no blank line between cues, a blank line inside a cue's text, a cut-off
ending), so cues are found by a line-by-line state machine rather than by splitting on blank lines.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from rupturetool.core.errors import InputError
from rupturetool.io.roles import role_from_label
from rupturetool.io.transcript import ParsedTurn, ReadOptions

# Lenient on purpose: Teams writes "0:0:7.400", short files use "00:01.000", SubRip uses a comma. The
# fraction is required: without it a line cut off mid-time ("00:0") would pass for a time.
_TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}"
TIMING = re.compile(rf"^\s*(?P<start>{_TIME})\s*-->\s*(?P<end>{_TIME})(?:\s.*)?$")
_ID_LIKE = re.compile(r"^\s*(?:\d+|[0-9a-fA-F]{8}-[0-9a-fA-F-]{20,}(?:/\d+-\d+)?)\s*$")  # "12", Teams' uuid/12-0
_DEBRIS = re.compile(r"^[\d:.,\s\->]+$")  # what is left of an id or a timing line cut off mid-way
_TAG = re.compile(r"<(?:/?[A-Za-z][^<>\n]*|\d[\d:.,]*)>|\{\\[^{}\n]*\}")  # <i>, <c.x>, <00:01.000>, {\an8}
# "Maya Okafor: ...", "SPEAKER_01: ...", "[SPEAKER_00]: ...", "Jo (she/her): ..."
_LABEL = re.compile(
    r"^\s*(?:\[(?P<bracketed>[^\[\]\n]{1,40})\]|(?P<plain>[^\W\d_][\w.'’()/\- ]{0,39}?))\s*:(?:\s+|$)(?P<rest>.*)$"
)
_DIARISED = re.compile(r"^(?:speaker|spk|spkr)[ _-]?\d+$", re.IGNORECASE)
_MAX_LABEL_WORDS = 5
_FEW_CUES = 10  # in a longer file, a name that appears once is worth a second look


@dataclass
class Cue:
    line: int  # the timing line
    start: float
    end: float | None
    lines: list[tuple[int, str]] = field(default_factory=list)  # (line number, text) of the cue's payload


@dataclass
class Fragment:
    """A piece of cue text; ``voice`` is the speaker named by markup (WebVTT ``<v Name>``), if any."""

    cue: Cue
    line: int
    text: str
    voice: str | None = None


@dataclass
class CueScan:
    cues: list[Cue]
    notes: list[str]
    warnings: list[str]


def seconds(stamp: str) -> float | None:
    """Seconds from "h:mm:ss.fff" / "mm:ss,fff"; None when minutes or seconds are 60 or more."""
    parts = stamp.replace(",", ".").split(":")
    if any(float(p) >= 60 for p in parts[1:]):
        return None
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return round(total, 3)


def _excerpt(line: str) -> str:
    return repr(line.strip()[:60])


def scan_cues(lines: list[str], begin: int, source: str, skip_block: Callable[[str], bool] | None = None) -> CueScan:
    """The cues in ``lines[begin:]``; raises InputError naming the line of a malformed timing line."""
    last_timing = max((i for i in range(begin, len(lines)) if "-->" in lines[i]), default=-1)
    last_text = max((i for i in range(begin, len(lines)) if lines[i].strip()), default=-1)
    scan = CueScan([], [], [])
    pending: list[int] = []  # lines of this block not (yet) in a cue: an id, or stray text
    cue: Cue | None = None  # the cue receiving text; None after a blank line

    def stray(indices: list[int]) -> None:
        if not indices:
            return
        first = indices[0] + 1
        timing_like = [k for k in indices if ":" in lines[k] and _DEBRIS.match(lines[k])]
        if timing_like:  # "00:00:05.000 -> 00:00:07.000", "00:00:1": a timing line gone wrong
            if timing_like[0] != last_text:
                raise InputError(
                    f"{source}: line {timing_like[0] + 1}: malformed timing line {_excerpt(lines[timing_like[0]])}"
                )
            if scan.cues:
                scan.warnings.append(f"line {timing_like[0] + 1}: the file ends in a cut-off cue; it is ignored")
        elif all(_DEBRIS.match(lines[k]) for k in indices):
            if indices[0] > last_timing:  # nothing follows: the file was cut off after a cue number
                if scan.cues:
                    scan.warnings.append(f"line {first}: the file ends in a cut-off cue; it is ignored")
            else:
                scan.warnings.append(f"line {first}: cue {lines[indices[0]].strip()} has no timing line; ignored")
        elif scan.cues:
            # A blank line inside a cue's text: keep the text rather than drop talk.
            scan.cues[-1].lines.extend((k + 1, lines[k]) for k in indices)
            scan.warnings.append(
                f"line {first}: text outside any cue (a blank line inside a cue?); kept with the cue at line "
                f"{scan.cues[-1].line}"
            )
        else:
            scan.notes.extend(lines[k].strip() for k in indices)

    i = begin
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            stray(pending)
            pending, cue = [], None
        elif skip_block and cue is None and not pending and skip_block(line):
            while i + 1 < len(lines) and lines[i + 1].strip():  # a comment or style block: skip it whole
                i += 1
        elif "-->" in line:
            match = TIMING.match(line)
            start = seconds(match.group("start")) if match else None
            end = seconds(match.group("end")) if match else None
            if start is None or end is None:
                if i == last_text and any(c.lines for c in scan.cues):
                    scan.warnings.append(f"line {i + 1}: the file ends in a cut-off timing line; that cue is lost")
                    pending = []  # its id goes with it
                    break
                raise InputError(
                    f"{source}: line {i + 1}: malformed timing line {_excerpt(line)} "
                    "(expected e.g. '00:00:01.000 --> 00:00:04.000')"
                )
            if pending:
                pending.pop()  # the line just before a timing line in its block is the cue's id
            elif cue is not None and cue.lines and _ID_LIKE.match(cue.lines[-1][1]):
                cue.lines.pop()  # no blank line between cues: the previous cue "text" was this cue's number
            stray(pending)
            pending = []
            if end is not None and end < start:
                scan.warnings.append(f"line {i + 1}: cue ends before it starts; its end time is ignored")
                end = None
            cue = Cue(i + 1, start, end)
            scan.cues.append(cue)
        elif cue is not None:
            cue.lines.append((i + 1, line))
        else:
            pending.append(i)
        i += 1
    stray(pending)
    if scan.cues and not scan.cues[-1].lines and any(c.lines for c in scan.cues):
        scan.warnings.append(f"line {scan.cues[-1].line}: the last cue has no text (is the file cut off?)")
    return scan


def clean(text: str) -> str:
    """Cue text without markup or entities, whitespace collapsed; [laughs] and (sighs) stay."""
    text = html.unescape(_TAG.sub("", text)).replace("\u200e", "").replace("\u200f", "")
    return " ".join(text.split())


def _label(text: str) -> tuple[str, str, bool] | None:
    """(label, rest, strong) when ``text`` starts with a speaker label; strong: surely a label, never talk."""
    match = _LABEL.match(text)
    if not match:
        return None
    label = " ".join((match.group("bracketed") or match.group("plain")).split())
    if not label or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    strong = match.group("bracketed") is not None or bool(_DIARISED.match(label))
    return label, match.group("rest").strip(), strong


def cue_turns(
    fragments: list[Fragment], source: str, options: ReadOptions, hint: str, warnings: list[str]
) -> list[ParsedTurn]:
    """Turns from cue fragments: a label or voice starts a speaker; text without one continues the last."""
    found = [(f, _label(clean(f.text)) if f.voice is None else None) for f in fragments]
    counts = Counter(hit[0].casefold() for _, hit in found if hit)
    therapist = options.therapist.strip().casefold() if options.therapist else None
    openers = {id(f.cue): (f, hit) for f, hit in reversed(found)}.values()  # each cue's first fragment
    # Zoom names the speaker at the start of most cues: there, a name seen once is still a name. Not so where
    # diarisation labels (SPEAKER_00) are the speakers: "Look: ..." opening a cue is talk.
    named_cues = sum(1 for _, hit in openers if hit) * 2 >= len(openers)
    diarised = any(hit and hit[2] for _, hit in found)
    opening = {id(f) for f, _ in openers} if named_cues and not diarised else set()

    def is_speaker(fragment: Fragment, label: str, strong: bool) -> bool:
        # "Maya Okafor: ..." opening cues is a speaker; a one-off "Look: ..." inside talk is text.
        key = label.casefold()
        if strong or id(fragment) in opening or counts[key] >= 2 or key == therapist:
            return True
        return role_from_label(label) is not None

    canonical: dict[str, str] = {}  # casefolded -> the spelling first seen
    turns: list[ParsedTurn] = []
    current: str | None = None
    for fragment, hit in found:
        text = clean(fragment.text)
        if fragment.voice is not None:
            current = canonical.setdefault(fragment.voice.casefold(), fragment.voice)
        elif hit and is_speaker(fragment, hit[0], hit[2]):
            current, text = canonical.setdefault(hit[0].casefold(), hit[0]), hit[1]
            if counts[current.casefold()] == 1 and len(openers) >= _FEW_CUES:
                warnings.append(f"line {fragment.line}: {current!r} names a speaker only once; is it part of the talk?")
        if text:
            turns.append(ParsedTurn(current, text, fragment.line, fragment.cue.start, fragment.cue.end))
    if not turns:
        raise InputError(f"{source}: no cue with any text found (is the file cut off?)")
    if not any(t.speaker_label for t in turns):
        raise InputError(f"{source}: no cue names its speaker (expected {hint})")
    return turns
