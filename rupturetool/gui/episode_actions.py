"""Episode work in the main window: start, propose, stages, strategies, outcome, markers, next unresolved.

Each action reads the current turn and episode from the window and calls one Project method (one undoable
command, one transaction); the window's ``apply`` shows the result and refreshes what changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog

from rupturetool.core.domain import Outcome, RuptureEpisode
from rupturetool.gui import navigation
from rupturetool.gui.episode_proposals import EpisodeProposalDialog, MarkerPickerDialog

if TYPE_CHECKING:
    from rupturetool.gui.main_window import MainWindow


class EpisodeActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        panel = window.episode_panel
        panel.stageRequested.connect(lambda ep, stage: self.mark_stage(stage, ep))
        panel.stageClearRequested.connect(lambda ep, stage: self._do(lambda: self.project.clear_stage(ep, stage)))
        panel.strategyRequested.connect(lambda ep, code: self._add_strategy(ep, code))
        panel.strategyRemoveRequested.connect(
            lambda ep, code, turn: self._do(lambda: self.project.remove_strategy(ep, code, turn))
        )
        panel.outcomeRequested.connect(lambda ep, value: self.set_outcome(value, ep))
        panel.deleteRequested.connect(lambda ep: self.delete(ep))
        panel.markersEditRequested.connect(lambda ep: self.edit_markers(ep))
        panel.jumpRequested.connect(window.go_to_turn)

    @property
    def project(self):
        return self.w.project

    def _do(self, operation) -> None:
        self.w.apply(operation)

    def _say(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 5000)

    # -- which episode ------------------------------------------------------------------------------------
    def current(self) -> RuptureEpisode | None:
        """The episode picked in the panel, else one holding a marker on the current segment."""
        picked = self.w.episode_panel.current_episode()
        if picked is not None:
            return picked
        ids = {m.id for m in self.w.model.markers_at(self.w.view.current_row())}
        return next((e for e in self.w.episodes if ids & set(e.marker_ids)), None)

    def _episode(self, episode_id: int | None) -> RuptureEpisode | None:
        if episode_id is not None:
            return next((e for e in self.w.episodes if e.id == episode_id), None)
        episode = self.current()
        if episode is None:
            self._say("No episode here: start one from a marker (Ctrl+E) or propose episodes (Ctrl+Shift+E)")
        return episode

    # -- actions ------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start an episode from the coder's markers on this segment that are not in an episode yet."""
        if self.w.session_id is None:
            return
        in_episode = {m for e in self.w.episodes for m in e.marker_ids}
        own = [
            m
            for m in self.w.model.markers_at(self.w.view.current_row())
            if m.coder == self.project.layer and m.id not in in_episode
        ]
        if not own:
            self._say("Code a marker on this segment first: an episode starts from a marker")
            return
        session_id = self.w.session_id
        self._do(lambda: self.project.create_episode(session_id, [m.id for m in own]))
        self.w.show_episode_panel()

    def propose(self) -> None:
        if self.w.session_id is None:
            return
        session_id = self.w.session_id
        by_id = {m.id: m for m in self.w.markers}
        groups = [tuple(by_id[i] for i in group if i in by_id) for group in self.project.propose_episodes(session_id)]
        texts = {m.id: self.w.marker_text(m) for group in groups for m in group}
        dialog = EpisodeProposalDialog([g for g in groups if g], self.project.scheme, self.w, texts=texts)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        accepted = dialog.accepted_groups()
        for group in accepted:  # one undoable step per episode, so a wrong one can be undone alone
            self._do(lambda g=group: self.project.create_episode(session_id, list(g)))
        if accepted:
            self._say(f"Created {len(accepted)} episode(s) · saved")
            self.w.show_episode_panel()

    def mark_stage(self, stage: int, episode_id: int | None = None) -> None:
        episode = self._episode(episode_id)
        turn = self.w.current_turn()
        if episode is not None and episode.id is not None and turn is not None:
            self._do(lambda: self.project.set_stage(episode.id, stage, turn))

    def add_strategy(self) -> None:
        episode = self._episode(None)
        if episode is None or episode.id is None:
            return
        strategies = self.project.scheme.strategies
        if not strategies:
            self._say(f"The {self.project.scheme.name} scheme has no resolution strategies")
            return
        items = [f"{s.code}  {s.name}" for s in strategies]
        choice, ok = QInputDialog.getItem(self.w, "Resolution strategy", "Strategy at this turn:", items, 0, False)
        if ok:
            self._add_strategy(episode.id, strategies[items.index(choice)].code)

    def _add_strategy(self, episode_id: int, code: str) -> None:
        turn = self.w.current_turn()
        if turn is not None:
            self._do(lambda: self.project.add_strategy(episode_id, code, turn))

    def set_outcome(self, value: str | None, episode_id: int | None = None) -> None:
        episode = self._episode(episode_id)
        if episode is not None and episode.id is not None:
            outcome = Outcome(value) if value else None
            self._do(lambda: self.project.set_outcome(episode.id, outcome))

    def delete(self, episode_id: int | None = None) -> None:
        episode = self._episode(episode_id)
        if episode is not None and episode.id is not None:
            self._do(lambda: self.project.delete_episode(episode.id))

    def edit_markers(self, episode_id: int | None = None) -> None:
        episode = self._episode(episode_id)
        if episode is None or episode.id is None:
            return
        own = [m for m in self.w.markers if m.coder == episode.coder]
        texts = {m.id: self.w.marker_text(m) for m in own}
        dialog = MarkerPickerDialog(own, self.project.scheme, episode.marker_ids, self.w, texts=texts)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = list(dialog.chosen_ids())
            self._do(lambda: self.project.set_episode_markers(episode.id, chosen))

    def next_unresolved(self, step: int = 1) -> None:
        turn = self.w.current_turn()
        marker_turns = {m.id: m.turn_index for m in self.w.markers if m.id is not None}
        episode = navigation.unresolved_episode(self.w.episodes, marker_turns, -1 if turn is None else turn, step)
        if episode is None:
            self._say("No further unresolved episode" if step > 0 else "No earlier unresolved episode")
            return
        self.w.go_to_turn(navigation.episode_turns(episode, marker_turns)[0])
        if episode.id is not None:
            self.w.episode_panel.select_episode(episode.id)
        self.w.show_episode_panel()
