"""Undoable edits of the transcript itself: text corrections, segment splits and merges, speaker roles.

Each command holds the state before and after (whole turns with their anchors, or a session's speaker roles);
do writes the after state, undo the before state, both in one store call. Writing a state gives back the ids
the store assigned (a segment made by a split), so redo reuses them and later commands stay valid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from rupturetool.core.commands import Change
from rupturetool.core.domain import SpeakerRole, SpeakerState, TurnState
from rupturetool.core.errors import NotFoundError

# Roles worth remembering for a client's next imports ("other" and "unknown" say nothing about the label).
REMEMBERED_ROLES = (SpeakerRole.THERAPIST, SpeakerRole.CLIENT)


class TranscriptStore(Protocol):
    def write_turns(self, states: Sequence[TurnState], *, coder: str, action: str) -> list[TurnState]: ...
    def write_speakers(self, state: SpeakerState, *, coder: str) -> SpeakerState: ...


class EditTurns:
    """Replace one or more turns of a session (text, segments, cues, marker anchors) as one undoable step."""

    def __init__(
        self, before: Sequence[TurnState], after: Sequence[TurnState], *, coder: str, label: str, action: str
    ) -> None:
        if not after or [(s.session_id, s.turn_index) for s in before] != [(s.session_id, s.turn_index) for s in after]:
            raise ValueError("before and after must name the same turns")
        self._before, self._after = tuple(before), tuple(after)
        self.session_id = after[0].session_id
        self.coder, self.label, self.action = coder, label, action

    def do(self, store: TranscriptStore) -> Change:
        self._after = tuple(store.write_turns(self._after, coder=self.coder, action=self.action))
        return Change(self.session_id, markers=True, transcript=True, description=self.label)

    def undo(self, store: TranscriptStore) -> Change:
        self._before = tuple(store.write_turns(self._before, coder=self.coder, action=f"undo {self.action}"))
        return Change(self.session_id, markers=True, transcript=True, description=f"Undid: {self.label}")

    @property
    def after(self) -> tuple[TurnState, ...]:
        return self._after


def with_roles(state: SpeakerState, roles: Mapping[str, SpeakerRole]) -> SpeakerState:
    """The speaker state after ``roles`` are set (and remembered for the client when they say who is who)."""
    unknown = [label for label in roles if label not in state.roles]
    if unknown:
        known = ", ".join(state.roles)
        raise NotFoundError(f"session {state.session_id} has no speaker {unknown[0]!r} (speakers: {known})")
    remembered = dict(state.remembered)
    for label, role in roles.items():
        if SpeakerRole(role) in REMEMBERED_ROLES:
            remembered[label] = SpeakerRole(role)
    return SpeakerState(state.session_id, {**state.roles, **{k: SpeakerRole(v) for k, v in roles.items()}}, remembered)


def describe_roles(roles: Mapping[str, SpeakerRole]) -> str:
    return ", ".join(f"{label} is {SpeakerRole(role)}" for label, role in roles.items())


class ChangeSpeakerRoles:
    """Say what speaker labels mean in a session; undo also restores what the client's record remembered."""

    def __init__(self, before: SpeakerState, after: SpeakerState, *, coder: str, label: str) -> None:
        self._before, self._after = before, after
        self.coder, self.label = coder, label

    def do(self, store: TranscriptStore) -> Change:
        store.write_speakers(self._after, coder=self.coder)
        return Change(self._after.session_id, transcript=True, description=self.label)

    def undo(self, store: TranscriptStore) -> Change:
        store.write_speakers(self._before, coder=self.coder)
        return Change(self._before.session_id, transcript=True, description=f"Undid: {self.label}")
