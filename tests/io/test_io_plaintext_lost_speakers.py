"""Plain-text transcripts through the whole reading pipeline: labels in their many spellings, lost speakers
kept as "(unknown)" and reported, refusal when little speaker structure is left, and a fuzz test."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.reading import ReadTranscript, read_transcripts
from rupturetool.io.transcript import UNKNOWN_SPEAKER, ReadOptions

THERAPIST, CLIENT, UNKNOWN = SpeakerRole.THERAPIST, SpeakerRole.CLIENT, SpeakerRole.UNKNOWN


def read(tmp_path: Path, text: str, *, name: str = "session.txt", therapist: str | None = None) -> ReadTranscript:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [session] = read_transcripts(path, options=ReadOptions(therapist=therapist))
    return session


def turns(session: ReadTranscript) -> list[tuple[str, str]]:
    return [(t.speaker_label, t.text) for t in session.turns]


def roles(session: ReadTranscript) -> list[str]:
    return [str(t.speaker_role) for t in session.turns]


def assert_exact_partition(session: ReadTranscript) -> None:
    assert session.turns, "a read session always has at least one turn"
    for turn in session.turns:
        assert turn.segments, f"turn {turn.index} has no segment"
        assert [s.index for s in turn.segments] == list(range(len(turn.segments)))
        assert turn.segments[0].start_char == 0
        assert turn.segments[-1].end_char == len(turn.text)
        for before, after in zip(turn.segments, turn.segments[1:], strict=False):
            assert before.end_char == after.start_char
        assert all(s.start_char < s.end_char for s in turn.segments)
        assert "".join(turn.segment_text(s) for s in turn.segments) == turn.text


# -- labels ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("therapist_label", "client_label"),
    [
        ("T", "P"),
        ("Therapist", "Client"),
        ("Counsellor", "Client"),
        ("Therapist", "Patient"),
        ("Counsellor", "Patient"),
    ],
)
def test_role_labels(tmp_path: Path, therapist_label: str, client_label: str) -> None:
    session = read(tmp_path, f"{therapist_label}: How was the week?\n{client_label}: Fine.\n{therapist_label}: Fine?\n")
    assert turns(session) == [
        (therapist_label, "How was the week?"),
        (client_label, "Fine."),
        (therapist_label, "Fine?"),
    ]
    assert session.parsed.speakers == {therapist_label: THERAPIST, client_label: CLIENT}
    assert session.parsed.role_confidence == {therapist_label: "label", client_label: "label"}
    assert roles(session) == ["therapist", "client", "therapist"]
    assert session.parsed.warnings == []
    assert_exact_partition(session)


def test_upper_case_labels(tmp_path: Path) -> None:
    session = read(tmp_path, "THERAPIST: How was it?\nCLIENT: Hard.\nTHERAPIST: Hard how?\n")
    assert turns(session) == [("THERAPIST", "How was it?"), ("CLIENT", "Hard."), ("THERAPIST", "Hard how?")]
    assert session.parsed.speakers == {"THERAPIST": THERAPIST, "CLIENT": CLIENT}


def test_upper_case_personal_names(tmp_path: Path) -> None:
    session = read(tmp_path, "SAM: How are you today?\nJO: Fine.\nSAM: Really? What happened?\nJO: Nothing.\n")
    assert turns(session) == [
        ("SAM", "How are you today?"),
        ("JO", "Fine."),
        ("SAM", "Really? What happened?"),
        ("JO", "Nothing."),
    ]
    assert session.parsed.speakers == {"SAM": THERAPIST, "JO": CLIENT}


def test_stray_whitespace_before_labels(tmp_path: Path) -> None:
    session = read(tmp_path, "  T: How was it?\n\t P: Fine.\n   T: Good.\n")
    assert turns(session) == [("T", "How was it?"), ("P", "Fine."), ("T", "Good.")]
    assert session.parsed.warnings == []


def test_label_alone_on_its_line_with_colon(tmp_path: Path) -> None:
    session = read(tmp_path, "Therapist:\nHow was the week?\nClient:\nIt was long.\nReally long.\nTherapist:\nI see.\n")
    assert turns(session) == [
        ("Therapist", "How was the week?"),
        ("Client", "It was long.\nReally long."),
        ("Therapist", "I see."),
    ]
    assert session.parsed.warnings == []


def test_all_caps_known_label_alone_without_colon(tmp_path: Path) -> None:
    session = read(tmp_path, "THERAPIST\nHow was the week?\nCLIENT\nIt was long.\nTHERAPIST\nI see.\n")
    assert turns(session) == [("THERAPIST", "How was the week?"), ("CLIENT", "It was long."), ("THERAPIST", "I see.")]
    assert session.parsed.speakers == {"THERAPIST": THERAPIST, "CLIENT": CLIENT}
    assert session.parsed.warnings == []


def test_preamble_is_kept_as_session_notes(tmp_path: Path) -> None:
    session = read(
        tmp_path,
        "Session 3 — fictional\nRecorded with consent.\n\nT: Where shall we start?\nP: Anywhere.\n",
    )
    assert session.parsed.notes == "Session 3 — fictional\nRecorded with consent."
    assert turns(session) == [("T", "Where shall we start?"), ("P", "Anywhere.")]
    assert session.turns[0].text == "Where shall we start?"  # the preamble is not in any turn


def test_turns_over_several_lines(tmp_path: Path) -> None:
    session = read(tmp_path, "T: One.\nP: It was\n  a long week.\n\nand then some.\nT: Yes.\n")
    assert turns(session) == [("T", "One."), ("P", "It was\na long week.\n\nand then some."), ("T", "Yes.")]
    assert_exact_partition(session)


def test_timestamps_become_start_seconds(tmp_path: Path) -> None:
    session = read(tmp_path, "[00:01:02] T: How are you?\n[00:01:10] P: Fine.\n[01:00:00] T: Time is up.\n")
    assert turns(session) == [("T", "How are you?"), ("P", "Fine."), ("T", "Time is up.")]
    assert [t.start for t in session.turns] == [62.0, 70.0, 3600.0]


def test_personal_names_guessed_from_behaviour(tmp_path: Path) -> None:
    session = read(tmp_path, "Anna: How was your week?\nBen: Ok.\nAnna: Really? What happened?\nBen: Nothing much.\n")
    assert session.parsed.speakers == {"Anna": THERAPIST, "Ben": CLIENT}
    basis = session.parsed.role_confidence
    assert basis["Anna"].startswith("behaviour") and "fairly sure" in basis["Anna"]
    assert basis["Ben"].startswith("behaviour") and "fairly sure" in basis["Ben"]
    assert session.parsed.warnings == []  # a fairly sure guess needs no warning


def test_unsure_behaviour_guess_is_warned(tmp_path: Path) -> None:
    session = read(tmp_path, "Anna: Hello.\nBen: Hi.\nAnna: So.\nBen: So.\n")  # nobody asks: only who opens
    assert session.parsed.speakers == {"Anna": THERAPIST, "Ben": CLIENT}
    assert "unsure" in session.parsed.role_confidence["Anna"]
    assert "unsure" in session.parsed.role_confidence["Ben"]
    warnings = session.parsed.warnings
    assert any("'Anna'" in w and "unsure" in w and "--therapist" in w for w in warnings), warnings
    assert any("'Ben'" in w and "unsure" in w for w in warnings), warnings


def test_therapist_option_settles_names(tmp_path: Path) -> None:
    session = read(tmp_path, "Anna: How was your week?\nBen: Ok?\nAnna: Fine.\n", therapist="Ben")
    assert session.parsed.speakers == {"Anna": CLIENT, "Ben": THERAPIST}
    assert session.parsed.role_confidence["Ben"] == "--therapist"
    assert roles(session) == ["client", "therapist", "client"]


def test_a_name_that_speaks_once_is_not_silently_given_to_the_previous_speaker(tmp_path: Path) -> None:
    session = read(tmp_path, "Anna: How was your week?\nBen: Fine.\nAnna: Good to hear. What happened?\n")
    silently_merged = "Ben" not in session.parsed.speakers and not any("Ben" in w for w in session.parsed.warnings)
    assert not silently_merged, f"Ben's words were given to Anna without a word: {turns(session)}"


# -- lost speakers -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lost_line", "kept_text"), [(": I guess so.", "I guess so."), (". yeah", "yeah")])
def test_a_line_that_lost_its_label_is_an_unknown_speaker(tmp_path: Path, lost_line: str, kept_text: str) -> None:
    session = read(tmp_path, f"T: How are you?\nP: Fine.\n{lost_line}\nT: Ok.\nP: Yes.\n")
    assert turns(session) == [
        ("T", "How are you?"),
        ("P", "Fine."),
        (UNKNOWN_SPEAKER, kept_text),
        ("T", "Ok."),
        ("P", "Yes."),
    ]
    assert session.turns[2].speaker_role is UNKNOWN
    assert session.parsed.speakers[UNKNOWN_SPEAKER] is UNKNOWN
    assert session.parsed.role_confidence[UNKNOWN_SPEAKER] == "speaker label missing in the file"
    [warning] = session.parsed.warnings
    assert warning.startswith("line 3: speaker unknown")
    assert UNKNOWN_SPEAKER in warning
    assert_exact_partition(session)


@pytest.mark.parametrize("stray", ["T", "p"])
def test_a_stray_letter_alone_on_its_line(tmp_path: Path, stray: str) -> None:
    session = read(tmp_path, f"T: How are you?\nP: Fine.\n{stray}\nwhat about it\nT: Ok.\nP: Yes.\n")
    assert turns(session) == [
        ("T", "How are you?"),
        ("P", "Fine."),
        (UNKNOWN_SPEAKER, "what about it"),
        ("T", "Ok."),
        ("P", "Yes."),
    ]
    assert session.turns[2].speaker_role is UNKNOWN
    warnings = session.parsed.warnings
    assert any(w.startswith("line 3: stray") and repr(stray) in w for w in warnings), warnings
    assert any(w.startswith("line 3: speaker unknown") for w in warnings), warnings


def test_every_lost_line_is_named_in_a_warning(tmp_path: Path) -> None:
    # Two lines in a row lost their labels: both are reported (they may even be two different speakers).
    session = read(tmp_path, "T: How are you?\n: Fine.\n: Really?\nP: Yes.\nT: Good.\n")
    unknown_text = "\n".join(text for label, text in turns(session) if label == UNKNOWN_SPEAKER)
    assert "Fine." in unknown_text and "Really?" in unknown_text
    warnings = session.parsed.warnings
    assert any(w.startswith("line 2:") for w in warnings), warnings
    assert any(w.startswith("line 3:") for w in warnings), warnings


def test_an_ellipsis_continuation_line_is_not_a_lost_label(tmp_path: Path) -> None:
    session = read(tmp_path, "P: I don't know\n...maybe I do.\nT: Maybe?\nP: Yes.\n")
    assert turns(session)[0] == ("P", "I don't know\n...maybe I do.")  # kept verbatim, with all three dots
    assert UNKNOWN_SPEAKER not in session.parsed.speakers


def test_most_turns_without_a_speaker_is_refused_naming_the_file(tmp_path: Path) -> None:
    text = "T: How are you?\n: Fine.\n: I guess.\n: Whatever.\nP: Ok.\n: Yes.\n: No.\n: Maybe.\n"
    with pytest.raises(InputError) as info:
        read(tmp_path, text, name="lost-labels.txt")
    assert "lost-labels.txt" in str(info.value)
    assert "cannot be determined" in str(info.value)


def test_no_speaker_structure_at_all_is_refused_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"notes\.txt: no speaker-labelled turns"):
        read(tmp_path, "Just some notes.\nNo speakers here.\n", name="notes.txt")


# -- fuzz: the whole pipeline either reads a faithful transcript or refuses with InputError -------------------------

BASE = [
    "Session 4 — fictional",
    "",
    "T: How was the week?",
    "P: Fine. (shrugs) It was fine.",
    "T: You shrugged. What was it like, really?",
    "P: I don't know. Whatever you think.",
    "It doesn't matter anyway.",
    "[00:12:01] T: I'd like to hear what it was like for you.",
    "P: | guess it was hard. [laughs]",
    "T: Hard?",
]

_index = st.integers(min_value=0, max_value=100)
_mutation = st.one_of(
    st.tuples(st.just("delete"), _index),
    st.tuples(st.just("duplicate"), _index),
    st.tuples(st.just("swap"), _index, _index),
    st.tuples(st.just("prefix"), _index, st.sampled_from([":", ".", ": ", ". ", "...", "p\n", "T\n"])),
    st.tuples(st.just("insert"), _index, st.text(max_size=30)),
    st.tuples(st.just("replace"), _index, st.text(max_size=30)),
)


def mutate(lines: list[str], mutations: list[tuple]) -> list[str]:
    lines = list(lines)
    for kind, at, *more in mutations:
        if not lines:
            lines = [""]
        i = at % len(lines)
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = more[0] % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "prefix":
            lines[i] = more[0] + lines[i]
        elif kind == "insert":
            lines.insert(i, more[0])
        else:
            lines[i] = more[0]
    return lines


def check_outcome(path: Path) -> None:
    try:
        sessions = read_transcripts(path)
    except InputError as exc:
        assert str(exc).strip(), "an InputError must carry a message"
        return
    assert isinstance(sessions, list) and sessions
    for session in sessions:
        assert isinstance(session, ReadTranscript)
        assert_exact_partition(session)


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".vtt", ".srt", ".csv", ".json", ".docx", ""]))
def test_fuzz_random_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        check_outcome(path)


@FUZZ
@given(
    mutations=st.lists(_mutation, max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_fuzz_near_valid_transcripts(mutations: list[tuple], encoding: str, newline: str) -> None:
    text = newline.join(mutate(BASE, mutations)) + newline
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.txt"
        path.write_bytes(text.encode(encoding, errors="surrogatepass"))
        check_outcome(path)


def test_the_unmutated_fuzz_base_reads(tmp_path: Path) -> None:
    session = read(tmp_path, "\n".join(BASE) + "\n")
    assert [t.speaker_label for t in session.turns] == ["T", "P", "T", "P", "T", "P", "T"]
    assert session.turns[4].start == 12 * 60 + 1
    assert_exact_partition(session)
