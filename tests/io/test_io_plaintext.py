"""Plain-text transcripts: speaker labels, multi-line turns, preamble notes, role mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.plaintext import parse_plaintext
from rupturetool.io.reading import parse_file, read_transcript

THERAPIST, CLIENT, OTHER = SpeakerRole.THERAPIST, SpeakerRole.CLIENT, SpeakerRole.OTHER


def parse(text: str, therapist: str | None = None):
    return parse_plaintext(text, "s01.txt", "sum", therapist=therapist)


def turns_of(text: str, therapist: str | None = None) -> list[tuple[str, str]]:
    return [(t.speaker_label, t.text) for t in parse(text, therapist).turns]


def test_t_and_p_labels() -> None:
    parsed = parse("T: How was the week?\nP: Fine.\nT: Fine?\n")
    assert [(t.speaker_label, t.text) for t in parsed.turns] == [
        ("T", "How was the week?"),
        ("P", "Fine."),
        ("T", "Fine?"),
    ]
    assert parsed.speakers == {"T": THERAPIST, "P": CLIENT}
    assert parsed.warnings == []
    assert (parsed.source_name, parsed.checksum) == ("s01.txt", "sum")


@pytest.mark.parametrize(
    ("therapist_label", "client_label"),
    [("Therapist", "Client"), ("Counsellor", "Client"), ("Counselor", "Patient"), ("Th", "Pt")],
)
def test_role_words_as_labels(therapist_label: str, client_label: str) -> None:
    parsed = parse(f"{therapist_label}: Hello.\n{client_label}: Hi.\n")
    assert parsed.speakers == {therapist_label: THERAPIST, client_label: CLIENT}
    assert [t.text for t in parsed.turns] == ["Hello.", "Hi."]


def test_multi_line_turns_and_blank_lines() -> None:
    text = "Therapist: Hello.\n\nClient: It was\n   a long week.\n\nand then some.\n\nTherapist: Yes.\n"
    assert turns_of(text) == [
        ("Therapist", "Hello."),
        ("Client", "It was\na long week.\n\nand then some."),
        ("Therapist", "Yes."),
    ]


def test_turn_line_numbers_point_at_the_label() -> None:
    parsed = parse("Title\n\nT: one\nsecond line\nP: two\n")
    assert [t.line for t in parsed.turns] == [3, 5]


def test_preamble_becomes_notes_not_turns() -> None:
    parsed = parse("Session 5 — fictional\nDate: 12 Jan\nClient asked to start late.\n\nT: Hello.\nP: Hi.\n")
    assert parsed.notes == "Session 5 — fictional\nDate: 12 Jan\nClient asked to start late."
    assert [t.speaker_label for t in parsed.turns] == ["T", "P"]


def test_consecutive_lines_of_the_same_speaker_merge() -> None:
    assert turns_of("T: Hello.\nP: Hi.\nP: Sorry, I mean:\nP: hello.\nT: Ok.\n") == [
        ("T", "Hello."),
        ("P", "Hi.\nSorry, I mean:\nhello."),
        ("T", "Ok."),
    ]


def test_labels_match_case_insensitively_keeping_the_first_spelling() -> None:
    parsed = parse("Therapist: a\nClient: b\nTHERAPIST: c\nclient: d\n")
    assert [t.speaker_label for t in parsed.turns] == ["Therapist", "Client", "Therapist", "Client"]


def test_a_one_off_note_line_inside_a_turn_stays_text() -> None:
    assert turns_of("T: Hello.\nP: Hi.\nNote: she smiles\nthen looks away.\nT: Ok.\nP: Fine.\n") == [
        ("T", "Hello."),
        ("P", "Hi.\nNote: she smiles\nthen looks away."),
        ("T", "Ok."),
        ("P", "Fine."),
    ]


def test_file_without_labels_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes.\nNo speakers here.\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        parse_file(path)
    message = str(info.value)
    assert message.startswith("notes.txt: no speaker-labelled turns found")
    assert "\n" not in message


def test_labels_without_any_text_are_refused() -> None:
    with pytest.raises(InputError, match="no turn has any text"):
        parse("T:\nP:\nT:\n")


def test_empty_turn_is_skipped_with_a_warning() -> None:
    parsed = parse("T: Hello.\nP:\nT: Anyone?\nP: Yes.\n")
    # With the empty turn gone, the therapist's two lines are one turn.
    assert [(t.speaker_label, t.text) for t in parsed.turns] == [("T", "Hello.\nAnyone?"), ("P", "Yes.")]
    assert parsed.warnings == ["line 2: speaker 'P' says nothing; turn skipped"]


def test_therapist_option_maps_any_label() -> None:
    # Labels the role guesser would get wrong: the option decides, the other speaker becomes the client.
    parsed = parse("T: I'm the client here.\nP: And I'm the therapist.\nT: Ok.\nP: Ok.\n", therapist="P")
    assert parsed.speakers == {"T": CLIENT, "P": THERAPIST}
    assert parsed.warnings == []


def test_names_only_speakers_with_therapist_option() -> None:
    text = "Dr Rowe: Hello Anna.\nAnna: Hello.\nDr Rowe: How are you?\nAnna: Tired.\n"
    parsed = parse(text, therapist="anna")  # the option matches labels case-insensitively
    assert parsed.speakers == {"Dr Rowe": CLIENT, "Anna": THERAPIST}
    parsed = parse("Sam: Hello.\nAnna: Hi.\nSam: So.\nAnna: So.\n", therapist="Sam")
    assert parsed.speakers == {"Sam": THERAPIST, "Anna": CLIENT}
    assert parsed.warnings == []


def test_names_only_speakers_are_guessed_from_behaviour_and_flagged_when_unsure() -> None:
    # Nobody asks anything: opening the session is a weak hint, so the guess is reported as unsure.
    parsed = parse("Sam: Hello.\nAnna: Hi.\nSam: So.\nAnna: So.\n")
    assert parsed.speakers == {"Sam": THERAPIST, "Anna": CLIENT}
    assert len(parsed.warnings) == 2
    assert all("unsure" in w and "--therapist" in w for w in parsed.warnings)


def test_names_only_speakers_the_one_who_asks_is_the_therapist() -> None:
    parsed = parse("Anna: I had a bad week.\nSam: What happened?\nAnna: Work.\nSam: How did that feel?\n")
    assert parsed.speakers == {"Anna": CLIENT, "Sam": THERAPIST}
    assert parsed.warnings == []
    assert parsed.role_confidence["Sam"].startswith("behaviour")


def test_unknown_therapist_label_is_an_error() -> None:
    with pytest.raises(InputError, match=r"--therapist 'Dr X' is not a speaker in this transcript \(T, P\)"):
        parse("T: Hello.\nP: Hi.\n", therapist="Dr X")


def test_one_speaker_only_warns() -> None:
    parsed = parse("T: Hello?\nT: Anyone?\n")
    assert [t.text for t in parsed.turns] == ["Hello?\nAnyone?"]
    assert "only one speaker ('T') found" in parsed.warnings


def test_read_transcript_segments_reproduce_each_turn(transcript: Path) -> None:
    read = read_transcript(transcript)
    assert read.parsed.notes == "Session 5 — fictional test transcript\nClient asked to start late."
    assert [t.speaker_role for t in read.turns] == [THERAPIST, CLIENT] * 3
    assert [t.index for t in read.turns] == list(range(6))
    assert read.turns[3].text == "I don't know. Whatever you think.\nIt doesn't matter anyway."
    for turn in read.turns:
        assert "".join(turn.segment_text(s) for s in turn.segments) == turn.text
        assert [s.index for s in turn.segments] == list(range(len(turn.segments)))
    assert read.segment_count == sum(len(t.segments) for t in read.turns)
    assert len(read.turns[5].segments) >= 2


def test_unknown_format_is_refused(transcript: Path) -> None:
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        parse_file(transcript, fmt="pdf")
