"""Open a database by SQLAlchemy URL (SQLite with WAL and foreign keys, or PostgreSQL) and migrate it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.pool import NullPool

from rupturetool.core.errors import CorruptDatabaseError, StorageError
from rupturetool.storage import cipher

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; a crash loses nothing committed
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def create(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"not a database URL: {url!r} (e.g. sqlite:///path/file.sqlite)") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = cipher.sqlite_engine(parsed, poolclass=NullPool)  # keyed when the file was unlocked
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True)
    raise StorageError(f"unsupported database {parsed.get_backend_name()!r}: use SQLite or PostgreSQL")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config(create("sqlite://"))).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _migration_engine(engine: Engine) -> Engine:
    """The engine migrations run on. For SQLite, a connection of its own that

    - turns foreign keys off: batch mode rebuilds a table by copying it and dropping the old one, and with foreign
      keys on, that drop would cascade-delete every child row (segments, markers...);
    - makes DDL transactional: pysqlite commits DDL statement by statement unless told otherwise, so a failing
      migration could leave a half-changed schema.
    """
    if engine.dialect.name != "sqlite":
        return engine
    migrating = cipher.sqlite_engine(engine.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")

    def connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")

    event.listen(migrating, "connect", connect)
    return migrating


def _migrate(engine: Engine, step) -> None:
    migrating = _migration_engine(engine)
    cfg = alembic_config(engine)
    try:
        with migrating.connect() as conn:
            cfg.attributes["connection"] = conn
            if migrating.dialect.name != "sqlite":
                with conn.begin():
                    step(cfg)
                return
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                step(cfg)
                if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise StorageError("a schema migration would break links between records; nothing was changed")
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
    finally:
        if migrating is not engine:
            migrating.dispose()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction: wholly, or not at all."""
    _migrate(engine, lambda cfg: command.upgrade(cfg, revision))


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to ``revision`` (for developers and tests), keeping the data it can hold."""
    _migrate(engine, lambda cfg: command.downgrade(cfg, revision))


def open_database(
    url: str, *, restore_hint: Callable[[str], str | None] | None = None, passphrase: str | None = None
) -> Engine:
    """Open (creating if needed) and migrate a rupturetool database; refuse anything else clearly.

    ``restore_hint(url)`` may add a sentence to the message for a corrupt database: which backup to restore and how
    (the storage layer itself knows nothing of where backups are kept). ``passphrase`` unlocks (or, for a new file,
    encrypts) a SQLite database with SQLCipher; a wrong one is forgotten again.
    """
    where = describe(url)
    keyed = _sqlite_file(url) if passphrase is not None else None
    if passphrase is not None:
        if keyed is None:
            raise StorageError(f"{where}: only a local SQLite database file can be encrypted")
        cipher.unlock(keyed, passphrase)
    try:
        return _open(url, where, restore_hint)
    except BaseException:  # a passphrase that did not open the file is not kept
        if keyed is not None:
            cipher.lock(keyed)
        raise


def _sqlite_file(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser()


def _open(url: str, where: str, restore_hint: Callable[[str], str | None] | None) -> Engine:
    engine = create(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if tables and "alembic_version" not in tables:
            raise StorageError(f"{where}: not a rupturetool database (it has other tables and no schema version)")
        current = current_revision(engine)
        script = ScriptDirectory.from_config(alembic_config(engine))
        if current is not None and not _known_revision(script, current):
            raise StorageError(f"{where}: made by a newer rupturetool (schema {current}); please upgrade rupturetool")
        if current != script.get_current_head():
            upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise StorageError(f"{where}: cannot open database ({_first_line(exc)})") from None
    except DatabaseError as exc:
        engine.dispose()
        encrypted = cipher.unreadable(where, _sqlite_file(url))
        if encrypted is not None:
            raise encrypted from None
        message = f"{where}: database file is corrupt or not a database ({_first_line(exc)})"
        raise CorruptDatabaseError(message, _hint(url, restore_hint)) from None
    return engine


def _hint(url: str, restore_hint: Callable[[str], str | None] | None) -> str:
    try:
        hint = restore_hint(url) if restore_hint else None
    except OSError:  # the hint is a courtesy: never let it hide the real problem
        hint = None
    return hint or ""


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:  # alembic raises, rather than returning None, for a revision it has never seen
        return False


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
