"""What every importer produces: a format-neutral transcript, before segmentation and storage."""

from __future__ import annotations

from dataclasses import dataclass, field

from rupturetool.core.domain import SpeakerRole


@dataclass
class ParsedTurn:
    speaker_label: str
    text: str
    line: int  # 1-based line where the turn starts, for messages
    start: float | None = None
    end: float | None = None


@dataclass
class ParsedTranscript:
    source_name: str
    checksum: str
    turns: list[ParsedTurn]
    notes: str = ""
    speakers: dict[str, SpeakerRole] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
