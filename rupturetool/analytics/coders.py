"""Whose codes are summarised: one coder at a time, never a silent mix of several."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rupturetool.core.errors import InputError

# Reserved for the consensus layer (codes agreed between coders); summaries refuse it until that layer exists.
CONSENSUS = "consensus"

Rows = Iterable[Mapping[str, Any]]


def coders_by_session(coder: str | None, *row_sets: Rows) -> dict[int, str]:
    """Whose codes each session's numbers come from: ``coder`` when one is chosen; else the one coder of each
    session. Different sessions may have different coders (a caseload often does); two coders' layers of ONE
    session are never mixed — that needs a choice. Rows without a coder (measures entered by nobody in
    particular) belong to every coder and never count.
    """
    if coder == CONSENSUS:
        raise InputError("the consensus layer is not available yet: choose one coder with --coder")
    found: dict[int, set[str]] = {}
    for rows in row_sets:
        for r in rows:
            if r.get("coder"):
                found.setdefault(r["session_id"], set()).add(str(r["coder"]))
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
