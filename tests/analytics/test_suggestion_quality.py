"""Suggestion quality on a hand-built session: every count and ratio below is worked out by hand in the comments."""

from __future__ import annotations

import pytest

from rupturetool.analytics.agreement import CodeBook
from rupturetool.analytics.suggestion_quality import GoldSession, counts_block, suggestion_quality
from rupturetool.core.domain import Marker, RuptureEpisode, Segment, SpeakerRole, StageEvent, StrategyEvent, Turn
from rupturetool.core.suggestions import STAGE_FAMILY, STRATEGY_FAMILY, Suggestion

BOOK = CodeBook((("withdrawal", ("W1", "W2", "W3", "W5")), ("confrontation", ("C1", "C4"))))
T, P = SpeakerRole.THERAPIST, SpeakerRole.CLIENT


def turn(index: int, role: SpeakerRole, *sentences: str) -> Turn:
    text, segs, at = "", [], 0
    for i, sentence in enumerate(sentences):
        text += ("" if i == 0 else " ") + sentence
        start = len(text) - len(sentence)
        segs.append(Segment(i, start, len(text)))
        at = len(text)
    assert at == len(text)
    return Turn(index, "T" if role == T else "P", role, text, segments=tuple(segs))


TURNS = (
    turn(0, T, "How are you?"),
    turn(1, P, "Fine.", "Whatever."),
    turn(2, T, "What is it like to be asked?"),
    turn(3, P, "You never listen.", "I hate this."),
    turn(4, T, "Let me explain."),
    turn(5, P, "Nice weather today."),
    turn(6, T, "Shall we go on?"),
    turn(7, P, "Sure."),
)


def marker(mid: int, t: int, subtype: str, seg: int | None, span: tuple[int, int] | None = None) -> Marker:
    tt = TURNS[t]
    start, end = span or (tt.segments[seg].start_char, tt.segments[seg].end_char)
    family = "withdrawal" if subtype.startswith("W") else "confrontation"
    return Marker(1, t, start, end, family, subtype, "gold", segment_index=seg, id=mid)


MARKERS = (
    marker(1, 1, "W1", 0),
    marker(2, 1, "W2", 1),
    marker(3, 3, "C1", None, (0, len(TURNS[3].text))),  # one marker over both segments: counts for each
)
EPISODES = (
    RuptureEpisode(1, "gold", "withdrawal", (2,), (StageEvent(1, 2),), (StrategyEvent("R4", 2),)),
    RuptureEpisode(1, "gold", "confrontation", (3,), (StageEvent(1, 4),), (StrategyEvent("R1", 4),)),
)


def suggest(t: int, seg: int, subtype: str, family: str | None = None) -> Suggestion:
    s = TURNS[t].segments[seg]
    fam = family or ("withdrawal" if subtype.startswith("W") else "confrontation")
    return Suggestion(t, seg, s.start_char, s.end_char, fam, subtype, "patient", 0.9, "test")


SUGGESTIONS = {
    1: [
        suggest(1, 0, "W1"),  # TP for W1
        suggest(1, 1, "W5"),  # FP for W5, W2 missed; withdrawal right at family level
        suggest(3, 0, "C1"),  # TP for C1 on one of its two segments
        suggest(5, 0, "C4"),  # FP, and a false alarm on an ordinary client turn
        suggest(2, 0, "1", STAGE_FAMILY),  # stage 1 where the coder put it
        suggest(6, 0, "1", STAGE_FAMILY),  # stage 1 where the coder did not
        suggest(2, 0, "R4", STRATEGY_FAMILY),
        suggest(4, 0, "R9", STRATEGY_FAMILY),  # a strategy on the right turn with the wrong code
    ]
}


@pytest.fixture
def report() -> dict:
    return suggestion_quality([GoldSession(1, TURNS, MARKERS, EPISODES)], SUGGESTIONS, BOOK, strategy_codes=["R1"])


def stats(block: dict) -> tuple:
    return tuple(block[k] for k in ("tp", "fp", "fn", "support", "suggested", "precision", "recall", "f1"))


def test_units_are_client_segments(report: dict) -> None:
    assert report["units"] == 2 + 2 + 1 + 1
    assert report["unit"] == "segment of client turns"


def test_subtype_counts_and_ratios(report: dict) -> None:
    subs = report["subtypes"]
    assert stats(subs["W1"]) == (1, 0, 0, 1, 1, 1.0, 1.0, 1.0)
    assert stats(subs["W2"]) == (0, 0, 1, 1, 0, None, 0.0, 0.0)
    assert subs["W2"]["note"] == "precision undefined: nothing suggested"
    assert stats(subs["W5"]) == (0, 1, 0, 0, 1, 0.0, None, 0.0)
    assert subs["W5"]["note"] == "recall undefined: nothing marked by the coder"
    assert stats(subs["C1"]) == pytest.approx((1, 0, 1, 2, 1, 1.0, 0.5, 2 / 3))
    assert stats(subs["C4"]) == (0, 1, 0, 0, 1, 0.0, None, 0.0)
    assert stats(subs["W3"]) == (0, 0, 0, 0, 0, None, None, None)
    assert "nothing marked or suggested" in subs["W3"]["note"]
    assert subs["C1"]["family"] == "confrontation"


def test_family_counts(report: dict) -> None:
    # withdrawal: marked {t1s0, t1s1}, suggested {t1s0, t1s1}
    # confrontation: marked {t3s0, t3s1}, suggested {t3s0, t5s0}
    assert stats(report["families"]["withdrawal"]) == (2, 0, 0, 2, 2, 1.0, 1.0, 1.0)
    assert stats(report["families"]["confrontation"]) == (1, 1, 1, 2, 2, 0.5, 0.5, 0.5)


def test_averages(report: dict) -> None:
    micro = report["averages"]["subtype"]["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"]) == (2, 2, 2)  # W1 + C1; W5 + C4; W2 + C1
    assert micro["precision"] == micro["recall"] == micro["f1"] == 0.5
    macro = report["averages"]["subtype"]["macro"]
    # precision defined for W1 1, W5 0, C1 1, C4 0; recall for W1 1, W2 0, C1 .5; F1 for all but W3
    assert macro["precision"] == pytest.approx(0.5)
    assert macro["recall"] == pytest.approx(1.5 / 3)
    assert macro["f1"] == pytest.approx((1 + 0 + 0 + 2 / 3 + 0) / 5)
    assert "precision over 4 of 6 codes" in macro["note"]


def test_episode_recall(report: dict) -> None:
    episodes = report["episodes"]
    # the W2 episode has a withdrawal suggestion (W5) on its segment, not a W2; the C1 episode has a C1
    assert (episodes["episodes"], episodes["found_family"], episodes["found_subtype"]) == (2, 2, 1)
    assert episodes["recall_family"] == 1.0
    assert episodes["recall_subtype"] == 0.5
    assert episodes["missed_subtype"][0]["subtypes"] == ["W2"]


def test_false_alarms_per_ordinary_client_turn(report: dict) -> None:
    assert report["false_alarms"] == {
        "ordinary_turns": 2,  # turns 5 and 7: client turns without a marker
        "suggestions": 1,
        "turns_with_suggestion": 1,
        "per_ordinary_turn": 0.5,
    }
    floors = report["floors"]
    assert floors["false_alarms_per_ordinary_turn"]["met"] is False
    assert floors["episode_recall_family"]["met"] is True
    assert floors["episode_recall_subtype"]["met"] is True


def test_stage1_and_strategies_at_turn_level(report: dict) -> None:
    assert stats(report["stage1"]) == (1, 1, 1, 2, 2, 0.5, 0.5, 0.5)
    strategies = report["strategies"]
    assert stats(strategies["any"]) == (2, 0, 0, 2, 2, 1.0, 1.0, 1.0)
    assert stats(strategies["codes"]["R4"]) == (1, 0, 0, 1, 1, 1.0, 1.0, 1.0)
    assert stats(strategies["codes"]["R1"]) == (0, 0, 1, 1, 0, None, 0.0, 0.0)
    assert stats(strategies["codes"]["R9"]) == (0, 1, 0, 0, 1, 0.0, None, 0.0)


def test_no_suggestions_at_all_says_why() -> None:
    report = suggestion_quality([GoldSession(1, TURNS, MARKERS, EPISODES)], {}, BOOK)
    micro = report["averages"]["subtype"]["micro"]
    assert micro["precision"] is None and micro["recall"] == 0.0 and micro["f1"] == 0.0
    assert micro["note"] == "precision undefined: nothing suggested"
    assert report["episodes"]["recall_family"] == 0.0
    assert report["false_alarms"]["per_ordinary_turn"] == 0.0


def test_nothing_to_compare_is_undefined_with_notes() -> None:
    only_therapist = (turn(0, T, "Hello."),)
    report = suggestion_quality([GoldSession(1, only_therapist, (), ())], {}, BOOK)
    assert report["units"] == 0
    assert report["episodes"]["recall_family"] is None and "no episodes" in report["episodes"]["note"]
    assert report["false_alarms"]["per_ordinary_turn"] is None and "note" in report["false_alarms"]
    assert report["floors"]["episode_recall_family"]["met"] is None
    assert any("no client segments" in n for n in report["notes"])


def test_counts_block_zero_denominators() -> None:
    assert counts_block(0, 0, 0)["note"] == "precision, recall and F1 undefined: nothing marked or suggested"
    block = counts_block(3, 1, 2)
    assert block["precision"] == 0.75 and block["recall"] == 0.6
    assert block["f1"] == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))
    assert "note" not in block
