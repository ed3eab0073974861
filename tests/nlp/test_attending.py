"""Ruptures read back from the therapist's next turn (suggest_attending, with the learned turn models): a therapist
who attends to a rupture here and now points at the client turn before it; ordinary counselling talk does not."""

from __future__ import annotations

import pytest
from turns_support import P, T, session

from rupturetool.nlp.rule_suggester import suggest
from rupturetool.nlp.suggest_attending import attending, subtype_for

ATTENDING = {
    "You've gone very quiet since I mentioned your dad.": "W2",
    "You're smiling as you tell me that. I wonder what's underneath it.": "W6",
    "I notice we've drifted away from Friday again.": "W4",
    "It sounds like you're pretty frustrated with me right now.": "C",
    "I think I may have pushed you there. I'm sorry.": "either",
    "I'm wondering whether this way of working really fits you.": "C3",
    "That didn't land well at all, did it.": "C2",
    "Can we pause on what just happened between us?": "either",
    # No cue names this one; the learned stage-1 model recognises it (and names no family).
    "It sounded like a joke, but what's it like to say that to me?": "either",
}
ORDINARY = [
    "You sound really frustrated with your manager.",
    "What's that like for you, being the one who holds the family together?",
    "Let me ask you this: on a scale of one to ten, how important is cutting down?",
    "Thanks for exploring this with me today. Shall we book in for next week?",
    "I'm sorry, I didn't catch that. Could you say it again?",
    "Last week, when I suggested the diary, you seemed unsure. How did it go?",
    "It sounds like the weekend was hard. What happened when you got home?",
]


@pytest.mark.parametrize(("line", "reading"), ATTENDING.items())
def test_here_and_now_attending_is_recognised(line: str, reading: str) -> None:
    cue = attending(line)
    assert cue is not None and cue.reading == reading, cue


@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_therapist_talk_is_not_attending(line: str) -> None:
    assert attending(line) is None


@pytest.mark.parametrize(
    ("reading", "client", "terse", "expected"),
    [
        ("either", "Mm.", True, "W2"),
        ("either", "Please? Could you just email it over tonight? It'd take you five minutes.", False, "C7"),
        ("C", "Eighty-five a session is a lot, and it went up without warning.", False, "C4"),
        ("C", "You always scribble something when I talk about my drinking.", False, "C1"),
        (
            "either",
            "Well, I suppose in general people from my background just get on with it, it's a cultural "
            "thing, really, the whole generation was raised that way and there's not much to be said about it, "
            "is there, when you think about how things were back then for everyone.",
            False,
            "W3",
        ),
        ("W6", "Whatever.", True, "W6"),
        ("either", "Honestly? I don't see how filling in another worksheet is going to change anything.", False, "C3"),
        ("either", "(laughs) Yeah, my dad used to hit us with a belt. Good times.", False, "W6"),
        ("either", "Sorry, you're right, you know best. I'll do whatever you think.", False, "W5"),
        ("W", "I'm just useless at all of this. I always mess it up.", False, "W7"),
    ],
)
def test_the_client_turn_decides_what_a_family_only_cue_leaves_open(
    reading: str, client: str, terse: bool, expected: str
) -> None:
    assert subtype_for(reading, client, terse=terse) == expected


def test_a_calm_line_before_an_attending_turn_gets_a_marker_and_the_turn_a_stage_1() -> None:
    turns = session([(T, "How was the week?"), (P, "Fine. Busy."), (T, "You've gone a bit quiet since I said that.")])
    found = suggest(turns)
    marker = next(s for s in found if s.turn_index == 1 and s.subtype == "W2")
    assert "attends to a rupture" in marker.explanation and "gone quiet" in marker.explanation
    assert "said that" not in marker.explanation  # the therapist's words are described, never quoted
    assert [s.subtype for s in found if s.turn_index == 2] == ["1"]


def test_a_client_marker_the_therapist_confirms_is_one_suggestion_and_surer() -> None:
    line = "You just sit there nodding. You don't get it."
    alone = [s for s in suggest(session([(T, "What was that like?"), (P, line)])) if s.is_marker]
    confirmed = [
        s
        for s in suggest(session([(T, "What was that like?"), (P, line), (T, "You sound annoyed with me.")]))
        if s.is_marker
    ]
    assert {s.subtype for s in alone} == {s.subtype for s in confirmed} == {"C1"}
    assert len(alone) == len(confirmed)  # confirmed in place, not suggested twice
    assert max(s.confidence for s in confirmed) > max(s.confidence for s in alone)


def test_a_therapist_turn_after_another_therapist_turn_reads_nothing_back() -> None:
    turns = session([(P, "We went to the coast."), (T, "Lovely."), (T, "You've gone quiet.")])
    assert not [s for s in suggest(turns) if s.is_marker]
