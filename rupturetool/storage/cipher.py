"""Encryption at rest of local SQLite databases with SQLCipher (see docs/encryption.md).

The URL stays a plain ``sqlite:///…``: the passphrase never goes into a URL (where messages and logs could show it).
Instead a database file is *unlocked* for this process (``unlock(path, passphrase)``), and every connection this
package opens to that file — the app's engine, the migrations' own connection, online backups, restores — is a
SQLCipher connection keyed with it. Files that were not unlocked are opened with the standard ``sqlite3`` module, so
plain databases never depend on SQLCipher.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import zlib
from contextlib import suppress
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from rupturetool.core.errors import InputError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every plain SQLite file; SQLCipher's are random salt
KDF_ITERATIONS = 256_000  # SQLCipher 4's default
_keys: dict[str, str] = {}  # resolved file path -> passphrase, for the life of the process
_derived: dict[tuple[str, bytes, str], str | None] = {}  # (file, salt, passphrase) -> raw key, see derived_key


class EncryptedDatabaseError(StorageError):
    """The file is (or may be) encrypted and the passphrase is missing or wrong: ask for it, do not offer a restore."""


def _where(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


def unlock(path: str | Path, passphrase: str) -> None:
    """Use ``passphrase`` for every connection to the database file ``path`` from now on (in this process)."""
    check_passphrase(passphrase)
    _keys[_where(path)] = passphrase


def lock(path: str | Path) -> None:
    """Forget the passphrase of ``path`` (engines already open keep working)."""
    where = _where(path)
    _keys.pop(where, None)
    for derived in [d for d in _derived if d[0] == where]:
        del _derived[derived]


def forget_all() -> None:
    """Forget every passphrase (tests; a process that is done with its databases)."""
    _keys.clear()
    _derived.clear()


def key_for(path: str | Path | None) -> str | None:
    if not path or str(path) == ":memory:":
        return None
    return _keys.get(_where(path))


def check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise InputError("the passphrase is empty")
    if "\x00" in passphrase:
        raise InputError("the passphrase contains a NUL character")


def sqlcipher() -> ModuleType:
    """The SQLCipher DB-API module (imported only when an encrypted database is used)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        message = f"encrypted databases need the sqlcipher3-binary package, which cannot be imported ({exc})"
        raise StorageError(message) from None
    return dbapi2


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"  # SQL string literal: PRAGMA key takes no bound parameters


def apply_key(dbapi_connection: Any, passphrase: str, path: str | Path | None = None) -> None:
    """Key a fresh SQLCipher connection; must be its first statement. SQLCipher's own stderr logging (which would
    print 'hmac check failed' lines under our one-line message) is silenced first. With the file's ``path``, the
    key derived once for it is used (see derived_key)."""
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
    key = derived_key(Path(path), passphrase) if path else None
    dbapi_connection.execute(f"PRAGMA key = {_literal(key or passphrase)}")


def derived_key(path: Path, passphrase: str) -> str | None:
    """SQLCipher derives the key from the passphrase anew for every connection (PBKDF2, 256,000 rounds: ~0.3 s), and
    the engine opens a connection per transaction. So derive it once per file, as SQLCipher 4 does (PBKDF2-HMAC-SHA512
    over the file's 16-byte salt), check it opens the file, and give connections the raw key ``x'…'``. None: use
    the passphrase (a file not created yet, or one whose settings differ from SQLCipher 4's defaults)."""
    salt = _salt(path)
    if salt is None:
        return None
    where = (_where(path), salt, passphrase)
    if where not in _derived:
        raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
        key = f"x'{raw.hex().upper()}'"
        _derived[where] = key if _opens(path, key) else None
    return _derived[where]


def _salt(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return None
    return head if len(head) == 16 and head != SQLITE_HEADER else None


def _opens(path: Path, key: str) -> bool:
    dbapi = sqlcipher()
    conn = dbapi.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_literal(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi.Error:
        return False
    finally:
        conn.close()


def connect(database: str | Path, passphrase: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to a SQLite file: SQLCipher keyed with ``passphrase`` (default: the file's unlocked
    passphrase), or plain ``sqlite3`` when there is none. ``database`` may be a ``file:`` URI with ``uri=True``."""
    if passphrase is None:
        passphrase = key_for(_path_of(database))
    if passphrase is None:
        return sqlite3.connect(database, **kwargs)
    conn = sqlcipher().connect(str(database), **kwargs)
    apply_key(conn, passphrase, _path_of(database))
    return conn


def _path_of(database: str | Path) -> str | None:
    text = str(database)
    if text.startswith("file:"):
        return unquote(text[5:].partition("?")[0])
    return text


def db_errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes of both modules (they share no base class)."""
    try:
        return (sqlite3.Error, sqlcipher().Error)
    except StorageError:
        return (sqlite3.Error,)


def sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    """A SQLAlchemy engine for a SQLite URL, keyed when its file was unlocked (the key is fixed at creation)."""
    passphrase = key_for(url.database)
    if passphrase is None:
        return create_engine(url, **kwargs)
    dbapi = sqlcipher()
    engine = create_engine(url, module=dbapi, **kwargs)

    def keyed_connect(_dialect, _record, cargs, cparams):
        conn = dbapi.connect(*cargs, **cparams)
        apply_key(conn, passphrase, url.database)
        return conn

    event.listen(engine, "do_connect", keyed_connect)
    return engine


def looks_plain(path: Path) -> bool | None:
    """True when the file starts with the SQLite header, False when it has another (e.g. SQLCipher's salt), None when
    it is missing or empty."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError:
        return None
    return None if not head else head == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """Whether the file looks like SQLCipher's: no SQLite header, whole pages, and a first page that does not
    compress (ciphertext is indistinguishable from random; a damaged plain file, or some other file, has a header,
    zeros, text or patterns instead)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    pages = size >= 512 and size % 512 == 0  # page sizes are powers of two from 512 bytes
    random = len(zlib.compress(head)) >= 0.95 * len(head)
    return pages and random and not head.startswith(SQLITE_HEADER)


def unreadable(where: str, path: Path | None) -> StorageError | None:
    """The error for a SQLite file SQLite calls "not a database", when encryption explains it; else None."""
    if path is None:
        return None
    plain = looks_plain(path)
    if key_for(path) is not None:
        if plain:
            return StorageError(
                f"{where}: this database is not encrypted — open it without a passphrase "
                "(or make an encrypted copy with `rupturetool encrypt`)"
            )
        return EncryptedDatabaseError(f"{where}: encrypted database — wrong passphrase or not a database")
    if looks_encrypted(path):
        return EncryptedDatabaseError(
            f"{where}: encrypted database — wrong or missing passphrase (the file is not plain SQLite: if it is "
            "encrypted, give its passphrase with --passphrase-file or RUPTURETOOL_PASSPHRASE, or type it when the app "
            "asks; if it is not, it is damaged)"
        )
    return None


def export_copy(source: Path, target: Path, *, source_key: str | None, target_key: str | None) -> int:
    """Copy the database ``source`` (keyed with ``source_key``, or plain) into a new file ``target`` (encrypted with
    ``target_key``, or plain) with ``sqlcipher_export``; returns the number of tables copied. The copy is checked
    and moved into place only when sound; ``source`` is never changed."""
    if target.exists():
        raise InputError(f"{target}: already exists; choose a new file name")
    plain = looks_plain(source)
    if plain is None:
        raise InputError(f"{source}: no such database file (or it is empty)")
    if source_key is None and not plain:
        raise EncryptedDatabaseError(f"{source}: encrypted database — give its passphrase to read it")
    if source_key is not None and plain:
        raise InputError(f"{source}: this database is not encrypted (no passphrase needed to read it)")
    dbapi = sqlcipher()
    part = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _private_file(part)
        src = dbapi.connect(f"file:{quote(str(source.resolve()))}?mode=rw", uri=True)
        try:
            if source_key is None:
                src.execute("PRAGMA cipher_log_level = NONE")
            else:
                apply_key(src, source_key)
            try:
                tables = src.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            except dbapi.DatabaseError:
                what = "wrong passphrase or not a database" if source_key else "not a database"
                raise StorageError(f"{source}: cannot read it ({what})") from None
            version = src.execute("PRAGMA user_version").fetchone()[0]
            src.execute("ATTACH DATABASE ? AS export KEY ?", (str(part), target_key or ""))
            src.execute("SELECT sqlcipher_export('export')")
            src.execute(f"PRAGMA export.user_version = {int(version)}")
            src.execute("DETACH DATABASE export")
        finally:
            src.close()
        _check_copy(part, target_key, tables, source)
        os.replace(part, target)
    except dbapi.Error as exc:
        raise StorageError(f"{source}: cannot copy the database ({exc})") from None
    except OSError as exc:
        raise StorageError(f"{target}: cannot write ({exc.strerror or exc})") from None
    finally:
        with suppress(OSError):
            part.unlink(missing_ok=True)
    return tables


def _check_copy(part: Path, key: str | None, tables: int, source: Path) -> None:
    conn = sqlcipher().connect(str(part))
    try:
        if key is None:
            conn.execute("PRAGMA cipher_log_level = NONE")
        else:
            apply_key(conn, key)
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        copied = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    finally:
        conn.close()
    if check != "ok" or copied != tables:
        raise StorageError(f"{source}: the copy failed its check ({check}, {copied} of {tables} tables)")


def _private_file(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
