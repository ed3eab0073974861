"""Suggestion mode in the main window: suggestions are computed off the GUI thread (spaCy loads on first use), then
the bar steps through the pending ones; each decision is one stored, undoable Project call.

Only the NLP runs on the worker thread: it gets the session's turns (plain data) and returns plain suggestions; what
is still pending for this coder is worked out back on the GUI thread, from the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rupturetool.core.errors import RuptureToolError
from rupturetool.core.suggestions import STAGE_FAMILY, STRATEGY_FAMILY, Decision, Suggestion
from rupturetool.gui.worker import Task

if TYPE_CHECKING:
    from rupturetool.gui.main_window import MainWindow

OUTLINE = {STAGE_FAMILY: "#009E73", STRATEGY_FAMILY: "#009E73"}  # therapist-turn suggestions: bluish green


class SuggestionActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.bar = window.suggestion_bar
        self.pending: list[Suggestion] = []
        self.index = 0
        self._task: Task | None = None
        self._token = 0  # bumped whenever results already asked for stop being wanted
        self.bar.acceptRequested.connect(lambda: self.decide(Decision.ACCEPTED))
        self.bar.rejectRequested.connect(lambda: self.decide(Decision.REJECTED))
        self.bar.changeRequested.connect(lambda code: self.decide(Decision.CHANGED, code))
        self.bar.stepRequested.connect(self.step)
        self.bar.closeRequested.connect(self.leave)

    @property
    def project(self):
        return self.w.project

    @property
    def active(self) -> bool:
        return self.bar.isVisible()

    # -- entering and leaving -----------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.start()

    def start(self) -> None:
        if self.w.session_id is None or self.w.detail is None:
            self.w.statusBar().showMessage("Open a session first", 4000)
            return
        self.bar.show()
        self.bar.setFocus()
        self.refresh()

    def refresh(self) -> None:
        """(Re)compute the session's suggestions in the background; typing and coding go on meanwhile."""
        if not self.active or self.w.session_id is None or self.w.detail is None:
            return
        self._token += 1
        token, session_id, turns = self._token, self.w.session_id, self.w.detail.turns
        self.pending, self.index = [], 0
        self._show_outline(None)
        self.bar.show_busy("Finding suggestions…")
        from rupturetool.services.suggestions import all_suggestions

        coder = self.project.coder
        task = Task(lambda _state: all_suggestions(turns, coder), self.w)
        task.succeeded.connect(lambda found: self._found(token, session_id, found))
        task.failed.connect(lambda exc: self._failed(token, exc))
        task.finished.connect(task.deleteLater)
        self._task = task
        task.start()

    def _found(self, token: int, session_id: int, found: list[Suggestion]) -> None:
        if token != self._token or session_id != self.w.session_id or not self.active:
            return  # the session changed or the mode was left meanwhile
        self.pending = self.project.pending_suggestions(session_id, found)
        self.index = 0
        self._show()

    def _failed(self, token: int, exc: Exception) -> None:
        if token == self._token and self.active:
            self.bar.show_done(f"No suggestions: {exc}")

    def leave(self) -> None:
        self._token += 1
        self.pending = []
        self._show_outline(None)
        self.bar.hide()
        self.w.focus_transcript()

    def session_changed(self) -> None:
        """Another session opened (or the transcript changed): its suggestions are computed afresh."""
        if self.active:
            self.refresh()

    # -- stepping and deciding ----------------------------------------------------------------------------
    def step(self, step: int) -> None:
        if self.pending:
            self.index = (self.index + step) % len(self.pending)
            self._show()

    def decide(self, decision: Decision, code: str | None = None) -> None:
        if not self.pending or self.w.session_id is None:
            return
        suggestion = self.pending[self.index]
        if decision == Decision.CHANGED and code == suggestion.subtype:
            decision, code = Decision.ACCEPTED, None  # the digit of the suggested code itself: a plain accept
        session_id = self.w.session_id
        before = self.project.history.undo_label
        self.w.apply(lambda: self.project.decide_suggestion(session_id, suggestion, decision, code))
        if self.project.history.undo_label == before:
            return  # refused (the window said why): the suggestion stays
        del self.pending[self.index]
        if self.pending:
            self.index %= len(self.pending)
        self._show()
        self.bar.setFocus()

    def _show(self) -> None:
        if not self.pending:
            self._show_outline(None)
            self.bar.show_done("No pending suggestions in this session")
            return
        s = self.pending[self.index]
        turn = next((t for t in self.w.detail.turns if t.index == s.turn_index), None) if self.w.detail else None
        quote = " ".join(turn.text[s.start_char : s.end_char].split()) if turn else ""
        self.bar.show_suggestion(self.index + 1, len(self.pending), s, self._label(s), quote, self._choices(s))
        row = self.w.model.row_of(s.turn_index, s.segment_index)
        if row >= 0:
            self.w.view.select_row(row)
        self._show_outline(s)

    def _label(self, s: Suggestion) -> str:
        scheme = self.project.scheme
        try:
            if s.family == STRATEGY_FAMILY:
                return scheme.strategy(s.subtype).name
            if s.family == STAGE_FAMILY:
                return "therapist attends to the rupture"
            return scheme.subtype(s.subtype).name
        except RuptureToolError:
            return ""

    def _choices(self, s: Suggestion) -> list[str]:
        scheme = self.project.scheme
        if s.family == STRATEGY_FAMILY:
            return [r.code for r in scheme.strategies][:9]
        family = next((f for f in scheme.families if f.code == s.family), None)
        return [t.code for t in family.subtypes][:9] if family else []

    def _show_outline(self, s: Suggestion | None) -> None:
        delegate = self.w.view.delegate
        if s is None:
            delegate.suggestion = None
        else:
            family = next((f for f in self.project.scheme.families if f.code == s.family), None)
            color = OUTLINE.get(s.family) or (family.color if family and family.color else "#555555")
            delegate.suggestion = (s.turn_index, s.start_char, s.end_char, color)
        self.w.view.viewport().update()
