"""The rule suggester on its development set (tests/nlp/dev_vignettes.py): recall per family and subtype, and silence
on ordinary talk. The thresholds are the issue's targets for the dev set (family ≥ 0.85, subtype ≥ 0.7)."""

from __future__ import annotations

import pytest
from dev_vignettes import (
    ALL_MARKERS as MARKERS,
)
from dev_vignettes import (
    ALL_ORDINARY as ORDINARY,
)
from dev_vignettes import (
    RUPTURE_BEFORE,
    STAGE1,
    STRATEGIES,
    THERAPIST_ORDINARY,
    Vignette,
)
from turns_support import P, T, last_turn_markers, session

from rupturetool.core.domain import SpeakerRole, Turn
from rupturetool.core.suggestions import Suggestion
from rupturetool.nlp.rule_suggester import family_of, suggest

FAMILY_RECALL, SUBTYPE_RECALL = 0.85, 0.7


def vignette_turns(vignette: Vignette) -> list[Turn]:
    lines: list[tuple[SpeakerRole, str]] = []
    for earlier in vignette.before:
        lines += [(T, vignette.prompt), (P, earlier)]
    return session([*lines, (T, vignette.prompt), (P, vignette.line)])


def client_suggestions(vignette: Vignette) -> list[Suggestion]:
    return last_turn_markers(vignette_turns(vignette))


def therapist_suggestions(line: str, before: str = RUPTURE_BEFORE) -> list[Suggestion]:
    turns = session([(T, "How have things been?"), (P, before), (T, line)])
    return [s for s in suggest(turns) if s.turn_index == 2]


def recall(hits: list[bool]) -> float:
    return sum(hits) / len(hits)


@pytest.mark.parametrize("subtype", sorted(MARKERS))
def test_dev_set_recall_per_subtype(subtype: str) -> None:
    found = [{s.subtype for s in client_suggestions(v)} for v in MARKERS[subtype]]
    misses = [v.line for v, codes in zip(MARKERS[subtype], found, strict=True) if subtype not in codes]
    assert recall([subtype in codes for codes in found]) >= SUBTYPE_RECALL, misses


@pytest.mark.parametrize("family", ["withdrawal", "confrontation"])
def test_dev_set_recall_per_family(family: str) -> None:
    cases = [v for code, vs in MARKERS.items() if family_of(code) == family for v in vs]
    hits = [any(s.family == family for s in client_suggestions(v)) for v in cases]
    misses = [v.line for v, hit in zip(cases, hits, strict=True) if not hit]
    assert recall(hits) >= FAMILY_RECALL, misses


def test_the_dev_set_has_enough_lines() -> None:
    assert set(MARKERS) == {f"W{i}" for i in range(1, 8)} | {f"C{i}" for i in range(1, 8)}
    assert all(len(vs) >= 12 for vs in MARKERS.values())
    assert len(ORDINARY) >= 60


def test_ordinary_client_lines_never_fire() -> None:
    fired = {v.line: sorted({s.subtype for s in client_suggestions(v)}) for v in ORDINARY}
    assert {line: codes for line, codes in fired.items() if codes} == {}


def test_stage_one_lines_are_recognised() -> None:
    hits = [any(s.subtype == "1" for s in therapist_suggestions(line)) for line in STAGE1]
    misses = [line for line, hit in zip(STAGE1, hits, strict=True) if not hit]
    assert recall(hits) >= FAMILY_RECALL, misses


@pytest.mark.parametrize("code", sorted(STRATEGIES, key=lambda c: int(c[1:])))
def test_strategy_lines_are_recognised(code: str) -> None:
    hits = [any(s.subtype == code for s in therapist_suggestions(line)) for line in STRATEGIES[code]]
    misses = [line for line, hit in zip(STRATEGIES[code], hits, strict=True) if not hit]
    assert recall(hits) >= SUBTYPE_RECALL, misses


def test_strategy_family_recall() -> None:
    lines = [(code, line) for code, ls in STRATEGIES.items() for line in ls]
    hits = [any(s.family == "strategy" for s in therapist_suggestions(line)) for _, line in lines]
    assert recall(hits) >= FAMILY_RECALL


def test_ordinary_therapist_lines_without_a_rupture_before_never_fire() -> None:
    calm = "We had a nice weekend, thanks."
    fired = {line: sorted({s.subtype for s in therapist_suggestions(line, before=calm)}) for line in THERAPIST_ORDINARY}
    assert {line: codes for line, codes in fired.items() if codes} == {}


def test_attending_wording_reads_a_marker_back_onto_the_client_turn_but_less_surely() -> None:
    """A therapist who names a rupture ("you've gone a bit quiet") points at the client turn before it: that turn
    gets a marker even when its own words are calm, less sure than when its words suggest one as well."""
    line = STAGE1[0]

    def client_marker(before: str) -> Suggestion:
        turns = session([(T, "How have things been?"), (P, before), (T, line)])
        return next(s for s in suggest(turns) if s.turn_index == 1 and s.is_marker)

    calm, terse = client_marker("We had a nice weekend, thanks."), client_marker("I dunno. I guess.")
    assert calm.family == "withdrawal" and "the therapist's next turn attends to a rupture" in calm.explanation
    assert "gone quiet" in calm.explanation and calm.confidence < terse.confidence
    assert [s.subtype for s in therapist_suggestions(line, before="We had a nice weekend, thanks.")] == ["1"]
