"""The append-only guard on ``audit_events`` (revision 0006's triggers), lifted only where a whole database is replaced.

A restore with ``--replace`` deletes everything the target holds, the audit trail included, in the same transaction
that loads the backup (whose own trail comes back with it): the guard is dropped for that and put back before the
transaction commits, so no one ever sees the trail unguarded. The statements are revision 0006's own, read from the
revision, so they cannot drift from what the migration installs.
"""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

GUARD_REVISION = "0006"


def _statements(cfg: Config, conn: Connection, which: str) -> list[str]:
    module = ScriptDirectory.from_config(cfg).get_revision(GUARD_REVISION).module
    return getattr(module, which)(conn.dialect.name)


def lift(conn: Connection, cfg: Config) -> None:
    """Drop the guard (if there is one), inside the caller's transaction."""
    if "audit_events" in inspect(conn).get_table_names():
        for statement in _statements(cfg, conn, "unguard_statements"):
            conn.exec_driver_sql(statement)


def reinstate(conn: Connection, cfg: Config) -> None:
    """Put the guard back (the schema must be at or past revision 0006; the statements are idempotent)."""
    for statement in _statements(cfg, conn, "guard_statements"):
        conn.exec_driver_sql(statement)
