"""Open a database by SQLAlchemy URL (SQLite with WAL and foreign keys, or PostgreSQL) and migrate it."""

from __future__ import annotations

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

from rupturetool.core.errors import StorageError

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
        engine = create_engine(parsed, poolclass=NullPool)
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


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` inside one transaction (PostgreSQL and SQLite both roll back DDL)."""
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(url: str) -> Engine:
    """Open (creating if needed) and migrate a rupturetool database; refuse anything else clearly."""
    engine = create(url)
    where = describe(url)
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
        raise StorageError(f"{where}: database file is corrupt or not a database ({_first_line(exc)})") from None
    return engine


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:  # alembic raises, rather than returning None, for a revision it has never seen
        return False


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
