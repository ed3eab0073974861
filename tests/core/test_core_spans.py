"""Span maths: sentence starts become a gap-free, overlap-free partition of the text."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from rupturetool.core.spans import find_quote, partition_from_starts


@given(st.integers(min_value=0, max_value=500), st.lists(st.integers(min_value=-50, max_value=600), max_size=40))
def test_partition_covers_the_text_exactly(length: int, starts: list[int]) -> None:
    spans = partition_from_starts(length, starts)
    if length == 0:
        assert spans == []
        return
    assert spans[0][0] == 0
    assert spans[-1][1] == length
    for start, end in spans:
        assert start < end
    for (_, end), (next_start, _) in itertools.pairwise(spans):
        assert end == next_start
    # Every start inside the text (and only those) is a cut.
    assert {start for start, _ in spans} == {0} | {s for s in starts if 0 < s < length}


@given(st.text(max_size=80), st.lists(st.integers(min_value=0, max_value=80), max_size=10))
def test_partition_joins_back_to_the_text(text: str, starts: list[int]) -> None:
    assert "".join(text[a:b] for a, b in partition_from_starts(len(text), starts)) == text


def test_partition_examples() -> None:
    assert partition_from_starts(10, [5, 0, 5, 12, -1]) == [(0, 5), (5, 10)]
    assert partition_from_starts(3, []) == [(0, 3)]
    assert partition_from_starts(-1, [1]) == []


def test_find_quote() -> None:
    assert find_quote("I guess. I guess so.", "I guess so") == (9, 19)
    assert find_quote("I guess.", "I guess") == (0, 7)
    assert find_quote("I guess.", "whatever") is None
    assert find_quote("I guess.", "") is None
