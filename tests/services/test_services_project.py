"""The application facade: import, tagging with undo/redo, measures, export, schemes."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError, NotFoundError, SchemeError, StorageError
from rupturetool.services.project import Project

REQUIRED_COLUMNS = [
    "client",
    "session_id",
    "session_date",
    "coder",
    "turn_index",
    "segment_index",
    "speaker_role",
    "family",
    "subtype",
    "significance",
    "episode_id",
    "source",
]


@pytest.fixture
def sqlite_project(sqlite_url: str) -> Iterator[Project]:
    """For checks made before anything reaches the database: one backend is enough."""
    project = Project(sqlite_url, coder="tester")
    yield project
    project.close()


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    text = path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


# -- import -----------------------------------------------------------------------------------------------------


def test_import_transcript(project: Project, transcript: Path) -> None:
    result = project.import_transcript(transcript, "RIVER-07", session_date=date(2026, 1, 5))
    detail = project.session(result.session.id)  # type: ignore[arg-type]
    assert result.turns == len(detail.turns) == 6
    assert result.segments == sum(len(t.segments) for t in detail.turns)
    assert result.segments > result.turns  # several turns hold more than one sentence
    assert result.warnings == []
    assert result.session.speakers == {"Therapist": SpeakerRole.THERAPIST, "Client": SpeakerRole.CLIENT}
    assert (result.session.client_code, result.session.date, result.session.number) == (
        "RIVER-07",
        date(2026, 1, 5),
        1,
    )
    assert detail.session.notes == "Session 5 — fictional test transcript\nClient asked to start late."
    assert detail.turns[-1].text.startswith("You keep asking the same thing!")
    data = result.as_json()
    assert data["speakers"] == {"Therapist": "therapist", "Client": "client"}
    assert (data["turns"], data["segments"], data["date"], data["source"]) == (
        6,
        result.segments,
        "2026-01-05",
        "session.txt",
    )


def test_reimport_is_refused_unless_forced(project: Project, transcript: Path) -> None:
    first = project.import_transcript(transcript, "RIVER-07")
    with pytest.raises(InputError, match=f"already imported for client RIVER-07 as session {first.session.id}"):
        project.import_transcript(transcript, "RIVER-07")
    assert len(project.sessions()) == 1
    again = project.import_transcript(transcript, "RIVER-07", force=True)
    assert again.session.number == 2  # the next number for this client
    other_client = project.import_transcript(transcript, "ASH-01")  # same file, another client: fine
    assert other_client.session.number == 1
    assert sorted((s.client_code, s.number) for s in project.sessions()) == [
        ("ASH-01", 1),
        ("RIVER-07", 1),
        ("RIVER-07", 2),
    ]


@pytest.mark.parametrize(
    ("content", "kwargs", "problem"),
    [
        ("Just notes, no speakers.\n", {}, "no speaker-labelled turns"),
        ("T: Hello.\nP: Hi.\n", {"therapist": "Dr X"}, "--therapist 'Dr X'"),
        ("", {}, "file is empty"),
    ],
)
def test_bad_file_stores_nothing(
    sqlite_project: Project, transcript: Path, tmp_path: Path, content: str, kwargs: dict[str, str], problem: str
) -> None:
    sqlite_project.import_transcript(transcript, "RIVER-07")
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        sqlite_project.import_transcript(bad, "NEW-01", **kwargs)  # type: ignore[arg-type]
    assert len(sqlite_project.sessions()) == 1
    assert [c.code for c in sqlite_project.clients()] == ["RIVER-07"]


def test_a_database_refusal_mid_import_stores_nothing(
    project: Project, transcript: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Segmentation returning an empty span makes the database refuse the last segment row, after the client,
    # session and earlier turns were already written in the same transaction.
    from rupturetool.io import reading

    real = reading.segment_spans

    def broken(texts):  # type: ignore[no-untyped-def]
        spans = real(list(texts))
        spans[-1] = [*spans[-1], (0, 0)]
        return spans

    monkeypatch.setattr(reading, "segment_spans", broken)
    with pytest.raises(StorageError):
        project.import_transcript(transcript, "NEW-01")
    assert project.sessions() == []
    assert project.clients() == []


@pytest.mark.parametrize("code", ["", "   ", "A" * 65, "two\nlines"])
def test_bad_client_codes(sqlite_project: Project, transcript: Path, code: str) -> None:
    with pytest.raises(InputError, match="client code"):
        sqlite_project.import_transcript(transcript, code)
    assert sqlite_project.sessions() == []


# -- tagging, undo and redo --------------------------------------------------------------------------------------


def test_tag_undo_redo_persists_across_reopening(project: Project, transcript: Path) -> None:
    session_id = project.import_transcript(transcript, "RIVER-07").session.id
    assert session_id is not None
    marker = project.new_marker(session_id, 3, "W5", segment_index=1, significance=4, note="appeasing")
    detail = project.session(session_id)
    turn = detail.turns[3]
    assert (marker.family, marker.coder, marker.scheme_id) == ("withdrawal", "tester", "3rs")
    assert turn.text[marker.start_char : marker.end_char] == turn.segment_text(turn.segments[1])

    def stored_elsewhere() -> list[tuple[int | None, str]]:
        other = Project(project.url, coder="someone else")
        try:
            return [(m.id, m.subtype) for m in other.markers(session_id)]
        finally:
            other.close()

    change = project.add_marker(marker)
    assert change.session_id == session_id and change.markers
    [(marker_id, subtype)] = stored_elsewhere()
    assert subtype == "W5"
    assert project.history.undo_label == "Add W5 on turn 4 segment 2"

    project.undo()
    assert stored_elsewhere() == []
    assert project.history.redo_label == "Add W5 on turn 4 segment 2"

    project.redo()
    assert stored_elsewhere() == [(marker_id, "W5")]  # the same id comes back

    [stored] = project.markers(session_id)
    project.remove_marker(stored)
    assert stored_elsewhere() == []
    project.undo()
    assert stored_elsewhere() == [(marker_id, "W5")]
    assert [e.action for e in project.repo.audit_events(session_id)][:5] == [
        "restore",
        "delete",
        "restore",
        "delete",
        "add",
    ]


def test_new_marker_validation(sqlite_project: Project, transcript: Path) -> None:
    session_id = sqlite_project.import_transcript(transcript, "RIVER-07").session.id
    assert session_id is not None
    with pytest.raises(SchemeError, match="W9"):
        sqlite_project.new_marker(session_id, 1, "W9", segment_index=0)
    with pytest.raises(InputError, match="significance must be 1–5"):
        sqlite_project.new_marker(session_id, 1, "W1", segment_index=0, significance=0)
    with pytest.raises(InputError, match="segment or a character span"):
        sqlite_project.new_marker(session_id, 1, "W1")
    span_marker = sqlite_project.new_marker(session_id, 1, "C1", span=(0, 5))
    assert (span_marker.family, span_marker.start_char, span_marker.end_char) == ("confrontation", 0, 5)
    with pytest.raises(InputError, match="outside turn"):
        sqlite_project.add_marker(sqlite_project.new_marker(session_id, 1, "C1", span=(0, 5000)))
    assert sqlite_project.history.undo_label is None  # the failed add left no history
    assert sqlite_project.markers(session_id) == []


def test_unknown_session(sqlite_project: Project) -> None:
    with pytest.raises(NotFoundError):
        sqlite_project.session(404)


def test_measures(project: Project, transcript: Path) -> None:
    session_id = project.import_transcript(transcript, "RIVER-07").session.id
    assert session_id is not None
    project.set_measure(session_id, "client_scaling", 7)
    with pytest.raises(InputError, match="outside 1–10"):
        project.set_measure(session_id, "client_scaling", 11)
    assert [(m.name, m.value, m.coder) for m in project.repo.measures(session_id)] == [
        ("client_scaling", 7.0, "tester")
    ]


# -- export -----------------------------------------------------------------------------------------------------


def test_export_without_markers_writes_the_header(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "markers.csv"
    assert project.export_markers(out) == 0
    header, rows = read_csv(out)
    assert rows == []
    assert all(column in header for column in REQUIRED_COLUMNS)
    assert "marker_text" not in header and "note" not in header


def test_export_has_no_verbatim_text_unless_asked(project: Project, transcript: Path, tmp_path: Path) -> None:
    session_id = project.import_transcript(transcript, "RIVER-07", session_date=date(2026, 1, 5)).session.id
    assert session_id is not None
    project.add_marker(project.new_marker(session_id, 5, "C5", segment_index=1, note="SECRET-NOTE"))
    turn = project.session(session_id).turns[5]
    marked = turn.segment_text(turn.segments[1])

    out = tmp_path / "plain.csv"
    assert project.export_markers(out) == 1
    content = out.read_text(encoding="utf-8")
    assert not content.startswith("\ufeff")
    assert marked.strip() not in content and "SECRET-NOTE" not in content and "going in circles" not in content
    header, [row] = read_csv(out)
    assert all(column in header for column in REQUIRED_COLUMNS)
    assert (row["client"], row["session_date"], row["coder"], row["speaker_role"]) == (
        "RIVER-07",
        "2026-01-05",
        "tester",
        "client",
    )
    assert (row["turn_index"], row["segment_index"], row["family"], row["subtype"]) == ("5", "1", "confrontation", "C5")
    assert (row["significance"], row["episode_id"], row["source"]) == ("3", "", "manual")
    assert row["subtype_name"] == "Complaints/concerns about progress in therapy"

    with_text = tmp_path / "text.csv"
    project.export_markers(with_text, include_text=True)
    _, [row] = read_csv(with_text)
    assert (row["marker_text"], row["note"]) == (marked, "SECRET-NOTE")


def test_export_for_excel_has_a_bom_and_crlf(sqlite_project: Project, tmp_path: Path) -> None:
    out = tmp_path / "excel.csv"
    sqlite_project.export_markers(out, excel=True)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfclient,")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")


def test_export_filters(project: Project, transcript: Path, tmp_path: Path) -> None:
    a = project.import_transcript(transcript, "A-1").session.id
    b = project.import_transcript(transcript, "B-2").session.id
    project.add_marker(project.new_marker(a, 1, "W1", segment_index=0))  # type: ignore[arg-type]
    project.add_marker(project.new_marker(b, 1, "W2", segment_index=0, coder="other"))  # type: ignore[arg-type]
    out = tmp_path / "m.csv"
    assert project.export_markers(out) == 2
    assert project.export_markers(out, client="B-2") == 1
    assert [r["subtype"] for r in read_csv(out)[1]] == ["W2"]
    assert project.export_markers(out, coder="tester") == 1
    assert [r["client"] for r in read_csv(out)[1]] == ["A-1"]


# -- schemes ----------------------------------------------------------------------------------------------------


def test_user_schemes_folder_is_used(isolated_environment: Path, sqlite_url: str) -> None:
    folder = isolated_environment / "schemes"
    folder.mkdir(parents=True)
    source = Path(__file__).resolve().parents[2] / "rupturetool" / "data" / "schemes" / "pacs.toml"
    (folder / "clinic.toml").write_text(
        source.read_text(encoding="utf-8").replace('id = "pacs"', 'id = "clinic-pacs"'), encoding="utf-8"
    )
    project = Project(sqlite_url, coder="tester")
    try:
        assert "clinic-pacs" in {s.id for s in project.schemes.all()}
        assert project.scheme.id == "3rs"
        assert project.use_scheme("clinic-pacs").subtype("AV").family == "dismissing"
        with pytest.raises(SchemeError, match="no coding scheme 'nope'"):
            project.use_scheme("nope")
    finally:
        project.close()
