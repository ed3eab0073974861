"""Undoable session-level codes: hand-entered session measures and the 3RS codes of 5-minute slices.

Both are "one value per coder and key" records; a command holds the record before and after (None: absent).
Writing a record gives back its id, so undoing a clear re-inserts the row under the id it had.
"""

from __future__ import annotations

from typing import Protocol

from rupturetool.core.commands import Change
from rupturetool.core.domain import SessionMeasure, SliceCode
from rupturetool.core.measures import MEASURES


class SessionCodeStore(Protocol):
    def save_measure(self, measure: SessionMeasure) -> SessionMeasure: ...
    def delete_measure(self, session_id: int, name: str, *, coder: str | None) -> None: ...
    def save_slice_code(self, code: SliceCode) -> SliceCode: ...
    def delete_slice_code(self, session_id: int, slice_index: int, code: str, *, coder: str) -> None: ...


def _measure_label(name: str) -> str:
    spec = MEASURES.get(name)
    return spec.label if spec else name


class SetMeasure:
    def __init__(
        self, before: SessionMeasure | None, after: SessionMeasure | None, *, session_id: int, name: str, coder: str
    ) -> None:
        self._before, self._after = before, after
        self.session_id, self.name, self.coder = session_id, name, coder
        label = _measure_label(name)
        self.label = f"Clear {label}" if after is None else f"Set {label} to {after.value:g}"

    def _write(self, store: SessionCodeStore, target: SessionMeasure | None) -> SessionMeasure | None:
        if target is None:
            store.delete_measure(self.session_id, self.name, coder=self.coder)
            return None
        return store.save_measure(target)

    def do(self, store: SessionCodeStore) -> Change:
        self._after = self._write(store, self._after)
        return Change(self.session_id, measures=True, description=self.label)

    def undo(self, store: SessionCodeStore) -> Change:
        self._before = self._write(store, self._before)
        return Change(self.session_id, measures=True, description=f"Undid: {self.label}")


def describe_slice_code(code: SliceCode) -> str:
    what = f"Rate {code.code} {code.significance}" if code.significance is not None else f"Tick {code.code}"
    return f"{what} in segment {code.slice_index + 1}"


class SetSliceCode:
    """Rate a family (significance) or tick a code in one 5-minute slice, or clear it (after is None)."""

    def __init__(
        self,
        before: SliceCode | None,
        after: SliceCode | None,
        *,
        session_id: int,
        slice_index: int,
        code: str,
        coder: str,
    ) -> None:
        self._before, self._after = before, after
        self.session_id, self.slice_index, self.code, self.coder = session_id, slice_index, code, coder
        if after is not None:
            self.label = describe_slice_code(after)
        else:
            self.label = f"Clear {code} in segment {slice_index + 1}"

    def _write(self, store: SessionCodeStore, target: SliceCode | None) -> SliceCode | None:
        if target is None:
            store.delete_slice_code(self.session_id, self.slice_index, self.code, coder=self.coder)
            return None
        return store.save_slice_code(target)

    def do(self, store: SessionCodeStore) -> Change:
        self._after = self._write(store, self._after)
        return Change(self.session_id, slices=True, description=self.label)

    def undo(self, store: SessionCodeStore) -> Change:
        self._before = self._write(store, self._before)
        return Change(self.session_id, slices=True, description=f"Undid: {self.label}")
