"""Complaint rules (suggest_complaint_rules): a sentence naming something of the therapy and saying something against
it is a C1/C3/C4 suggestion in any wording; other people's sessions and reported speech are not."""

from __future__ import annotations

import pytest
from turns_support import P, T, session

from rupturetool.nlp.suggest_complaint_rules import complaint_markers

ASK = "How are things today?"


def found(line: str) -> set[str]:
    return {m.subtype for m in complaint_markers(session([(T, ASK), (P, line)]), 1)}


@pytest.mark.parametrize(
    ("line", "subtype"),
    [
        ("Eighty-five a session is a lot, and it went up in September without much warning.", "C4"),
        ("That's twice in a month the session's been cancelled on me.", "C4"),
        ("I don't love that recorder. And this room, people can literally see in.", "C4"),
        ("Fifty minutes is too short, we've barely started and it's time.", "C4"),
        ("Writing my thoughts in little columns makes me feel like I'm back at school. It's patronising.", "C3"),
        ("Honestly the breathing stuff is a bit pointless for me.", "C3"),
        (
            "I can't see what my grandmother's kitchen has got to do with my wife moving out. Why does it always "
            "have to be childhood?",
            "C3",
        ),
        ("You always scribble something when I talk about my drinking.", "C1"),
        ("It makes me wonder if you actually read your notes before I come in.", "C1"),
        ("I've told you that, like, three times now.", "C1"),
    ],
)
def test_complaints_about_the_therapy_in_the_clients_own_words(line: str, subtype: str) -> None:
    assert subtype in found(line)


@pytest.mark.parametrize(
    "line",
    [
        "My gym sessions keep getting cancelled, it's so annoying.",
        "She said the appointments at the GP are always too short.",
        "The sessions with my physio are expensive but they help.",
        "I've cancelled twice. He's very shouty.",
        "Work's been a lot this week, I barely had time to eat.",
        "I did the thought record every night and it helped me notice the pattern.",
        "You know, you never know what's going to happen with him.",
        "Can we book the same time next week? Thursdays suit me.",
    ],
)
def test_ordinary_talk_is_not_a_complaint(line: str) -> None:
    assert found(line) == set()
