"""Suggestions on the Project facade: compute them for a session, and accept / reject / change them (undoable).

``SuggestionsMixin`` expects the Project's attributes (``repo``, ``layer``, ``session``, ``markers``, ``episodes``,
``new_marker``, ``apply``, ``visible_coders``); the Project class lists it among its bases.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rupturetool.core.commands import Change
from rupturetool.core.domain import Actor, Turn
from rupturetool.core.errors import InputError
from rupturetool.core.review import check_visible, only_visible
from rupturetool.core.suggestion_commands import DecideSuggestion, SuggestionDecision, decision_record
from rupturetool.core.suggestions import STRATEGY_FAMILY, Decision, Suggestion
from rupturetool.nlp import suggest_patterns
from rupturetool.services import paths

if TYPE_CHECKING:
    from rupturetool.services.project import Project


def user_patterns_dir() -> Path:
    """Where a user drops suggestion pattern files of their own (``*.jsonl``, the shipped format)."""
    return paths.data_dir() / "patterns"


def user_pattern_files() -> list[Path]:
    return suggest_patterns.user_pattern_files(user_patterns_dir())


def rule_suggestions(turns: tuple[Turn, ...] | list[Turn]) -> list[Suggestion]:
    """The rule suggester over ``turns`` with the shipped patterns and the user's own."""
    from rupturetool.nlp.rule_suggester import suggest  # spaCy loads on first use, not when the app starts

    return suggest(turns, extra_pattern_files=user_pattern_files())


@functools.cache
def _model_suggester(path: Path, stamp: float):
    from rupturetool.nlp.textcat_suggester import load_suggester

    return load_suggester(path)


def model_suggestions(turns: Sequence[Turn], coder: str | None = None) -> list[Suggestion]:
    """The trained classifier's suggestions (the coder's latest model, else anyone's latest); none without one."""
    from rupturetool.nlp.textcat_suggester import latest_model

    path = latest_model(paths.models_dir(), coder) or latest_model(paths.models_dir())
    if path is None:
        return []
    return _model_suggester(path, path.stat().st_mtime)(turns)


def all_suggestions(turns: Sequence[Turn], coder: str | None = None) -> list[Suggestion]:
    """The rules' suggestions and, next to them, the trained model's. Where both suggest the same code on the same
    segment the rule's suggestion is kept (its explanation says which words fired) and says the model agrees."""
    rules = rule_suggestions(list(turns))
    model = model_suggestions(turns, coder)
    if not model:
        return rules
    by_key = {(s.turn_index, s.segment_index, s.subtype): i for i, s in enumerate(rules)}
    merged = list(rules)
    for m in model:
        i = by_key.get((m.turn_index, m.segment_index, m.subtype))
        if i is None:
            merged.append(m)
        else:
            rule = merged[i]
            merged[i] = dataclasses.replace(
                rule,
                confidence=max(rule.confidence, m.confidence),
                explanation=f"{rule.explanation}; {m.suggester} agrees ({m.confidence:.2f})",
            )
    return sorted(merged, key=lambda s: (s.turn_index, s.start_char, s.subtype))


class SuggestionsMixin:
    def suggestions(self: Project, session_id: int, *, pending_only: bool = True) -> list[Suggestion]:
        """Suggestions for the session (rules and the trained model, if any); pending only: not yet decided by the
        current coder (in their layer) and not already coded by them with that subtype there."""
        found = all_suggestions(self.session(session_id).turns, self.coder)
        return self.pending_suggestions(session_id, found) if pending_only else found

    def pending_suggestions(self: Project, session_id: int, found: list[Suggestion]) -> list[Suggestion]:
        """Of ``found`` (computed elsewhere, e.g. on a worker thread), those the current coder has not decided yet
        (in the layer in use) and has not already coded with that subtype there."""
        mine = self.repo.suggestion_decisions(session_id, self.layer)
        decided = {(d.turn_index, d.segment_index, d.subtype) for d in mine}
        markers = self.markers(session_id, self.layer)
        coded_events = set()
        for episode in self.episodes(session_id, self.layer):
            coded_events |= {("1", s.turn_index) for s in episode.stages if s.stage == 1}
            coded_events |= {(s.code, s.turn_index) for s in episode.strategies}

        def coded(s: Suggestion) -> bool:
            if not s.is_marker:
                return (s.subtype, s.turn_index) in coded_events
            return any(
                m.turn_index == s.turn_index
                and m.subtype == s.subtype
                and m.start_char < s.end_char
                and s.start_char < m.end_char
                for m in markers
            )

        return [s for s in found if (s.turn_index, s.segment_index, s.subtype) not in decided and not coded(s)]

    def decide_suggestion(
        self: Project, session_id: int, suggestion: Suggestion, decision: Decision | str, subtype: str | None = None
    ) -> Change:
        """Accept, reject or change (accept with ``subtype``) a suggestion; one undoable action.

        An accepted marker suggestion becomes a marker of the current layer with ``source = suggested``; a stage or
        strategy suggestion records the decision only (stages and strategies belong to an episode).
        """
        record = decision_record(session_id, suggestion, decision, self.layer, subtype)
        marker = None
        if suggestion.is_marker and record.final_subtype is not None:
            turn = self.session(session_id).turns[suggestion.turn_index]
            segment = next((g for g in turn.segments if g.index == suggestion.segment_index), None)
            whole = segment is not None and (segment.start_char, segment.end_char) == (
                suggestion.start_char,
                suggestion.end_char,
            )
            marker = self.new_marker(
                session_id,
                suggestion.turn_index,
                record.final_subtype,
                segment_index=suggestion.segment_index if whole else None,
                span=(suggestion.start_char, suggestion.end_char),
                actor=str(Actor(suggestion.actor)),
                note=f"suggested by {suggestion.suggester}",
            )
        elif record.decision == Decision.CHANGED:
            if suggestion.family != STRATEGY_FAMILY:
                raise InputError("a stage-1 suggestion can be accepted or rejected, not changed")
            self.scheme.strategy(record.final_subtype or "")  # a one-line error for a code the scheme lacks
        return self.apply(DecideSuggestion(record, marker))

    def suggestion_decisions(self: Project, session_id: int, coder: str | None = None) -> list[SuggestionDecision]:
        """Stored decisions on the session's suggestions (of ``coder``; else of every layer the coder may see)."""
        visible = self.visible_coders(session_id)
        check_visible(visible, coder, session_id)
        return only_visible(self.repo.suggestion_decisions(session_id, coder), visible)
