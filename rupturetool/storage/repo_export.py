"""Read-only rows for exports, and the audit trail."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, literal, select
from sqlalchemy.orm import Session as OrmSession

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
    EpisodeRow,
    MarkerRow,
    SegmentRow,
    SessionMeasureRow,
    SessionRow,
    SpeakerRow,
    StageEventRow,
    StrategyEventRow,
    TurnRow,
)


def _dicts(orm: OrmSession, query: Select[Any]) -> list[dict[str, Any]]:
    """Plain dicts, fast: Core execution (no ORM row processing) and the column names looked up once."""
    result = orm.connection().execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.fetchall()]


def _scoped(query: Select[Any], client: str | None, date_from: date | None, date_to: date | None) -> Select[Any]:
    """The shared filters: one client, a date range (sessions without a date fall outside any range)."""
    if client is not None:
        query = query.where(ClientRow.code == client)
    if date_from is not None:
        query = query.where(SessionRow.session_date >= date_from)
    if date_to is not None:
        query = query.where(SessionRow.session_date <= date_to)
    return query


class ExportQueries(RepositoryBase):
    # -- export rows and audit ---------------------------------------------------------------------------
    def marker_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        with_text: bool = True,
    ) -> list[dict[str, Any]]:
        """One plain dict per live marker, joined with what a tidy export needs (``turn_text`` if ``with_text``)."""
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
                    (TurnRow.text if with_text else literal(None)).label("turn_text"),
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
                    SessionRow.session_date.label("session_date"),
                    SessionRow.id,
                    TurnRow.idx,
                    MarkerRow.start_char,
                    MarkerRow.id,
                )
            )
            query = _scoped(query, client_code, date_from, date_to)
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return _dicts(orm, query)

    def marker_code_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[dict[str, Any]]:
        """The few marker fields summaries need (no text, no joins to turns): much lighter than marker_rows."""
        with self.atomic() as orm:
            query = _scoped(
                select(
                    ClientRow.code.label("client"),
                    MarkerRow.session_id,
                    CoderRow.name.label("coder"),
                    MarkerRow.family,
                    MarkerRow.subtype,
                    MarkerRow.significance,
                )
                .join(SessionRow, SessionRow.id == MarkerRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .join(CoderRow, CoderRow.id == MarkerRow.coder_id)
                .where(MarkerRow.deleted.is_(False)),
                client_code,
                date_from,
                date_to,
            )
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return _dicts(orm, query)

    def client_rows(self, client_code: str | None = None) -> list[dict[str, Any]]:
        """Every client (with or without sessions): code and attachment."""
        with self.atomic() as orm:
            query = select(ClientRow.code.label("client"), ClientRow.attachment).order_by(ClientRow.code)
            if client_code is not None:
                query = query.where(ClientRow.code == client_code)
            return _dicts(orm, query)

    def session_rows(
        self, client_code: str | None = None, date_from: date | None = None, date_to: date | None = None
    ) -> list[dict[str, Any]]:
        """One dict per session: client, date, number, turn and word counts, first/last turn times (seconds)."""
        with self.atomic() as orm:
            query = _scoped(
                select(
                    ClientRow.code.label("client"),
                    ClientRow.attachment,
                    SessionRow.id.label("session_id"),
                    SessionRow.session_date.label("session_date"),
                    SessionRow.number.label("session_number"),
                )
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .order_by(ClientRow.code, SessionRow.session_date, SessionRow.number, SessionRow.id),
                client_code,
                date_from,
                date_to,
            )
            rows = {
                r["session_id"]: {**r, "turns": 0, "words": 0, "starts": [], "ends": []} for r in _dicts(orm, query)
            }
            # One pass over the turns: words are counted here, not in SQL (whitespace rules differ by backend).
            turns = _scoped(
                select(TurnRow.session_id, TurnRow.text, TurnRow.start, TurnRow.end)
                .join(SessionRow, SessionRow.id == TurnRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id),
                client_code,
                date_from,
                date_to,
            )
            for session_id, text, start, end in orm.connection().execute(turns).fetchall():
                row = rows[session_id]
                row["turns"] += 1
                row["words"] += len(text.split())
                if start is not None:
                    row["starts"].append(start)
                if end is not None or start is not None:
                    row["ends"].append(end if end is not None else start)
            for row in rows.values():
                starts, ends = row.pop("starts"), row.pop("ends")
                row["first_start"], row["last_start"] = min(starts, default=None), max(starts, default=None)
                row["last_end"] = max(ends, default=None)
            return list(rows.values())

    def episode_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per live episode, with its markers' turns, stage events and strategy events."""
        with self.atomic() as orm:
            query = _scoped(
                select(
                    EpisodeRow.id.label("episode_id"),
                    ClientRow.code.label("client"),
                    ClientRow.attachment,
                    EpisodeRow.session_id,
                    SessionRow.session_date.label("session_date"),
                    SessionRow.number.label("session_number"),
                    CoderRow.name.label("coder"),
                    EpisodeRow.family,
                    EpisodeRow.outcome,
                    EpisodeRow.note,
                )
                .join(SessionRow, SessionRow.id == EpisodeRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .join(CoderRow, CoderRow.id == EpisodeRow.coder_id)
                .where(EpisodeRow.deleted.is_(False))
                .order_by(ClientRow.code, SessionRow.session_date, SessionRow.id, EpisodeRow.id),
                client_code,
                date_from,
                date_to,
            )
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            rows = {
                r["episode_id"]: {**r, "marker_turns": [], "stages": [], "strategies": []} for r in _dicts(orm, query)
            }
            if not rows:
                return []
            ids = query.with_only_columns(EpisodeRow.id).order_by(None)  # a subquery: no limit on bound values
            marker_turns = (
                select(EpisodeMarkerRow.episode_id, TurnRow.idx)
                .join(MarkerRow, MarkerRow.id == EpisodeMarkerRow.marker_id)
                .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                .where(MarkerRow.deleted.is_(False), EpisodeMarkerRow.episode_id.in_(ids))
                .order_by(TurnRow.idx)
            )
            for episode_id, turn in orm.connection().execute(marker_turns):
                rows[episode_id]["marker_turns"].append(turn)
            for column, key in ((StageEventRow.stage, "stages"), (StrategyEventRow.code, "strategies")):
                table = column.class_  # StageEventRow or StrategyEventRow: same shape, one query each
                events = (
                    select(table.episode_id, column, TurnRow.idx)
                    .join(TurnRow, TurnRow.id == table.turn_id)
                    .where(table.episode_id.in_(ids))
                    .order_by(TurnRow.idx, table.id)
                )
                for episode_id, what, turn in orm.connection().execute(events):
                    rows[episode_id][key].append((what, turn))
            return list(rows.values())

    def measure_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per session measure; measures entered without a coder belong to every coder."""
        with self.atomic() as orm:
            query = _scoped(
                select(
                    SessionMeasureRow.session_id,
                    SessionMeasureRow.name,
                    SessionMeasureRow.value,
                    CoderRow.name.label("coder"),
                )
                .join(SessionRow, SessionRow.id == SessionMeasureRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .outerjoin(CoderRow, CoderRow.id == SessionMeasureRow.coder_id)
                .order_by(SessionMeasureRow.session_id, SessionMeasureRow.name),
                client_code,
                date_from,
                date_to,
            )
            if coder is not None:
                query = query.where((CoderRow.name == coder) | SessionMeasureRow.coder_id.is_(None))
            return _dicts(orm, query)

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
