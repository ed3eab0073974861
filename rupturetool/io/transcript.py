"""What every format reader produces: format-neutral transcripts, before segmentation and storage.

A reader turns one file into one or more :class:`RawTranscript` (a CSV file may hold many sessions);
``io.finishing`` then merges same-speaker pieces, settles speaker roles and collects warnings, giving a
:class:`ParsedTranscript` per session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from rupturetool.core.domain import SpeakerRole
from rupturetool.io.ocr import Correction

UNKNOWN_SPEAKER = "(unknown)"  # the label stored for text whose speaker could not be determined


@dataclass
class ParsedTurn:
    speaker_label: str | None  # None: the speaker could not be determined (never guessed silently)
    text: str
    line: int  # 1-based line (or row / cue / paragraph number) where the turn starts, for messages
    start: float | None = None
    end: float | None = None


@dataclass
class RawTranscript:
    """One session as a reader found it: pieces of talk in order, labels as written."""

    turns: list[ParsedTurn]
    notes: str = ""
    warnings: list[str] = field(default_factory=list)
    session_key: str | None = None  # the session's id inside a many-session file (CSV "transcript_id")
    date: date | None = None
    joiner: str = "\n"  # how consecutive pieces from one speaker join: lines "\n", subtitle cues " "
    roles: dict[str, SpeakerRole] = field(default_factory=dict)  # roles the file itself states (CSV, JSON)
    client_key: str | None = None  # the client this session belongs to, when the file says (CSV "client_id", JSON)
    unit: str = "line"  # what ParsedTurn.line counts, for messages: "line", "row" (tables), "paragraph" (Word)


@dataclass(frozen=True)
class ReadOptions:
    therapist: str | None = None  # the label of the therapist, when the user says so
    columns: dict[str, str] = field(default_factory=dict)  # tabular files: our field -> the file's column
    fix_ocr: bool = False  # apply the suggested OCR corrections ("| guess" -> "I guess"), keeping the original


class FormatReader(Protocol):
    name: str  # what --format takes: "text", "vtt", "srt", "otter", "docx", "csv", "tsv", "xlsx", "json"
    suffixes: tuple[str, ...]  # lower-case, with the dot
    binary: bool  # True: read() gets the raw bytes (docx, xlsx); False: decoded, newline-normalised text

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        """How sure (0–1) this reader is that ``sample`` (the file's start) is its format."""
        ...

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        """Parse the whole file. Raise InputError (naming ``source_name`` and, where it helps, the line)
        for anything that cannot be read; returning no turn at all is never success."""
        ...


@dataclass
class ParsedTranscript:
    source_name: str
    checksum: str
    turns: list[ParsedTurn]
    notes: str = ""
    speakers: dict[str, SpeakerRole] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    session_key: str | None = None
    date: date | None = None
    role_confidence: dict[str, str] = field(default_factory=dict)  # label -> how the role was settled
    corrections: list[Correction] = field(default_factory=list)  # suggested, applied only when asked
    client_key: str | None = None  # the client a many-session file names for this session
    unit: str = "line"  # what ParsedTurn.line counts, for messages
