"""Optimistic concurrency: remember the version of each row this app last showed; refuse writes based on older ones.

Every versioned row (revision 0007) carries ``version``; SQLAlchemy's ``version_id_col`` makes each UPDATE say
``WHERE version = <the version read>`` and bumps it, which catches two writes racing inside the database. That alone
is not enough: the coder decided on what the *screen* showed, possibly minutes ago. So a repository remembers the
version of each row its views read (a session's markers, episodes and turns) and of each row it wrote itself, and a
write whose row has moved on since — someone else edited or removed it — is refused with a :class:`ConflictError`
naming who did it and when (from the audit trail), instead of silently overwriting their change.

What was seen is kept only once the transaction that saw it commits, so a rolled-back write leaves no trace here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from rupturetool.core.errors import ConflictError
from rupturetool.storage.tables import AuditRow, CoderRow

PENDING = "rupturetool.seen_versions"

Key = tuple[str, int]


class RowVersions:
    def __init__(self) -> None:
        self._seen: dict[Key, int] = {}

    def saw(self, orm: OrmSession, entity: str, row_id: int, version: int) -> None:
        """Note that this transaction showed (or wrote) ``version`` of the row; kept when the transaction commits."""
        orm.info.setdefault(PENDING, {})[(entity, row_id)] = version

    def committed(self, orm: OrmSession) -> None:
        self._seen.update(orm.info.pop(PENDING, {}))

    def forget(self) -> None:
        """After a reload everything is read afresh; until then nothing is checked against old reads."""
        self._seen.clear()

    def expect(self, orm: OrmSession, entity: str, row: Any, *, restoring: bool = False) -> None:
        """Refuse a write to ``row`` when it changed (or was removed) since this app last read or wrote it. When
        ``restoring`` (undoing a removal), the row is expected to be removed."""
        seen = self._seen.get((entity, row.id))
        if seen is None or seen == row.version:
            return  # never read here, or unchanged since (a removal this app made itself is not a conflict)
        removed = bool(getattr(row, "deleted", False)) and not restoring
        raise conflict(orm, entity, row.id, row.session_id, removed=removed)


def conflict(orm: OrmSession, entity: str, row_id: int, session_id: int | None, *, removed: bool) -> ConflictError:
    """The error for a stale write, naming the latest change of that row from the audit trail."""
    found = orm.execute(
        select(AuditRow.id, AuditRow.at, CoderRow.name)
        .outerjoin(CoderRow, CoderRow.id == AuditRow.coder_id)
        .where(AuditRow.entity == entity, AuditRow.entity_id == row_id)
        .order_by(AuditRow.id.desc())
        .limit(1)
    ).first()
    event_id, at, who = found if found else (None, None, None)
    what = "removed" if removed else "changed"
    when = f" at {_clock(at)}" if at is not None else ""
    message = (
        f"{who or 'someone else'} {what} this {entity}{when}, after you loaded it; "
        "your change was not saved — reload to see theirs"
    )
    return ConflictError(message, entity=entity, entity_id=row_id, session_id=session_id, event_id=event_id)


def _clock(at: datetime) -> str:
    """Local wall-clock time; SQLite hands back naive UTC (CURRENT_TIMESTAMP), PostgreSQL an aware time."""
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone().strftime("%H:%M")
