"""Whose codes are summarised: one coder at a time, never a silent mix of several."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rupturetool.core.errors import InputError

# Reserved for the consensus layer (codes agreed between coders); summaries refuse it until that layer exists.
CONSENSUS = "consensus"

Rows = Iterable[Mapping[str, Any]]


def choose_coder(coder: str | None, *row_sets: Rows) -> str | None:
    """The coder whose codes a summary uses: the one asked for, or the only one present in the rows.

    Rows without a coder (measures entered by nobody in particular) belong to every coder and never count.
    """
    if coder == CONSENSUS:
        raise InputError("the consensus layer is not available yet: choose one coder with --coder")
    if coder is not None:
        return coder
    found = sorted({str(r["coder"]) for rows in row_sets for r in rows if r.get("coder")})
    if len(found) > 1:
        raise InputError(
            f"the selection holds codes from {len(found)} coders ({', '.join(found)}): choose one with --coder"
        )
    return found[0] if found else None


def only(rows: Rows, coder: str | None) -> list[Mapping[str, Any]]:
    """The rows of ``coder`` (and rows that belong to no coder); every row when ``coder`` is None."""
    return [r for r in rows if coder is None or r.get("coder") in (coder, None)]
