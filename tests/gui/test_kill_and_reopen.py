"""No Save button: an action is stored when it is acknowledged, so SIGKILL right after it loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from rupturetool.services.project import Project

CHILD = Path(__file__).parent / "crash_child.py"


def act_then_kill(db_url: str, *keys: str) -> str:
    root = str(Path(__file__).resolve().parents[2])  # the tree under test, not an installed copy
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": root}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), db_url, *keys], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the child acknowledged the action
        assert line.startswith("ACK"), child.stderr.read() if child.stderr else line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL  # killed, never a clean shutdown
    return line


def stored_markers(db_url: str) -> list:
    project = Project(db_url, coder="tester")
    try:
        session = project.sessions()[0]
        return project.markers(session.id)
    finally:
        project.close()


def test_a_coded_marker_survives_sigkill_and_so_does_its_undo(gui_db: str) -> None:
    line = act_then_kill(gui_db, "Down", "W", "1")
    assert "saved" in line
    markers = stored_markers(gui_db)
    assert [(m.subtype, m.turn_index) for m in markers] == [("W1", markers[0].turn_index)]

    act_then_kill(gui_db, "Ctrl+Z")  # a new process: undo history is per run, so this undoes nothing...
    assert len(stored_markers(gui_db)) == 1  # ...and the marker is still there

    act_then_kill(gui_db, "Down", "Down", "C", "2", "Ctrl+Z", "Ctrl+Shift+Z", "W", "3", "Ctrl+Z")
    assert sorted(m.subtype for m in stored_markers(gui_db)) == ["C2", "W1"]


def test_an_episode_and_a_measure_survive_sigkill(gui_db: str) -> None:
    # Code a segment, start an episode from it, then type a measure and confirm it with Enter: all acknowledged.
    act_then_kill(gui_db, "Down", "C", "5", "Ctrl+E", "Ctrl+M", "7", "Return")
    project = Project(gui_db, coder="tester")
    try:
        session_id = project.sessions()[0].id
        episodes = project.episodes(session_id)
        assert [(e.family, len(e.marker_ids)) for e in episodes] == [("confrontation", 1)]
        assert [(m.name, m.value) for m in project.measures(session_id)] == [("client_scaling", 7.0)]
    finally:
        project.close()
