"""Grouped alternations (nlp/regex_trie.py) find exactly what the plain patterns find, and case folding for the
lower-case regexes (nlp/text_fold.py) keeps every offset."""

from __future__ import annotations

import re

import pytest

from rupturetool.nlp import suggest_complaint_rules, suggest_guards
from rupturetool.nlp.regex_trie import any_of, compile_grouped, group_branches, split_branches
from rupturetool.nlp.text_fold import fold

TEXTS = [
    "Maybe you could try the breathing exercise again this week?",
    "I said it's fine. He told me to stop. She was like, whatever.",
    "The fees went up again and the session was too short, it's ridiculous.",
    "That homework is pointless, honestly, I don't see the point of these worksheets.",
    "a ab abc abcd b ba bab fees fee feed feeds perhaps perhapsing",
    "It was awful, I cried, but (laughs) the party was brilliant fun.",
    "",
]


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:a|ab|abc|b|ba)\b",
        r"\b(?:ab|a|abc)",  # order within a letter decides which branch wins at a place
        r"\b(?:fees?|feed|f\w+|perhaps|p)(?![a-z])",
        r"\b(?:a?b|ab|\w+c|abc)\b",  # a quantified first letter is not grouped
        r"\b(?:[ab]c|ab|(?:ba|b)b)\b",
        r"abc|ab|a|b\w*",
        suggest_guards._INTERVENTION.pattern,
        suggest_guards._REPORTED.pattern,
        suggest_complaint_rules._GRIEVANCE.pattern,
        suggest_complaint_rules._PUT_DOWN.pattern,
    ],
)
def test_grouped_pattern_finds_the_same_matches(pattern: str) -> None:
    plain, grouped = re.compile(pattern), compile_grouped(pattern)
    for text in TEXTS:
        assert matches(grouped, fold(text)) == matches(plain, fold(text))


def test_branches_are_grouped_by_letter_in_runs() -> None:
    assert group_branches(["fees?", "invoices?", "foo", r"\w+", "fig"]) == r"f(?:ees?|oo)|i(?:nvoices?)|\w+|f(?:ig)"
    assert compile_grouped(r"\b(?:fee|foo)\b").pattern == r"\b(?:f(?:ee|oo))\b"


def test_patterns_it_cannot_group_are_compiled_unchanged() -> None:
    for pattern in [r"\b(?:a)x(?:b)", r"\bfoo\b", r"x(?:a|b)"]:
        assert compile_grouped(pattern).pattern == pattern


def test_branches_split_only_at_top_level() -> None:
    assert split_branches(r"a|b(?:c|d)|[|]x|\|y|[]|]z") == ["a", "b(?:c|d)", "[|]x", r"\|y", "[]|]z"]


def test_any_of_matches_where_one_of_the_patterns_does() -> None:
    patterns = [r"\bi (?:notice|see)\b", r"\bwe(?:'re| are) stuck\b|\bsomething shifted\b"]
    combined = any_of(patterns)
    for text in ["I notice you went quiet", "It feels like we're stuck", "Something shifted", "nothing here", ""]:
        folded = fold(text)
        assert bool(combined.search(folded)) == any(re.search(p, folded) for p in patterns)


def test_folding_keeps_every_offset() -> None:
    assert fold("I’M Fine, ‘Really’") == "i'm fine, 'really'"
    text = "İstanbul was FINE"  # "İ".lower() is two characters long: folding must not shift what follows
    assert len(fold(text)) == len(text)
    assert fold(text)[text.index("FINE") :] == "fine"
