"""Undo/redo as plain command objects, tested against an in-memory store (no Qt, no database)."""

from __future__ import annotations

import dataclasses

import pytest

from rupturetool.core.commands import AddMarker, Change, RemoveMarker, UndoStack, describe_marker
from rupturetool.core.domain import Marker
from rupturetool.core.errors import NotFoundError


class MemoryStore:
    """An AnnotationStore in memory: soft delete, restore under the same id, optional failures."""

    def __init__(self) -> None:
        self.rows: dict[int, Marker] = {}
        self.deleted: set[int] = set()
        self.next_id = 1
        self.fail_next = False
        self.calls: list[str] = []

    def _maybe_fail(self) -> None:
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("store refused the change")

    def add_marker(self, marker: Marker) -> Marker:
        self._maybe_fail()
        self.calls.append("add")
        stored = dataclasses.replace(marker, id=self.next_id)
        self.next_id += 1
        self.rows[stored.id] = stored  # type: ignore[index]
        return stored

    def delete_marker(self, marker_id: int, *, coder: str) -> Marker:
        self._maybe_fail()
        self.calls.append("delete")
        if marker_id not in self.rows or marker_id in self.deleted:
            raise NotFoundError(f"no marker with id {marker_id}")
        self.deleted.add(marker_id)
        return self.rows[marker_id]

    def restore_marker(self, marker: Marker) -> Marker:
        self._maybe_fail()
        self.calls.append("restore")
        assert marker.id is not None
        self.rows[marker.id] = marker
        self.deleted.discard(marker.id)
        return marker

    def live(self) -> dict[int, Marker]:
        return {k: v for k, v in self.rows.items() if k not in self.deleted}


def marker(subtype: str = "W2", turn: int = 3, segment: int | None = 1) -> Marker:
    return Marker(
        session_id=7,
        turn_index=turn,
        start_char=0,
        end_char=10,
        family="withdrawal" if subtype.startswith("W") else "confrontation",
        subtype=subtype,
        coder="ana",
        segment_index=segment,
    )


def test_push_undo_redo_add_marker() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    change = stack.push(AddMarker(marker()))
    assert (change.session_id, change.markers, change.episodes) == (7, True, False)
    assert "W2 on turn 4 segment 2" in change.description
    assert len(store.live()) == 1

    undone = stack.undo()
    assert undone is not None and undone.markers and undone.session_id == 7
    assert store.live() == {}

    redone = stack.redo()
    assert redone is not None and redone.description == change.description
    assert len(store.live()) == 1


def test_redo_restores_the_same_id() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    command = AddMarker(marker())
    stack.push(command)
    first_id = command.stored.id  # type: ignore[union-attr]
    stack.undo()
    stack.redo()
    assert list(store.live()) == [first_id]
    assert command.stored is not None and command.stored.id == first_id
    assert store.calls == ["add", "delete", "restore"]  # redo restores, it never adds a second row
    assert store.next_id == 2


def test_labels_follow_the_history() -> None:
    stack = UndoStack(MemoryStore())
    assert (stack.undo_label, stack.redo_label) == (None, None)
    stack.push(AddMarker(marker("W2", turn=0, segment=0)))
    stack.push(AddMarker(marker("C1", turn=4, segment=None)))
    assert stack.undo_label == "Add C1 on turn 5"
    assert stack.redo_label is None
    stack.undo()
    assert stack.undo_label == "Add W2 on turn 1 segment 1"
    assert stack.redo_label == "Add C1 on turn 5"
    stack.undo()
    assert stack.undo_label is None
    assert stack.undo() is None
    stack.redo()
    assert stack.redo_label == "Add C1 on turn 5"


def test_new_push_clears_redo() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    stack.push(AddMarker(marker("W2")))
    stack.undo()
    stack.push(AddMarker(marker("W3")))
    assert stack.redo_label is None
    assert stack.redo() is None
    assert [m.subtype for m in store.live().values()] == ["W3"]


def test_remove_marker_and_undo_restores_it() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    add = AddMarker(marker("C5"))
    stack.push(add)
    stored = add.stored
    assert stored is not None
    change = stack.push(RemoveMarker(stored))
    assert change.description == f"Removed {describe_marker(stored)}"
    assert store.live() == {}
    assert stack.undo_label == "Remove C5 on turn 4 segment 2"
    restored = stack.undo()
    assert restored is not None and restored.description.startswith("Restored C5")
    assert list(store.live()) == [stored.id]


def test_remove_needs_a_stored_marker() -> None:
    with pytest.raises(ValueError, match="stored"):
        RemoveMarker(marker())


def test_failed_do_leaves_history_untouched() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    stack.push(AddMarker(marker("W1")))
    stack.push(AddMarker(marker("W2")))
    stack.undo()
    before = (stack.undo_label, stack.redo_label, dict(store.live()))

    store.fail_next = True
    with pytest.raises(RuntimeError):
        stack.push(AddMarker(marker("W3")))
    assert (stack.undo_label, stack.redo_label, dict(store.live())) == before

    # The history still works: the W2 add can be redone, the W1 add undone.
    stack.redo()
    assert sorted(m.subtype for m in store.live().values()) == ["W1", "W2"]


def test_failed_undo_keeps_the_command_undoable() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    stack.push(AddMarker(marker("W4")))
    store.fail_next = True
    with pytest.raises(RuntimeError):
        stack.undo()
    assert stack.undo_label == "Add W4 on turn 4 segment 2"
    assert stack.redo_label is None
    stack.undo()
    assert store.live() == {}


def test_history_limit_drops_the_oldest() -> None:
    stack = UndoStack(MemoryStore(), limit=2)
    for subtype in ("W1", "W2", "W3"):
        stack.push(AddMarker(marker(subtype)))
    assert stack.undo() is not None
    assert stack.undo() is not None
    assert stack.undo() is None
    assert stack.redo_label == "Add W2 on turn 4 segment 2"


def test_clear() -> None:
    stack = UndoStack(MemoryStore())
    stack.push(AddMarker(marker()))
    stack.push(AddMarker(marker()))
    stack.undo()
    stack.clear()
    assert (stack.undo_label, stack.redo_label) == (None, None)


def test_an_undo_the_store_refuses_is_dropped_so_earlier_steps_stay_undoable() -> None:
    from rupturetool.core.errors import InputError

    class Refusing:
        label = "Correct turn 3"

        def do(self, store):
            return Change(1, description="done")

        def undo(self, store):
            raise NotFoundError("turn 3 has changed since it was read")

    class Counting:
        label = "Earlier step"
        undone = 0

        def do(self, store):
            return Change(1, description="earlier")

        def undo(self, store):
            Counting.undone += 1
            return Change(1, description="undone earlier")

    stack = UndoStack(store=object())
    stack.push(Counting())
    stack.push(Refusing())
    with pytest.raises(InputError, match=r"Correct turn 3.*dropped"):
        stack.undo()
    assert stack.undo_label == "Earlier step" and stack.redo_label is None
    stack.undo()
    assert Counting.undone == 1
