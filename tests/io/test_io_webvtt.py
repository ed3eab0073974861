"""WebVTT transcripts (Zoom names, Teams voice spans): turns, times, detection, errors, fuzzing, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import reader_support
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.reading import parse_file
from rupturetool.io.transcript import ReadOptions
from rupturetool.io.webvtt import READER

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vtt"
MAYA, JORDAN, PRIYA, SAM = "Maya Okafor", "Jordan Reyes", "Dr. Priya Nair", "Sam Whitford"


turns, detected = reader_support.turns, reader_support.detected


def write(tmp_path: Path, text: str, name: str = "s.vtt") -> Path:
    return reader_support.write(tmp_path, text, name)


def test_zoom_names_cue_times_and_a_continuing_cue() -> None:
    path = FIXTURES / "zoom.vtt"
    expected = [
        (MAYA, "Last time we ended on your sister's visit. Where would you like to start today?", 1.2, 5.8),
        (JORDAN, "I guess.", 6.1, 8.0),
        (MAYA, "You guess. It sounds like it's hard to find a place to begin.", 8.4, 13.9),
        # Cue 5 has no name: it continues Jordan, joined with a space; the turn spans both cues.
        (
            JORDAN,
            "(laughs) It's fine. Honestly, you never tell me what to do, so I just sit here and talk in circles.",
            14.25,
            22.75,
        ),
        (MAYA, "I noticed you laughed as you said that. What's it like to say it to me?", 23.5, 29.0),
    ]
    assert turns(path) == expected
    assert turns(path, fmt="vtt") == expected
    [parsed] = parse_file(path)
    assert [t.line for t in parsed.turns] == [5, 9, 13, 17, 25]
    assert parsed.speakers == {MAYA: SpeakerRole.THERAPIST, JORDAN: SpeakerRole.CLIENT}
    assert parsed.warnings == []


def test_teams_voice_spans_ids_and_unpadded_times() -> None:
    assert turns(FIXTURES / "teams.vtt") == [
        (PRIYA, "How has the week been since we spoke about the new job?", 3.12, 7.4),
        (
            SAM,
            "Fine. [sighs] Whatever you think is best, really. I mean, we keep going over the same thing "
            "and I'm not getting any better.",
            7.9,
            16.48,
        ),
        (
            PRIYA,
            "It sounds like you're frustrated with how our work is going. Can we look at that together?",
            17.2,
            21.9,
        ),
    ]
    [parsed] = parse_file(FIXTURES / "teams.vtt")
    assert parsed.speakers == {PRIYA: SpeakerRole.THERAPIST, SAM: SpeakerRole.CLIENT}


def test_teams_missing_close_tags_short_times_and_markup() -> None:
    assert turns(FIXTURES / "teams_missing_close.vtt", fmt="vtt") == [
        (PRIYA, "What would feel most useful to talk about today?", 1.0, 4.5),
        (SAM, "I don't know.", 5.0, 6.2),
        (PRIYA, "Take your time. There's no right answer here.", 6.9, 11.0),
        (SAM, "Are you saying it's my fault that nothing changes? (sighs)", 11.5, 15.25),
    ]


def test_a_first_cue_without_a_name_is_an_unknown_speaker() -> None:
    [parsed] = parse_file(FIXTURES / "unnamed_start.vtt")
    assert [(t.speaker_label, t.text) for t in parsed.turns][:2] == [
        ("(unknown)", "okay, we're recording now."),
        (MAYA, "How are things with your partner this week?"),
    ]
    assert parsed.speakers["(unknown)"] is SpeakerRole.UNKNOWN
    assert parsed.warnings == [
        'line 7: speaker unknown ("okay, we\'re recording now."); stored as (unknown), please assign it'
    ]
    assert parsed.notes == ""  # "Kind: captions" and "Language: en" are header lines, not talk


@pytest.mark.parametrize(
    "name", ["zoom.vtt", "teams.vtt", "teams_missing_close.vtt", "unnamed_start.vtt", "zoom_as_text.txt"]
)
def test_detection_picks_vtt_whatever_the_suffix(name: str) -> None:
    assert detected(FIXTURES / name) == "vtt"


def test_a_txt_named_vtt_reads_as_vtt() -> None:
    assert turns(FIXTURES / "zoom_as_text.txt") == [
        (MAYA, "How was the drive in?", 1.0, 3.0),
        (JORDAN, "Fine.", 3.5, 5.0),
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("truncated.vtt", "truncated.vtt: line 4: malformed timing line '00:00:01.000 --> 00:0'"),
        ("timing_only.vtt", "timing_only.vtt: no cue with any text found (is the file cut off?)"),
        ("bad_timing.vtt", "bad_timing.vtt: line 8: malformed timing line '00:00:05.000 -> 00:00:07.000'"),
        ("not_vtt.vtt", "not_vtt.vtt: line 1: not a WebVTT file (it must start with 'WEBVTT'"),
    ],
)
@pytest.mark.parametrize("fmt", [None, "vtt"])
def test_broken_files_are_one_line_errors(name: str, message: str, fmt: str | None) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(FIXTURES / name, fmt=fmt)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_minutes_or_seconds_over_59_are_malformed(tmp_path: Path) -> None:
    path = write(tmp_path, "WEBVTT\n\n00:00:01.000 --> 00:00:61.000\nT: Hi.\n\n00:02.000 --> 00:03.000\nP: Hi.\n")
    with pytest.raises(InputError, match=r"^s\.vtt: line 3: malformed timing line '00:00:01.000 --> 00:00:61.000'"):
        parse_file(path)


def test_other_formats_forced_as_vtt_name_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, "1\n00:00:01,000 --> 00:00:02,000\nT: Hello.\n", "s.srt")
    with pytest.raises(InputError, match=r"^s\.srt: line 1: not a WebVTT file .*found '1'\)$"):
        parse_file(path, fmt="vtt")


def test_speakers_are_required(tmp_path: Path) -> None:
    path = write(tmp_path, "WEBVTT\n\n00:01.000 --> 00:02.000\nHow was the week?\n\n00:02.500 --> 00:03.000\nFine.\n")
    with pytest.raises(InputError, match=r"^s\.vtt: no cue names its speaker \(expected 'Name: text' lines"):
        parse_file(path)


def test_several_voices_in_one_cue_classes_and_entities(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "WEBVTT\n\n00:01.000 --> 00:04.000\n"
        "<v Therapist>Shall we stop there?</v> <v.soft Client>Fine &amp; dandy.</v>\n\n"
        "00:04.000 --> 00:06.000\n<v Therapist>&lt;pause&gt; You sound annoyed.\n",
    )
    assert turns(path) == [
        ("Therapist", "Shall we stop there?", 1.0, 4.0),
        ("Client", "Fine & dandy.", 1.0, 4.0),
        ("Therapist", "<pause> You sound annoyed.", 4.0, 6.0),
    ]


def test_style_and_note_blocks_cue_settings_and_named_ids_are_not_talk(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "WEBVTT - session 4\n\nSTYLE\n::cue { color: white }\n\nNOTE reviewed by MO --> ok\n\n"
        "intro\n00:00:01.000 --> 00:00:03.000 align:start position:10%\nT: Where shall we begin?\n\n"
        "00:00:03.500 --> 00:00:05.000\nC: Wherever. It doesn't matter.\n",
    )
    assert turns(path) == [
        ("T", "Where shall we begin?", 1.0, 3.0),
        ("C", "Wherever. It doesn't matter.", 3.5, 5.0),
    ]


def test_sloppy_layout_keeps_every_word_and_says_so(tmp_path: Path) -> None:
    # No blank line between cues 1 and 2; a blank line inside cue 2; a cue whose end comes before its start.
    path = write(
        tmp_path,
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nT: How was it to come today?\n2\n00:00:03.000 --> 00:00:05.000\n"
        "P: Honestly, I nearly cancelled.\n\nI didn't want to.\n\n3\n00:00:09.000 --> 00:00:08.000\nT: Say more?\n",
    )
    [parsed] = parse_file(path)
    assert [(t.speaker_label, t.text, t.start, t.end) for t in parsed.turns] == [
        ("T", "How was it to come today?", 1.0, 3.0),
        ("P", "Honestly, I nearly cancelled. I didn't want to.", 3.0, 5.0),
        ("T", "Say more?", 9.0, None),
    ]
    assert parsed.warnings == [
        "line 10: text outside any cue (a blank line inside a cue?); kept with the cue at line 7",
        "line 13: cue ends before it starts; its end time is ignored",
    ]


def test_a_file_cut_off_after_good_cues_keeps_them_with_a_warning(tmp_path: Path) -> None:
    text = (FIXTURES / "zoom.vtt").read_text(encoding="utf-8")
    [parsed] = parse_file(write(tmp_path, text + "\n7\n00:00:29.500 --> 00:0"))
    assert len(parsed.turns) == 5
    assert parsed.warnings == ["line 28: the file ends in a cut-off timing line; that cue is lost"]
    [parsed] = parse_file(write(tmp_path, text + "\n7\n00:00:29.500 --> 00:00:31.000\n"))
    assert parsed.warnings == ["line 28: the last cue has no text (is the file cut off?)"]


def test_a_one_off_colon_inside_talk_is_not_a_speaker(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Maya>How did it go?</v>\n\n00:02.000 --> 00:04.000\n"
        "<v Jordan>Badly.</v>\n\n00:04.000 --> 00:06.000\nHonestly: it was a disaster.\n",
    )
    assert turns(path)[-1] == ("Jordan", "Badly. Honestly: it was a disaster.", 2.0, 6.0)


def test_the_therapist_option_names_the_therapist() -> None:
    [parsed] = parse_file(FIXTURES / "zoom.vtt", options=ReadOptions(therapist="jordan reyes"))
    assert parsed.speakers == {MAYA: SpeakerRole.CLIENT, JORDAN: SpeakerRole.THERAPIST}


# --- fuzzing: every input either reads (at least one turn) or fails with a one-line InputError -------------

VALID = [(FIXTURES / name).read_text(encoding="utf-8") for name in ("zoom.vtt", "teams.vtt", "teams_missing_close.vtt")]
TOKENS = ["WEBVTT", "\n", "\n\n", "00:00:01.000", "0:0:7.4", " --> ", "-->", "<v Maya>", "</v>", "<v>", "Maya: ",
          "NOTE", "1", ":", ".", "hi", "[laughs]", "<i>", "&amp;", " "]  # fmt: skip


def check_outcome(text: str) -> None:
    reader_support.check_outcome(READER, text, "fuzz.vtt")


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


# --- end to end: the command line, in a fresh process ------------------------------------------------------


def rupturetool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rupturetool", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_cli_imports_a_vtt_with_turn_times(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'vtt.sqlite'}"
    done = rupturetool("--db", db, "import", str(FIXTURES / "zoom.vtt"), "--client", "X", "--json")
    assert done.returncode == 0, done.stderr
    [session] = json.loads(done.stdout)["sessions"]
    assert session["turns"] == 5
    done = rupturetool("--db", db, "show", str(session["id"]), "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    # Stored under pseudonyms (the roles are guessed from how they talk): Maya opens, so "Speaker 1".
    maya, jordan = "Speaker 1", "Speaker 2"
    assert [(t["speaker_label"], t["start"], t["end"]) for t in shown["turns"]] == [
        (maya, 1.2, 5.8),
        (jordan, 6.1, 8.0),
        (maya, 8.4, 13.9),
        (jordan, 14.25, 22.75),
        (maya, 23.5, 29.0),
    ]
    assert shown["turns"][1]["text"] == "I guess."
