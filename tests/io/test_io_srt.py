"""SubRip transcripts: diarisation and name labels, continuing cues, markup, detection, errors, fuzzing."""

from __future__ import annotations

from pathlib import Path

import pytest
import reader_support
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.reading import parse_file
from rupturetool.io.srt import READER
from rupturetool.io.transcript import ReadOptions

FIXTURES = Path(__file__).parent.parent / "fixtures" / "srt"


turns, detected = reader_support.turns, reader_support.detected


def write(tmp_path: Path, text: str, name: str = "s.srt") -> Path:
    return reader_support.write(tmp_path, text, name)


def test_bracketed_diarisation_labels_and_a_continuing_cue() -> None:
    path = FIXTURES / "diarised.srt"
    expected = [
        ("SPEAKER_00", "Before we start, how did the homework go this week?", 0.8, 4.2),
        ("SPEAKER_01", "I guess.", 4.9, 6.1),
        ("SPEAKER_00", "You guess? Say a bit more about that.", 6.5, 10.0),
        ("SPEAKER_01", "(sighs) I didn't do it. Nothing works for me anyway, so what's the point.", 10.4, 15.6),
        ("SPEAKER_00", "It sounds like you're feeling pretty hopeless right now.", 16.2, 20.75),
    ]
    assert turns(path) == expected
    assert turns(path, fmt="srt") == expected
    [parsed] = parse_file(path)
    assert [t.line for t in parsed.turns] == [3, 7, 11, 15, 23]
    assert parsed.speakers == {"SPEAKER_00": SpeakerRole.THERAPIST, "SPEAKER_01": SpeakerRole.CLIENT}
    assert parsed.warnings == []


def test_role_names_as_labels_and_markup_stripped() -> None:
    [parsed] = parse_file(FIXTURES / "named.srt")
    assert [(t.speaker_label, t.text, t.start, t.end) for t in parsed.turns] == [
        ("Therapist", "We have about ten minutes left today.", 1.0, 4.0),
        ("Client", "Ten minutes? We just got started. Why do sessions always run this short?", 4.5, 9.25),
        ("Therapist", "It sounds like the time feels too short for what you need.", 9.8, 14.0),
        ("Client", "Whatever. It's fine. [laughs]", 14.6, 16.3),
    ]
    assert parsed.speakers == {"Therapist": SpeakerRole.THERAPIST, "Client": SpeakerRole.CLIENT}


def test_plain_diarisation_labels_and_a_colon_inside_talk() -> None:
    # "Look: ..." opens a cue but is talk: the speakers here are SPEAKER_nn.
    assert turns(FIXTURES / "unlabelled_colon.srt") == [
        ("SPEAKER_00", "What came up for you after last session?", 1.0, 3.0),
        ("SPEAKER_01", "Honestly? One thing: I left feeling judged. Look: I know you didn't mean it.", 3.5, 9.0),
        ("SPEAKER_00", "Thank you for telling me. Can you say more about feeling judged?", 9.5, 13.0),
    ]


def test_names_labels_and_an_unlabelled_first_cue(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "1\n00:00:00,000 --> 00:00:01,500\nright, is it recording?\n\n2\n00:00:02,000 --> 00:00:04,000\n"
        "Maya: How are you today?\n\n3\n00:00:04,500 --> 00:00:05,000\nJordan: I don't know.\n",
    )
    [parsed] = parse_file(path)
    assert [(t.speaker_label, t.text) for t in parsed.turns] == [
        ("(unknown)", "right, is it recording?"),
        ("Maya", "How are you today?"),
        ("Jordan", "I don't know."),
    ]
    assert parsed.warnings[0].startswith("line 3: speaker unknown ('right, is it recording?')")


def test_a_file_cut_off_after_good_cues_keeps_them_with_a_warning() -> None:
    [parsed] = parse_file(FIXTURES / "cut_at_end.srt")
    assert [(t.speaker_label, t.text) for t in parsed.turns] == [
        ("SPEAKER_00", "What would you like to focus on?"),
        ("SPEAKER_01", "You never tell me what to do."),
    ]
    assert parsed.warnings == ["line 10: the file ends in a cut-off timing line; that cue is lost"]


def test_cut_off_without_an_arrow_and_a_stray_cue_number(tmp_path: Path) -> None:
    good = "1\n00:00:01,000 --> 00:00:02,000\nT: Hello.\n\n2\n00:00:02,500 --> 00:00:03,000\nP: Hi.\n\n"
    [parsed] = parse_file(write(tmp_path, good + "3\n00:00:0"))
    assert len(parsed.turns) == 2
    assert parsed.warnings == ["line 10: the file ends in a cut-off cue; it is ignored"]
    [parsed] = parse_file(write(tmp_path, good + "3\n\n4\n00:00:04,000 --> 00:00:05,000\nT: So.\n"))
    assert parsed.warnings == ["line 9: cue 3 has no timing line; ignored"]
    with pytest.raises(InputError, match=r"^s\.srt: line 10: malformed timing line '00:00:0'$"):
        parse_file(write(tmp_path, good + "3\n00:00:0\n\n4\n00:00:04,000 --> 00:00:05,000\nT: So.\n"))


@pytest.mark.parametrize("name", ["diarised.srt", "named.srt", "unlabelled_colon.srt", "cut_at_end.srt"])
def test_detection_picks_srt(name: str) -> None:
    assert detected(FIXTURES / name) == "srt"


def test_detection_by_content_not_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, (FIXTURES / "named.srt").read_text(encoding="utf-8"), "captions.txt")
    assert detected(path) == "srt"
    assert turns(path)[0] == ("Therapist", "We have about ten minutes left today.", 1.0, 4.0)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken_timing.srt", "broken_timing.srt: line 6: malformed timing line '00:00:04,500 --> 00:00:0X,000'"),
        ("truncated.srt", "truncated.srt: no cue with any text found (is the file cut off?)"),
        ("no_speakers.srt", "no_speakers.srt: no cue names its speaker (expected 'SPEAKER_00: text'"),
    ],
)
@pytest.mark.parametrize("fmt", [None, "srt"])
def test_broken_files_are_one_line_errors(name: str, message: str, fmt: str | None) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(FIXTURES / name, fmt=fmt)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_therapist_option_counts_a_label_seen_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_00]: How are you?\n\n"
        "2\n00:00:02,000 --> 00:00:03,000\n[SPEAKER_01]: Tired.\n",
    )
    [parsed] = parse_file(path, options=ReadOptions(therapist="SPEAKER_01"))
    assert parsed.speakers == {"SPEAKER_00": SpeakerRole.CLIENT, "SPEAKER_01": SpeakerRole.THERAPIST}


# --- fuzzing: every input either reads (at least one turn) or fails with a one-line InputError -------------

VALID = [(FIXTURES / name).read_text(encoding="utf-8") for name in ("diarised.srt", "named.srt")]
TOKENS = ["1", "\n", "\n\n", "00:00:01,000", "00:00:02.5", " --> ", "-->", "[SPEAKER_00]: ", "SPEAKER_01: ",
          "Maya: ", ":", ",", "hi", "(sighs)", "<i>", "{\\an8}", " "]  # fmt: skip


def check_outcome(text: str) -> None:
    reader_support.check_outcome(READER, text, "fuzz.srt")


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
