"""The rule suggester on development corpus B (tests/nlp/dev_corpus_b.py, issue 7): recall per family and subtype on
the rupture excerpts, and few suggestions on the ordinary client turns.

Corpus B was written before the second round of rules and measured first (family 95/167, subtype 86/167, 0.10
suggestions per ordinary turn); the rules were then tuned on it, so these numbers are a regression guard, not a
measure of how well the rules generalise (that is the held-out evaluation set's job, see docs/evaluation.md).
"""

from __future__ import annotations

from collections import Counter

import pytest
from dev_corpus_b import ORDINARY, ORDINARY_C, RUPTURES, RUPTURES_C, Excerpt
from turns_support import P, T, last_turn_markers, session

from rupturetool.core.domain import Turn
from rupturetool.core.suggestions import Suggestion

FAMILY_RECALL, SUBTYPE_RECALL, SUBTYPE_FLOOR, FALSE_ALARMS = 0.85, 0.7, 0.6, 0.15
SUBTYPES = [f"W{i}" for i in range(1, 8)] + [f"C{i}" for i in range(1, 8)]


def excerpt_turns(excerpt: Excerpt) -> list[Turn]:
    return session([*((T, text) for text in excerpt.therapist), (P, excerpt.client)])


def client_suggestions(excerpt: Excerpt) -> list[Suggestion]:
    return last_turn_markers(excerpt_turns(excerpt))


@pytest.fixture(scope="module")
def found() -> dict[int, set[str]]:
    return {i: {s.subtype for s in client_suggestions(e)} for i, e in enumerate(RUPTURES)}


def test_batch_c_written_after_the_frames() -> None:
    """Batch C was measured once (family 19/42) before it was used; now it guards the rules built from it."""
    found = [{s.subtype for s in client_suggestions(e)} for e in RUPTURES_C]
    family = sum(any(code[0] == e.family for code in codes) for e, codes in zip(RUPTURES_C, found, strict=True))
    assert family / len(RUPTURES_C) >= FAMILY_RECALL - 0.05
    alarms = sum(len(client_suggestions(e)) for e in ORDINARY_C)
    assert alarms / len(ORDINARY_C) <= FALSE_ALARMS


def test_corpus_b_has_every_subtype_and_enough_ordinary_turns() -> None:
    counts = Counter(e.code for e in RUPTURES)
    assert set(counts) == set(SUBTYPES) and min(counts.values()) >= 10
    assert len(ORDINARY) >= 150 and all(e.code is None for e in ORDINARY)


@pytest.mark.parametrize("family", ["W", "C"])
def test_family_recall(found: dict[int, set[str]], family: str) -> None:
    cases = [i for i, e in enumerate(RUPTURES) if e.family == family]
    misses = [RUPTURES[i].client for i in cases if not any(code[0] == family for code in found[i])]
    assert 1 - len(misses) / len(cases) >= FAMILY_RECALL, misses


def test_subtype_recall(found: dict[int, set[str]]) -> None:
    misses = [(e.code, e.client) for i, e in enumerate(RUPTURES) if e.code not in found[i]]
    assert 1 - len(misses) / len(RUPTURES) >= SUBTYPE_RECALL, misses


@pytest.mark.parametrize("subtype", SUBTYPES)
def test_no_subtype_is_left_behind(found: dict[int, set[str]], subtype: str) -> None:
    cases = [i for i, e in enumerate(RUPTURES) if e.code == subtype]
    misses = [RUPTURES[i].client for i in cases if subtype not in found[i]]
    assert 1 - len(misses) / len(cases) >= SUBTYPE_FLOOR, misses


def test_ordinary_turns_rarely_get_a_suggestion() -> None:
    fired = {e.client: sorted({s.subtype for s in hits}) for e in ORDINARY if (hits := client_suggestions(e))}
    total = sum(len(client_suggestions(e)) for e in ORDINARY)
    assert total / len(ORDINARY) <= FALSE_ALARMS, fired
