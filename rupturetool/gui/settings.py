"""Window state remembered between runs (last session and segment, zoom), kept in the data folder.

An INI file beside the database, not the platform registry: tests and portable installs (RUPTURETOOL_DATA_DIR)
stay self-contained, and nothing of the user's is written anywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from rupturetool.services import paths


def gui_settings() -> QSettings:
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
