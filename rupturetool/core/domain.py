"""Domain objects. Plain, immutable-by-convention dataclasses; ids are None until stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class SpeakerRole(StrEnum):
    THERAPIST = "therapist"
    CLIENT = "client"
    OTHER = "other"
    UNKNOWN = "unknown"  # the speaker of this text could not be determined at import: the user must say


class CoderRole(StrEnum):
    THERAPIST = "therapist"
    SUPERVISOR = "supervisor"
    RESEARCHER = "researcher"


class Family(StrEnum):
    WITHDRAWAL = "withdrawal"
    CONFRONTATION = "confrontation"


class Actor(StrEnum):
    PATIENT = "patient"
    THERAPIST = "therapist"


class MarkerSource(StrEnum):
    MANUAL = "manual"
    SUGGESTED = "suggested"


class Outcome(StrEnum):
    RESOLVED = "resolved"
    PARTIAL = "partial"
    UNRESOLVED = "unresolved"


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


ATTACHMENT_STYLES = (
    "secure",
    "anxious-preoccupied",
    "avoidant-dismissing",
    "fearful-avoidant",
    "avoidant",
    "preoccupied",
)


@dataclass(frozen=True)
class Client:
    code: str
    attachment: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Segment:
    """A sentence-like unit of a turn: ``turn.text[start_char:end_char]``."""

    index: int
    start_char: int
    end_char: int
    id: int | None = None


@dataclass(frozen=True)
class Cue:
    """A non-verbal cue kept in the text — "(smiles)", "[laughs]" — as a span of its turn."""

    start_char: int
    end_char: int


@dataclass(frozen=True)
class Turn:
    index: int
    speaker_label: str
    speaker_role: SpeakerRole
    text: str
    start: float | None = None
    end: float | None = None
    segments: tuple[Segment, ...] = ()
    cues: tuple[Cue, ...] = ()
    original_text: str | None = None  # the text as imported, when a correction (e.g. OCR "|" -> "I") changed it
    id: int | None = None

    def segment_text(self, segment: Segment) -> str:
        return self.text[segment.start_char : segment.end_char]

    def segment_at(self, char: int) -> Segment | None:
        """The segment holding character offset ``char``."""
        for seg in self.segments:
            if seg.start_char <= char < seg.end_char:
                return seg
        return None


@dataclass(frozen=True)
class Session:
    client_code: str
    date: date | None = None
    number: int | None = None
    source_name: str | None = None
    source_checksum: str | None = None
    notes: str = ""
    speakers: dict[str, SpeakerRole] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class SessionSummary:
    """A session as listed in trees and tables (no transcript)."""

    id: int
    client_code: str
    date: date | None
    number: int | None
    source_name: str | None
    turns: int
    markers: int
    episodes: int
    review_status: str | None = None  # the status of the current coder's review of the session, if any
    own_markers: int = 0  # the current coder's own markers (the layer whose review_status this is)
    awaiting: int = 0  # other coders' layers submitted and awaiting review


@dataclass(frozen=True)
class Coder:
    name: str
    role: CoderRole = CoderRole.THERAPIST
    id: int | None = None


@dataclass(frozen=True)
class Marker:
    """A rupture marker on a character span of one turn (a whole segment, or any span inside the turn)."""

    session_id: int
    turn_index: int
    start_char: int
    end_char: int
    family: str  # a family code of the scheme: "withdrawal" | "confrontation" in 3RS
    subtype: str
    coder: str
    scheme_id: str = "3rs"
    segment_index: int | None = None
    actor: Actor = Actor.PATIENT
    significance: int = 3
    note: str = ""
    source: MarkerSource = MarkerSource.MANUAL
    id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class StageEvent:
    stage: int
    turn_index: int


@dataclass(frozen=True)
class StrategyEvent:
    code: str
    turn_index: int


@dataclass(frozen=True)
class RuptureEpisode:
    session_id: int
    coder: str
    family: Family
    marker_ids: tuple[int, ...] = ()
    stages: tuple[StageEvent, ...] = ()
    strategies: tuple[StrategyEvent, ...] = ()
    outcome: Outcome | None = None
    note: str = ""
    id: int | None = None

    @property
    def max_stage(self) -> int:
        return max((s.stage for s in self.stages), default=0)


@dataclass(frozen=True)
class SessionMeasure:
    session_id: int
    name: str
    value: float
    coder: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class SliceCode:
    """A coder's segment-level (3RS) code on one 5-minute slice of a session.

    For a family code (``withdrawal``) ``significance`` is the 1–5 rating of that family in the slice; for a
    subtype or strategy code (``W3``, ``R4``) it is None: the coder ticked that it occurs in the slice.
    """

    session_id: int
    slice_index: int
    code: str
    coder: str
    significance: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Review:
    session_id: int
    coder: str
    status: ReviewStatus = ReviewStatus.DRAFT
    reason: str = ""
    reviewer: str | None = None
    id: int | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Comment:
    session_id: int
    author: str
    text: str
    turn_index: int | None = None
    marker_id: int | None = None
    episode_id: int | None = None
    parent_id: int | None = None
    resolved: bool = False
    id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class AuditEvent:
    """One stored change: who did what to which object, and when."""

    action: str
    entity: str
    entity_id: int | None
    coder: str | None
    detail: str = ""
    session_id: int | None = None
    id: int | None = None
    at: datetime | None = None
    before: dict | None = None  # the changed columns' old values (all columns of a deleted row); see docs/audit.md
    after: dict | None = None  # their new values (all columns of an inserted row)


@dataclass(frozen=True)
class MarkerAnchor:
    """Where a marker sits in its turn: what a text correction or re-segmentation of the turn may move."""

    marker_id: int
    start_char: int
    end_char: int
    segment_index: int | None = None


@dataclass(frozen=True)
class TurnState:
    """One turn's text with everything anchored to it (segments, cues, live markers), as a text edit sees it.

    Undo writes the state back as it was; segment ids are kept, so redo and undo give the same rows back.
    """

    session_id: int
    turn_index: int
    text: str
    original_text: str | None
    segments: tuple[Segment, ...]
    cues: tuple[Cue, ...] = ()
    markers: tuple[MarkerAnchor, ...] = ()


@dataclass(frozen=True)
class SpeakerState:
    """A session's speaker roles and what the client's record remembers for those labels (None: nothing)."""

    session_id: int
    roles: dict[str, SpeakerRole]
    remembered: dict[str, SpeakerRole | None]


@dataclass(frozen=True)
class SessionDetail:
    """A session with its transcript, as shown by ``rupturetool show`` and the workbench."""

    session: Session
    turns: tuple[Turn, ...]


@dataclass(frozen=True)
class Assignment:
    """A session given to a (second) coder; ``blind``: other coders' layers stay hidden from them until they submit."""

    session_id: int
    coder: str
    blind: bool = True
    assigned_by: str | None = None
    id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class CommentThread:
    """A comment with its replies (oldest first); ``turn_index`` is where the thread sits in the transcript
    (the turn of its turn, marker or episode anchor; None for a comment on the whole session)."""

    comment: Comment
    replies: tuple[Comment, ...] = ()
    turn_index: int | None = None


@dataclass(frozen=True)
class ReviewQueueItem:
    """A submitted layer awaiting a supervisor: whose, which session."""

    review: Review
    client_code: str
    session_date: date | None = None
    session_number: int | None = None
