"""Import services end to end: encodings, speaker roles remembered per client, OCR corrections kept reversible,
non-verbal cues stored, batches with progress and cancel, and nothing half-stored for a bad file."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.services import importing
from rupturetool.services.importing import ImportRequest
from rupturetool.services.project import Project
from rupturetool.storage.tables import ClientSpeakerRow, CueRow, SegmentRow, TurnRow

THERAPIST, CLIENT = SpeakerRole.THERAPIST, SpeakerRole.CLIENT
REMEMBERED = "remembered for this client"


@pytest.fixture
def sqlite_project(sqlite_url: str) -> Iterator[Project]:
    """For what does not depend on the database backend."""
    project = Project(sqlite_url, coder="tester")
    yield project
    project.close()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- encodings ---------------------------------------------------------------------------------------------------

ENCODED_TEXT = "Therapist: “Café” — isn’t it?\r\nClient: Oui, é à ü.\r\nTherapist: Mm.\r\n"
ENCODINGS = {
    "utf-8": b"",
    "utf-8-sig": b"",  # Python writes the BOM itself
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "cp1252": b"",
}


def test_encodings_end_to_end(project: Project, tmp_path: Path) -> None:
    for n, (encoding, bom) in enumerate(ENCODINGS.items()):
        path = tmp_path / f"enc-{encoding}.txt"
        path.write_bytes(bom + ("Notes: café\r\n" + ENCODED_TEXT).encode(encoding))
        result = project.import_transcript(path, f"ENC-{n}")
        detail = project.session(result.session.id)  # type: ignore[arg-type]
        assert detail.session.notes == "Notes: café", encoding
        assert [(t.speaker_label, t.text) for t in detail.turns] == [
            ("Therapist", "“Café” — isn’t it?"),
            ("Client", "Oui, é à ü."),
            ("Therapist", "Mm."),
        ], encoding
        assert result.warnings == [], encoding
    path = tmp_path / "emoji.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "T: 😊 ok?\nP: 👍\n".encode("utf-16-le"))
    turns = project.session(project.import_transcript(path, "ENC-E").session.id).turns  # type: ignore[arg-type]
    assert [t.text for t in turns] == ["😊 ok?", "👍"]


def test_crlf_and_lone_cr_are_normalised(sqlite_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"T: One\r\nline two.\rP: Fine.\r\nT: Ok.\r\n")
    result = sqlite_project.import_transcript(path, "NL-1")
    turns = sqlite_project.session(result.session.id).turns  # type: ignore[arg-type]
    assert [t.text for t in turns] == ["One\nline two.", "Fine.", "Ok."]


# -- speaker roles remembered per client -------------------------------------------------------------------------

FIRST = "Anna: Hello.\nBen: Hi.\nAnna: So.\nBen: So.\n"  # nobody asks: an unsure guess, Anna (who opens) therapist
SECOND = "Anna: Morning.\nBen: Hey.\nAnna: Well.\nBen: Yes.\n"
BEN_ASKS = "Ben: How are you today?\nAnna: Fine.\nBen: Really? What happened?\nAnna: Nothing.\n"
# Names are pseudonymised on import: a guessed role gives "Speaker N" (N: the order they first speak in), kept
# for the same name in the client's later sessions; a settled role gives its word ("Therapist", "Client").
ANNA, BEN = "Speaker 1", "Speaker 2"


def settle_anna_as_client(project: Project, tmp_path: Path) -> int:
    first = project.import_transcript(write(tmp_path, "first.txt", FIRST), "RIV-1")
    assert first.session.speakers == {ANNA: THERAPIST, BEN: CLIENT}
    session_id = first.session.id
    assert session_id is not None
    assert project.set_speaker_role(session_id, ANNA, CLIENT) is THERAPIST
    assert project.set_speaker_role(session_id, BEN, THERAPIST) is CLIENT
    return session_id


def test_set_speaker_role_persists_and_is_audited(project: Project, tmp_path: Path) -> None:
    session_id = settle_anna_as_client(project, tmp_path)
    detail = project.session(session_id)
    assert detail.session.speakers == {ANNA: CLIENT, BEN: THERAPIST}
    assert [t.speaker_role for t in detail.turns] == [CLIENT, THERAPIST, CLIENT, THERAPIST]
    assert project.repo.remembered_roles("RIV-1") == {ANNA: CLIENT, BEN: THERAPIST}
    details = [e.detail for e in project.repo.audit_events(session_id) if e.entity == "speaker_role"]
    assert sorted(details) == [f"{ANNA}: therapist -> client", f"{BEN}: client -> therapist"]


def test_roles_set_by_the_user_are_remembered_for_the_next_import(project: Project, tmp_path: Path) -> None:
    settle_anna_as_client(project, tmp_path)
    second = project.import_transcript(write(tmp_path, "second.txt", SECOND), "RIV-1")
    assert second.session.speakers == {ANNA: CLIENT, BEN: THERAPIST}
    assert second.speaker_basis == {ANNA: REMEMBERED, BEN: REMEMBERED}
    assert not any("unsure" in w for w in second.warnings), second.warnings
    turns = project.session(second.session.id).turns  # type: ignore[arg-type]
    assert [t.speaker_role for t in turns] == [CLIENT, THERAPIST, CLIENT, THERAPIST]
    assert second.as_json()["speaker_basis"] == {ANNA: REMEMBERED, BEN: REMEMBERED}


def test_remembered_roles_belong_to_one_client(sqlite_project: Project, tmp_path: Path) -> None:
    settle_anna_as_client(sqlite_project, tmp_path)
    other = sqlite_project.import_transcript(write(tmp_path, "second.txt", SECOND), "ASH-2")
    assert other.session.speakers == {ANNA: THERAPIST, BEN: CLIENT}
    assert REMEMBERED not in other.speaker_basis.values()


def test_therapist_option_wins_over_remembered_roles(sqlite_project: Project, tmp_path: Path) -> None:
    settle_anna_as_client(sqlite_project, tmp_path)
    path = write(tmp_path, "second.txt", SECOND)
    [result] = sqlite_project.import_file(path, ImportRequest(client="RIV-1", therapist="Anna"))
    assert result.speaker_basis["Therapist"] == "--therapist"  # settled roles name the pseudonyms
    # --therapist names the one therapist; the remembered "Ben is the therapist" must not make two of them.
    assert result.session.speakers == {"Therapist": THERAPIST, "Client": CLIENT}


def test_roles_stated_in_the_file_win_over_remembered_roles(sqlite_project: Project, tmp_path: Path) -> None:
    settle_anna_as_client(sqlite_project, tmp_path)
    stated = {
        "format": "rupturetool-transcript",
        "version": 1,
        "sessions": [
            {
                "speakers": {"Anna": "therapist", "Ben": "client"},
                "turns": [{"speaker": "Anna", "text": "Hello."}, {"speaker": "Ben", "text": "Hi."}],
            }
        ],
    }
    result = sqlite_project.import_transcript(write(tmp_path, "stated.json", json.dumps(stated)), "RIV-1")
    assert result.session.speakers == {"Therapist": THERAPIST, "Client": CLIENT}
    assert result.speaker_basis == {"Therapist": "stated in the file", "Client": "stated in the file"}


def test_a_role_stated_for_one_speaker_wins_for_its_counterpart_too(sqlite_project: Project, tmp_path: Path) -> None:
    settle_anna_as_client(sqlite_project, tmp_path)
    stated = {
        "format": "rupturetool-transcript",
        "version": 1,
        "sessions": [
            {
                "speakers": {"Anna": "therapist"},
                "turns": [{"speaker": "Anna", "text": "Hello."}, {"speaker": "Ben", "text": "Hi."}],
            }
        ],
    }
    result = sqlite_project.import_transcript(write(tmp_path, "one-stated.json", json.dumps(stated)), "RIV-1")
    assert result.speaker_basis["Therapist"] == "stated in the file"
    assert result.session.speakers == {"Therapist": THERAPIST, "Client": CLIENT}  # not two therapists


def test_an_unsure_guess_nobody_confirmed_does_not_overrule_the_next_file(
    sqlite_project: Project, tmp_path: Path
) -> None:
    first = sqlite_project.import_transcript(write(tmp_path, "first.txt", FIRST), "RIV-1")
    assert "unsure" in first.speaker_basis[ANNA]  # the importer itself said it was guessing
    nxt = sqlite_project.import_transcript(write(tmp_path, "ben-asks.txt", BEN_ASKS), "RIV-1")
    # This file shows plainly that Ben asks the questions; last file's unconfirmed guess must not silently
    # turn it around as if the user had settled it.
    assert nxt.session.speakers == {BEN: THERAPIST, ANNA: CLIENT}, (nxt.speaker_basis, nxt.warnings)


def test_remembered_roles_never_include_unknown_speakers(sqlite_project: Project, tmp_path: Path) -> None:
    path = write(tmp_path, "lost.txt", "T: How are you?\nP: Fine.\n: I guess.\nT: Ok.\nP: Yes.\n")
    result = sqlite_project.import_transcript(path, "LOST-1")
    assert result.session.speakers["(unknown)"] is SpeakerRole.UNKNOWN
    assert sqlite_project.repo.remembered_roles("LOST-1") == {"T": THERAPIST, "P": CLIENT}
    with sqlite_project.repo.atomic() as orm:
        labels = set(orm.scalars(select(ClientSpeakerRow.label)))
    assert labels == {"T", "P"}


# -- OCR corrections ---------------------------------------------------------------------------------------------

OCR_TEXT = "T: How was it?\nP: | guess it was fine. 1 think so. 1'm tired.\nT: And?\nP: l guess. Item 1 was 1 apple.\n"
P1_IMPORTED = "| guess it was fine. 1 think so. 1'm tired."
P1_FIXED = "I guess it was fine. I think so. I'm tired."
P3_IMPORTED = "l guess. Item 1 was 1 apple."
P3_FIXED = "I guess. Item 1 was 1 apple."


def texts(project: Project, session_id: int) -> list[tuple[str, str | None]]:
    return [(t.text, t.original_text) for t in project.session(session_id).turns]


def test_import_with_fix_ocr_stores_corrected_and_original_text(project: Project, tmp_path: Path) -> None:
    [result] = project.import_file(write(tmp_path, "ocr.txt", OCR_TEXT), ImportRequest(client="OCR-1", fix_ocr=True))
    assert result.corrected is True
    assert [(c["turn"], c["from"]) for c in result.corrections] == [(1, "|"), (1, "1"), (1, "1"), (3, "l")]
    session_id = result.session.id
    assert session_id is not None
    assert texts(project, session_id) == [
        ("How was it?", None),
        (P1_FIXED, P1_IMPORTED),
        ("And?", None),
        (P3_FIXED, P3_IMPORTED),
    ]
    for turn in project.session(session_id).turns:
        assert "".join(turn.segment_text(s) for s in turn.segments) == turn.text

    assert project.revert_corrections(session_id) == 2
    assert texts(project, session_id) == [
        ("How was it?", None),
        (P1_IMPORTED, None),
        ("And?", None),
        (P3_IMPORTED, None),
    ]
    assert project.revert_corrections(session_id) == 0  # nothing left to revert


def test_import_without_fix_ocr_only_suggests(sqlite_project: Project, tmp_path: Path) -> None:
    [result] = sqlite_project.import_file(write(tmp_path, "ocr.txt", OCR_TEXT), ImportRequest(client="OCR-1"))
    assert result.corrected is False
    assert len(result.corrections) == 4
    assert result.as_json()["corrections"]["applied"] is False  # type: ignore[index]
    assert any("likely OCR slips" in w for w in result.warnings)
    assert [text for text, _ in texts(sqlite_project, result.session.id)] == [  # type: ignore[arg-type]
        "How was it?",
        P1_IMPORTED,
        "And?",
        P3_IMPORTED,
    ]


def test_apply_and_revert_on_a_stored_session_keep_markers_on_their_span(project: Project, tmp_path: Path) -> None:
    result = project.import_transcript(write(tmp_path, "ocr.txt", OCR_TEXT), "OCR-2")
    session_id = result.session.id
    assert session_id is not None
    marker = project.new_marker(session_id, 1, "W5", span=(0, 20))
    project.add_marker(marker)
    assert project.session(session_id).turns[1].text[0:20] == "| guess it was fine."
    segments_before = [t.segments for t in project.session(session_id).turns]

    assert project.apply_ocr_corrections(session_id) == 2
    assert texts(project, session_id) == [
        ("How was it?", None),
        (P1_FIXED, P1_IMPORTED),
        ("And?", None),
        (P3_FIXED, P3_IMPORTED),
    ]
    [kept] = project.markers(session_id)
    assert (kept.turn_index, kept.start_char, kept.end_char) == (1, 0, 20)
    assert project.session(session_id).turns[1].text[kept.start_char : kept.end_char] == "I guess it was fine."
    assert [t.segments for t in project.session(session_id).turns] == segments_before
    assert project.apply_ocr_corrections(session_id) == 0  # applying twice changes nothing more

    assert project.revert_corrections(session_id) == 2
    [kept] = project.markers(session_id)
    assert (kept.start_char, kept.end_char) == (0, 20)
    assert project.session(session_id).turns[1].text[0:20] == "| guess it was fine."
    assert all(original is None for _, original in texts(project, session_id))


def test_correcting_a_session_without_slips_changes_nothing(sqlite_project: Project, transcript: Path) -> None:
    session_id = sqlite_project.import_transcript(transcript, "C").session.id
    assert session_id is not None
    before = texts(sqlite_project, session_id)
    assert sqlite_project.apply_ocr_corrections(session_id) == 0
    assert sqlite_project.revert_corrections(session_id) == 0
    assert texts(sqlite_project, session_id) == before


def test_a_correction_that_changes_the_length_is_refused(sqlite_project: Project, tmp_path: Path) -> None:
    session_id = sqlite_project.import_transcript(write(tmp_path, "ocr.txt", OCR_TEXT), "OCR-3").session.id
    assert session_id is not None
    with pytest.raises(InputError, match="keep the text's length"):
        sqlite_project.repo.correct_turns(session_id, {1: "I guess."}, coder="tester")
    assert texts(sqlite_project, session_id)[1] == (P1_IMPORTED, None)


# -- non-verbal cues ---------------------------------------------------------------------------------------------

CUE_LINE = "Fine (smiles). We (both laugh) then [laughs] and (sadness in voice) so [inaudible 00:01:33] (I said that)."


def test_cues_are_stored_with_their_segment(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path, "cues.txt", f"T: How was it?\nP: {CUE_LINE}\nT: (nods) Go on.\n")
    result = project.import_transcript(path, "CUE-1")
    assert result.cues == 6
    assert result.as_json()["cues"] == 6
    turns = project.session(result.session.id).turns  # type: ignore[arg-type]
    assert turns[1].text == CUE_LINE
    assert [turns[1].text[c.start_char : c.end_char] for c in turns[1].cues] == [
        "(smiles)",
        "(both laugh)",
        "[laughs]",
        "(sadness in voice)",
        "[inaudible 00:01:33]",
    ]
    assert [turns[2].text[c.start_char : c.end_char] for c in turns[2].cues] == ["(nods)"]
    assert turns[0].cues == ()
    with project.repo.atomic() as orm:
        rows = orm.execute(
            select(CueRow.start_char, TurnRow.idx, SegmentRow.idx, SegmentRow.start_char, SegmentRow.end_char)
            .join(TurnRow, TurnRow.id == CueRow.turn_id)
            .outerjoin(SegmentRow, SegmentRow.id == CueRow.segment_id)
            .where(TurnRow.session_id == result.session.id)
        ).all()
    assert len(rows) == 6
    for start, _turn, segment, seg_start, seg_end in rows:
        assert segment is not None
        assert seg_start <= start < seg_end  # each cue points at the segment it lies in


# -- batches: progress, cancel, errors ---------------------------------------------------------------------------


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int, str]] = []
        self.cancel_after = cancel_after
        self.asked = 0

    def progress(self, done: int, total: int, message: str) -> None:
        self.calls.append((done, total, message))

    def cancelled(self) -> bool:
        self.asked += 1
        return self.cancel_after is not None and self.asked > self.cancel_after


def three_files(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for n, name in enumerate(["a.txt", "b.txt", "c.txt"]):
        write(folder, name, f"T: Question {n}?\nP: Answer {n}.\n")
    write(folder, ".hidden.txt", "T: hidden?\nP: yes.\n")
    return folder


def test_cancel_after_the_first_file(sqlite_project: Project, tmp_path: Path) -> None:
    folder = three_files(tmp_path)
    state = Recorder(cancel_after=1)
    batch = importing.import_files(sqlite_project, [folder], ImportRequest(client="B-1"), state)
    assert batch.cancelled is True
    assert [r.session.source_name for r in batch.imported] == ["a.txt"]
    assert [s.source_name for s in sqlite_project.sessions()] == ["a.txt"]
    assert batch.errors == []
    done = [d for d, _, _ in state.calls]
    assert done == sorted(done) and done[0] == 0
    assert all(total == 3 for _, total, _ in state.calls)
    assert state.calls[0][2] == "Importing a.txt"


def test_progress_counts_every_file(sqlite_project: Project, tmp_path: Path) -> None:
    folder = three_files(tmp_path)
    state = Recorder()
    batch = importing.import_files(sqlite_project, [folder], ImportRequest(client="B-1"), state)
    assert not batch.cancelled
    assert [r.session.source_name for r in batch.imported] == ["a.txt", "b.txt", "c.txt"]  # name order, no hidden
    assert state.calls == [
        (0, 3, "Importing a.txt"),
        (1, 3, "Importing b.txt"),
        (2, 3, "Importing c.txt"),
        (3, 3, "Done"),
    ]
    assert [r.session.number for r in batch.imported] == [1, 2, 3]


def test_a_bad_file_is_reported_and_the_batch_goes_on(sqlite_project: Project, tmp_path: Path) -> None:
    folder = three_files(tmp_path)
    write(folder, "b2-empty.txt", "")
    batch = importing.import_files(sqlite_project, [folder], ImportRequest(client="B-1"))
    assert [r.session.source_name for r in batch.imported] == ["a.txt", "b.txt", "c.txt"]
    [(file, error)] = batch.errors
    assert file.endswith("b2-empty.txt") and "b2-empty.txt" in error and "empty" in error
    assert len(batch.exceptions) == 1 and isinstance(batch.exceptions[0], InputError)

    strict = importing.import_files(sqlite_project, [folder], ImportRequest(client="B-2"), strict=True)
    assert [r.session.source_name for r in strict.imported] == ["a.txt", "b.txt"]  # stopped at the bad file
    assert len(strict.errors) == 1


def test_a_many_session_file_is_stored_whole_or_not_at_all(project: Project, tmp_path: Path) -> None:
    project.import_transcript(write(tmp_path, "first.txt", "T: Hi?\nP: Hello.\n"), "KEEP-1")
    sessions = {
        "format": "rupturetool-transcript",
        "version": 1,
        "sessions": [
            {
                "key": "a",
                "client": "NEW-9",
                "turns": [{"speaker": "T", "text": "Hi?"}, {"speaker": "P", "text": "Yo."}],
            },
            {"key": "b", "turns": [{"speaker": "T", "text": "Again?"}, {"speaker": "P", "text": "Yes."}]},
        ],
    }
    path = write(tmp_path, "two.json", json.dumps(sessions))
    with pytest.raises(InputError, match="names no client"):
        project.import_file(path, ImportRequest())  # the second session names no client, and no --client
    assert [(s.client_code, s.source_name) for s in project.sessions()] == [("KEEP-1", "first.txt")]
    assert [c.code for c in project.clients()] == ["KEEP-1"]  # no stray NEW-9
    assert project.repo.remembered_roles("NEW-9") == {}

    stored = project.import_file(path, ImportRequest(client="FALLBACK"))
    assert sorted((r.session.client_code, r.session.source_name) for r in stored) == [
        ("FALLBACK", "two.json#b"),
        ("NEW-9", "two.json#a"),
    ]
