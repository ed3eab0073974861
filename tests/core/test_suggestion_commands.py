"""Deciding a suggestion against an in-memory store: the decision is stored, an accepted marker suggestion becomes a
marker with source=suggested, undo removes both, redo brings both back under the same ids."""

from __future__ import annotations

import dataclasses

import pytest

from rupturetool.core.commands import UndoStack
from rupturetool.core.domain import Marker, MarkerSource
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.core.suggestion_commands import DecideSuggestion, SuggestionDecision, decision_record
from rupturetool.core.suggestions import Decision, Suggestion


class MemoryStore:
    def __init__(self) -> None:
        self.markers: dict[int, Marker] = {}
        self.deleted: set[int] = set()
        self.decisions: dict[int, SuggestionDecision] = {}
        self.next_id = 1

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def add_marker(self, marker: Marker) -> Marker:
        stored = dataclasses.replace(marker, id=self._id())
        self.markers[stored.id] = stored  # type: ignore[index]
        return stored

    def delete_marker(self, marker_id: int, *, coder: str) -> Marker:
        if marker_id not in self.markers or marker_id in self.deleted:
            raise NotFoundError(f"no marker with id {marker_id}")
        self.deleted.add(marker_id)
        return self.markers[marker_id]

    def restore_marker(self, marker: Marker) -> Marker:
        assert marker.id is not None
        self.markers[marker.id] = marker
        self.deleted.discard(marker.id)
        return marker

    def add_suggestion_decision(self, record: SuggestionDecision) -> SuggestionDecision:
        stored = dataclasses.replace(record, id=self._id())
        self.decisions[stored.id] = stored  # type: ignore[index]
        return stored

    def restore_suggestion_decision(self, record: SuggestionDecision) -> SuggestionDecision:
        assert record.id is not None and record.id not in self.decisions
        self.decisions[record.id] = record
        return record

    def delete_suggestion_decision(self, decision_id: int, *, coder: str) -> SuggestionDecision:
        return self.decisions.pop(decision_id)

    def live_markers(self) -> list[Marker]:
        return [m for k, m in self.markers.items() if k not in self.deleted]


SUGGESTION = Suggestion(3, 1, 10, 30, "withdrawal", "W5", "patient", 0.7, "pattern “deference”")
STRATEGY = Suggestion(4, 0, 0, 20, "strategy", "R5", "therapist", 0.6, "pattern “apology”")


def marker(subtype: str = "W5") -> Marker:
    family = "withdrawal" if subtype[0] == "W" else "confrontation"
    return Marker(7, 3, 10, 30, family, subtype, "ana", segment_index=1)


def test_accept_stores_the_decision_and_a_suggested_marker_and_undo_redo_keep_ids() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    record = decision_record(7, SUGGESTION, Decision.ACCEPTED, "ana")
    change = stack.push(DecideSuggestion(record, marker()))
    assert change.markers and change.stored and change.session_id == 7
    [made] = store.live_markers()
    [decision] = store.decisions.values()
    assert made.source == MarkerSource.SUGGESTED and made.subtype == "W5"
    assert (decision.decision, decision.final_subtype, decision.marker_id) == (Decision.ACCEPTED, "W5", made.id)
    assert (decision.confidence, decision.suggester, decision.coder) == (0.7, "rules", "ana")

    undone = stack.undo()
    assert undone is not None and undone.markers and store.live_markers() == [] and store.decisions == {}
    stack.redo()
    assert store.live_markers() == [made]
    assert list(store.decisions.values()) == [decision]


def test_reject_stores_the_decision_only() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    change = stack.push(DecideSuggestion(decision_record(7, SUGGESTION, "rejected", "ana")))
    assert not change.markers and change.stored  # a decision was written: not "nothing to change"
    [decision] = store.decisions.values()
    assert (decision.decision, decision.final_subtype, decision.marker_id) == (Decision.REJECTED, None, None)
    assert store.live_markers() == []
    stack.undo()
    assert store.decisions == {}


def test_change_codes_another_subtype() -> None:
    store = MemoryStore()
    record = decision_record(7, SUGGESTION, Decision.CHANGED, "ana", subtype="W2")
    command = DecideSuggestion(record, marker("W2"))
    assert command.label == "Change suggested W5 to W2 on turn 4"
    UndoStack(store).push(command)
    [decision] = store.decisions.values()
    assert (decision.subtype, decision.final_subtype) == ("W5", "W2")
    assert store.live_markers()[0].subtype == "W2"


def test_a_strategy_decision_makes_no_marker() -> None:
    store = MemoryStore()
    UndoStack(store).push(DecideSuggestion(decision_record(7, STRATEGY, Decision.ACCEPTED, "ana")))
    assert store.live_markers() == [] and len(store.decisions) == 1


@pytest.mark.parametrize(
    ("decision", "subtype", "message"),
    [
        ("maybe", None, "decision must be one of"),
        (Decision.REJECTED, "W2", "takes no subtype"),
        (Decision.ACCEPTED, "W2", "change it"),
        (Decision.CHANGED, None, "needs a subtype other than"),
        (Decision.CHANGED, "W5", "needs a subtype other than"),
    ],
)
def test_decisions_that_do_not_fit_are_one_line_errors(decision: str, subtype: str | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decision_record(7, SUGGESTION, decision, "ana", subtype)


def test_a_rejection_cannot_carry_a_marker() -> None:
    with pytest.raises(ValueError):
        DecideSuggestion(decision_record(7, SUGGESTION, Decision.REJECTED, "ana"), marker())
