"""Keyboard navigation of the main window: turns, markers, 5-minute segments, go to turn.

A mixin of :class:`~rupturetool.gui.main_window.MainWindow`; where each move lands is decided by the pure
functions in :mod:`rupturetool.gui.navigation`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from rupturetool.core.timeslices import five_minute_slices
from rupturetool.gui import navigation


class NavigationMixin:
    def current_turn(self) -> int | None:
        row = self.view.current_row()
        return self.model.rows[row].turn.index if 0 <= row < len(self.model.rows) else None

    def go_to_turn(self, turn_index: int) -> None:
        row = navigation.first_row_of_turn(self.model.rows, turn_index)
        if row is not None:
            self.focus_transcript()
            self.view.select_row(row)

    def _go_row(self, row: int | None, nothing: str) -> None:
        if row is None:
            self.statusBar().showMessage(nothing, 3000)
        else:
            self.focus_transcript()
            self.view.select_row(row)

    def step_turn(self, step: int) -> None:
        self._go_row(navigation.turn_row(self.model.rows, self.view.current_row(), step), "No more turns")

    def step_marker(self, step: int) -> None:
        row = navigation.marker_row(
            self.model.rows, self.view.current_row(), step, lambda r: bool(self.model.markers_at(r))
        )
        self._go_row(row, "No further marker" if step > 0 else "No earlier marker")

    def step_slice(self, step: int) -> None:
        if self.detail is None:
            return
        slices = five_minute_slices(self.detail.turns)
        row = navigation.slice_row(self.model.rows, slices, self.view.current_row(), step)
        self._go_row(row, "No further 5-minute segment" if step > 0 else "No earlier 5-minute segment")

    def ask_turn(self) -> None:
        if not self.model.rows:
            return
        last = self.model.rows[-1].turn.index + 1
        turn, ok = QInputDialog.getInt(self, "Go to turn", f"Turn (1–{last}):", (self.current_turn() or 0) + 1, 1, last)
        if ok:
            self.go_to_turn(turn - 1)
