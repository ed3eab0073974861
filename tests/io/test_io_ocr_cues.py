"""OCR slips ("| guess", "1'm") are suggested, never applied silently, and keep lengths; non-verbal cues
("(smiles)", "[laughs]") are recorded as spans and stay in the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupturetool.io import ocr
from rupturetool.io.nonverbal import find_cues
from rupturetool.io.reading import read_transcripts
from rupturetool.io.transcript import ReadOptions

# -- OCR suggestions ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found", "at", "fixed"),
    [
        ("| guess it was fine.", "|", 0, "I guess it was fine."),
        ("So 1 think we should stop.", "1", 3, "So I think we should stop."),
        ("1'm tired of this.", "1", 0, "I'm tired of this."),
        ("Well, 1’ve tried.", "1", 6, "Well, I’ve tried."),
        ("l guess so.", "l", 0, "I guess so."),
        ("Yes. l guess so.", "l", 5, "Yes. I guess so."),
        ("And | don't know why.", "|", 4, "And I don't know why."),
    ],
)
def test_slips_are_suggested(text: str, found: str, at: int, fixed: str) -> None:
    [correction] = ocr.suggest(7, text)
    assert (correction.turn_index, correction.start_char, correction.found, correction.replacement) == (
        7,
        at,
        found,
        "I",
    )
    assert correction.as_json() == {"turn": 7, "start_char": at, "from": found, "to": "I"}
    applied = ocr.apply(text, [correction])
    assert applied == fixed
    assert len(applied) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Item 1 was the hardest.",
        "I ate 1 apple.",
        "1 can of beans, 1 was enough.",
        "Hello, all is well; I feel lol.",
        "It will guess nothing.",  # "l" inside a word
        "The ball guess was wrong.",
        "A pencil|guess is no slip.",
        "Room 101 think tank.",
        "I guess it was fine.",  # already right
    ],
)
def test_no_suggestion_where_nothing_slipped(text: str) -> None:
    assert ocr.suggest(0, text) == []


def test_several_slips_in_one_turn_apply_together_keeping_the_length() -> None:
    text = "| guess so. 1 think 1'm tired. Item 1 was l guess fine."
    corrections = ocr.suggest(0, text)
    expected = [(0, "|"), (text.index("1 think"), "1"), (text.index("1'm"), "1"), (text.index("l guess"), "l")]
    assert [(c.start_char, c.found) for c in corrections] == expected
    applied = ocr.apply(text, corrections)
    assert applied == "I guess so. I think I'm tired. Item 1 was I guess fine."
    assert len(applied) == len(text)
    assert ocr.suggest(0, applied) == []  # applying is final: nothing more to suggest


def test_reading_suggests_but_keeps_the_text(tmp_path: Path) -> None:
    path = tmp_path / "ocr.txt"
    path.write_text("T: How was it?\nP: | guess it was fine. 1'm ok.\n", encoding="utf-8")
    [session] = read_transcripts(path)
    turn = session.turns[1]
    assert turn.text == "| guess it was fine. 1'm ok."
    assert turn.original_text is None
    assert [c.as_json() for c in session.parsed.corrections] == [
        {"turn": 1, "start_char": 0, "from": "|", "to": "I"},
        {"turn": 1, "start_char": 21, "from": "1", "to": "I"},
    ]
    assert any(w.startswith("line 2: 2 likely OCR slips") for w in session.parsed.warnings)


def test_reading_with_fix_ocr_applies_and_keeps_the_original(tmp_path: Path) -> None:
    path = tmp_path / "ocr.txt"
    path.write_text("T: How was it?\nP: | guess it was fine. 1'm ok.\n", encoding="utf-8")
    [session] = read_transcripts(path, options=ReadOptions(fix_ocr=True))
    untouched, fixed = session.turns
    assert (untouched.text, untouched.original_text) == ("How was it?", None)
    assert (fixed.text, fixed.original_text) == ("I guess it was fine. I'm ok.", "| guess it was fine. 1'm ok.")
    assert fixed.segments[-1].end_char == len(fixed.text) == len(fixed.original_text)


# -- non-verbal cues ----------------------------------------------------------------------------------------------

CUES = ["(smiles)", "(both laugh)", "[laughs]", "(sadness in voice)", "[inaudible 00:01:33]"]


@pytest.mark.parametrize("cue", CUES)
def test_cues_are_found_as_spans(cue: str) -> None:
    text = f"Well {cue} it was fine."
    [found] = find_cues(text)
    assert text[found.start_char : found.end_char] == cue


def test_an_aside_in_brackets_is_not_a_cue() -> None:
    assert find_cues("And he said (I said that) to me.") == ()
    text = "(I said that) fine (smiles)"
    assert [text[c.start_char : c.end_char] for c in find_cues(text)] == ["(smiles)"]


def test_cues_are_recorded_in_order_and_stay_in_the_text(tmp_path: Path) -> None:
    line = "Fine (smiles). We (both laugh) then [laughs] and (sadness in voice) so [inaudible 00:01:33] (I said that)."
    path = tmp_path / "cues.txt"
    path.write_text(f"T: How was it?\nP: {line}\n", encoding="utf-8")
    [session] = read_transcripts(path)
    turn = session.turns[1]
    assert turn.text == line  # nothing is taken out of the text
    assert [turn.text[c.start_char : c.end_char] for c in turn.cues] == CUES
    assert [c.start_char for c in turn.cues] == sorted(c.start_char for c in turn.cues)
    assert session.turns[0].cues == ()
    assert "".join(turn.segment_text(s) for s in turn.segments) == turn.text
