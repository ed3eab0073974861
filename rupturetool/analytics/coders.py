"""Whose codes are summarised: one coder at a time, never a silent mix of several. The consensus layer
(``core.review.CONSENSUS``, built by adjudication) is summarised like any coder."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rupturetool.core.errors import InputError

Rows = Iterable[Mapping[str, Any]]
Columns = Mapping[str, Sequence[Any]]  # column name -> one value per row (the repository's ``*_table`` methods)


def as_columns(rows: Rows | Columns, names: Iterable[str]) -> dict[str, Sequence[Any]]:
    """The named columns of rows given either way; a name missing from a row reads as None."""
    if isinstance(rows, Mapping):
        return {name: rows[name] for name in names}
    rows = list(rows)
    return {name: [r.get(name) for r in rows] for name in names}


def _session_coders(rows: Rows | Columns) -> set[tuple[int, Any]]:
    """The distinct (session, coder) pairs: tens of thousands of markers, a few thousand pairs."""
    if isinstance(rows, Mapping):
        return set(zip(rows["session_id"], rows["coder"], strict=True))
    return {(r["session_id"], r.get("coder")) for r in rows}


def coders_by_session(coder: str | None, *row_sets: Rows | Columns) -> dict[int, str]:
    """Whose codes each session's numbers come from: ``coder`` when one is chosen; else the one coder of each
    session. Different sessions may have different coders (a caseload often does); two coders' layers of ONE
    session are never mixed — that needs a choice. Rows without a coder (measures entered by nobody in
    particular) belong to every coder and never count.
    """
    found: dict[int, set[str]] = {}
    for rows in row_sets:
        for sid, name in _session_coders(rows):
            if name:
                found.setdefault(sid, set()).add(str(name))
    if coder is not None:
        return dict.fromkeys(found, coder)
    mixed = sorted((sid, sorted(names)) for sid, names in found.items() if len(names) > 1)
    if mixed:
        sid, names = mixed[0]
        more = f" (and {len(mixed) - 1} more sessions)" if len(mixed) > 1 else ""
        raise InputError(
            f"session {sid}{more} holds codes from {len(names)} coders ({', '.join(names)}): choose one with --coder"
        )
    return {sid: next(iter(names)) for sid, names in found.items()}


def only(rows: Rows, coder: str | None) -> list[Mapping[str, Any]]:
    """The rows of ``coder`` (and rows that belong to no coder); every row when ``coder`` is None."""
    return [r for r in rows if coder is None or r.get("coder") in (coder, None)]
