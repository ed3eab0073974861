"""Who sees what on a shared PostgreSQL database: setting up row-level security, logins for coders, therapists,
supervisions and grants (see docs/access-control.md). The database is opened as its administrator (the owner).

SQLite has no logins: these functions refuse it in one line, without creating or touching the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from rupturetool.core.domain import CoderRole
from rupturetool.core.errors import InputError, StorageError
from rupturetool.storage import access
from rupturetool.storage.access import DEFAULT_PREFIX, AccessUser
from rupturetool.storage.engine import Engine, open_database

MAX_PASSWORD_FILE = 4096  # one line is expected: refuse to read a wrong (large) file whole

__all__ = [
    "AccessUser",
    "add_user",
    "assign",
    "default_login",
    "drop_user",
    "grant",
    "init",
    "password_from_file",
    "supervise",
    "users",
]

T = TypeVar("T")


def _check_server(url: str) -> None:
    if not url.split(":", 1)[0].split("+", 1)[0] == "postgresql":
        raise StorageError(access.NO_ROLES)


@contextmanager
def _database(url: str) -> Iterator[Engine]:
    _check_server(url)
    engine = open_database(url)
    try:
        yield engine
    finally:
        engine.dispose()


def _run(url: str, step: Callable[[Engine], T]) -> T:
    with _database(url) as engine:
        return step(engine)


def init(url: str, *, prefix: str = DEFAULT_PREFIX) -> None:
    """Group roles, privileges, row-level security and triggers on the database (idempotent: run it again after
    an upgrade)."""
    _run(url, lambda engine: access.install(engine, prefix=prefix))


def default_login(name: str) -> str:
    """A PostgreSQL login name made from a coder's name: "Dr. Ann Lee" -> "dr_ann_lee"."""
    login = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:63]
    if not login:
        raise InputError(f"cannot make a login name from {name!r}: give --login")
    return login if not login[0].isdigit() else f"u_{login}"[:63]


def password_from_file(path: Path) -> str:
    """The first line of ``path`` (the line ending dropped, spaces kept)."""
    try:
        if path.stat().st_size > MAX_PASSWORD_FILE:
            raise InputError(f"{path}: too large for a password file (one line expected)")
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(f"{path}: the password file is not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the password file ({exc.strerror or exc})") from None
    if not lines or not lines[0]:
        raise InputError(f"{path}: the password file is empty (its first line is the password)")
    return lines[0]


def add_user(url: str, name: str, role: CoderRole | str, *, login: str | None = None, password: str | None) -> str:
    """A login for coder ``name`` in ``role``; returns the login's name. ``password`` None: a login that
    authenticates some other way (certificate, peer)."""
    name = name.strip()
    if not name:
        raise InputError("a coder needs a name")
    try:
        wanted = CoderRole(role)
    except ValueError:
        raise InputError(f"role {role!r}: use one of {', '.join(r.value for r in CoderRole)}") from None
    chosen = login or default_login(name)
    _run(url, lambda engine: access.add_user(engine, name, wanted, chosen, password))
    return chosen


def drop_user(url: str, login: str) -> str | None:
    return _run(url, lambda engine: access.drop_user(engine, login))


def assign(url: str, client: str, therapist: str) -> None:
    _run(url, lambda engine: access.assign_therapist(engine, client, therapist))


def supervise(url: str, supervisor: str, supervisee: str, *, stop: bool = False) -> None:
    _run(url, lambda engine: access.supervise(engine, supervisor, supervisee, stop=stop))


def grant(url: str, client: str, coder: str, *, revoke: bool = False) -> None:
    _run(url, lambda engine: access.grant(engine, client, coder, revoke=revoke))


def users(url: str) -> list[AccessUser]:
    return _run(url, access.users)
