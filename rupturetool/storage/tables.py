"""ORM tables. The schema is created and changed only by Alembic revisions in ``migrations/``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ClientRow(Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    attachment: Mapped[str | None] = mapped_column(String(40))
    therapist_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), index=True)  # who sees it: access.py
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CoderRow(Base):
    __tablename__ = "coders"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="therapist")
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True)  # their PostgreSQL login, for row security


class SessionRow(Base):
    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    session_date: Mapped[date | None] = mapped_column("date", Date)
    number: Mapped[int | None] = mapped_column(Integer)
    source_name: Mapped[str | None] = mapped_column(String(400))
    source_checksum: Mapped[str | None] = mapped_column(String(64), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    client: Mapped[ClientRow] = relationship()
    speakers: Mapped[list[SpeakerRow]] = relationship(cascade="all, delete-orphan", order_by="SpeakerRow.id")


class SpeakerRow(Base):
    """How a session's speaker label maps to a role (changeable after import)."""

    __tablename__ = "speakers"
    __table_args__ = (UniqueConstraint("session_id", "label"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))


class TurnRow(Base):
    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("session_id", "idx"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: each UPDATE says "WHERE version = the version read" and bumps it (revision 0007).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    speaker_label: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[float | None] = mapped_column(Float)
    end: Mapped[float | None] = mapped_column(Float)
    original_text: Mapped[str | None] = mapped_column(Text)  # as imported, when a correction changed `text`
    segments: Mapped[list[SegmentRow]] = relationship(cascade="all, delete-orphan", order_by="SegmentRow.idx")


class SegmentRow(Base):
    __tablename__ = "segments"
    __table_args__ = (
        UniqueConstraint("turn_id", "idx"),
        CheckConstraint("start_char >= 0 AND end_char > start_char", name="span"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)


class CueRow(Base):
    """A non-verbal cue in the text, "(smiles)", "[laughs]": kept in the text, recorded as a span."""

    __tablename__ = "cues"
    __table_args__ = (CheckConstraint("start_char >= 0 AND end_char > start_char", name="span"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)


class ClientSpeakerRow(Base):
    """The role a speaker label has for a client, remembered from earlier imports and fixes."""

    __tablename__ = "client_speakers"
    __table_args__ = (UniqueConstraint("client_id", "label"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))


class MarkerRow(Base):
    __tablename__ = "markers"
    __table_args__ = (
        CheckConstraint("significance BETWEEN 1 AND 5", name="significance"),
        CheckConstraint("start_char >= 0 AND end_char > start_char", name="span"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: each UPDATE says "WHERE version = the version read" and bumps it (revision 0007).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"), index=True)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    scheme_id: Mapped[str] = mapped_column(String(64), default="3rs")
    family: Mapped[str] = mapped_column(String(64))
    subtype: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(20), default="patient")
    significance: Mapped[int] = mapped_column(Integer, default=3)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # kept so undo and audit can restore it


class EpisodeRow(Base):
    __tablename__ = "episodes"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: each UPDATE says "WHERE version = the version read" and bumps it (revision 0007).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"), index=True)
    family: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class EpisodeMarkerRow(Base):
    __tablename__ = "episode_markers"
    episode_id: Mapped[int] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"), primary_key=True)
    marker_id: Mapped[int] = mapped_column(ForeignKey("markers.id", ondelete="CASCADE"), primary_key=True)


class StageEventRow(Base):
    __tablename__ = "stage_events"
    __table_args__ = (CheckConstraint("stage BETWEEN 1 AND 4", name="stage"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"), index=True)
    stage: Mapped[int] = mapped_column(Integer)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"))


class StrategyEventRow(Base):
    __tablename__ = "strategy_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"))


class SessionMeasureRow(Base):
    __tablename__ = "session_measures"
    __table_args__ = (UniqueConstraint("session_id", "name", "coder_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: each UPDATE says "WHERE version = the version read" and bumps it (revision 0007).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"))


class SliceCodeRow(Base):
    """A coder's 3RS code on one 5-minute slice: a family's 1–5 rating, or a ticked subtype/strategy (no value)."""

    __tablename__ = "slice_codes"
    __table_args__ = (
        UniqueConstraint("session_id", "coder_id", "slice_index", "code"),
        CheckConstraint("significance IS NULL OR significance BETWEEN 1 AND 5", name="significance"),
        CheckConstraint("slice_index >= 0", name="slice_index"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: each UPDATE says "WHERE version = the version read" and bumps it (revision 0007).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"))
    slice_index: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    significance: Mapped[int | None] = mapped_column(Integer)


class ReviewRow(Base):
    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("session_id", "coder_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: each UPDATE says "WHERE version = the version read" and bumps it (revision 0007).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    reason: Mapped[str] = mapped_column(Text, default="")
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CommentRow(Base):
    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: each UPDATE says "WHERE version = the version read" and bumps it (revision 0007).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("coders.id"))
    text: Mapped[str] = mapped_column(Text)
    turn_id: Mapped[int | None] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"))
    marker_id: Mapped[int | None] = mapped_column(ForeignKey("markers.id", ondelete="CASCADE"))
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # kept for undo and audit


class AssignmentRow(Base):
    """A session assigned to a (second) coder; blind: other coders' layers stay hidden from them until they submit."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("session_id", "coder_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"))
    blind: Mapped[bool] = mapped_column(Boolean, default=True)
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class AuditRow(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), index=True)
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"))
    session_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: the trail outlives deletions
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    # What the change changed, as JSON text (see storage/audit_diff.py). The table is append-only: triggers refuse
    # UPDATE and DELETE (revision 0006).
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class SuggestionDecisionRow(Base):
    """A coder's decision on a machine suggestion (accepted, rejected, changed), kept to measure the suggesters."""

    __tablename__ = "suggestion_decisions"
    __table_args__ = (
        CheckConstraint("start_char >= 0 AND end_char > start_char", name="span"),
        CheckConstraint("decision IN ('accepted', 'rejected', 'changed')", name="decision"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"))
    segment_index: Mapped[int | None] = mapped_column(Integer)  # where the suggestion sat when it was decided
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    family: Mapped[str] = mapped_column(String(64))
    subtype: Mapped[str] = mapped_column(String(32))
    decision: Mapped[str] = mapped_column(String(20))
    final_subtype: Mapped[str | None] = mapped_column(String(32))
    marker_id: Mapped[int | None] = mapped_column(ForeignKey("markers.id", ondelete="SET NULL"))
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"), index=True)
    suggester: Mapped[str] = mapped_column(String(120))
    confidence: Mapped[float] = mapped_column(Float)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class SupervisionRow(Base):
    """A supervisor and one of their supervisees: the supervisor sees the supervisee's clients."""

    __tablename__ = "supervisions"
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("coders.id"), primary_key=True)
    supervisee_id: Mapped[int] = mapped_column(ForeignKey("coders.id"), primary_key=True)


class ClientGrantRow(Base):
    """A client made visible to someone who is neither its therapist nor their supervisor (e.g. a researcher)."""

    __tablename__ = "client_grants"
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"), primary_key=True)
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
