"""Every edit is a command object with do/undo, applied to an :class:`AnnotationStore`.

Each ``do``/``undo`` runs in one database transaction (the :class:`UndoStack` opens it when the store offers
``atomic()``), so an action is either wholly stored or not at all. Commands return a :class:`Change` saying what
the screens must refresh. The Qt undo stack in ``gui/`` only adapts :class:`UndoStack`.

Commands for episodes live in ``episode_commands``, for the transcript (text, segments, speaker roles) in
``transcript_commands``, for session measures and 3RS slice codes in ``session_commands``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from rupturetool.core.domain import Marker
from rupturetool.core.errors import ConflictError, InputError, NotFoundError


@dataclass(frozen=True)
class Change:
    """What an operation changed, so each view refreshes only what it shows."""

    session_id: int | None = None
    markers: bool = False
    episodes: bool = False
    description: str = ""
    transcript: bool = False  # turns, segments, text or speaker roles changed: the view reloads the session
    measures: bool = False
    slices: bool = False

    @property
    def stored(self) -> bool:
        """Whether anything was written (any flag set, in subclasses too): "Nothing to change" stores nothing."""
        return any(getattr(self, f.name) for f in dataclasses.fields(self) if f.type in (bool, "bool"))


def nothing_changed(session_id: int | None) -> Change:
    """What an edit that changes nothing returns: nothing is stored and the history is left alone."""
    return Change(session_id, description="Nothing to change")


class AnnotationStore(Protocol):
    def add_marker(self, marker: Marker) -> Marker: ...
    def delete_marker(self, marker_id: int, *, coder: str) -> Marker: ...
    def restore_marker(self, marker: Marker) -> Marker: ...


class Command(Protocol):
    label: str

    def do(self, store: Any) -> Change: ...  # each command family names the store protocol it needs
    def undo(self, store: Any) -> Change: ...


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def transaction(store: object) -> AbstractContextManager[Any]:
    """The store's transaction when it has one (the repository), so a command's store calls commit together."""
    atomic = getattr(store, "atomic", None)
    return atomic() if callable(atomic) else _nothing()


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


class Steps:
    """Several commands as one user action (one transaction, one undo): e.g. "take A's codes on this segment",
    which removes the consensus markers A does not have and adds those it lacks. Undo runs in reverse order."""

    def __init__(self, commands: Sequence[Command], label: str, session_id: int | None) -> None:
        self._commands = list(commands)
        self.label = label
        self._session_id = session_id

    def _merged(self, changes: Sequence[Change], description: str) -> Change:
        flags = {
            f.name: any(getattr(c, f.name) for c in changes)
            for f in dataclasses.fields(Change)
            if f.type in (bool, "bool")
        }
        return Change(self._session_id, description=description, **flags)

    def do(self, store: Any) -> Change:
        return self._merged([c.do(store) for c in self._commands], self.label)

    def undo(self, store: Any) -> Change:
        return self._merged(
            [c.undo(store) for c in reversed(self._commands)], f"Undid {self.label[0].lower()}{self.label[1:]}"
        )


class UndoStack:
    """A linear undo/redo history of commands applied to one store."""

    def __init__(self, store: Any, limit: int = 1000) -> None:
        self._store = store
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._limit = limit

    def push(self, command: Command) -> Change:
        with transaction(self._store):
            change = command.do(self._store)  # if this raises, nothing was stored and history is untouched
        self._done.append(command)
        del self._done[: -self._limit]
        self._undone.clear()
        return change

    def undo(self) -> Change | None:
        if not self._done:
            return None
        command = self._done[-1]
        try:
            with transaction(self._store):
                change = command.undo(self._store)
        except (InputError, NotFoundError, ConflictError) as exc:
            # The stored state moved on (e.g. someone else edited that turn): this step can never be undone, and
            # keeping it would block every earlier undo. Drop it, say so, and let the next Ctrl+Z go on.
            self._done.pop()
            self._undone.clear()
            message = f"“{command.label}” can no longer be undone ({exc}); it was dropped from the history"
            if isinstance(exc, ConflictError):  # keep what the app needs to show the other change and reload
                raise exc.saying(message) from exc
            raise InputError(message) from exc
        self._undone.append(self._done.pop())
        return change

    def redo(self) -> Change | None:
        if not self._undone:
            return None
        command = self._undone[-1]
        with transaction(self._store):
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


class MarkerEditStore(Protocol):
    def update_marker(self, marker: Marker) -> Marker: ...


class EditMarker:
    """Change a stored marker's significance, actor, note or subtype; undo writes back the marker as it was."""

    def __init__(self, before: Marker, after: Marker) -> None:
        if before.id is None or before.id != after.id:
            raise ValueError("an edit needs the stored marker before and after, under one id")
        self._before, self._after = before, after
        self.label = f"Edit {describe_marker(before)}"

    def do(self, store: MarkerEditStore) -> Change:
        self._after = store.update_marker(self._after)
        return Change(self._after.session_id, markers=True, description=f"Edited {describe_marker(self._after)}")

    def undo(self, store: MarkerEditStore) -> Change:
        self._before = store.update_marker(self._before)
        return Change(self._before.session_id, markers=True, description=f"Undid: {self.label}")
