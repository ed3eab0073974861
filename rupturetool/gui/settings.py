"""Window state remembered between runs (last session and segment, zoom), kept in the data folder.

An INI file beside the database, not the platform registry: tests and portable installs (RUPTURETOOL_DATA_DIR)
stay self-contained, and nothing of the user's is written anywhere else.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings

from rupturetool.services import paths


class DatabaseSettings:
    """QSettings scoped to one database: a session id means nothing in another database."""

    def __init__(self, settings: QSettings, database: str) -> None:
        self._settings = settings
        self._prefix = "db-" + hashlib.sha256(database.encode()).hexdigest()[:16] + "/"

    def value(self, key: str):
        return self._settings.value(self._prefix + key) if key.startswith("last/") else self._settings.value(key)

    def setValue(self, key: str, value) -> None:
        self._settings.setValue(self._prefix + key if key.startswith("last/") else key, value)


def gui_settings(database: str) -> DatabaseSettings:
    """Where the coder left off is kept per database; view preferences (zoom) are shared by all."""
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return DatabaseSettings(QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat), database)


def identity_settings() -> QSettings:
    """Who is coding on this computer: the same person whatever database they open."""
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
