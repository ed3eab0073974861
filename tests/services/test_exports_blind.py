"""Exports keep blind double coding (SQLite and PostgreSQL): a coder who codes a session blind exports only their
own layer of it until they submit, and is refused another coder's codes of it, in one line naming the session."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from rupturetool.core.errors import InputError
from rupturetool.services.exports import ExportKind, Selection, client_timeline, export_tables
from rupturetool.services.project import Project


@pytest.fixture
def team(db_url: str, transcript: Path) -> Iterator[dict[str, object]]:
    """ann codes a session (two markers, an episode, a measure); sue assigns it to bob blind; bob codes one marker.
    A second session, not assigned to bob, holds one marker of ann."""
    projects = {name: Project(db_url, coder=name) for name in ("sue", "ann", "bob")}
    sue, ann, bob = projects["sue"], projects["ann"], projects["bob"]
    sue.set_coder_role("sue", "supervisor")
    sid = ann.import_transcript(transcript, "RIVER-07").session.id
    other = ann.import_transcript(transcript, "LAKE-02").session.id
    for turn, subtype in ((1, "W1"), (2, "C1")):
        ann.add_marker(ann.new_marker(sid, turn, subtype, segment_index=0))
    ann.create_episode(sid, [m.id for m in ann.markers(sid, "ann")])
    ann.set_measure(sid, "client_scaling", 4)
    ann.add_marker(ann.new_marker(other, 1, "W2", segment_index=0))
    sue.assign_second_coder(sid, "bob", blind=True)
    bob.add_marker(bob.new_marker(sid, 1, "W3", segment_index=0))
    yield {**projects, "sid": sid, "other": other}
    for project in projects.values():
        project.close()


def export(project: Project, folder: Path, sel: Selection | None = None) -> dict[ExportKind, list[dict[str, str]]]:
    outs = {kind: folder / f"{project.coder}-{kind}.csv" for kind in ExportKind}
    export_tables(project, outs, sel)
    tables = {}
    for kind, path in outs.items():
        with path.open(encoding="utf-8", newline="") as handle:
            tables[kind] = list(csv.DictReader(handle))
    return tables


def in_session(rows: list[dict[str, str]], sid: int) -> list[dict[str, str]]:
    return [r for r in rows if r["session_id"] == str(sid)]


def test_a_blind_coder_exports_only_their_own_layer_until_they_submit(team: dict, tmp_path: Path) -> None:
    bob, ann, sid, other = team["bob"], team["ann"], team["sid"], team["other"]
    mine = export(bob, tmp_path)
    assert [(r["coder"], r["subtype"]) for r in in_session(mine[ExportKind.MARKERS], sid)] == [("bob", "W3")]
    assert in_session(mine[ExportKind.EPISODES], sid) == []  # ann's episode
    [session] = in_session(mine[ExportKind.SESSIONS], sid)
    assert (session["coder"], session["n_markers"], session["episodes"], session["client_scaling"]) == (
        "bob",
        "1",
        "0",
        "",  # ann's measure
    )
    assert [r["coder"] for r in in_session(mine[ExportKind.MARKERS], other)] == ["ann"]  # not blind there
    clients = {r["client"]: r["n_markers"] for r in mine[ExportKind.CLIENTS]}
    assert clients == {"RIVER-07": "1", "LAKE-02": "1"}  # bob's one marker, not ann's two

    everything = export(ann, tmp_path, Selection(coder="bob"))  # others see bob's layer and their own, as ever
    assert [r["subtype"] for r in in_session(everything[ExportKind.MARKERS], sid)] == ["W3"]
    assert len(in_session(export(ann, tmp_path, Selection(coder="ann"))[ExportKind.MARKERS], sid)) == 2

    bob.submit(sid)
    after = export(bob, tmp_path, Selection(coder="ann"))
    assert sorted(r["subtype"] for r in in_session(after[ExportKind.MARKERS], sid)) == ["C1", "W1"]
    assert len(in_session(after[ExportKind.EPISODES], sid)) == 1
    assert in_session(after[ExportKind.SESSIONS], sid)[0]["client_scaling"] == "4.0"


def test_another_coders_codes_of_a_blind_session_are_refused_in_one_line(team: dict, tmp_path: Path) -> None:
    bob, sid, other = team["bob"], team["sid"], team["other"]
    out = tmp_path / "markers.csv"
    for sel in (Selection(coder="ann"), Selection(client="RIVER-07", coder="ann")):
        with pytest.raises(InputError, match=f"^ann's coding of session {sid} is hidden from you") as refused:
            export_tables(bob, {ExportKind.MARKERS: out}, sel)
        assert "\n" not in str(refused.value)
    assert not out.exists()  # nothing half-written
    with pytest.raises(InputError, match=f"session {sid} is hidden"):
        client_timeline(bob, "RIVER-07", coder="ann")
    # A selection without the blind session is not refused: the other session's codes are anyone's to read.
    rows = export(bob, tmp_path, Selection(client="LAKE-02", coder="ann"))[ExportKind.MARKERS]
    assert [(r["session_id"], r["coder"]) for r in rows] == [(str(other), "ann")]


def test_a_blind_coders_timeline_shows_their_own_layer(team: dict) -> None:
    bob, sid = team["bob"], team["sid"]
    row = client_timeline(bob, "RIVER-07").iloc[0]
    assert (row["session_id"], row["coder"], row["n_markers"], row["episodes"]) == (sid, "bob", 1, 0)
    bob.submit(sid)
    with pytest.raises(InputError, match="2 coders"):  # now both layers show: a choice is needed, as for anyone
        client_timeline(bob, "RIVER-07")
