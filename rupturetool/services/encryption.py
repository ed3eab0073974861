"""Encryption at rest of the local database (SQLCipher): where a passphrase comes from, unlocking a database for
this process, and making encrypted or plain copies (see docs/encryption.md)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from rupturetool.core.errors import InputError, StorageError
from rupturetool.storage import cipher
from rupturetool.storage.backup import sqlite_path
from rupturetool.storage.cipher import EncryptedDatabaseError

PASSPHRASE_SETTING = "RUPTURETOOL_PASSPHRASE"
MAX_PASSPHRASE_FILE = 64 * 1024  # a passphrase file is a line, not a document: refuse to read a wrong file whole

__all__ = [
    "PASSPHRASE_SETTING",
    "EncryptedDatabaseError",
    "decrypt_copy",
    "encrypt_copy",
    "is_encrypted",
    "lock",
    "passphrase_from",
    "rekey_copy",
    "unlock",
    "unlocking",
]


def passphrase_from(env: Mapping[str, str] | None = None, file: Path | None = None) -> str | None:
    """The passphrase given for this run: the first line of ``file`` when one is named, else
    ``RUPTURETOOL_PASSPHRASE`` in ``env`` (default: the process environment), else None (not encrypted, or ask)."""
    if file is not None:
        return _read_passphrase_file(file)
    env = os.environ if env is None else env
    value = env.get(PASSPHRASE_SETTING)
    if value is None:
        return None
    if not value:
        raise InputError(f"{PASSPHRASE_SETTING} is set but empty: unset it, or give the passphrase")
    cipher.check_passphrase(value)
    return value


def _read_passphrase_file(file: Path) -> str:
    try:
        if file.stat().st_size > MAX_PASSPHRASE_FILE:
            raise InputError(f"{file}: too large for a passphrase file (one line expected)")
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{file}: the passphrase file is not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{file}: cannot read the passphrase file ({exc.strerror or exc})") from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""  # only the line ending is dropped: spaces may be part of it
    if not passphrase:
        raise InputError(f"{file}: the passphrase file is empty (its first line is the passphrase)")
    cipher.check_passphrase(passphrase)
    return passphrase


def _file(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise StorageError("only a local SQLite database file can be encrypted (not PostgreSQL or :memory:)")
    return path


def unlock(url: str, passphrase: str) -> None:
    """Key every connection to the SQLite database at ``url`` with ``passphrase`` from now on (this process only);
    a file that does not exist yet is created encrypted."""
    cipher.unlock(_file(url), passphrase)


def lock(url: str) -> None:
    path = sqlite_path(url)
    if path is not None:
        cipher.lock(path)


@contextmanager
def unlocking(url: str, passphrase: str | None) -> Iterator[None]:
    """Unlock ``url`` for the block when a passphrase is given; forget it again if the block fails (a wrong
    passphrase is not kept)."""
    if passphrase is None:
        yield
        return
    unlock(url, passphrase)
    try:
        yield
    except BaseException:
        lock(url)
        raise


def is_encrypted(url: str) -> bool:
    """Whether the SQLite file at ``url`` exists and looks encrypted (no SQLite header, random-looking bytes): only
    the passphrase tells it for certain from a damaged file."""
    path = sqlite_path(url)
    return path is not None and cipher.looks_encrypted(path)


def encrypt_copy(url: str, out: Path, passphrase: str) -> int:
    """Write an encrypted copy of the plain SQLite database at ``url`` to the new file ``out``; returns the number
    of tables copied. The original is left as it is (delete it, and its automatic backups, yourself)."""
    cipher.check_passphrase(passphrase)
    return cipher.export_copy(_file(url), out, source_key=None, target_key=passphrase)


def decrypt_copy(url: str, out: Path, passphrase: str) -> int:
    """Write a plain copy of the encrypted SQLite database at ``url`` to the new file ``out``."""
    cipher.check_passphrase(passphrase)
    return cipher.export_copy(_file(url), out, source_key=passphrase, target_key=None)


def rekey_copy(url: str, out: Path, passphrase: str, new_passphrase: str) -> int:
    """Write a copy of the encrypted database at ``url`` encrypted with ``new_passphrase`` to the new file ``out``."""
    cipher.check_passphrase(passphrase)
    cipher.check_passphrase(new_passphrase)
    return cipher.export_copy(_file(url), out, source_key=passphrase, target_key=new_passphrase)
