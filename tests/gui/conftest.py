"""GUI fixtures: a main window on a temporary database holding one imported session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rupturetool.gui.main_window import MainWindow
from rupturetool.services.project import Project


@pytest.fixture
def gui_db(tmp_path: Path, transcript: Path) -> str:
    url = f"sqlite:///{tmp_path / 'gui.sqlite'}"
    project = Project(url, coder="tester")
    project.import_transcript(transcript, "GUI-01")
    project.close()
    return url


@pytest.fixture
def window(qtbot, gui_db: str) -> Iterator[MainWindow]:
    win = MainWindow(Project(gui_db, coder="tester"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
