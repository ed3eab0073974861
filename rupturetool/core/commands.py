"""Every edit is a command object with do/undo, applied to an :class:`AnnotationStore`.

Each ``do``/``undo`` is one store call, and each store call is one database transaction, so an action is
either wholly stored or not at all. Commands return a :class:`Change` saying what the screens must refresh.
The Qt undo stack in ``gui/`` only adapts :class:`UndoStack`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from rupturetool.core.domain import Marker


@dataclass(frozen=True)
class Change:
    """What an operation changed, so each view refreshes only what it shows."""

    session_id: int | None = None
    markers: bool = False
    episodes: bool = False
    description: str = ""


class AnnotationStore(Protocol):
    def add_marker(self, marker: Marker) -> Marker: ...
    def delete_marker(self, marker_id: int, *, coder: str) -> Marker: ...
    def restore_marker(self, marker: Marker) -> Marker: ...


class Command(Protocol):
    label: str

    def do(self, store: AnnotationStore) -> Change: ...
    def undo(self, store: AnnotationStore) -> Change: ...


def describe_marker(marker: Marker) -> str:
    segment = f" segment {marker.segment_index + 1}" if marker.segment_index is not None else ""
    return f"{marker.subtype} on turn {marker.turn_index + 1}{segment}"


class AddMarker:
    """Add a marker. Redo restores it under the same id, so later commands that refer to it stay valid."""

    def __init__(self, marker: Marker) -> None:
        self._marker = marker
        self.stored: Marker | None = None
        self.label = f"Add {describe_marker(marker)}"

    def do(self, store: AnnotationStore) -> Change:
        self.stored = store.restore_marker(self.stored) if self.stored else store.add_marker(self._marker)
        return Change(self.stored.session_id, markers=True, description=f"Added {describe_marker(self.stored)}")

    def undo(self, store: AnnotationStore) -> Change:
        assert self.stored is not None and self.stored.id is not None
        store.delete_marker(self.stored.id, coder=self.stored.coder)
        return Change(self.stored.session_id, markers=True, description=f"Removed {describe_marker(self.stored)}")


class RemoveMarker:
    def __init__(self, marker: Marker) -> None:
        if marker.id is None:
            raise ValueError("only a stored marker can be removed")
        self._marker = marker
        self.label = f"Remove {describe_marker(marker)}"

    def do(self, store: AnnotationStore) -> Change:
        assert self._marker.id is not None
        self._marker = store.delete_marker(self._marker.id, coder=self._marker.coder)
        return Change(self._marker.session_id, markers=True, description=f"Removed {describe_marker(self._marker)}")

    def undo(self, store: AnnotationStore) -> Change:
        self._marker = store.restore_marker(self._marker)
        return Change(self._marker.session_id, markers=True, description=f"Restored {describe_marker(self._marker)}")


class UndoStack:
    """A linear undo/redo history of commands applied to one store."""

    def __init__(self, store: AnnotationStore, limit: int = 1000) -> None:
        self._store = store
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._limit = limit

    def push(self, command: Command) -> Change:
        change = command.do(self._store)  # if this raises, nothing was stored and history is untouched
        self._done.append(command)
        del self._done[: -self._limit]
        self._undone.clear()
        return change

    def undo(self) -> Change | None:
        if not self._done:
            return None
        command = self._done[-1]
        change = command.undo(self._store)
        self._undone.append(self._done.pop())
        return change

    def redo(self) -> Change | None:
        if not self._undone:
            return None
        command = self._undone[-1]
        change = command.do(self._store)
        self._done.append(self._undone.pop())
        return change

    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
