"""Whole-database backups: consistent SQLite file copies, and a logical JSON dump any rupturetool database can be
restored from (see docs/backup.md for the format; restoring is in ``storage/restore.py``).

A backup holds everything, verbatim transcripts included: it is as sensitive as the database itself, so every file
written here is readable by its owner only.
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool
from sqlalchemy.sql import sqltypes

from rupturetool import __version__
from rupturetool.core.errors import InputError, StorageError
from rupturetool.storage import cipher
from rupturetool.storage.engine import alembic_config, create, describe

FORMAT = "rupturetool-backup"
FORMAT_VERSION = 1
JSON_MEMBER = "backup.json"
ZIP_MAGIC = b"PK\x03\x04"
SQLITE_MAGIC = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"
BATCH = 1000
ZIP_LEVEL = 3  # transcripts compress ~6x at any level; higher levels only cost time


# -- SQLite file copies ---------------------------------------------------------------------------------------


def sqlite_path(source: Engine | str | Path) -> Path | None:
    """The file behind a SQLite engine, URL or path; None for PostgreSQL or an in-memory database."""
    if isinstance(source, Path):
        return source
    url = source.url if isinstance(source, Engine) else make_url(source)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser()


def private_file(path: Path) -> None:
    """Create an empty file only its owner can read: backups hold verbatim transcripts."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))


def _connect_existing(path: Path) -> sqlite3.Connection:
    """Connect without creating the file when it is missing (plain sqlite3.connect would); keyed with SQLCipher when
    the file was unlocked (see storage/cipher.py)."""
    return cipher.connect(f"file:{quote(str(path.resolve()))}?mode=rw", uri=True)


def sqlite_online_backup(source: Engine | str | Path, target: Path) -> Path:
    """Copy a SQLite database to ``target`` with SQLite's online backup API: a consistent snapshot of what is
    committed, even while the app has the database open and another connection is writing.

    The copy is a self-contained file (no -wal), checked with ``PRAGMA quick_check`` and moved into place only when
    sound, so a damaged database never replaces a good backup. The copy of an encrypted database is encrypted with
    the same passphrase (SQLCipher's backup copies pages between two connections keyed alike).
    """
    path = sqlite_path(source)
    if path is None:
        raise StorageError(f"{source}: only a SQLite database file can be copied this way")
    if not path.is_file():
        raise StorageError(f"{path}: no such database file")
    part = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        private_file(part)
        src = _connect_existing(path)
        dst = cipher.connect(part, cipher.key_for(path))
        try:
            src.execute("PRAGMA busy_timeout=5000")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # the copy is one file, whatever mode the original uses
            check = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if check != "ok":
            raise StorageError(f"{path}: the copy failed its integrity check ({check}); the database may be damaged")
        os.replace(part, target)
    except cipher.db_errors() as exc:
        raise StorageError(f"{path}: cannot copy the database ({exc})") from None
    except OSError as exc:
        raise StorageError(f"{target}: cannot write the backup ({exc.strerror or exc})") from None
    finally:
        with suppress(OSError):
            part.unlink(missing_ok=True)
    return target


def sqlite_revision(path: Path) -> str | None:
    """The schema revision stamped in a SQLite file, or None when it is missing, unreadable or not versioned."""
    try:
        conn = _connect_existing(path)
        try:
            row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        finally:
            conn.close()
    except cipher.db_errors():
        return None
    return row[0] if row else None


# -- values ---------------------------------------------------------------------------------------------------


def encode(value: Any) -> Any:
    """A stored value as JSON: datetimes as UTC ISO 8601, dates ISO, bytes base64; the rest as is."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:  # SQLite keeps CURRENT_TIMESTAMP, which is UTC, without an offset
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"cannot store {type(value).__name__} in a backup")


# Column types whose values are JSON as they come from the database.
_PLAIN = (sqltypes.Integer, sqltypes.String, sqltypes.Float, sqltypes.Boolean)


def reflect(conn: Connection) -> list[Table]:
    """The database's own tables (not the schema version), parents before children."""
    metadata = MetaData()
    metadata.reflect(bind=conn)
    return [t for t in metadata.sorted_tables if t.name != VERSION_TABLE]


def _revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> list[str]:
    """Every schema revision this rupturetool knows, oldest first."""
    script = ScriptDirectory.from_config(alembic_config(create("sqlite://")))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def check_revision(revision: str | None, where: str) -> str:
    if revision is None:
        raise InputError(f"{where}: not a rupturetool backup (no schema revision)")
    if revision not in known_revisions():
        raise StorageError(f"{where}: made by a newer rupturetool (schema {revision}); please upgrade rupturetool")
    return revision


# -- writing a logical backup ---------------------------------------------------------------------------------


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A read transaction that sees one consistent state of the whole database while others keep writing."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN")  # pysqlite would otherwise read each table in a transaction of its own
        else:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        try:
            yield conn
        finally:
            conn.rollback()


def write_backup(engine: Engine, out: IO[str], *, source: str | None = None) -> dict[str, int]:
    """Stream every table of ``engine`` to ``out`` as rupturetool-backup JSON, one row per line; returns row counts.

    Rows are written as they are read (``yield_per``): a large caseload is never held in memory as one string.
    """
    counts: dict[str, int] = {}
    with snapshot(engine) as conn:
        revision = check_revision(_revision(conn), describe(str(engine.url)))
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_revision": revision,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "source": source if source is not None else engine.url.render_as_string(hide_password=True),
            "rupturetool_version": __version__,
        }
        out.write("{\n")
        for key, value in header.items():
            out.write(f"{_json(key)}: {_json(value)},\n")
        out.write('"tables": {')
        for number, table in enumerate(reflect(conn)):
            out.write(f"{',' if number else ''}\n{_json(table.name)}: ")
            out.write(f'{{"columns": {_json([c.name for c in table.columns])}, "rows": [')
            n = 0
            for rows in _encoded_rows(conn, table):
                out.write(("," if n else "") + ",".join(f"\n{_json(row)}" for row in rows))
                n += len(rows)
            out.write("\n]}")
            counts[table.name] = n
        out.write("\n}\n}\n")
    return counts


_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def _encoded_rows(conn: Connection, table: Table) -> Iterator[list[list[Any]]]:
    """A table's rows in id order, as lists of JSON values, a batch at a time."""
    convert = [i for i, c in enumerate(table.columns) if not isinstance(c.type, _PLAIN)]
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for partition in result.partitions():
        batch = [list(row) for row in partition]
        for row in batch:
            for i in convert:
                row[i] = encode(row[i])
        yield batch


def write_backup_file(engine: Engine, out: Path, *, zipped: bool, source: str | None = None) -> dict[str, int]:
    """Write a backup file (a zip holding ``backup.json``, or plain JSON): all of it, or nothing."""
    part = out.with_name(f"{out.name}.{os.getpid()}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        private_file(part)
        with open(part, "r+b") as raw:
            if zipped:
                with (
                    zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as archive,
                    archive.open(JSON_MEMBER, "w", force_zip64=True) as member,
                    io.TextIOWrapper(member, encoding="utf-8", newline="\n") as text,
                ):
                    counts = write_backup(engine, text, source=source)
            else:
                with io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as text:
                    counts = write_backup(engine, text, source=source)
                    text.flush()
                    os.fsync(raw.fileno())
        os.replace(part, out)
    except OSError as exc:
        raise StorageError(f"{out}: cannot write the backup ({exc.strerror or exc})") from None
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot read the database for the backup ({_first_line(exc)})") from None
    finally:
        with suppress(OSError):
            part.unlink(missing_ok=True)
    return counts


# -- reading a backup, whatever its name ----------------------------------------------------------------------


@dataclass
class BackupTable:
    name: str
    columns: list[str]
    rows: Iterable[list[Any]]  # JSON-able values, as ``encode`` makes them


@dataclass
class BackupSource:
    """A backup opened for restoring: its header and its tables' rows, from JSON or a SQLite copy."""

    path: Path
    kind: str  # "zip", "json" or "sqlite"
    revision: str
    created_at: str | None = None
    source: str | None = None
    _tables: dict[str, Any] = field(default_factory=dict, repr=False)
    _conn: Connection | None = field(default=None, repr=False)

    def table_names(self) -> list[str]:
        return list(self._tables)

    def table(self, name: str) -> BackupTable:
        spec = self._tables[name]
        if isinstance(spec, Table):
            assert self._conn is not None
            rows = (row for batch in _encoded_rows(self._conn, spec) for row in batch)
            return BackupTable(name, [c.name for c in spec.columns], rows)
        return BackupTable(name, spec["columns"], spec["rows"])


def _not_a_backup(path: Path, why: str) -> InputError:
    return InputError(f"{path}: not a rupturetool backup ({why})")


def sniff(path: Path) -> str:
    """What a file is, from its first bytes: "zip", "json" or "sqlite"; anything else is refused in one line."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        return "json"
    raise _not_a_backup(path, "neither a zip, JSON nor SQLite file" if head else "the file is empty")


@contextmanager
def open_backup(path: Path) -> Iterator[BackupSource]:
    """Open a backup file recognised by its content (not its name) for restoring."""
    kind = sniff(path)
    if kind == "sqlite":
        with _open_sqlite_copy(path) as source:
            yield source
        return
    doc = _read_zip(path) if kind == "zip" else _read_json_file(path)
    yield _from_document(path, kind, doc)


def _read_json_file(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8-sig") as f:
            return json.load(f)
    except UnicodeDecodeError:
        raise _not_a_backup(path, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _not_a_backup(path, f"broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _read_zip(path: Path) -> Any:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            member = JSON_MEMBER if JSON_MEMBER in names else None
            if member is None:
                candidates = [n for n in names if n.lower().endswith(".json")]
                if len(candidates) != 1:
                    raise _not_a_backup(path, f"a zip without {JSON_MEMBER}")
                member = candidates[0]
            with archive.open(member) as raw:
                return json.load(io.TextIOWrapper(raw, encoding="utf-8-sig"))
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _not_a_backup(path, f"damaged or truncated zip: {exc}") from None
    except UnicodeDecodeError:
        raise _not_a_backup(path, f"{JSON_MEMBER} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _not_a_backup(path, f"broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _from_document(path: Path, kind: str, doc: Any) -> BackupSource:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _not_a_backup(path, f'no "format": "{FORMAT}" in it')
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _not_a_backup(path, "no format_version")
    if version > FORMAT_VERSION:
        raise StorageError(f"{path}: made by a newer rupturetool (backup format {version}); please upgrade rupturetool")
    revision = doc.get("schema_revision")
    check_revision(revision if isinstance(revision, str) else None, str(path))
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise _not_a_backup(path, "no tables")
    for name, spec in tables.items():
        ok = isinstance(spec, dict) and isinstance(spec.get("columns"), list) and isinstance(spec.get("rows"), list)
        if not ok or not all(isinstance(c, str) for c in spec["columns"]):
            raise InputError(f"{path}: table {name!r} needs a list of column names and a list of rows")
    return BackupSource(path, kind, revision, doc.get("created_at"), doc.get("source"), _tables=tables)


@contextmanager
def _open_sqlite_copy(path: Path) -> Iterator[BackupSource]:
    """Read a SQLite backup through a private copy, so the backup file itself is never changed (or -wal'd)."""
    with tempfile.TemporaryDirectory(prefix="rupturetool-restore-") as folder:
        copy = Path(folder) / "backup.sqlite"
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        engine = create_engine(f"sqlite:///{copy}", poolclass=NullPool)
        try:
            with engine.connect() as conn:
                try:
                    tables = reflect(conn)
                    revision = _revision(conn)
                except SQLAlchemyError as exc:
                    raise _not_a_backup(path, f"unreadable SQLite file: {_first_line(exc)}") from None
                if revision is None:
                    raise _not_a_backup(path, "a SQLite file without a rupturetool schema")
                check_revision(revision, str(path))
                yield BackupSource(path, "sqlite", revision, _tables={t.name: t for t in tables}, _conn=conn)
        finally:
            engine.dispose()


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__
