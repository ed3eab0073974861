"""CSV, TSV and Excel transcripts: column recognition, many sessions per file, times, roles, errors; AnnoMI."""

from __future__ import annotations

import csv
import io
import os
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.decoding import decode_text
from rupturetool.io.formats import SNIFF_BYTES, detect, reader
from rupturetool.io.reading import parse_file
from rupturetool.io.tabular import choose_delimiter, normalise_column, parse_seconds
from rupturetool.io.transcript import ParsedTranscript, ReadOptions

THERAPIST, CLIENT = SpeakerRole.THERAPIST, SpeakerRole.CLIENT
FIXTURES = Path(__file__).parent.parent / "fixtures" / "csv"
PROJECT = Path(__file__).parent.parent.parent
ANNOMI = Path(os.environ.get("RUPTURETOOL_ANNOMI_CSV", PROJECT.parent / "shared/corpora/annomi/AnnoMI-simple.csv"))


def turns(session: ParsedTranscript) -> list[tuple[str | None, str, float | None, float | None]]:
    return [(t.speaker_label, t.text, t.start, t.end) for t in session.turns]


def detected(path: Path) -> str:
    data = path.read_bytes()
    return detect(data[:SNIFF_BYTES], decode_text(data, path.name)[:SNIFF_BYTES], path).name


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- fixtures ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [None, "csv"])
def test_many_sessions_with_session_id_speaker_utterance_time(fmt: str | None) -> None:
    first, second = parse_file(FIXTURES / "sessions.csv", fmt=fmt)
    assert (first.session_key, second.session_key) == ("s01", "s02")
    assert turns(first) == [
        ("Therapist", "Last week you said the homework felt pointless. Can we start there?", 4.0, None),
        ("Client", "Sure, if you want.", 11.0, None),
        ("Therapist", '"If you want" — it sounds like it\'s more my idea than yours.', 14.0, None),
        # two rows of one speaker (a third, empty, is skipped) are one turn; its end is the last row's time
        ("Client", "Well, it is your idea.\nI just go along with it.\nWhatever you think.", 21.0, 33.0),
    ]
    assert [t.line for t in first.turns] == [2, 3, 4, 5]
    assert first.warnings == ["row 6: empty text; row skipped"]
    assert turns(second) == [
        ("therapist", "What would make today's session worthwhile for you?", 62.0, None),
        ("client", "I don't know. Not this again.", 69.5, None),
        ("therapist", "Not this again?", 75.0, None),
        ("client", "We keep going over the same ground, and I'm not getting better.", 79.25, None),
    ]
    assert first.speakers == {"Therapist": THERAPIST, "Client": CLIENT}
    assert second.speakers == {"therapist": THERAPIST, "client": CLIENT}
    assert set(first.role_confidence.values()) == {"stated in the file"}
    assert (first.date, second.date) == (date(2024, 3, 5), date(2024, 3, 12))
    assert (first.client_key, second.client_key) == ("C-014", "C-014")
    assert first.checksum != second.checksum  # told apart by their keys
    assert second.warnings == []


def test_semicolon_csv_with_quotes_and_decimal_commas() -> None:
    assert detected(FIXTURES / "semicolon.csv") == "csv"
    [session] = parse_file(FIXTURES / "semicolon.csv")
    assert session.session_key is None
    assert turns(session) == [
        ("T", "Hello, how was the drive in?", 3.0, 6.5),
        ("P", "Fine, fine. Traffic, you know.", 7.0, 10.0),
        ("T", 'You said "fine" twice.', 11.0, 13.0),
        ("P", "Did I? I hadn't noticed; it doesn't matter.", 14.0, 19.0),
    ]
    assert session.speakers == {"T": THERAPIST, "P": CLIENT}


@pytest.mark.parametrize("fmt", [None, "tsv", "csv"])
def test_tsv_with_conversation_who_content_and_end(fmt: str | None) -> None:
    c7, c8 = parse_file(FIXTURES / "sessions.tsv", fmt=fmt)
    assert (c7.session_key, c8.session_key) == ("c7", "c8")
    assert turns(c7) == [
        ("Counsellor", "Shall we pick up where we left off?", 3.0, 5.5),
        ("Client", "I suppose.", 6.0, 7.0),
        ("Counsellor", "You suppose?", 7.5, 8.0),
        ("Client", '"Fine," I said, and that was that.', 9.0, 12.0),  # a tab file without quoting keeps quotes
    ]
    assert turns(c8) == [
        ("Counsellor", "How are you arriving today?", 2.0, 4.0),
        ("Client", "Tired. And a bit annoyed with you, honestly.", 4.5, 9.0),
    ]
    assert c7.speakers == {"Counsellor": THERAPIST, "Client": CLIENT}
    assert c7.role_confidence == {"Client": "stated in the file", "Counsellor": "label"}


def test_tab_files_are_detected_as_tsv_and_comma_files_as_csv() -> None:
    assert detected(FIXTURES / "sessions.tsv") == "tsv"
    assert detected(FIXTURES / "sessions.csv") == "csv"


def test_unfamiliar_columns_need_a_mapping() -> None:
    path = FIXTURES / "custom_columns.csv"
    assert detected(path) == "csv"  # a regular table with a .csv suffix: ours, even if the columns are not
    with pytest.raises(InputError) as error:
        parse_file(path)
    message = str(error.value)
    assert message.startswith("custom_columns.csv: no speaker or text column recognised")
    assert "'Visit', 'Participant', 'Words', 'Clock', 'Notes'" in message and "\n" not in message
    columns = {"speaker": "Participant", "text": "words", "session": "Visit", "time": "Clock"}
    [session] = parse_file(path, options=ReadOptions(columns=columns))
    assert session.session_key == "v1"
    assert turns(session) == [
        ("Dr Reyes", "Where shall we begin?", 2.0, None),
        ("Sam", "You always ask that, and then you decide anyway.", 5.0, None),
        ("Dr Reyes", "That sounds frustrating.", 11.0, None),
        ("Sam", "It is.", 13.0, None),
    ]
    assert session.speakers == {"Dr Reyes": THERAPIST, "Sam": CLIENT}


def test_a_mapping_overrides_the_guess() -> None:
    # "Client Code" would be the client column; map the session to it instead.
    sessions = parse_file(FIXTURES / "sessions.csv", options=ReadOptions(columns={"session": "client_code"}))
    assert [s.session_key for s in sessions] == ["C-014"]
    assert len(sessions[0].turns) == 8


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        ({"speaker": "Who"}, "no column 'Who' (for speaker); columns found: 'Visit', 'Participant'"),
        ({"text": "Words", "speaker": "Participant", "time": "When"}, "no column 'When' (for time)"),
        ({"speech": "Words"}, "unknown field 'speech' in the column mapping"),
    ],
)
def test_a_mapping_to_a_missing_column_names_the_columns(columns: dict[str, str], expected: str) -> None:
    with pytest.raises(InputError, match=r"^custom_columns\.csv: ") as error:
        parse_file(FIXTURES / "custom_columns.csv", options=ReadOptions(columns=columns))
    assert expected in str(error.value)


def test_a_bad_time_names_the_row() -> None:
    with pytest.raises(InputError) as error:
        parse_file(FIXTURES / "bad_time.csv")
    assert str(error.value) == (
        "bad_time.csv: row 4: time '00:00:1x' is not a time (expected e.g. 00:01:02, 1:02 or 62.5 seconds)"
    )


# --- times, columns, dialects ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("00:01:02", 62.0),
        ("1:02", 62.0),
        ("62.5", 62.5),
        ("0:0:7.4", 7.4),
        ("62,5", 62.5),
        ("01:02:03,250", 3723.25),
        ("[00:00:13]", 13.0),
        ("75:30", 4530.0),
        ("", None),
        (None, None),
        (12, 12.0),
        (2.5, 2.5),
        (clock(0, 1, 2, 500000), 62.5),
    ],
)
def test_times_in_seconds(value: object, seconds: float | None) -> None:
    assert parse_seconds(value) == (seconds, None)


def test_an_odd_but_readable_time_is_read_and_noted() -> None:
    assert parse_seconds("00:09:025") == (565.0, "time '00:09:025' read as 00:09:25")


@pytest.mark.parametrize("value", ["abc", "1:60", "1:61:00", "-3", "1e3", "nan", "1::2", "1:2:3:4", True, -1.0])
def test_unreadable_times(value: object) -> None:
    with pytest.raises(ValueError):
        parse_seconds(value)


@pytest.mark.parametrize(
    "header", ["speaker,text", "SPEAKER,Utterance_Text", "Interlocutor,utterance-text", "who,CONTENT", "Role,Text"]
)
def test_column_names_are_recognised_ignoring_case_spaces_underscores_hyphens(tmp_path: Path, header: str) -> None:
    [session] = parse_file(write(tmp_path, "t.csv", f"{header}\nT,Hello.\nP,Hi.\n"))
    assert turns(session) == [("T", "Hello.", None, None), ("P", "Hi.", None, None)]
    assert normalise_column(" Session ID ") == normalise_column("session_id") == normalise_column("Session-Id")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("speaker,text\nT,Hello; how are you?\n", ","),
        ("speaker;text\nT;Hello, how are you?\n", ";"),
        ("speaker\ttext\nT\tHello, how are you; really?\n", "\t"),
        ('"speaker";"text"\n"T";"a, b, c"\n', ";"),
    ],
)
def test_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    assert choose_delimiter(text) == delimiter


def test_quoted_tab_fields_are_unquoted(tmp_path: Path) -> None:
    path = write(tmp_path, "q.tsv", 'speaker\ttext\nT\t"Two\tcells? No, one with a tab."\nP\t"She said ""no""."\n')
    [session] = parse_file(path)
    assert [t.text for t in session.turns] == ["Two\tcells? No, one with a tab.", 'She said "no".']


def test_without_a_session_column_the_file_is_one_session(tmp_path: Path) -> None:
    [session] = parse_file(write(tmp_path, "one.csv", "Speaker,Text\nTherapist,Hello.\nClient,Hi.\n"))
    assert session.session_key is None and session.client_key is None and session.date is None


def test_sessions_come_in_order_of_first_appearance_even_when_interleaved(tmp_path: Path) -> None:
    text = "session,speaker,text\nb,T,one\na,T,two\nb,P,three\na,P,four\n"
    b, a = parse_file(write(tmp_path, "mixed.csv", text))
    assert (b.session_key, a.session_key) == ("b", "a")
    assert turns(b) == [("T", "one", None, None), ("P", "three", None, None)]
    assert [t.line for t in a.turns] == [3, 5]


def test_a_missing_session_value_goes_with_the_row_above(tmp_path: Path) -> None:
    text = "session,speaker,text\nx,T,one\n,P,two\n,T,three\ny,T,four\n"
    x, y = parse_file(write(tmp_path, "gaps.csv", text))
    assert [t.text for t in x.turns] == ["one", "two", "three"]
    assert x.warnings == ["2 rows (3–4) with no session value kept with session 'x', the row above"]
    assert [t.text for t in y.turns] == ["four"]
    with pytest.raises(InputError, match=r"^first\.csv: row 2: no session value"):
        parse_file(write(tmp_path, "first.csv", "session,speaker,text\n,T,one\n"))


def test_a_session_without_text_and_a_header_without_rows_are_refused(tmp_path: Path) -> None:
    text = "session,speaker,text\nx,T,one\ny,T,\n"
    with pytest.raises(InputError, match=r"^empty\.csv: session 'y' has no row with text \(column 'text'\)$"):
        parse_file(write(tmp_path, "empty.csv", text))
    with pytest.raises(InputError, match=r"^header\.csv: a header row but no rows of talk under it$"):
        parse_file(write(tmp_path, "header.csv", "speaker,text\n\n"), fmt="csv")


def test_an_empty_speaker_cell_is_an_unknown_speaker(tmp_path: Path) -> None:
    [session] = parse_file(write(tmp_path, "u.csv", "speaker,text\nT,How was it?\n,mm\nP,Fine.\nT,Fine?\n"))
    assert [t.speaker_label for t in session.turns] == ["T", "(unknown)", "P", "T"]
    assert session.speakers["(unknown)"] is SpeakerRole.UNKNOWN


def test_a_role_column_beside_a_speaker_column_states_roles(tmp_path: Path) -> None:
    text = "speaker,role,text\nAlex,Client,Hi.\nKim,Therapist,Hello. How are you?\nAlex,client,Tired.\n"
    [session] = parse_file(write(tmp_path, "roles.csv", text))
    assert session.speakers == {"Alex": CLIENT, "Kim": THERAPIST}
    assert set(session.role_confidence.values()) == {"stated in the file"}


def test_speaker_labels_differing_in_case_are_one_speaker(tmp_path: Path) -> None:
    [session] = parse_file(write(tmp_path, "case.csv", "speaker,text\nAnna,one\nBen,two\nANNA,three\n"))
    assert [t.speaker_label for t in session.turns] == ["Anna", "Ben", "Anna"]


def test_odd_values_warn(tmp_path: Path) -> None:
    text = (
        "session,speaker,text,start,end,date,client\n"
        "s,T,one,00:00:05,00:00:03,2024-01-02,C1\n"
        "s,P,two,00:00:06,,02/01/2024,C2\n"
        "s,T,three,00:00:07,,2024-01-03,\n"
    )
    [session] = parse_file(write(tmp_path, "odd.csv", text))
    assert session.warnings == [
        "row 2: ends (00:00:03) before it starts (00:00:05); end ignored",
        "row 3: date '02/01/2024' is not YYYY-MM-DD; ignored",
        "row 3: client 'C2' differs from 'C1' above; kept the first",
        "row 4: date '2024-01-03' differs from '2024-01-02' above; kept the first",
    ]
    assert (session.date, session.client_key) == (date(2024, 1, 2), "C1")
    assert session.turns[0].end is None


def test_broken_quoting_names_the_line(tmp_path: Path) -> None:
    text = 'speaker,text\nT,"Hello." she said\nP,Hi.\n'
    with pytest.raises(InputError, match=r"^bad\.csv: line 2: cannot read this csv"):
        parse_file(write(tmp_path, "bad.csv", text), fmt="csv")


def test_a_csv_is_detected_by_content_whatever_its_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, "export.txt", "Session ID,Speaker,Utterance,Time\n1,T,Hello.,0:01\n1,P,Hi.,0:02\n")
    assert detected(path) == "csv"
    assert [t.start for t in parse_file(path)[0].turns] == [1.0, 2.0]


# --- Excel ----------------------------------------------------------------------------------------------------


def workbook(tmp_path: Path, sheets: dict[str, list[list[object]]], name: str = "s.xlsx") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


XLSX_ROWS: list[list[object]] = [
    ["Session", "Speaker", "Utterance", "Time", "Date", "Client ID"],
    [101, "Therapist", "What brings you here today?", clock(0, 0, 4), date(2024, 5, 6), "K-7"],
    [101, "Client", "My GP sent me. I'm not sure I need this.", 9.5, date(2024, 5, 6), "K-7"],
    [101, "Therapist", "You're not sure you need it.", "0:15", None, None],
    [None, None, None, None, None, None],
    [102, "Client", "Can we make it shorter today?", "00:01:02", None, "K-7"],
    [102, "Therapist", "You'd like a shorter session.", 70, None, None],
]


@pytest.mark.parametrize(("name", "fmt"), [("s.xlsx", None), ("s.xlsx", "xlsx"), ("no_suffix", None)])
def test_xlsx_sessions_times_dates_clients(tmp_path: Path, name: str, fmt: str | None) -> None:
    path = workbook(tmp_path, {"Transcript": XLSX_ROWS}, name)
    first, second = parse_file(path, fmt=fmt)
    assert (first.session_key, second.session_key) == ("101", "102")
    assert turns(first) == [
        ("Therapist", "What brings you here today?", 4.0, None),
        ("Client", "My GP sent me. I'm not sure I need this.", 9.5, None),
        ("Therapist", "You're not sure you need it.", 15.0, None),
    ]
    assert turns(second) == [
        ("Client", "Can we make it shorter today?", 62.0, None),
        ("Therapist", "You'd like a shorter session.", 70.0, None),
    ]
    assert [t.line for t in second.turns] == [6, 7]  # spreadsheet rows, the blank row 5 counted
    assert (first.date, first.client_key, second.date, second.client_key) == (date(2024, 5, 6), "K-7", None, "K-7")
    assert first.speakers == {"Therapist": THERAPIST, "Client": CLIENT}


def test_xlsx_reads_the_first_sheet_that_is_a_transcript(tmp_path: Path) -> None:
    path = workbook(tmp_path, {"About": [["Study", "Pilot"], ["Coder", "RK"]], "Data": XLSX_ROWS, "Copy": XLSX_ROWS})
    first, second = parse_file(path)
    assert (first.session_key, second.session_key) == ("101", "102")
    assert first.warnings == [
        "sheet 'Copy' also looks like a transcript but was not read (only the first such sheet is); "
        "save it as a file of its own to import it"
    ]


def test_xlsx_without_recognisable_columns_names_sheet_and_columns(tmp_path: Path) -> None:
    path = workbook(tmp_path, {"Sheet A": [["Person", "Said"], ["T", "Hello."]]})
    with pytest.raises(InputError) as error:
        parse_file(path)
    assert str(error.value).startswith("s.xlsx (sheet 'Sheet A'): no speaker or text column recognised; ")
    assert "'Person', 'Said'" in str(error.value)
    [session] = parse_file(path, options=ReadOptions(columns={"speaker": "Person", "text": "Said"}))
    assert turns(session) == [("T", "Hello.", None, None)]


def test_xlsx_bad_time_names_the_row(tmp_path: Path) -> None:
    path = workbook(tmp_path, {"S": [["speaker", "text", "time"], ["T", "Hi.", "soon"]]})
    with pytest.raises(InputError, match=r"^s\.xlsx \(sheet 'S'\): row 2: time 'soon' is not a time"):
        parse_file(path)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"PK\x03\x04 not really a zip", "damaged Excel .xlsx file"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "not a valid Excel .xlsx file (looks like an old binary Office file",
        ),
        (b"just text, not a workbook", "not a valid Excel .xlsx file"),
    ],
)
def test_broken_xlsx_is_refused(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"^broken\.xlsx: ") as error:
        parse_file(path, fmt="xlsx")
    assert expected in str(error.value)


def test_an_empty_workbook_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^s\.xlsx: every sheet is empty$"):
        parse_file(workbook(tmp_path, {"Empty": []}))


# --- AnnoMI: 133 real counselling sessions in one CSV ---------------------------------------------------------

needs_annomi = pytest.mark.skipif(
    not ANNOMI.is_file(), reason=f"AnnoMI corpus not found at {ANNOMI} (set RUPTURETOOL_ANNOMI_CSV to its path)"
)


def annomi_rows() -> list[dict[str, str]]:
    with ANNOMI.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def hms(stamp: str) -> float:
    hours, minutes, seconds = stamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


@needs_annomi
def test_annomi_imports_every_session_speaker_and_time() -> None:
    rows = annomi_rows()
    started = time.perf_counter()
    sessions = parse_file(ANNOMI)
    elapsed = time.perf_counter() - started
    print(f"\nAnnoMI parse_file: {elapsed:.3f} s for {len(sessions)} sessions")
    assert elapsed < 5  # about 0.3 s on a laptop; generous for slow CI machines

    assert len(sessions) == 133
    assert [s.session_key for s in sessions] == list(dict.fromkeys(r["transcript_id"] for r in rows))
    assert sum(len(s.turns) for s in sessions) == 9661  # 38 same-speaker pairs merged
    for session in sessions:
        assert session.speakers == {"therapist": THERAPIST, "client": CLIENT}
        assert set(session.role_confidence.values()) == {"stated in the file"}

    # Before merging: one piece per row, each with its row's speaker, text and time.
    raws = reader("csv").read(decode_text(ANNOMI.read_bytes(), ANNOMI.name), ANNOMI.name, ReadOptions())
    pieces = [turn for raw in raws for turn in raw.turns]
    assert len(pieces) == len(rows) == 9699
    assert sum(t.speaker_label == "therapist" for t in pieces) == 4882
    assert sum(t.speaker_label == "client" for t in pieces) == 4817
    for number, (row, piece) in enumerate(zip(rows, pieces, strict=True), start=2):
        assert piece.line == number
        assert piece.speaker_label == row["interlocutor"]
        assert piece.text == row["utterance_text"].strip()
        assert piece.start == hms(row["timestamp"]), (number, row["timestamp"])
        assert piece.end is None
    for raw in raws:
        assert raw.roles == {"therapist": THERAPIST, "client": CLIENT}

    # After merging, each turn starts at the time of its first row.
    first_rows = {(r["transcript_id"], n) for n, r in enumerate(rows, start=2)}
    for session in sessions:
        for turn in session.turns:
            assert (session.session_key, turn.line) in first_rows
            assert turn.start == hms(rows[turn.line - 2]["timestamp"])

    # The one malformed stamp ("00:09:025") is read by its digits and reported.
    [odd] = [w for s in sessions for w in s.warnings if "read as" in w]
    assert odd == "row 2441: time '00:09:025' read as 00:09:25"


# --- fuzz: any input reads to sessions with turns, or is refused with an InputError ----------------------------

SEED_TEXTS = [(FIXTURES / name).read_text(encoding="utf-8") for name in ("sessions.csv", "semicolon.csv")]
SEED_TEXTS.append((FIXTURES / "sessions.tsv").read_text(encoding="utf-8"))
NOISE = st.sampled_from([",", ";", "\t", '"', "\n", "", "x", ":", "00:00:01", "\x00", "\r", "T", "client"])


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 12))
        text = text[:at] + draw(st.lists(NOISE, max_size=4).map("".join)) + text[at + cut :]
    return text


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-tabular")


def reads_or_refuses(path: Path, fmt: str | None) -> None:
    try:
        sessions = parse_file(path, fmt=fmt)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert sessions and all(s.turns and all(t.text for t in s.turns) for s in sessions)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(mutated(), st.text(max_size=300)), fmt=st.sampled_from(["csv", "tsv"]))
def test_fuzz_csv_and_tsv(fuzz_dir: Path, text: str, fmt: str) -> None:
    path = fuzz_dir / f"f.{fmt}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    reads_or_refuses(path, fmt)


def _xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


CELL = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(-5, 10**6),
    st.sampled_from(["Therapist", "Client", "00:01:02", "1:2", ""]),
)
VALID_XLSX = _xlsx_bytes(XLSX_ROWS)


@st.composite
def xlsx_inputs(draw: st.DrawFn) -> bytes:
    choice = draw(st.integers(0, 2))
    if choice == 0:  # a real workbook with random cells under a recognisable header
        header = draw(st.sampled_from([XLSX_ROWS[0], ["speaker", "text"], ["who", "content", "time", "end"]]))
        rows = draw(st.lists(st.lists(CELL, min_size=len(header), max_size=len(header)), max_size=8))
        return _xlsx_bytes([header, *rows])
    if choice == 1:  # a real workbook with bytes flipped or cut off
        data = bytearray(VALID_XLSX)
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data[: draw(st.integers(0, len(data)))])
    return b"PK\x03\x04" + draw(st.binary(max_size=400))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=xlsx_inputs())
def test_fuzz_xlsx(fuzz_dir: Path, data: bytes) -> None:
    path = fuzz_dir / "f.xlsx"
    path.write_bytes(data)
    reads_or_refuses(path, "xlsx")
