"""Restore a backup (see ``storage/backup.py``) into an empty SQLite or PostgreSQL database.

All of it happens in one transaction: the schema is made at the backup's revision, every row goes in with its id,
the schema is upgraded to this rupturetool's, and only then is anything committed. A backup from an older
rupturetool therefore restores too; one from a newer rupturetool is refused.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, Integer, Table, delete, func, insert, inspect, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.types import Boolean, Date, DateTime, LargeBinary, TypeEngine

from rupturetool.core.errors import InputError, StorageError
from rupturetool.storage import audit_guard
from rupturetool.storage.backup import (
    BATCH,
    VERSION_TABLE,
    BackupSource,
    check_revision,
    known_revisions,
    reflect,
    sqlite_path,
)
from rupturetool.storage.engine import _migration_engine, alembic_config, create, describe
from rupturetool.storage.tables import AuditRow

SQLITE_FILES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    counts: dict[str, int]  # rows restored per table
    revision: str  # the backup's schema revision
    upgraded: bool  # the backup came from an older schema and was brought up to date
    set_aside: Path | None  # an unreadable SQLite file that was in the way, kept under this name


def restore(source: BackupSource, url: str, *, replace: bool = False) -> RestoreResult:
    """Load ``source`` into the database at ``url``, which must hold no data unless ``replace`` is given (then what it
    holds is deleted in the same transaction). An unreadable SQLite file in the way is renamed, not deleted."""
    where = describe(url)
    path = sqlite_path(url)
    existed = path is not None and path.exists()
    set_aside = _set_aside_if_unreadable(url, path) if existed else None
    engine = create(url)
    try:
        counts = _restore_in_one_transaction(engine, source, where, replace=replace)
    except BaseException:
        engine.dispose()
        if path is not None and (not existed or set_aside is not None):
            _remove_sqlite(path)
        if set_aside is not None:
            for suffix in SQLITE_FILES:
                if Path(f"{set_aside}{suffix}").exists():
                    Path(f"{set_aside}{suffix}").replace(f"{path}{suffix}")
        raise
    engine.dispose()
    return RestoreResult(counts, source.revision, source.revision != known_revisions()[-1], set_aside)


def _restore_in_one_transaction(engine: Engine, source: BackupSource, where: str, *, replace: bool) -> dict[str, int]:
    migrating = _migration_engine(engine)  # SQLite: foreign keys off while loading, DDL inside the transaction
    cfg = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    try:
        with migrating.connect() as conn:
            cfg.attributes["connection"] = conn
            if sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.begin()
            try:
                counts = _load_everything(conn, cfg, source, where, replace=replace)
            except BaseException:
                conn.exec_driver_sql("ROLLBACK") if sqlite else conn.rollback()
                raise
            conn.exec_driver_sql("COMMIT") if sqlite else conn.commit()
    except IntegrityError as exc:
        raise StorageError(f"{source.path}: the database refused the backup's records ({_first_line(exc)})") from None
    except OperationalError as exc:
        raise StorageError(f"{where}: cannot open database ({_first_line(exc)})") from None
    except SQLAlchemyError as exc:
        raise StorageError(f"{where}: cannot restore {source.path} ({_first_line(exc)})") from None
    finally:
        if migrating is not engine:
            migrating.dispose()
    return counts


def _load_everything(conn: Connection, cfg: Config, source: BackupSource, where: str, *, replace: bool) -> dict:
    current = _check_target(conn, where, replace=replace)
    if replace:
        audit_guard.lift(conn, cfg)  # the trail is append-only; replacing a database is the one exception
        for old in reversed(reflect(conn)):
            conn.execute(delete(old))
    _schema_at(cfg, current, source.revision)
    counts = _load_rows(conn, source)
    command.upgrade(cfg, "head")
    if replace:
        audit_guard.reinstate(conn, cfg)  # a same-revision restore runs no migration that would
    if conn.dialect.name == "sqlite":
        _check_links(conn, source)
    else:
        _reset_sequences(conn)
    detail = f"restored from {source.path.name}"
    if source.source or source.created_at:
        detail += f" (backup of {source.source or 'a database'} made {source.created_at or 'at an unknown time'})"
    conn.execute(insert(AuditRow.__table__).values(action="restore", entity="database", detail=detail))
    return counts


def _check_target(conn: Connection, where: str, *, replace: bool) -> str | None:
    """The target's schema revision; refuse a foreign or newer database, or one holding data (unless replacing)."""
    names = set(inspect(conn).get_table_names())
    if names and VERSION_TABLE not in names:
        raise StorageError(f"{where}: not a rupturetool database (it has other tables and no schema version)")
    current = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar() if names else None
    if current is not None:
        check_revision(current, where)
    if replace:
        return current
    filled = [t for t in reflect(conn) if conn.execute(select(t).limit(1)).first() is not None]
    if filled:
        held = "records"
        if "sessions" in names:
            held = f"{conn.exec_driver_sql('SELECT count(*) FROM sessions').scalar()} sessions"
        raise StorageError(
            f"{where}: already holds data ({held}); restore into a new, empty database, "
            "or replace what it holds (--replace)"
        )
    return current


def _schema_at(cfg: Config, current: str | None, revision: str) -> None:
    """Bring an empty database's schema to ``revision``, whichever side of it it is on."""
    if current == revision:
        return
    order = known_revisions()
    if current is None or order.index(current) < order.index(revision):
        command.upgrade(cfg, revision)
    else:
        command.downgrade(cfg, revision)


def _load_rows(conn: Connection, source: BackupSource) -> dict[str, int]:
    tables = {t.name: t for t in reflect(conn)}  # parents before children
    for name in source.table_names():
        if name not in tables:
            raise InputError(f"{source.path}: table {name!r} is not part of schema {source.revision}")
    counts: dict[str, int] = {}
    for name, target in tables.items():
        if name in source.table_names():
            counts[name] = _load_table(conn, source, target)
    return counts


def _load_table(conn: Connection, source: BackupSource, target: Table) -> int:
    data = source.table(target.name)
    for name in data.columns:
        if name not in target.c:
            raise InputError(f"{source.path}: table {target.name!r} has no column {name!r} in schema {source.revision}")
    converters = [(i, d) for i, c in enumerate(data.columns) if (d := _decoder(target.c[c].type, conn.dialect.name))]
    width = len(data.columns)
    count = 0

    def rows() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for count, row in enumerate(data.rows, start=1):
            if not isinstance(row, list) or len(row) != width:
                raise InputError(f"{source.path}: table {target.name!r} row {count} does not match its columns")
            yield tuple(_convert(source, target.name, count, data.columns, converters, row) if converters else row)

    # Straight to the driver: the values are already what the database stores (see _decoder), and SQLAlchemy's
    # per-row parameter handling would triple the time a caseload takes; PostgreSQL gets COPY, 8x faster again.
    quote = conn.dialect.identifier_preparer.quote
    into = f"{quote(target.name)} ({', '.join(quote(c) for c in data.columns)})"
    if conn.dialect.name == "postgresql":
        driver = conn.dialect.loaded_dbapi
        try:
            with conn.connection.driver_connection.cursor() as cursor, cursor.copy(f"COPY {into} FROM STDIN") as copy:
                for row in rows():
                    copy.write_row(row)
        except driver.Error as exc:
            raise StorageError(
                f"{source.path}: the database refused the backup's records ({_first_line(exc)})"
            ) from None
        return count
    statement = f"INSERT INTO {into} VALUES ({', '.join('?' for _ in data.columns)})"
    batch: list[tuple[Any, ...]] = []
    for row in rows():
        batch.append(row)
        if len(batch) == BATCH:
            conn.exec_driver_sql(statement, batch)
            batch = []
    if batch:
        conn.exec_driver_sql(statement, batch)
    return count


def _convert(source: BackupSource, name: str, n: int, columns: list[str], converters: list, row: list) -> list:
    row = list(row)
    for i, decode in converters:
        if row[i] is not None:
            try:
                row[i] = decode(row[i])
            except (ValueError, TypeError, AttributeError, binascii.Error):
                raise InputError(
                    f"{source.path}: table {name!r} row {n}: {columns[i]} = {row[i]!r} is not valid"
                ) from None
    return row


def _decoder(kind: TypeEngine, dialect: str) -> Callable[[Any], Any] | None:
    """JSON value -> what the database stores (None: stored as it is). SQLite gets the text SQLAlchemy itself would
    write (UTC datetimes without an offset, as CURRENT_TIMESTAMP writes them), PostgreSQL gets Python values."""
    sqlite = dialect == "sqlite"
    if isinstance(kind, DateTime):
        return _sqlite_datetime if sqlite else _utc_datetime
    if isinstance(kind, Date):
        return (lambda v: date.fromisoformat(v).isoformat()) if sqlite else date.fromisoformat
    if isinstance(kind, Boolean):
        return (lambda v: int(_boolean(v))) if sqlite else _boolean
    if isinstance(kind, LargeBinary):
        return lambda v: base64.b64decode(v, validate=True)
    return None


def _utc_datetime(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


def _sqlite_datetime(value: str) -> str:
    moment = _utc_datetime(value).replace(tzinfo=None)
    return moment.isoformat(sep=" ", timespec="microseconds" if moment.microsecond else "seconds")


def _boolean(value: Any) -> bool:
    if isinstance(value, bool) or value in (0, 1):
        return bool(value)
    raise ValueError(value)


def _check_links(conn: Connection, source: BackupSource) -> None:
    """SQLite loads with foreign keys off (parents and children can come in any order): check them all now."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is not None:
        child, rowid, parent = broken[0], broken[1], broken[2]
        raise InputError(
            f"{source.path}: {child} row {rowid} refers to a missing {parent} record; nothing was restored"
        )


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL hands out ids from sequences, which the restored ids bypassed: move each past its table's ids."""
    quote = conn.dialect.identifier_preparer.quote
    for t in reflect(conn):
        keys = list(t.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        key = keys[0]
        sequence = func.pg_get_serial_sequence(quote(t.name), key.name)
        conn.execute(select(func.setval(sequence, func.coalesce(func.max(key), 0) + 1, False)).select_from(t))


def _set_aside_if_unreadable(url: str, path: Path) -> Path | None:
    """Rename a SQLite file that is not a readable database (with its -wal and -shm: a leftover WAL could otherwise
    be replayed into the restored file) so the restore can make a new one. Nothing is deleted."""
    engine = create(url)
    try:
        with engine.connect() as conn:
            inspect(conn).get_table_names()
        return None
    except OperationalError as exc:
        raise StorageError(f"{describe(url)}: cannot open database ({_first_line(exc)})") from None
    except DatabaseError:
        pass
    finally:
        engine.dispose()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.unreadable-{stamp}")
    for suffix in SQLITE_FILES:
        if Path(f"{path}{suffix}").exists():
            Path(f"{path}{suffix}").replace(f"{aside}{suffix}")
    return aside


def _remove_sqlite(path: Path) -> None:
    for suffix in SQLITE_FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__
