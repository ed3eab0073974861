"""De-identification: undoable redaction that keeps markers on their text, pseudonymised speakers on import, the
local mapping file that never reaches the database, and the export warning."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select

from rupturetool.services import deidentify
from rupturetool.services.deidentify import DeidentifyMixin, pii_warning, pseudonym_file, read_pseudonyms
from rupturetool.services.importing import ImportRequest
from rupturetool.services.project import Project

# The lead adds the mixin to Project's bases; until then the tests compose it themselves.
P = Project if issubclass(Project, DeidentifyMixin) else type("P", (DeidentifyMixin, Project), {})

TALK = (
    "Therapist: How was the week?\n"
    "Client: I saw Priya on Monday. She gave me her number, 07700 900123. It upset me.\n"
    "Therapist: What upset you about it?\n"
    "Client: I was born on 3 March 1987 and she forgot. We live at 12 Marlow Road. Nobody calls.\n"
)
NAMED = "Anna Smith: How was the week?\nDr Okafor: Fine, really.\nAnna Smith: Really?\nDr Okafor: Yes. It was fine.\n"


@pytest.fixture
def project(db_url: str) -> Iterator[Project]:
    proj = P(db_url, coder="tester")
    yield proj
    proj.close()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def marker_texts(project: Project, session_id: int) -> list[str]:
    turns = {t.index: t.text for t in project.session(session_id).turns}
    return sorted(turns[m.turn_index][m.start_char : m.end_char] for m in project.markers(session_id))


def test_redact_is_one_undoable_edit_and_markers_stay_on_their_text(project: Project, tmp_path: Path) -> None:
    result = project.import_transcript(write(tmp_path, "s1.txt", TALK), "C-1")
    sid = result.session.id
    assert sid is not None
    turn = project.session(sid).turns[1]
    upset = turn.text.index("It upset me.")
    project.add_marker(project.new_marker(sid, 1, "W1", span=(upset, upset + len("It upset me."))))
    last = project.session(sid).turns[3]
    project.add_marker(project.new_marker(sid, 3, "W1", segment_index=len(last.segments) - 1))
    before_states = project.repo.turn_states(sid)
    before_markers = marker_texts(project, sid)
    assert before_markers == ["It upset me.", "Nobody calls."]

    hits = project.pii_hits(sid)
    assert {h.kind for h in hits} == {"name", "phone", "date_of_birth", "address"}
    change = project.redact(sid)
    assert change.transcript and "Redact 4 identifiers in 2 turns" in change.description
    texts = [t.text for t in project.session(sid).turns]
    assert texts[1] == "I saw [NAME] on Monday. She gave me her number, [PHONE]. It upset me."
    assert texts[3] == "I was born on [DOB] and she forgot. We live at [ADDRESS]. Nobody calls."
    assert marker_texts(project, sid) == before_markers  # markers moved with their text
    assert project.pii_hits(sid) == []  # placeholders are never identifiers
    assert all(t.original_text is None for t in project.session(sid).turns)  # no unredacted copy kept

    project.undo()
    assert project.repo.turn_states(sid) == before_states  # exactly as it was
    project.redo()
    assert [t.text for t in project.session(sid).turns] == texts
    assert marker_texts(project, sid) == before_markers


def test_redacting_chosen_hits_only_and_the_imported_text_kept_beside_a_correction(
    project: Project, tmp_path: Path
) -> None:
    text = "T: How are you?\nP: | guess Priya knows. Priya phoned 07700 900123.\n"
    [result] = project.import_file(write(tmp_path, "ocr.txt", text), ImportRequest(client="C-2", fix_ocr=True))
    sid = result.session.id
    assert sid is not None
    names = [h for h in project.pii_hits(sid) if h.kind == "name"]
    assert len(names) == 2
    project.redact(sid, names)
    turn = project.session(sid).turns[1]
    assert turn.text == "I guess [NAME] knows. [NAME] phoned 07700 900123."
    # The imported text kept beside the OCR correction loses the same names, and only them.
    assert turn.original_text == "| guess [NAME] knows. [NAME] phoned 07700 900123."


def test_names_become_pseudonyms_kept_only_in_a_local_file(project: Project, tmp_path: Path) -> None:
    result = project.import_transcript(write(tmp_path, "s2.txt", NAMED), "C-3")
    assert set(result.session.speakers) == {"Therapist", "Client"}
    mapping = read_pseudonyms("C-3")
    assert set(mapping) == {"Anna Smith", "Dr Okafor"}
    assert mapping["Dr Okafor"] == "Therapist"  # "Dr ..." settles the role from the label
    assert mapping["Anna Smith"] == "Client"  # ... and so the other speaker's
    path = pseudonym_file("C-3")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert {t.speaker_label for t in project.session(result.session.id).turns} == {"Therapist", "Client"}  # type: ignore[arg-type]

    # Plain SQL over every table: the real names are nowhere in the database.
    meta = MetaData()
    meta.reflect(bind=project.engine)
    with project.engine.connect() as conn:
        for table in meta.sorted_tables:
            for row in conn.execute(select(table)):
                values = " ".join(str(v) for v in row)
                assert "Okafor" not in values and "Anna" not in values and "Smith" not in values, table.name


def test_the_same_name_keeps_its_pseudonym_and_feeds_the_scan(project: Project, tmp_path: Path) -> None:
    project.import_transcript(write(tmp_path, "a.txt", NAMED), "C-4")
    talk = "Dr Okafor: Hello.\nAnna Smith: Okafor is late, Smith says.\nDr Okafor: Fine.\nAnna Smith: Ok.\n"
    second = project.import_transcript(write(tmp_path, "b.txt", talk), "C-4")
    assert set(second.session.speakers) == {"Therapist", "Client"}
    sid = second.session.id
    assert sid is not None
    turn = project.session(sid).turns[1]
    found = {turn.text[h.start_char : h.end_char] for h in project.pii_hits(sid) if h.turn_index == 1}
    assert found == {"Okafor", "Smith"}  # not in the first-name list: known from the local mapping file


def test_keep_names_stores_labels_as_they_are_and_writes_no_file(project: Project, tmp_path: Path) -> None:
    request = ImportRequest(client="C-5", pseudonymise=False)
    [result] = project.import_file(write(tmp_path, "c.txt", NAMED), request)
    assert set(result.session.speakers) == {"Anna Smith", "Dr Okafor"}
    assert not pseudonym_file("C-5").exists()
    sid = result.session.id
    assert sid is not None
    assert deidentify.session_names(project, sid) == ["Anna Smith", "Dr Okafor"]


def test_role_labels_are_not_pseudonymised(project: Project, tmp_path: Path, transcript: Path) -> None:
    result = project.import_transcript(transcript, "C-6")
    assert set(result.session.speakers) == {"Therapist", "Client"}
    assert result.pseudonyms == {}
    assert not pseudonym_file("C-6").exists()


def test_a_mapping_that_cannot_be_written_leaves_nothing_stored(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(client: str, mapping: object) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(deidentify, "write_pseudonyms", refuse)
    with pytest.raises(OSError, match="disk full"):
        project.import_transcript(write(tmp_path, "d.txt", NAMED), "C-7")
    assert project.sessions("C-7") == []


def test_export_warning_counts_what_remains(project: Project, tmp_path: Path, transcript: Path) -> None:
    clean = project.import_transcript(transcript, "C-8").session.id
    dirty = project.import_transcript(write(tmp_path, "e.txt", TALK), "C-8").session.id
    assert clean is not None and dirty is not None
    assert pii_warning(project, [clean]) is None
    assert deidentify.exported_sessions(project, "C-8") == []  # no markers: an export carries no text of them
    project.add_marker(project.new_marker(dirty, 1, "W1", segment_index=0))
    assert deidentify.exported_sessions(project, "C-8") == [dirty]
    warning = pii_warning(project, [clean, dirty])
    assert warning == (
        f"warning: 4 likely identifiers remain unredacted in 1 session; run `rupturetool pii {dirty} --redact`"
    )
    project.redact(dirty)
    assert pii_warning(project, [clean, dirty]) is None


def test_choosing_pseudonyms() -> None:
    from rupturetool.core.domain import SpeakerRole as R
    from rupturetool.services.deidentify import choose_pseudonyms

    labels = ["T", "Client", "Anna", "Ben", "Cara", "SPEAKER_00"]
    roles = {"T": R.THERAPIST, "Client": R.CLIENT, "Anna": R.CLIENT, "Ben": R.OTHER, "Cara": R.CLIENT}
    basis = {"Anna": "set by the user", "Ben": "unknown", "Cara": "behaviour: the other speaker (unsure)"}
    # Role labels stay; a settled client takes the next free "Client"; guesses and unknowns get "Speaker N";
    # a name seen before keeps its pseudonym when it still fits.
    assert choose_pseudonyms(labels, roles, basis, {"Cara": "Speaker 9"}) == {
        "Anna": "Client 2",
        "Ben": "Speaker 4",
        "Cara": "Speaker 9",
    }
    assert choose_pseudonyms(["Anna"], {"Anna": R.THERAPIST}, {"Anna": "label"}, {"Anna": "Client"}) == {
        "Anna": "Therapist"
    }
