"""Word .docx transcripts: bold and plain speaker labels, headings and preamble as notes, tables, damage."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.formats import SNIFF_BYTES, detect
from rupturetool.io.reading import parse_file
from rupturetool.io.transcript import ParsedTranscript, ReadOptions

THERAPIST, CLIENT = SpeakerRole.THERAPIST, SpeakerRole.CLIENT
FIXTURES = Path(__file__).parent.parent / "fixtures" / "docx"


def turns(session: ParsedTranscript) -> list[tuple[str | None, str]]:
    return [(t.speaker_label, t.text) for t in session.turns]


def one(path: Path, **kwargs: object) -> ParsedTranscript:
    [session] = parse_file(path, **kwargs)  # type: ignore[arg-type]
    return session


def docx_file(tmp_path: Path, build: Callable[[DocxDocument], None], name: str = "t.docx") -> Path:
    document = Document()
    build(document)
    path = tmp_path / name
    document.save(path)
    return path


def bold_line(document: DocxDocument, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(text)


@pytest.mark.parametrize("fmt", [None, "docx"])
def test_bold_labels_headings_and_preamble(fmt: str | None) -> None:
    session = one(FIXTURES / "bold_labels.docx", fmt=fmt)
    assert turns(session) == [
        ("Therapist", "You said on the phone that this week was hard. Where would you like to start?"),
        ("Client", "It was fine. Honestly, it's not a big deal."),
        ("Therapist", "You're smiling as you say that. What's happening for you right now?"),
        (
            "Client",
            "Nothing. I just don't see how talking about it again is going to help.\n"
            "We did this last month and nothing changed.",  # an unlabelled paragraph continues the turn
        ),
        ("Therapist", "It sounds like you're frustrated with how our sessions are going."),  # "**Therapist**: ..."
        ("Client", "Maybe. I don't know.\nWhatever you think is best."),  # a line break inside the paragraph
    ]
    assert session.notes == (
        "Session 7 — fictional test transcript\n"
        "Client code C-031. Names and details are invented.\n"
        "Recorded with consent; the client arrived ten minutes late.\n"
        "Transcript\n"
        "Second half"  # a heading between turns is a note, not part of a turn
    )
    assert session.speakers == {"Therapist": THERAPIST, "Client": CLIENT}
    assert [t.line for t in session.turns] == [5, 6, 7, 8, 11, 12]  # paragraph numbers
    assert session.warnings == []
    assert (session.session_key, session.client_key, session.source_name) == (None, None, "bold_labels.docx")


def test_short_labels_with_times_and_a_one_off_label_as_note() -> None:
    session = one(FIXTURES / "short_labels.docx")
    assert [(t.speaker_label, t.text, t.start) for t in session.turns] == [
        ("T", "How have things been since we last met?", 5.0),
        ("P", "Same as always, I guess.", 9.0),
        ("T", "Same as always?", 15.0),
        ("P", "You keep asking me that. We're going in circles.", 18.0),
        ("T", "You're right that I've asked before. Can we look at what happens when I do?", 26.0),
    ]
    assert session.notes == "Date: 12 March"
    assert session.speakers == {"T": THERAPIST, "P": CLIENT}


def test_bold_names_without_colons_and_a_name_alone_in_its_paragraph() -> None:
    session = one(FIXTURES / "bold_names.docx")
    assert turns(session) == [
        ("Dr. Okafor", "Last time we ended on your plan to call your sister."),
        ("Maya", "I didn't call. I'm hopeless at this sort of thing."),
        ("Dr. Okafor", "Hopeless is a strong word."),
        ("Maya", "It's true, though."),
        (
            "Dr. Okafor",
            "Can we stay with that feeling for a moment?\nWhat is it like to say it out loud here, with me?",
        ),
    ]
    assert session.notes == "Fictional couple-work excerpt"
    assert session.speakers == {"Dr. Okafor": THERAPIST, "Maya": CLIENT}


def test_therapist_option_names_a_speaker() -> None:
    session = one(FIXTURES / "bold_names.docx", options=ReadOptions(therapist="maya"))
    assert session.speakers["Maya"] is THERAPIST
    assert session.role_confidence["Maya"] == "--therapist"


def test_table_rows_with_time_speaker_text() -> None:
    session = one(FIXTURES / "table.docx")
    assert [(t.speaker_label, t.text, t.start) for t in session.turns] == [
        ("Therapist", "Where would you like to begin today?", 3.0),
        ("Client", "I don't know. You tell me.", 7.0),
        ("Therapist", "You'd rather I chose?\nThat's something we could talk about.", 12.0),  # empty speaker cell
        ("Client", "Just tell me what to do.", 20.0),
    ]
    assert session.notes == "Fictional session excerpt in a table."


def test_table_time_column_is_found_even_where_a_time_is_missing(tmp_path: Path) -> None:
    def build(document: DocxDocument) -> None:
        grid = document.add_table(rows=0, cols=3)
        for row in (
            ("Maya", "0:04", "You're late again."),
            ("Therapist", "", "I am. I'm sorry; that's not fair on you."),
            ("Maya", "0:12", "Whatever."),
            ("Interpreter", "0:15", "(translates)"),  # once, but in the speakers' column: a speaker
        ):
            cells = grid.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text

    session = one(docx_file(tmp_path, build))
    assert [(t.speaker_label, t.text, t.start) for t in session.turns] == [
        ("Maya", "You're late again.", 4.0),
        ("Therapist", "I am. I'm sorry; that's not fair on you.", None),
        ("Maya", "Whatever.", 12.0),
        ("Interpreter", "(translates)", 15.0),
    ]
    assert session.speakers["Interpreter"] is SpeakerRole.OTHER


def test_tracked_insertions_are_kept_and_deletions_left_out() -> None:
    session = one(FIXTURES / "revisions.docx")
    assert turns(session)[1] == ("Client", "Work, mostly. And my mother's visit.")


def test_a_lost_label_is_an_unknown_speaker_not_a_guess() -> None:
    session = one(FIXTURES / "lost_label.docx")
    assert [t.speaker_label for t in session.turns] == [
        "Therapist",
        "Client",
        "Therapist",
        "(unknown)",
        "Therapist",
        "Client",
    ]
    assert session.turns[3].text == "I guess I forgot."
    assert session.speakers["(unknown)"] is SpeakerRole.UNKNOWN
    assert any("speaker unknown ('I guess I forgot.')" in w for w in session.warnings)


def test_the_format_is_detected_from_content_not_the_suffix(tmp_path: Path) -> None:
    renamed = tmp_path / "session.bin"
    renamed.write_bytes((FIXTURES / "bold_labels.docx").read_bytes())
    data = renamed.read_bytes()
    assert detect(data[:SNIFF_BYTES], None, renamed).name == "docx"
    assert len(one(renamed).turns) == 6


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "no_labels.docx",
            "no_labels.docx: no speaker-labelled paragraphs found "
            "(expected e.g. 'Therapist: ...', 'T: ...' or a bold name first)",
        ),
        ("not_word.docx", "not_word.docx: a zip archive but not a valid Word .docx file (it has no word/document.xml)"),
        ("truncated.docx", "truncated.docx: damaged Word .docx file (BadZipFile: File is not a zip file)"),
    ],
)
def test_refused_documents(name: str, message: str) -> None:
    with pytest.raises(InputError) as error:
        parse_file(FIXTURES / name, fmt="docx")
    assert str(error.value) == message


def test_an_xlsx_or_text_given_as_docx_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "sheet.docx"
    Workbook().save(path)
    with pytest.raises(InputError, match=r"^sheet\.docx: a zip archive but not a valid Word \.docx file"):
        parse_file(path, fmt="docx")
    text = tmp_path / "plain.docx"
    text.write_text("T: Hello.\nP: Hi.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^plain\.docx: not a valid Word \.docx file$"):
        parse_file(text, fmt="docx")


def test_one_off_labels_in_the_preamble_are_notes_but_recurring_names_are_speakers(tmp_path: Path) -> None:
    def build(document: DocxDocument) -> None:
        bold_line(document, "Client code:", " C-031")
        bold_line(document, "Date:", " 4 June")
        bold_line(document, "Sam:", " I don't know why I keep coming here.")
        bold_line(document, "Ines:", " What brings you back each week, do you think?")
        bold_line(document, "Sam:", " Habit.")

    session = one(docx_file(tmp_path, build))
    assert session.notes == "Client code: C-031\nDate: 4 June"
    assert turns(session) == [
        ("Sam", "I don't know why I keep coming here."),
        ("Ines", "What brings you back each week, do you think?"),
        ("Sam", "Habit."),
    ]
    assert session.speakers == {"Ines": THERAPIST, "Sam": CLIENT}  # who asks the questions
    # Ines speaks once, but is set apart as Sam is: a speaker, reported in case it was not.
    assert "paragraph 4: 'Ines' speaks only once here; check it is a speaker, not text" in session.warnings


def test_a_one_off_capitalised_name_after_the_talk_has_begun_is_a_speaker(tmp_path: Path) -> None:
    def build(document: DocxDocument) -> None:
        for line in (
            "Visit: 3",  # before the talk: a note
            "T: What happens at home when you disagree?",
            "P: Nothing. Then she said: fine, do what you want.",  # lower case "then she said:" is talk
            "Mum: He never listens to anyone.",
            "T: How is it to hear your mum say that?",
        ):
            document.add_paragraph(line)

    session = one(docx_file(tmp_path, build))
    assert session.notes == "Visit: 3"
    assert [t.speaker_label for t in session.turns] == ["T", "P", "Mum", "T"]
    assert session.turns[1].text == "Nothing. Then she said: fine, do what you want."
    assert session.warnings[0] == "paragraph 4: 'Mum' speaks only once here; check it is a speaker, not text"


def test_character_and_paragraph_styles_count_as_bold(tmp_path: Path) -> None:
    def build(document: DocxDocument) -> None:
        for label, text in (("Lee", "I'm fine."), ("Counsellor", "Fine?"), ("Lee", "Yes. Fine.")):
            paragraph = document.add_paragraph()
            paragraph.add_run(label, style="Strong")  # bold through the character style, not the run
            paragraph.add_run(f" – {text}")

    session = one(docx_file(tmp_path, build))
    assert turns(session) == [("Lee", "I'm fine."), ("Counsellor", "Fine?"), ("Lee", "Yes. Fine.")]


def test_bold_emphasis_inside_text_is_not_a_label(tmp_path: Path) -> None:
    def build(document: DocxDocument) -> None:
        document.add_paragraph("T: What did you notice?")
        paragraph = document.add_paragraph("P: I ")
        paragraph.add_run("really").bold = True
        paragraph.add_run(" don't know.")
        bold_line(document, "Never", " again, I said.")  # a one-off bold word: text, continuing the turn

    session = one(docx_file(tmp_path, build))
    assert turns(session) == [("T", "What did you notice?"), ("P", "I really don't know.\nNever again, I said.")]


def test_a_speaker_who_says_nothing_is_reported(tmp_path: Path) -> None:
    def build(document: DocxDocument) -> None:
        for line in ("T: Hello.", "P:", "T: Take your time.", "P: OK."):
            document.add_paragraph(line)

    session = one(docx_file(tmp_path, build))
    assert turns(session) == [("T", "Hello.\nTake your time."), ("P", "OK.")]
    assert "paragraph 2: speaker 'P' says nothing; turn skipped" in session.warnings


# --- fuzz: anything reads to a session with turns, or is refused with an InputError ---------------------------

VALID = (FIXTURES / "bold_labels.docx").read_bytes()
XML_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


def _with_document_xml(change: Callable[[bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(VALID)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info.filename, change(data) if info.filename == "word/document.xml" else data)
    return out.getvalue()


@st.composite
def docx_inputs(draw: st.DrawFn) -> bytes:
    choice = draw(st.integers(0, 3))
    if choice == 0:  # a real document of random paragraphs, some starting with a bold label
        document = Document()
        for _ in range(draw(st.integers(0, 8))):
            paragraph = document.add_paragraph(style=draw(st.sampled_from([None, "Heading 1", "Title"])))
            label = draw(st.sampled_from(["", "T:", "Client:", "Anna", "X:", ": "]))
            if label:
                paragraph.add_run(label).bold = draw(st.booleans())
            paragraph.add_run(draw(XML_TEXT))
        if draw(st.booleans()):  # and a table of random cells
            columns = draw(st.integers(1, 4))
            grid = document.add_table(rows=0, cols=columns)
            for _ in range(draw(st.integers(0, 5))):
                for cell in grid.add_row().cells:
                    cell.text = draw(st.one_of(st.sampled_from(["T", "Client", "0:01", "", "Speaker"]), XML_TEXT))
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    if choice == 1:  # the document XML mangled
        at, cut = draw(st.integers(0, 5000)), draw(st.integers(0, 40))
        junk = draw(st.sampled_from([b"", b"<", b">", b"<w:p>", b"</w:r>", b"&", b'"', b"\x00", b"<w:b/>"]))
        return _with_document_xml(lambda data: data[:at] + junk + data[at + cut :])
    if choice == 2:  # bytes flipped or the file cut short
        data = bytearray(VALID)
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data[: draw(st.integers(0, len(data)))])
    return draw(st.sampled_from([b"", b"PK\x03\x04"])) + draw(st.binary(max_size=300))


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-docx")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=docx_inputs(), fmt=st.sampled_from([None, "docx"]))
def test_fuzz_docx(fuzz_dir: Path, data: bytes, fmt: str | None) -> None:
    path = fuzz_dir / "f.docx"
    path.write_bytes(data)
    try:
        sessions = parse_file(path, fmt=fmt)
    except InputError as error:
        assert "\n" not in str(error) and re.match(r"^\S", str(error))
        return
    assert sessions and all(s.turns and all(t.text for t in s.turns) for s in sessions)
