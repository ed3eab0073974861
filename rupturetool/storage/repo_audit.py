"""Reading the audit trail: every change, filtered by session, object (with its children), coder and time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session as OrmSession

from rupturetool.core.domain import AuditEvent
from rupturetool.storage import convert
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import AuditRow, CoderRow, CommentRow, EpisodeMarkerRow, SuggestionDecisionRow


class AuditQueries(RepositoryBase):
    def audit_events(
        self,
        session_id: int | None = None,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
        coder: str | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> list[AuditEvent]:
        """Audit events, newest first. With ``entity`` and ``entity_id``, that object's events and its children's:
        a marker's comments and suggestion decisions and the events of episodes it belongs to; an episode's comments
        (its stages and strategies are recorded on the episode's own events)."""
        with self.atomic() as orm:
            query = (
                select(AuditRow, CoderRow.name)
                .outerjoin(CoderRow, CoderRow.id == AuditRow.coder_id)
                .order_by(AuditRow.id.desc())
            )
            if session_id is not None:
                query = query.where(AuditRow.session_id == session_id)
            if entity is not None:
                query = self._about(orm, query, entity, entity_id)
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            if since is not None:
                query = query.where(self._at_or_after(since))
            if limit is not None:
                query = query.limit(limit)
            return [convert.audit(row, name) for row, name in orm.execute(query)]

    def events_after(self, session_id: int, after_id: int) -> list[AuditEvent]:
        """A session's audit events newer than ``after_id``, oldest first (what changed since a view last looked)."""
        with self.atomic() as orm:
            query = (
                select(AuditRow, CoderRow.name)
                .outerjoin(CoderRow, CoderRow.id == AuditRow.coder_id)
                .where(AuditRow.session_id == session_id, AuditRow.id > after_id)
                .order_by(AuditRow.id)
            )
            return [convert.audit(row, name) for row, name in orm.execute(query)]

    def audit_event(self, event_id: int) -> AuditEvent | None:
        with self.atomic() as orm:
            found = orm.execute(
                select(AuditRow, CoderRow.name)
                .outerjoin(CoderRow, CoderRow.id == AuditRow.coder_id)
                .where(AuditRow.id == event_id)
            ).first()
            return convert.audit(*found) if found else None

    def last_event_id(self) -> int:
        with self.atomic() as orm:
            return orm.scalar(select(func.max(AuditRow.id))) or 0

    def _at_or_after(self, since: datetime) -> ColumnElement[bool]:
        if self.engine.dialect.name != "sqlite":
            return AuditRow.at >= since
        # SQLite keeps the time as text, "YYYY-MM-DD HH:MM:SS" in UTC (CURRENT_TIMESTAMP): compare like with like.
        moment = since.astimezone(UTC).replace(tzinfo=None) if since.tzinfo else since
        stamp = moment.isoformat(sep=" ", timespec="microseconds" if moment.microsecond else "seconds")
        return type_coerce(AuditRow.at, String) >= stamp

    def _about(self, orm: OrmSession, query: Select[Any], entity: str, entity_id: int | None) -> Select[Any]:
        if entity_id is None:
            return query.where(AuditRow.entity == entity)
        related: dict[str, list[int]] = {entity: [entity_id]}
        if entity == "marker":
            related["comment"] = list(orm.scalars(select(CommentRow.id).where(CommentRow.marker_id == entity_id)))
            related["suggestion"] = list(
                orm.scalars(select(SuggestionDecisionRow.id).where(SuggestionDecisionRow.marker_id == entity_id))
            )
            related["episode"] = list(
                orm.scalars(select(EpisodeMarkerRow.episode_id).where(EpisodeMarkerRow.marker_id == entity_id))
            )
        elif entity == "episode":
            related["comment"] = list(orm.scalars(select(CommentRow.id).where(CommentRow.episode_id == entity_id)))
        return query.where(
            or_(*(and_(AuditRow.entity == name, AuditRow.entity_id.in_(ids)) for name, ids in related.items() if ids))
        )
