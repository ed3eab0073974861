"""The JSON interchange format: reading, strict validation with JSON paths, writing that round-trips."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.interchange import read_interchange, write_interchange
from rupturetool.io.reading import parse_file
from rupturetool.io.transcript import ParsedTranscript, ParsedTurn, RawTranscript

THERAPIST, CLIENT, OTHER = SpeakerRole.THERAPIST, SpeakerRole.CLIENT, SpeakerRole.OTHER
ROOT = Path(__file__).parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "json"
VALID: dict[str, Any] = json.loads((FIXTURES / "two_sessions.json").read_text(encoding="utf-8"))


def turns(session: ParsedTranscript | RawTranscript) -> list[tuple[str | None, str, float | None, float | None]]:
    return [(t.speaker_label, t.text, t.start, t.end) for t in session.turns]


def write(tmp_path: Path, document: object, name: str = "t.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document) if not isinstance(document, str) else document, encoding="utf-8")
    return path


def refused(tmp_path: Path, document: object) -> str:
    with pytest.raises(InputError) as error:
        parse_file(write(tmp_path, document), fmt="json")
    message = str(error.value)
    assert message.startswith("t.json: ") and "\n" not in message
    return message.removeprefix("t.json: ")


@pytest.mark.parametrize("fmt", [None, "json"])
def test_two_sessions_with_clients_dates_notes_roles_and_times(fmt: str | None) -> None:
    first, second = parse_file(FIXTURES / "two_sessions.json", fmt=fmt)
    assert (first.session_key, first.client_key, first.date) == ("2024-04-02-a", "C-022", date(2024, 4, 2))
    assert first.notes == "Fictional session. Client cancelled the previous week."
    assert turns(first) == [
        ("Dr. Lind", "We missed last week. How has it been?", 0.0, 4.2),
        ("Jo", "Fine. It's no big deal.", 4.8, 6.1),
        ("Dr. Lind", "I noticed you laughed as you said that.", 6.5, 9.0),
        ("(unknown)", "[inaudible]", 9.2, 10.0),
        ("Jo", "Honestly, I wasn't sure there was any point coming back.", 10.4, 14.9),
    ]
    assert first.speakers == {"Dr. Lind": THERAPIST, "Jo": CLIENT, "(unknown)": SpeakerRole.UNKNOWN}
    assert first.role_confidence["Jo"] == "stated in the file"
    assert (second.session_key, second.client_key, second.date, second.notes) == ("2024-04-09-a", "C-022", None, "")
    assert second.speakers == {"Dr. Lind": THERAPIST, "Jo": CLIENT, "Interpreter": OTHER}
    assert turns(second)[2] == ("Interpreter", "(repeats the question in Swedish)", None, None)
    assert first.checksum != second.checksum


def test_the_documented_example_is_valid() -> None:
    text = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert example is not None
    [session] = read_interchange(example.group(1), "interchange.md")
    assert session.session_key == "2024-04-02-a" and len(session.turns) == 4


def test_a_minimal_session() -> None:
    document = {"format": "rupturetool-transcript", "version": 1, "sessions": [{"turns": [
        {"speaker": "T", "text": "Hello."}, {"speaker": "P", "text": "Hi."}
    ]}]}  # fmt: skip
    [raw] = read_interchange(json.dumps(document), "m.json")
    assert (raw.session_key, raw.client_key, raw.date, raw.notes, raw.roles) == (None, None, None, "", {})
    assert turns(raw) == [("T", "Hello.", None, None), ("P", "Hi.", None, None)]
    assert [t.line for t in raw.turns] == [1, 2]


def mutate(change: Any) -> dict[str, Any]:
    document = copy.deepcopy(VALID)
    change(document)
    return document


def set_in(path: list[str | int], value: object) -> Any:
    def change(document: Any) -> None:
        for step in path[:-1]:
            document = document[step]
        document[path[-1]] = value

    return change


def delete(path: list[str | int]) -> Any:
    def change(document: Any) -> None:
        for step in path[:-1]:
            document = document[step]
        del document[path[-1]]

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (set_in(["version"], 2), "version: 2 is newer than this rupturetool reads (1); please update"),
        (set_in(["version"], 0), "version: 0 is not a version of this format (1 is)"),
        (set_in(["version"], "1"), "version: expected a whole number, got a string"),
        (set_in(["version"], True), "version: expected a whole number, got true/false"),
        (set_in(["format"], "other"), "format: expected 'rupturetool-transcript': this is not a rupturetool"),
        (delete(["version"]), "missing field 'version'"),
        (set_in(["extra"], 1), "unknown field 'extra' (fields: format, version, sessions)"),
        (set_in(["sessions"], []), "sessions: is empty"),
        (set_in(["sessions"], {}), "sessions: expected a list, got an object"),
        (set_in(["sessions", 1], []), "sessions[1]: expected an object, got a list"),
        (delete(["sessions", 0, "turns"]), "sessions[0]: missing field 'turns'"),
        (set_in(["sessions", 0, "turns"], []), "sessions[0].turns: is empty: a session needs at least one turn"),
        (set_in(["sessions", 1, "turns", 2, "text"], 5), "sessions[1].turns[2].text: expected a string, got a number"),
        (set_in(["sessions", 1, "turns", 2, "text"], "  "), "sessions[1].turns[2].text: is empty"),
        (delete(["sessions", 1, "turns", 3, "speaker"]), "sessions[1].turns[3]: missing field 'speaker'"),
        (set_in(["sessions", 0, "turns", 1, "speeker"], "Jo"), "sessions[0].turns[1]: unknown field 'speeker'"),
        (set_in(["sessions", 0, "turns", 1, "speaker"], "(unknown)"), "sessions[0].turns[1].speaker: use null"),
        (set_in(["sessions", 0, "turns", 1, "speaker"], ""), "sessions[0].turns[1].speaker: is empty"),
        (set_in(["sessions", 0, "turns", 0, "start"], "0:01"), "sessions[0].turns[0].start: expected seconds"),
        (set_in(["sessions", 0, "turns", 0, "start"], -1), "sessions[0].turns[0].start: expected seconds from"),
        (set_in(["sessions", 0, "turns", 0, "end"], False), "sessions[0].turns[0].end: expected seconds (a number)"),
        (set_in(["sessions", 0, "date"], "02/04/2024"), "sessions[0].date: expected a date as YYYY-MM-DD"),
        (set_in(["sessions", 0, "date"], "2024-02-30"), "sessions[0].date: expected a date as YYYY-MM-DD"),
        (set_in(["sessions", 0, "notes"], None), "sessions[0].notes: expected a string, got null"),
        (set_in(["sessions", 0, "client"], 22), "sessions[0].client: expected a string or null, got a number"),
        (set_in(["sessions", 0, "speakers"], []), "sessions[0].speakers: expected an object (label -> role)"),
        (
            set_in(["sessions", 0, "speakers", "Jo"], "patient"),
            "sessions[0].speakers[\"Jo\"]: expected one of therapist, client, other, got 'patient'",
        ),
        (set_in(["sessions", 0, "speakers", "Joe"], "client"), 'sessions[0].speakers["Joe"]: this speaker has no turn'),
        (set_in(["sessions", 1, "key"], None), "sessions[1].key: needed when a file holds several sessions"),
        (
            set_in(["sessions", 1, "key"], "2024-04-02-a"),
            "sessions[1].key: '2024-04-02-a' is also sessions[0]'s key",
        ),
    ],
)
def test_invalid_documents_name_the_json_path(tmp_path: Path, change: Any, message: str) -> None:
    assert refused(tmp_path, mutate(change)).startswith(message)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"format": "rupturetool-transcript", "version": 1,, }',
            "not valid JSON (line 1, column 51: Expecting property name",
        ),
        ('{"format": "rupturetool-transcript", "format": "x"}', "field 'format' appears twice in one object"),
        ("[1, 2]", "expected an object, got a list"),
        ('{"format": "rupturetool-transcript", "version": NaN}', "NaN is not a number JSON allows"),
        ("[" * 100_000, "not valid JSON (RecursionError)"),
    ],
)
def test_broken_json_is_refused(tmp_path: Path, text: str, message: str) -> None:
    assert refused(tmp_path, text).startswith(message)


def test_an_end_before_the_start_is_kept_with_a_warning(tmp_path: Path) -> None:
    [session, _] = parse_file(write(tmp_path, mutate(set_in(["sessions", 0, "turns", 1, "end"], 1))))
    assert session.turns[1].end == 1
    assert "sessions[0].turns[1]: ends (1 s) before it starts (4.8 s)" in session.warnings


def test_detection_needs_the_format_marker_or_a_json_suffix(tmp_path: Path) -> None:
    from rupturetool.io.interchange import READER

    marked = json.dumps(VALID)
    assert READER.sniff(marked, ".txt") == 0.95
    assert READER.sniff('{"a": 1}', ".json") == 0.4
    assert READER.sniff('{"a": 1}', ".txt") == 0.0
    assert READER.sniff("T: {hello}", ".json") == 0.0
    assert refused(tmp_path, {"a": 1}) == (
        'not a rupturetool interchange file (it has no "format": "rupturetool-transcript")'
    )


# --- writing -----------------------------------------------------------------------------------------------------


def test_write_then_read_gives_the_same_sessions(tmp_path: Path) -> None:
    parsed = parse_file(FIXTURES / "two_sessions.json")
    text = write_interchange(parsed)
    assert json.loads(text)["sessions"][0]["turns"][3]["speaker"] is None  # "(unknown)" goes back to null
    again = parse_file(write(tmp_path, text))
    for before, after in zip(parsed, again, strict=True):
        assert turns(after) == turns(before)
        assert after.speakers == before.speakers
        assert (after.session_key, after.client_key, after.date, after.notes) == (
            before.session_key,
            before.client_key,
            before.date,
            before.notes,
        )


def test_write_raw_transcripts_from_other_readers_round_trips(tmp_path: Path) -> None:
    sessions = parse_file(ROOT / "tests" / "fixtures" / "csv" / "sessions.csv")
    again = parse_file(write(tmp_path, write_interchange(sessions)))
    assert [turns(s) for s in again] == [turns(s) for s in sessions]
    assert [s.speakers for s in again] == [s.speakers for s in sessions]
    assert [(s.date, s.client_key) for s in again] == [(s.date, s.client_key) for s in sessions]


def test_writer_refuses_what_the_reader_would() -> None:
    one = RawTranscript(turns=[ParsedTurn("T", "Hi.", 1)])
    with pytest.raises(ValueError, match="distinct, non-null keys"):
        write_interchange([one, RawTranscript(turns=[ParsedTurn("T", "Hi.", 1)])])
    with pytest.raises(ValueError, match="no turn with text"):
        write_interchange([RawTranscript(turns=[ParsedTurn("T", "  ", 1)])])
    with pytest.raises(ValueError, match="no session"):
        write_interchange([])


JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
LABELS = st.one_of(st.none(), st.sampled_from(["T", "P", "Dr. Lind", "Jo", "Anna B"]))
TEXTS = st.text(min_size=1, max_size=40).filter(str.strip)
SECONDS = st.one_of(st.none(), st.floats(min_value=0, max_value=1e6))


@st.composite
def sessions(draw: st.DrawFn) -> list[RawTranscript]:
    count = draw(st.integers(1, 3))
    out = []
    for index in range(count):
        pieces = draw(st.lists(st.tuples(LABELS, TEXTS, SECONDS, SECONDS), min_size=1, max_size=6))
        labelled = sorted({label for label, *_ in pieces if label is not None})
        roles = {label: draw(st.sampled_from([THERAPIST, CLIENT, OTHER])) for label in labelled}
        out.append(
            RawTranscript(
                turns=[
                    ParsedTurn(label, text, n + 1, start, end) for n, (label, text, start, end) in enumerate(pieces)
                ],
                notes=draw(st.text(max_size=30)),
                session_key=f"k{index}" if count > 1 else draw(st.one_of(st.none(), st.just("only"))),
                date=draw(st.one_of(st.none(), st.dates())),
                roles=roles,
                client_key=draw(st.one_of(st.none(), st.text(min_size=1, max_size=8).filter(str.strip))),
            )
        )
    return out


@settings(max_examples=200, deadline=None)
@given(sessions())
def test_fuzz_written_documents_read_back_unchanged(raws: list[RawTranscript]) -> None:
    again = read_interchange(write_interchange(raws), "w.json")
    for before, after in zip(raws, again, strict=True):
        assert turns(after) == turns(before)
        assert after.roles == before.roles
        assert (after.session_key, after.client_key, after.date, after.notes) == (
            before.session_key,
            before.client_key,
            before.date,
            before.notes,
        )


@st.composite
def near_valid(draw: st.DrawFn) -> str:
    document = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 3))):
        node: Any = document
        while isinstance(node, dict | list) and node and draw(st.booleans()):
            key = draw(st.sampled_from(sorted(node)) if isinstance(node, dict) else st.integers(0, len(node) - 1))
            if not isinstance(node[key], dict | list) or draw(st.integers(0, 3)) == 0:
                node[key] = draw(JSON_VALUE)
                break
            node = node[key]
    text = json.dumps(document)
    if draw(st.booleans()):  # and now and then the text itself damaged
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(["", "}", "[", '"', ",", "\\", "\x00"])) + text[at + 1 :]
    return text


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-json")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(near_valid(), st.text(max_size=200), JSON_VALUE.map(json.dumps)))
def test_fuzz_json(fuzz_dir: Path, text: str) -> None:
    path = fuzz_dir / "f.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        result = parse_file(path, fmt="json")
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert result and all(s.turns and all(t.text for t in s.turns) for s in result)
