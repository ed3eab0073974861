"""Backups: rotating automatic copies of a local SQLite database, and whole-database backup files that restore
into SQLite or PostgreSQL (see docs/backup.md).

Automatic copies live in ``<data dir>/backups/<db-stem>-<hash>/<db-stem>-YYYYmmdd-HHMMSS.sqlite``: one folder per
database file (the hash is of its full path), so two databases that happen to share a file name never mix their
backups or rotate each other's out.
"""

from __future__ import annotations

import hashlib
import re
import shlex
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from rupturetool.core.errors import InputError, RuptureToolError, StorageError
from rupturetool.services import paths
from rupturetool.storage.backup import (
    known_revisions,
    open_backup,
    sqlite_online_backup,
    sqlite_path,
    sqlite_revision,
    write_backup_file,
)
from rupturetool.storage.engine import Engine, describe, open_database
from rupturetool.storage.restore import restore

DEFAULT_KEEP = 10
DEFAULT_INTERVAL = timedelta(hours=1)
STAMP = "%Y%m%d-%H%M%S"
ORIGIN_FILE = "database.txt"  # in each backup folder: which database its copies are of


class _HasUrl(Protocol):
    url: str


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime  # local time, from the file name
    size: int
    database: str | None  # the database file it is a copy of, when known


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    zipped: bool
    counts: dict[str, int]  # rows per table

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "zipped": self.zipped, "rows": self.counts}


@dataclass(frozen=True)
class RestoreSummary:
    path: Path
    database: str  # where it was restored to (without a password)
    kind: str  # what the file turned out to be: "zip", "json" or "sqlite"
    revision: str
    upgraded: bool
    counts: dict[str, int]
    set_aside: Path | None  # an unreadable database file that was in the way, kept under this name

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "database": self.database,
            "kind": self.kind,
            "schema_revision": self.revision,
            "upgraded": self.upgraded,
            "rows": self.counts,
            "set_aside": str(self.set_aside) if self.set_aside else None,
        }


class OpenedDatabase(NamedTuple):
    engine: Engine
    backup: Path | None  # the automatic backup taken as it was opened, if one was due
    problem: str | None  # why a due backup could not be taken (the database opened all the same)


def _url(project_or_url: _HasUrl | str | None) -> str:
    if project_or_url is None:
        return paths.default_database_url()
    return project_or_url if isinstance(project_or_url, str) else project_or_url.url


# -- rotating automatic backups -------------------------------------------------------------------------------


def backups_folder(url: str) -> Path | None:
    """Where the automatic backups of a SQLite database file go; None for PostgreSQL and in-memory databases."""
    path = sqlite_path(url)
    if path is None:
        return None
    resolved = str(path.expanduser().resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return paths.data_dir() / "backups" / f"{path.stem}-{digest}"


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(stem)}-(\d{{8}}-\d{{6}})\.sqlite")


def _backups_in(folder: Path) -> list[BackupFile]:
    """The automatic backups in one folder, newest first."""
    origin = folder / ORIGIN_FILE
    database = origin.read_text(encoding="utf-8").strip() if origin.is_file() else None
    stem = folder.name.rpartition("-")[0]
    found = []
    for file in folder.glob("*.sqlite") if folder.is_dir() else []:
        match = _pattern(stem).fullmatch(file.name)
        if match:
            try:
                size = file.stat().st_size
            except OSError:  # rotated away by another rupturetool just now
                continue
            found.append(BackupFile(file, datetime.strptime(match.group(1), STAMP), size, database))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def list_backups(project_or_url: _HasUrl | str | None = None, *, every_database: bool = False) -> list[BackupFile]:
    """Automatic backups of one database (default: the one in use), or of every database, newest first."""
    if every_database:
        root = paths.data_dir() / "backups"
        folders = [f for f in root.iterdir() if f.is_dir()] if root.is_dir() else []
        return sorted((b for f in folders for b in _backups_in(f)), key=lambda b: b.taken, reverse=True)
    folder = backups_folder(_url(project_or_url))
    return _backups_in(folder) if folder else []


def latest_backup(project_or_url: _HasUrl | str | None = None) -> Path | None:
    """The newest automatic backup of a SQLite database, if it has one."""
    found = list_backups(project_or_url)
    return found[0].path if found else None


def restore_hint(url: str) -> str | None:
    """For a corrupt database's message: its newest automatic backup and the command that restores it."""
    backup = latest_backup(url)
    if backup is None:
        return None
    command = f"rupturetool restore {_quoted(backup)}"
    if url != paths.default_database_url():
        command += f" --db {_quoted(url)}"
    return f"Latest backup: {backup} — restore it with `{command}`"


def _quoted(value: object) -> str:
    return shlex.quote(str(value))


def automatic_backup(
    project_or_url: _HasUrl | str | None = None,
    *,
    keep: int = DEFAULT_KEEP,
    min_interval: timedelta = DEFAULT_INTERVAL,
    now: datetime | None = None,
) -> Path | None:
    """Copy a local SQLite database into its backups folder, at most once per ``min_interval``, keeping the newest
    ``keep`` copies. Returns the new copy, or None when none was due (or the database is not a local file)."""
    if keep < 1:
        raise InputError(f"keep {keep} backups? At least 1")
    url = _url(project_or_url)
    folder = backups_folder(url)
    database = sqlite_path(url)
    if folder is None or database is None or not database.is_file():
        return None
    now = now or datetime.now()
    existing = _backups_in(folder)
    if existing and timedelta(0) <= now - existing[0].taken < min_interval:
        return None
    target = folder / f"{database.stem}-{now.strftime(STAMP)}.sqlite"
    if target.exists():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        (folder / ORIGIN_FILE).write_text(f"{database.resolve()}\n", encoding="utf-8")
        sqlite_online_backup(database, target)
        for old in _backups_in(folder)[keep:]:
            old.path.unlink(missing_ok=True)
    except OSError as exc:
        raise StorageError(f"{folder}: cannot keep backups there ({exc.strerror or exc})") from None
    return target


def open_with_backups(url: str, *, keep: int = DEFAULT_KEEP, min_interval: timedelta = DEFAULT_INTERVAL):
    """Open (and migrate) a database the way the app should: a SQLite file made by an older rupturetool is copied
    before its schema is upgraded; a corrupt one is refused with the latest backup named; then a rotating backup
    is taken if one is due. A backup that cannot be taken does not stop the work: it is reported in ``problem``."""
    if keep == 0:  # automatic backups turned off (RUPTURETOOL_BACKUPS=0)
        return OpenedDatabase(open_database(url, restore_hint=restore_hint), None, None)
    path = sqlite_path(url)
    existed = path is not None and path.is_file()
    backup = problem = None
    if existed and (revision := sqlite_revision(path)) in known_revisions()[:-1]:  # an older schema
        try:  # whatever the interval: this is the last copy the older rupturetool can read
            backup = automatic_backup(url, keep=keep, min_interval=timedelta(0))
        except RuptureToolError as exc:
            problem = f"no backup before upgrading the schema from {revision}: {exc}"
    engine = open_database(url, restore_hint=restore_hint)
    if existed and backup is None and problem is None:  # a database just created holds nothing to back up
        try:
            backup = automatic_backup(url, keep=keep, min_interval=min_interval)
        except RuptureToolError as exc:
            problem = f"automatic backup failed: {exc}"
    return OpenedDatabase(engine, backup, problem)


# -- backup files ---------------------------------------------------------------------------------------------


def backup_to_file(project_or_url: _HasUrl | str | None, out: Path, *, zipped: bool | None = None) -> BackupSummary:
    """Write the whole database to ``out``: a zip holding backup.json unless ``zipped`` is False, or, when it is
    None, the name ends in ``.json``. The file holds verbatim transcripts: keep it as safe as the database."""
    if zipped is None:
        zipped = out.suffix.lower() != ".json"
    engine = getattr(project_or_url, "engine", None)
    opened = None
    if engine is None:
        engine = opened = open_database(_url(project_or_url), restore_hint=restore_hint)
    try:
        counts = write_backup_file(engine, out, zipped=zipped, source=describe(str(engine.url)))
    finally:
        if opened is not None:
            opened.dispose()
    return BackupSummary(out, zipped, counts)


def restore_from_file(path: Path, url: str | None = None, *, replace: bool = False) -> RestoreSummary:
    """Restore a backup file (zip, JSON, or an automatic SQLite copy: recognised by content) into the database at
    ``url`` (default: the one in use). It must be empty unless ``replace``; one transaction, ids kept."""
    url = url or paths.default_database_url()
    with open_backup(path) as source:
        result = restore(source, url, replace=replace)
        return RestoreSummary(
            path, describe(url), source.kind, result.revision, result.upgraded, result.counts, result.set_aside
        )
