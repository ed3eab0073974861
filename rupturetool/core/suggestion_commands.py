"""A coder's decision on a machine suggestion, as an undoable command.

Accepting (or accepting with another subtype) a marker suggestion adds a marker with ``source = suggested``; every
decision — rejections too — is stored, so the suggester's precision can be measured on real coding. Undo removes
the decision and the marker it made; redo brings both back under their old ids.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from rupturetool.core.commands import Change
from rupturetool.core.domain import Marker, MarkerSource
from rupturetool.core.errors import InputError
from rupturetool.core.suggestions import Decision, Suggestion


@dataclass(frozen=True)
class SuggestionDecision:
    """One stored decision: what was suggested where, what the coder decided, and the marker it made (if any)."""

    session_id: int
    turn_index: int
    segment_index: int | None
    start_char: int
    end_char: int
    family: str  # as suggested
    subtype: str  # as suggested
    decision: Decision
    coder: str
    suggester: str = "rules"
    confidence: float = 0.0
    final_subtype: str | None = None  # the subtype coded: the suggested one, another (CHANGED), None (REJECTED)
    marker_id: int | None = None
    id: int | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True)
class SuggestionChange(Change):
    """A change that stored (or removed) a suggestion decision, whether or not it made a marker."""

    suggestions: bool = False


class SuggestionStore(Protocol):
    def add_marker(self, marker: Marker) -> Marker: ...
    def delete_marker(self, marker_id: int, *, coder: str) -> Marker: ...
    def restore_marker(self, marker: Marker) -> Marker: ...
    def add_suggestion_decision(self, record: SuggestionDecision) -> SuggestionDecision: ...
    def restore_suggestion_decision(self, record: SuggestionDecision) -> SuggestionDecision: ...
    def delete_suggestion_decision(self, decision_id: int, *, coder: str) -> SuggestionDecision: ...


def decision_record(
    session_id: int, suggestion: Suggestion, decision: Decision | str, coder: str, subtype: str | None = None
) -> SuggestionDecision:
    """The record of ``decision`` on ``suggestion``; a one-line InputError when the subtype does not fit it."""
    try:
        decided = Decision(decision)
    except ValueError:
        known = ", ".join(d.value for d in Decision)
        raise InputError(f"decision must be one of {known}, not {decision!r}") from None
    if decided == Decision.REJECTED:
        if subtype is not None:
            raise InputError("a rejected suggestion takes no subtype")
        final = None
    elif decided == Decision.ACCEPTED:
        if subtype not in (None, suggestion.subtype):
            raise InputError(f"accepting keeps the suggested {suggestion.subtype}; to code {subtype}, change it")
        final = suggestion.subtype
    else:
        if subtype is None or subtype == suggestion.subtype:
            raise InputError(f"changing a suggestion needs a subtype other than the suggested {suggestion.subtype}")
        final = subtype
    return SuggestionDecision(
        session_id=session_id,
        turn_index=suggestion.turn_index,
        segment_index=suggestion.segment_index,
        start_char=suggestion.start_char,
        end_char=suggestion.end_char,
        family=suggestion.family,
        subtype=suggestion.subtype,
        decision=decided,
        coder=coder,
        suggester=suggestion.suggester,
        confidence=suggestion.confidence,
        final_subtype=final,
    )


class DecideSuggestion:
    """Store a decision and, for an accepted marker suggestion, the marker (``source = suggested``)."""

    def __init__(self, record: SuggestionDecision, marker: Marker | None = None) -> None:
        if marker is not None and record.decision == Decision.REJECTED:
            raise ValueError("a rejected suggestion makes no marker")
        self._record = record
        self._marker = dataclasses.replace(marker, source=MarkerSource.SUGGESTED) if marker is not None else None
        self.stored: SuggestionDecision | None = None
        self.stored_marker: Marker | None = None
        verb = {Decision.ACCEPTED: "Accept", Decision.REJECTED: "Reject", Decision.CHANGED: "Change"}[record.decision]
        target = f" to {record.final_subtype}" if record.decision == Decision.CHANGED else ""
        self.label = f"{verb} suggested {record.subtype}{target} on turn {record.turn_index + 1}"

    def do(self, store: SuggestionStore) -> Change:
        marker_id = None
        if self._marker is not None:
            self.stored_marker = (
                store.restore_marker(self.stored_marker) if self.stored_marker else store.add_marker(self._marker)
            )
            marker_id = self.stored_marker.id
        if self.stored is None:
            self.stored = store.add_suggestion_decision(dataclasses.replace(self._record, marker_id=marker_id))
        else:
            self.stored = store.restore_suggestion_decision(dataclasses.replace(self.stored, marker_id=marker_id))
        return self._change(self.label)

    def undo(self, store: SuggestionStore) -> Change:
        assert self.stored is not None and self.stored.id is not None
        store.delete_suggestion_decision(self.stored.id, coder=self.stored.coder)
        if self.stored_marker is not None and self.stored_marker.id is not None:
            store.delete_marker(self.stored_marker.id, coder=self.stored_marker.coder)
        return self._change(f"Undid: {self.label}")

    def _change(self, description: str) -> SuggestionChange:
        return SuggestionChange(
            self._record.session_id, markers=self._marker is not None, suggestions=True, description=description
        )
