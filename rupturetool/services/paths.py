"""Where rupturetool keeps its files, and which database and coder are in use."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import platformdirs

from rupturetool.core.errors import InputError

APP = "rupturetool"
DB_SETTING = "RUPTURETOOL_DB"
DATA_DIR_SETTING = "RUPTURETOOL_DATA_DIR"  # moves every file rupturetool writes (tests, portable installs)
CODER_SETTING = "RUPTURETOOL_CODER"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_SETTING)
    return Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def models_dir() -> Path:
    """Where `rupturetool train` keeps its versioned models (and suggestion mode finds them)."""
    return data_dir() / "models"


def user_schemes_dir() -> Path:
    """Where a user drops coding scheme files of their own (``*.toml``)."""
    return data_dir() / "schemes"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


def default_database_url() -> str:
    return os.environ.get(DB_SETTING) or sqlite_url(data_dir() / "rupturetool.sqlite")


def demo_database_path() -> Path:
    return data_dir() / "demo" / "rupturetool-demo.sqlite"


def default_coder() -> str:
    name = os.environ.get(CODER_SETTING)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "coder"


def samples_dir() -> Path:
    """The fictional demo caseload: in a source checkout ``samples/``; in a wheel ``rupturetool/_samples``."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_samples", package.parent / "samples"):
        if candidate.is_dir():
            return candidate
    return package.parent / "samples"


BACKUPS_SETTING = "RUPTURETOOL_BACKUPS"


def backups_to_keep() -> int:
    """How many rotating automatic backups of a local database to keep (default 10; 0 turns them off)."""
    value = os.environ.get(BACKUPS_SETTING, "10").strip()
    if not value.isdigit():
        raise InputError(f"{BACKUPS_SETTING}={value!r}: give a whole number of backups to keep (0 turns them off)")
    return int(value)
