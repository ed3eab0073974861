"""Edits of the open session other than coding: segments and text, 3RS segment codes, measures, speaker roles.

A mixin of :class:`~rupturetool.gui.main_window.MainWindow`: each edit is one undoable Project command run
through the window's ``apply``, which refreshes what the command's Change names.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from rupturetool.core.errors import RuptureToolError


class SessionEditsMixin:
    def _split_segment(self, turn_index: int, segment_index: int, at_char: int) -> None:
        if self.session_id is not None:
            sid = self.session_id
            self.apply(lambda: self.project.split_segment(sid, turn_index, segment_index, at_char))

    def _merge_segments(self, turn_index: int, segment_index: int) -> None:
        if self.session_id is not None:
            sid = self.session_id
            self.apply(lambda: self.project.merge_segments(sid, turn_index, segment_index))

    def _correct_text(self, turn_index: int, text: str) -> None:
        if self.session_id is not None:
            sid = self.session_id
            self.apply(lambda: self.project.correct_text(sid, turn_index, text))

    # -- 3RS segments and measures -----------------------------------------------------------------------
    def _rate_slice(self, slice_index: int, family: str, significance: int | None) -> None:
        if self.session_id is not None:
            session_id = self.session_id
            self.apply(lambda: self.project.rate_slice(session_id, slice_index, family, significance))

    def _tick_slice(self, slice_index: int, code: str, on: bool) -> None:
        if self.session_id is not None:
            session_id = self.session_id
            self.apply(lambda: self.project.tick_slice(session_id, slice_index, code, on))

    def _segment_turn(self, turn_index: int) -> None:
        self.go_to_turn(turn_index)

    def _measure_changed(self, name: str, value: float | None) -> None:
        if self.session_id is not None:
            session_id = self.session_id
            self.apply(lambda: self.project.set_measure(session_id, name, value))

    def edit_speakers(self) -> None:
        if self.session_id is None:
            return
        speakers = self.project.session(self.session_id).session.speakers
        dialog = self.speakers_dialog_factory(speakers, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = {label: role for label, role in dialog.roles().items() if speakers.get(label) is not role}
        if changed:
            session_id = self.session_id
            self.apply(lambda: self.project.set_speaker_roles(session_id, changed))

    def apply_ocr(self) -> None:
        self._change_text(self.project.apply_ocr_corrections, "corrected")

    def revert_corrections(self) -> None:
        self._change_text(self.project.revert_corrections, "restored to the imported text")

    def _change_text(self, operation, done: str) -> None:
        """All turns' corrections as one undoable command (the project returns how many turns changed)."""
        if self.session_id is None:
            return
        try:
            changed = operation(self.session_id)
        except RuptureToolError as exc:
            self._error(exc)
            return
        self._update_undo_actions()
        self.reload()
        self.statusBar().showMessage(f"{changed} turns {done} · saved (Ctrl+Z undoes)", 6000)
