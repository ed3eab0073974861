"""Re-anchoring a turn's segments, cues and markers after its text is corrected (difflib opcodes on characters)."""

from __future__ import annotations

import itertools
import random

import pytest

from rupturetool.core.domain import Cue, MarkerAnchor, Segment, TurnState
from rupturetool.core.errors import InputError
from rupturetool.core.text_edits import correct_turn, map_span, opcodes

TEXT = "Fine. It was fine. Whatever you think."
#       0     6            19                 38


def state(text: str = TEXT, *, markers: tuple[MarkerAnchor, ...] = (), cues: tuple[Cue, ...] = ()) -> TurnState:
    cuts = [0] + [i + 2 for i in range(len(text) - 1) if text[i : i + 2] == ". "] + [len(text)]
    segments = tuple(Segment(i, a, b, id=100 + i) for i, (a, b) in enumerate(itertools.pairwise(cuts)))
    return TurnState(7, 2, text, None, segments, cues, markers)


def spans(s: TurnState) -> list[str]:
    return [s.text[seg.start_char : seg.end_char] for seg in s.segments]


def marked(s: TurnState) -> list[str]:
    return [s.text[m.start_char : m.end_char] for m in s.markers]


def test_the_test_turn() -> None:
    assert spans(state()) == ["Fine. ", "It was fine. ", "Whatever you think."]


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        ("Fine, thanks. It was fine. Whatever you think.", "was fine"),  # insertion before the span
        ("Fine. It was really fine. Whatever you think.", "was really fine"),  # insertion inside
        ("Fine. It was fine!! Whatever you think.", "was fine"),  # after it (the "." became "!!")
        ("Fin. It was fine. Whatever you think.", "was fine"),  # deletion before
        ("Fine. It was  fine. Whatever you think.", "was  fine"),  # insertion of a space inside
        ("Fine. It wa fine. Whatever you think.", "wa fine"),  # deletion inside
        ("Fine. It was fine. Whatever.", "was fine"),  # deletion after
        ("Fine. It is fine. Whatever you think.", "is fine"),  # a word of the span replaced
    ],
)
def test_a_span_keeps_its_text_through_edits_around_and_inside_it(new_text: str, expected: str) -> None:
    start, end = span_of(TEXT, "was fine")
    before = state(markers=(MarkerAnchor(1, start, end),))
    after = correct_turn(before, new_text)
    assert after.text == new_text
    assert marked(after) == [expected]


def test_text_inserted_at_a_span_edge_stays_outside_it() -> None:
    start, end = 13, 17  # the second "fine"
    assert TEXT[start:end] == "fine"
    after = correct_turn(state(markers=(MarkerAnchor(1, start, end),)), "Fine. It was XXfineYY. Whatever you think.")
    assert marked(after) == ["fine"]


def test_multi_byte_text_offsets_are_characters() -> None:
    text = "Ça va. 😊 C'est très bien. 日本語も話す。"
    start, end = span_of(text, "très bien")
    before = TurnState(
        1, 0, text, None, (Segment(0, 0, 7), Segment(1, 7, len(text))), (), (MarkerAnchor(9, start, end),)
    )
    after = correct_turn(before, "Ça va bien. 😊😊 C'est vraiment très bien. 日本語も話す。")
    assert marked(after) == ["vraiment très bien"] or marked(after) == ["très bien"]
    assert after.text[after.markers[0].start_char : after.markers[0].end_char].endswith("très bien")
    assert "".join(after.text[s.start_char : s.end_char] for s in after.segments) == after.text
    assert after.text[after.segments[1].start_char :].startswith("😊😊")


def test_segments_still_partition_the_text_and_keep_their_ids() -> None:
    after = correct_turn(state(), "Fine, really. It was fine. Whatever you say.")
    assert spans(after) == ["Fine, really. ", "It was fine. ", "Whatever you say."]
    assert [s.id for s in after.segments] == [100, 101, 102]


def test_text_inserted_at_a_segment_boundary_starts_the_following_segment() -> None:
    after = correct_turn(state(), "Fine. Honestly, it was fine. Whatever you think.")
    assert spans(after) == ["Fine. ", "Honestly, it was fine. ", "Whatever you think."]


def test_a_marker_on_a_whole_segment_stays_on_the_whole_segment() -> None:
    before = state(markers=(MarkerAnchor(5, 6, 19, segment_index=1), MarkerAnchor(6, 6, 18)))
    after = correct_turn(before, "Fine. Oh! It was fine. Whatever you think.")
    assert marked(after) == ["Oh! It was fine. ", "It was fine."]  # a plain span leaves insertions at its edge out
    assert after.markers[0].segment_index == 1


def test_cues_move_with_their_text() -> None:
    text = "Fine (smiles). It was fine."
    before = TurnState(1, 0, text, None, (Segment(0, 0, 15), Segment(1, 15, 27)), (Cue(5, 13),), ())
    after = correct_turn(before, "Oh, fine (smiles). It was fine.")
    assert [after.text[c.start_char : c.end_char] for c in after.cues] == ["(smiles)"]


def test_a_same_length_substitution_moves_nothing() -> None:
    text = "| guess so. ll be fine. 1'm tired."
    anchors = (MarkerAnchor(1, 0, 11), MarkerAnchor(2, 12, 23), MarkerAnchor(3, 24, 34))
    before = TurnState(1, 0, text, None, (Segment(0, 0, 12), Segment(1, 12, 24), Segment(2, 24, 34)), (), anchors)
    after = correct_turn(before, "I guess so. Il be fine. I'm tired.")
    assert after.markers == anchors
    assert after.segments == before.segments
    assert after.original_text == text


def test_the_imported_text_is_kept_and_forgotten_when_the_text_returns_to_it() -> None:
    corrected = correct_turn(state(), "Fine. It was ok. Whatever you think.")
    assert corrected.original_text == TEXT
    again = correct_turn(corrected, "Fine. It was good. Whatever you think.")
    assert again.original_text == TEXT  # always the imported text, not the previous correction
    back = correct_turn(again, TEXT)
    assert back.original_text is None
    assert back.segments == state().segments


def test_a_marker_whose_text_is_wholly_deleted_is_an_error() -> None:
    start, end = span_of(TEXT, "Whatever")
    before = state(markers=(MarkerAnchor(41, start, end),))
    with pytest.raises(InputError, match=r"deletes all of marker 41 \(“Whatever”\) in turn 3"):
        correct_turn(before, "Fine. It was fine. you think.")


def test_a_cue_whose_text_is_wholly_deleted_is_an_error() -> None:
    text = "Fine (smiles). It was fine."
    before = TurnState(1, 0, text, None, (Segment(0, 0, 15), Segment(1, 15, 27)), (Cue(5, 13),), ())
    with pytest.raises(InputError, match=r"deletes all of the cue “\(smiles\)”"):
        correct_turn(before, "Fine . It was fine.")


def test_a_segment_whose_words_are_all_deleted_is_an_error() -> None:
    text = "Yes. No way! Whatever."
    before = TurnState(1, 4, text, None, (Segment(0, 0, 5), Segment(1, 5, 13), Segment(2, 13, 22)), (), ())
    # difflib keeps the space after "No way!" and deletes the one after "Yes.": the words still count as deleted.
    with pytest.raises(InputError, match=r"turn 5: the correction deletes all of segment 2 \(“No way!”\); merge"):
        correct_turn(before, "Yes. Whatever.")


def test_an_empty_text_is_refused() -> None:
    with pytest.raises(InputError, match="cannot be empty"):
        correct_turn(state(), "   ")


def test_unchanged_text_is_the_same_state() -> None:
    before = state(markers=(MarkerAnchor(1, 0, 5),))
    assert correct_turn(before, TEXT) is before


def test_a_span_squeezed_by_a_shorter_replacement_takes_the_replacement() -> None:
    ops = opcodes("abcdefgh", "aXh")
    assert map_span(ops, "abcdefgh", 3, 5, 3, "x") == (1, 2)


def test_opcodes_always_rebuild_the_new_text() -> None:
    """The right-sliding of insertions and deletions keeps the opcodes a faithful edit script."""
    rnd = random.Random(4)
    for _ in range(2000):
        old = "".join(rnd.choice("ab .é") for _ in range(rnd.randint(1, 20)))
        new = "".join(rnd.choice("ab .é") for _ in range(rnd.randint(1, 20)))
        ops = opcodes(old, new)
        assert "".join(new[j1:j2] for _, _, _, j1, j2 in ops) == new
        assert all(old[i1:i2] == new[j1:j2] for tag, i1, i2, j1, j2 in ops if tag == "equal")
        assert "".join(old[i1:i2] for _, i1, i2, _, _ in ops) == old
