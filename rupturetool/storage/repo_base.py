"""The repository's foundation: transactions, the audit trail, coders and clients."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, Select, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from rupturetool.core.domain import (
    Client,
    Coder,
    CoderRole,
)
from rupturetool.core.errors import ConflictError, StorageError
from rupturetool.storage import audit_diff, convert
from rupturetool.storage.row_versions import RowVersions
from rupturetool.storage.tables import (
    AuditRow,
    ClientRow,
    CoderRow,
)


class RepositoryBase:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        audit_diff.install(self._sessions)  # every transaction's audit rows get what it changed (before/after)
        self._local = threading.local()
        self.versions = RowVersions()  # what this app last read or wrote of each versioned row (row_versions.py)
        self.actor: str | None = None  # who is acting (the app's coder): the audit trail names them, not the owner
        self.own_events: set[int] = set()  # audit events of this app's own changes (the rest are other people's)

    # -- transactions -------------------------------------------------------------------------------------
    @contextmanager
    def atomic(self) -> Iterator[OrmSession]:
        """One transaction; repository calls made inside it join it, so they commit or roll back together."""
        current: OrmSession | None = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        try:
            with self._sessions.begin() as orm:
                self._local.session = orm
                try:
                    yield orm
                finally:
                    self._local.session = None
            self.versions.committed(orm)
            self.own_events.update(row.id for row in orm.info.pop(audit_diff.WRITTEN, ()))
        except StaleDataError:
            # Two writes to one row raced inside the database and the other one committed first.
            raise ConflictError(
                "someone else changed the same item at the same moment; your change was not saved — reload and retry"
            ) from None
        except IntegrityError as exc:
            raise StorageError(f"the database refused the change ({_reason(exc)})") from None
        except SQLAlchemyError as exc:
            raise StorageError(f"database error: {_reason(exc)}") from None

    def _audit(
        self,
        orm: OrmSession,
        action: str,
        entity: str,
        entity_id: int | None,
        *,
        coder_id: int | None,
        session_id: int | None,
        detail: str = "",
    ) -> None:
        """Note an audit event; it is written at commit, with the before/after of everything the transaction changed
        (``audit_diff``), and never if the transaction rolls back. When the repository knows who is acting
        (``actor``), the event is theirs — a supervisor's edit of a therapist's marker is the supervisor's."""
        if self.actor is not None:
            coder_id = self._coder_row(orm, self.actor).id
        audit_diff.queue(
            orm,
            AuditRow(
                action=action,
                entity=entity,
                entity_id=entity_id,
                coder_id=coder_id,
                session_id=session_id,
                detail=detail,
            ),
        )

    # -- coders and clients -------------------------------------------------------------------------------
    def _coder_row(self, orm: OrmSession, name: str, role: CoderRole = CoderRole.THERAPIST) -> CoderRow:
        row = orm.scalar(select(CoderRow).where(CoderRow.name == name))
        if row is None:
            existing = select(CoderRow).where(CoderRow.name == name)
            row = _insert_unique(orm, CoderRow(name=name, role=str(role)), existing)
        return row

    def ensure_coder(self, name: str, role: CoderRole = CoderRole.THERAPIST) -> Coder:
        with self.atomic() as orm:
            row = self._coder_row(orm, name, role)
            return Coder(name=row.name, role=CoderRole(row.role), id=row.id)

    def coders(self) -> list[Coder]:
        with self.atomic() as orm:
            rows = orm.scalars(select(CoderRow).order_by(CoderRow.name))
            return [Coder(name=r.name, role=CoderRole(r.role), id=r.id) for r in rows]

    def clients(self) -> list[Client]:
        with self.atomic() as orm:
            return [convert.client(r) for r in orm.scalars(select(ClientRow).order_by(ClientRow.code))]

    def _client_row(self, orm: OrmSession, code: str, attachment: str | None) -> ClientRow:
        row = orm.scalar(select(ClientRow).where(ClientRow.code == code))
        if row is None:
            row = _insert_unique(
                orm, ClientRow(code=code, attachment=attachment), select(ClientRow).where(ClientRow.code == code)
            )
        elif attachment and row.attachment != attachment:
            row.attachment = attachment
        return row


def _insert_unique(orm: OrmSession, row: Any, existing: Select[Any]) -> Any:
    """Insert ``row``; if another connection inserted the same unique name a moment ago (two coders starting at
    once), use theirs. On PostgreSQL a savepoint keeps the failed insert from spoiling the rest of the transaction;
    pysqlite cannot nest savepoints in its implicit transactions, so on SQLite it is INSERT OR IGNORE."""
    if orm.get_bind().dialect.name == "sqlite":
        columns = {c.key for c in row.__table__.columns}
        values = {k: v for k, v in vars(row).items() if k in columns}
        orm.execute(sqlite_insert(type(row)).values(**values).on_conflict_do_nothing())
        return orm.scalars(existing).one()
    try:
        with orm.begin_nested():
            orm.add(row)
            orm.flush()
        return row
    except IntegrityError:
        found = orm.scalar(existing)
        if found is None:
            raise
        return found


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__
