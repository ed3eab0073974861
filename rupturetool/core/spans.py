"""Character-span maths shared by segmentation, markers and import."""

from __future__ import annotations

from collections.abc import Sequence


def partition_from_starts(length: int, starts: Sequence[int]) -> list[tuple[int, int]]:
    """Turn sentence start offsets into spans that cover ``[0, length)`` exactly, with no gap or overlap.

    Whitespace between sentences stays with the sentence before it, so joining the spans gives the text back.
    """
    if length <= 0:
        return []
    cuts = sorted({s for s in starts if 0 < s < length})
    bounds = [0, *cuts, length]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The span of ``quote`` in ``text`` (first occurrence), or None."""
    start = text.find(quote)
    return None if start < 0 or not quote else (start, start + len(quote))
