"""The 5-minute segments are cached per session, and recomputed when the transcript changes (or is undone)."""

from __future__ import annotations

from pathlib import Path

from rupturetool.services.project import Project


def test_slices_follow_text_corrections_and_their_undo(sqlite_url: str, transcript: Path) -> None:
    project = Project(sqlite_url, coder="tester")
    try:
        session_id = project.import_transcript(transcript, "C-01").session.id
        assert len(project.five_minute_slices(session_id)) == 1  # a short untimed session
        turn = project.session(session_id).turns[0]
        project.correct_text(session_id, 0, turn.text + " and" * 1600)  # ~11 minutes of speech at 150 words/min
        assert len(project.five_minute_slices(session_id)) == 3
        project.undo()
        assert len(project.five_minute_slices(session_id)) == 1
        project.redo()
        assert len(project.five_minute_slices(session_id)) == 3
    finally:
        project.close()
