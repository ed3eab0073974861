"""Read-only rows for exports, and the audit trail."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from rupturetool.core.domain import (
    AuditEvent,
)
from rupturetool.storage import convert
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import (
    AuditRow,
    ClientRow,
    CoderRow,
    EpisodeMarkerRow,
    MarkerRow,
    SegmentRow,
    SessionRow,
    SpeakerRow,
    TurnRow,
)


class ExportQueries(RepositoryBase):
    # -- export rows and audit ---------------------------------------------------------------------------
    def marker_rows(self, client_code: str | None = None, coder: str | None = None) -> list[dict[str, Any]]:
        """One plain dict per live marker, joined with what a tidy export needs."""
        with self.atomic() as orm:
            query = (
                select(
                    ClientRow.code.label("client"),
                    ClientRow.attachment,
                    MarkerRow.session_id,
                    SessionRow.session_date.label("session_date"),
                    SessionRow.number.label("session_number"),
                    CoderRow.name.label("coder"),
                    CoderRow.role.label("coder_role"),
                    TurnRow.idx.label("turn_index"),
                    SegmentRow.idx.label("segment_index"),
                    SpeakerRow.role.label("speaker_role"),
                    TurnRow.start.label("turn_start"),
                    MarkerRow.start_char,
                    MarkerRow.end_char,
                    MarkerRow.scheme_id,
                    MarkerRow.family,
                    MarkerRow.subtype,
                    MarkerRow.actor,
                    MarkerRow.significance,
                    EpisodeMarkerRow.episode_id,
                    MarkerRow.source,
                    MarkerRow.id.label("marker_id"),
                    MarkerRow.note,
                    MarkerRow.created_at,
                    TurnRow.text.label("turn_text"),
                )
                .join(SessionRow, SessionRow.id == MarkerRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .join(CoderRow, CoderRow.id == MarkerRow.coder_id)
                .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                .outerjoin(SegmentRow, SegmentRow.id == MarkerRow.segment_id)
                .outerjoin(
                    SpeakerRow,
                    (SpeakerRow.session_id == SessionRow.id) & (SpeakerRow.label == TurnRow.speaker_label),
                )
                .outerjoin(EpisodeMarkerRow, EpisodeMarkerRow.marker_id == MarkerRow.id)
                .where(MarkerRow.deleted.is_(False))
                .order_by(
                    ClientRow.code,
                    SessionRow.session_date,
                    SessionRow.id,
                    TurnRow.idx,
                    MarkerRow.start_char,
                    MarkerRow.id,
                )
            )
            if client_code is not None:
                query = query.where(ClientRow.code == client_code)
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return [dict(row._mapping) for row in orm.execute(query)]

    def audit_events(self, session_id: int | None = None, limit: int = 200) -> list[AuditEvent]:
        with self.atomic() as orm:
            query = (
                select(AuditRow, CoderRow.name)
                .outerjoin(CoderRow, CoderRow.id == AuditRow.coder_id)
                .order_by(AuditRow.id.desc())
                .limit(limit)
            )
            if session_id is not None:
                query = query.where(AuditRow.session_id == session_id)
            return [convert.audit(r, c) for r, c in orm.execute(query)]
