"""Otter.ai text exports: speaker lines with times, turn ends, detection against plain text, errors, fuzzing."""

from __future__ import annotations

from pathlib import Path

import pytest
import reader_support
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.otter import READER
from rupturetool.io.reading import parse_file

FIXTURES = Path(__file__).parent.parent / "fixtures" / "otter"
MAYA, JORDAN = "Dr. Maya Okafor", "Jordan Reyes"


turns, detected = reader_support.turns, reader_support.detected


def write(tmp_path: Path, text: str, name: str = "s.txt") -> Path:
    return reader_support.write(tmp_path, text, name)


def test_speaker_lines_times_merged_blocks_and_footer() -> None:
    path = FIXTURES / "otter.txt"
    expected = [
        (
            MAYA,
            "Last week you mentioned the argument with your brother. How has that been sitting with you?",
            3.0,
            11.0,
        ),
        (JORDAN, "I guess. It's not a big deal.", 11.0, 16.0),
        (MAYA, "I notice you smiled as you said that.", 16.0, 21.0),
        # Two blocks from Jordan in a row are one turn; it ends where the next speaker starts.
        (
            JORDAN,
            "(laughs) Well, you never tell me what to do about it, so\nwhat am I supposed to say?\n"
            "Sorry. I know that came out wrong.",
            21.0,
            34.0,
        ),
        (MAYA, "There's nothing to apologise for. What was it like to say that to me?", 34.0, None),
    ]
    assert turns(path) == expected
    assert turns(path, fmt="otter") == expected
    [parsed] = parse_file(path)
    assert [t.line for t in parsed.turns] == [3, 6, 9, 12, 19]
    assert parsed.notes == "Session 7 — fictional"
    assert parsed.speakers == {MAYA: SpeakerRole.THERAPIST, JORDAN: SpeakerRole.CLIENT}
    assert parsed.warnings == []


def test_hours_and_tab_separated_speaker_lines() -> None:
    assert turns(FIXTURES / "otter_hours.txt") == [
        ("Speaker 1", "We have about ten minutes left, and I wanted to check in about how today felt.", 3725.0, 3734.0),
        ("Speaker 2", "Honestly? I don't see how this is helping.", 3734.0, 3740.0),
        ("Speaker 1", "Thank you for saying that. Can you tell me more?", 3740.0, 3746.0),
        ("Speaker 2", "It just feels like we're going in circles.", 3746.0, None),
    ]


def test_a_cut_off_last_speaker_line_is_reported() -> None:
    [parsed] = parse_file(FIXTURES / "cut_off.txt")
    assert [(t.speaker_label, t.text, t.start, t.end) for t in parsed.turns] == [
        (MAYA, "How are you today?", 3.0, 9.0),
        (JORDAN, "I guess it was okay.", 9.0, 14.0),
    ]
    assert parsed.warnings == ["line 7: speaker 'Dr. Maya Okafor' says nothing; the file may be cut off"]


def test_time_going_back_leaves_the_end_open(tmp_path: Path) -> None:
    path = write(tmp_path, "Maya  0:20\nHow was it?\n\nJordan  0:10\nFine.\n")
    [parsed] = parse_file(path, fmt="otter")
    assert [(t.start, t.end) for t in parsed.turns] == [(20.0, None), (10.0, None)]
    assert parsed.warnings[0] == "line 4: time goes back from the speaker line before it"


@pytest.mark.parametrize("name", ["otter.txt", "otter_hours.txt", "cut_off.txt", "bad_time.txt"])
def test_detection_prefers_otter_over_plain_text(name: str) -> None:
    assert detected(FIXTURES / name) == "otter"


def test_detection_leaves_labelled_plain_text_to_the_text_reader() -> None:
    assert detected(FIXTURES / "labelled_plain.txt") == "text"
    assert READER.sniff((FIXTURES / "labelled_plain.txt").read_text(encoding="utf-8"), ".txt") == 0.0


def test_a_time_inside_talk_is_not_a_speaker_line(tmp_path: Path) -> None:
    # Otter puts a blank line before every speaker line; "Tuesday at  3:30" straight after talk is talk.
    path = write(tmp_path, "Maya  0:03\nShall we move to\nTuesday at  3:30\n\nJordan  0:09\nWhatever you think.\n")
    assert turns(path)[0] == ("Maya", "Shall we move to\nTuesday at  3:30", 3.0, 9.0)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad_time.txt", "bad_time.txt: line 4: '0:75' is not a time (expected m:ss or h:mm:ss)"),
        ("labelled_plain.txt", "labelled_plain.txt: no Otter speaker lines found"),
    ],
)
def test_broken_files_are_one_line_errors(name: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(FIXTURES / name, fmt="otter")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_speaker_lines_without_any_text_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^s\.txt: speaker lines found but no text under any of them"):
        parse_file(write(tmp_path, "Maya  0:03\n\nJordan  0:09\n"), fmt="otter")


# --- fuzzing: every input either reads (at least one turn) or fails with a one-line InputError -------------

VALID = [(FIXTURES / name).read_text(encoding="utf-8") for name in ("otter.txt", "otter_hours.txt")]
TOKENS = ["Maya", "Speaker 1", "  ", "\t", "0:03", "1:02:03", "9:99", "\n", "\n\n", ":", "hi", "(laughs)",
          "Transcribed by https://otter.ai", " "]  # fmt: skip


def check_outcome(text: str) -> None:
    reader_support.check_outcome(READER, text, "fuzz.txt", every_turn_has_text=False)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        reader_support.mutated(VALID),
        st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
        st.text(max_size=300),
    )
)
def test_fuzz_reads_or_refuses_cleanly(text: str) -> None:
    check_outcome(text)
