"""import-codes in the service layer: the demo caseload's markers round-trip through a CSV, bad rows stop everything."""

from __future__ import annotations

import csv
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rupturetool.core.errors import InputError
from rupturetool.io.codes_csv import CodesCsvError
from rupturetool.services.codes import import_codes
from rupturetool.services.demo import build_demo
from rupturetool.services.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
IDS = ("session_id", "marker_id", "episode_id", "created_at")


@pytest.fixture(scope="module")
def demo_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo caseload's markers, as ``rupturetool export markers`` writes them."""
    root = tmp_path_factory.mktemp("codes-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUPTURETOOL_DATA_DIR", str(root / "data"))
        demo = build_demo(target=root / "demo.sqlite", samples=SAMPLES)
        source = Project(demo["url"], coder="tester")
        try:
            source.export_markers(root / "markers.csv")
        finally:
            source.close()
    return root / "markers.csv"


def load_uncoded_caseload(project: Project) -> None:
    """The sample transcripts with the demo's client codes, dates and numbers, but no codes."""
    for folder in sorted(p for p in SAMPLES.iterdir() if (p / "client.toml").is_file()):
        spec = tomllib.loads((folder / "client.toml").read_text(encoding="utf-8"))
        client = spec["client"]
        for session in spec["sessions"]:
            project.import_transcript(
                folder / session["file"],
                client["code"],
                session_date=date.fromisoformat(str(session["date"])),
                number=session.get("number"),
                therapist=client.get("therapist"),
                attachment=client.get("attachment"),
            )


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def without_ids(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k not in IDS} for row in rows]


def episode_groups(rows: list[dict[str, str]]) -> set[frozenset[tuple[str, ...]]]:
    """Which markers share an episode, whatever the episode ids are."""
    groups: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for row in rows:
        if row["episode_id"]:
            key = (row["client"], row["session_date"], row["turn_index"], row["start_char"], row["subtype"])
            groups[row["episode_id"]].add(key)
    return {frozenset(g) for g in groups.values()}


@pytest.fixture
def caseload(project: Project) -> Iterator[Project]:
    load_uncoded_caseload(project)
    yield project


def stored_markers(project: Project) -> int:
    return sum(s.markers for s in project.sessions())


def test_demo_markers_round_trip(caseload: Project, demo_csv: Path, tmp_path: Path) -> None:
    result = import_codes(caseload, demo_csv)
    before = read_csv(demo_csv)
    assert (result.markers, result.duplicates) == (len(before), 0)
    assert result.sessions == len({(r["client"], r["session_date"]) for r in before})
    assert result.episodes == len({r["episode_id"] for r in before if r["episode_id"]})

    caseload.export_markers(tmp_path / "again.csv")
    after = read_csv(tmp_path / "again.csv")
    assert without_ids(after) == without_ids(before)
    assert episode_groups(after) == episode_groups(before)
    assert sum(s.episodes for s in caseload.sessions()) == result.episodes

    again = import_codes(caseload, demo_csv)  # a re-run is harmless
    assert (again.markers, again.episodes, again.sessions, again.duplicates) == (0, 0, 0, len(before))
    assert stored_markers(caseload) == len(before)


def test_matching_by_client_and_date_when_session_ids_differ(caseload: Project, tmp_path: Path) -> None:
    session = caseload.sessions("MARLOW-03")[0]
    assert session.date is not None
    path = tmp_path / "codes.csv"
    path.write_text(
        "client,session_id,session_date,coder,turn_index,segment_index,subtype,significance\n"
        f"MARLOW-03,999,{session.date},Ana,1,0,W2,4\n"  # a session id from another database
        f"{session.client_code},{session.id},,Ana,1,0,W3,2\n",
        encoding="utf-8",
    )
    result = import_codes(caseload, path)
    assert (result.markers, result.sessions) == (2, 1)
    markers = caseload.markers(session.id)
    assert [(m.subtype, m.segment_index, m.coder, m.significance) for m in markers] == [
        ("W2", 0, "Ana", 4),
        ("W3", 0, "Ana", 2),
    ]


def test_minimal_csv_several_markers_per_segment_and_episodes(caseload: Project, tmp_path: Path) -> None:
    session = caseload.sessions("ASHBY-22")[0]
    turn = caseload.session(session.id).turns[3]
    path = tmp_path / "codes.csv"
    path.write_text(
        "Client;Session Date;Coder;Turn Index;Segment Index;Subtype;Significance;Episode ID\n"
        f"ASHBY-22;{session.date};Ana;3;0;C4;3;e1\n"
        f"ASHBY-22;{session.date};Ana;3;0;C5;2;e1\n"
        f"ASHBY-22;{session.date};Ana;3;0;W1;1;\n"
        f"ASHBY-22;{session.date};Ana;3;0;W1;1;\n",  # the same marker twice in the file: stored once
        encoding="utf-8",
    )
    result = import_codes(caseload, path)
    assert result.as_json() == {"markers": 3, "episodes": 1, "sessions": 1, "duplicates": 1}
    assert result.summary() == "3 markers imported for 1 session (1 duplicates skipped)"
    markers = caseload.markers(session.id)
    first = turn.segments[0]
    assert {(m.subtype, m.start_char, m.end_char, str(m.actor), str(m.source)) for m in markers} == {
        (code, first.start_char, first.end_char, "patient", "manual") for code in ("C4", "C5", "W1")
    }
    by_marker = caseload.repo.episode_ids_by_marker(session.id)
    assert len({by_marker[m.id] for m in markers if m.subtype != "W1"}) == 1
    assert all(m.id not in by_marker for m in markers if m.subtype == "W1")


def test_every_unmatched_row_is_reported_and_nothing_is_stored(caseload: Project, tmp_path: Path) -> None:
    session = caseload.sessions("ASHBY-22")[0]
    other = caseload.sessions("HOLLIS-11")[0]
    turns = caseload.session(session.id).turns
    # a second session of the same client on the same date makes that date ambiguous
    later = caseload.sessions("FENWICK-05")[0]
    caseload.import_transcript(SAMPLES / "FENWICK-05" / "s01.txt", "FENWICK-05", session_date=later.date, force=True)
    path = tmp_path / "codes.csv"
    d, sid = session.date, session.id
    path.write_text(
        "client,session_id,session_date,coder,turn_index,segment_index,start_char,end_char,subtype,significance\n"
        f"ASHBY-22,{sid},,Ana,1,0,,,W1,3\n"  # 2: good
        f"ASHBY-22,{sid},,Ana,99,0,,,W1,3\n"  # 3: no turn 99
        f"ASHBY-22,{sid},,Ana,1,42,,,W1,3\n"  # 4: no segment 42
        f"ASHBY-22,{sid},,Ana,1,,0,{len(turns[1].text) + 5},W1,3\n"  # 5: span past the turn's end
        "ASHBY-22,,1999-01-01,Ana,1,0,,,W1,3\n"  # 6: no session on that date
        f"FENWICK-05,,{later.date},Ana,1,0,,,W1,3\n"  # 7: two sessions that day
        "ASHBY-22,9999,,Ana,1,0,,,W1,3\n"  # 8: no such session
        f"ASHBY-22,{other.id},,Ana,1,0,,,W1,3\n"  # 9: another client's session
        f"ASHBY-22,,{d},Ana,1,0,,,W1,0\n"  # 10: significance out of range (read-time problem)
        f"ASHBY-22,,{d},Ana,1,0,,,X1,3\n",  # 11: unknown subtype (read-time problem)
        encoding="utf-8",
    )
    with pytest.raises(CodesCsvError) as caught:
        import_codes(caseload, path)
    lines = caught.value.lines()
    assert [p.line for p in caught.value.problems] == list(range(3, 12))
    assert lines[0] == f"{path} line 3: no turn 99 in session {sid}"
    assert lines[1] == f"{path} line 4: no segment 42 in turn 1 of session {sid}"
    assert "lies outside turn 1" in lines[2]
    assert lines[3] == f"{path} line 6: no session of client ASHBY-22 on 1999-01-01"
    assert "client FENWICK-05 has 2 sessions on" in lines[4] and "give session_id" in lines[4]
    assert lines[5] == f"{path} line 8: no session 9999"
    assert lines[6] == f"{path} line 9: session {other.id} belongs to client HOLLIS-11, not ASHBY-22"
    assert "significance 0 is not 1–5" in lines[7]
    assert "unknown subtype 'X1'" in lines[8]
    assert stored_markers(caseload) == 0
    assert "Ana" not in {c.name for c in caseload.repo.coders()}


def test_a_failure_while_storing_rolls_everything_back(caseload: Project, tmp_path: Path, monkeypatch) -> None:
    session = caseload.sessions("ASHBY-22")[0]
    path = tmp_path / "codes.csv"
    path.write_text(
        "client,session_id,coder,turn_index,segment_index,subtype,significance,episode_id\n"
        f"ASHBY-22,{session.id},Ana,1,0,C1,3,1\n"
        f"ASHBY-22,{session.id},Ana,3,0,C2,3,1\n",
        encoding="utf-8",
    )

    def refuse(episode: Any) -> Any:
        raise InputError("refused")

    monkeypatch.setattr(caseload.repo, "add_episode", refuse)
    with pytest.raises(InputError, match="refused"):
        import_codes(caseload, path)
    assert stored_markers(caseload) == 0


def test_bad_episode_rows_are_reported_by_file_and_line(caseload: Project, tmp_path: Path) -> None:
    session = caseload.sessions("ASHBY-22")[0]
    markers, episodes = tmp_path / "markers.csv", tmp_path / "episodes.csv"
    markers.write_text(
        "client,session_id,coder,turn_index,segment_index,subtype,significance,episode_id\n"
        f"ASHBY-22,{session.id},Ana,1,0,C1,3,1\n"
        f"ASHBY-22,{session.id},Ana,3,0,C2,3,2\n"
        f"ASHBY-22,{session.id},Ana,3,0,C2,9,3\n",  # line 4: a bad marker row is reported too
        encoding="utf-8",
    )
    episodes.write_text(
        "episode_id,client,session_id,coder,family,outcome,stages,strategies\n"
        f"1,ASHBY-22,{session.id},Ana,confrontation,resolved,1@2;2@3,R1@4\n"  # 2: good
        f"2,ASHBY-22,{session.id},Ana,confrontation,maybe,5@2,R99@4\n"  # 3: bad outcome, stage and strategy
        f"1,ASHBY-22,{session.id},Ana,confrontation,,,\n"  # 4: episode 1 again
        f"7,ASHBY-22,{session.id},Ana,withdrawal,,,\n"  # 5: no markers name episode 7
        f"2,ASHBY-22,{session.id},Ana,rage,,1@999,\n",  # 6: unknown family (and turn 999, found later)
        encoding="utf-8",
    )
    with pytest.raises(CodesCsvError) as caught:
        import_codes(caseload, markers, episodes)
    assert caught.value.lines() == [
        f"{markers} line 4: significance 9 is not 1–5",
        f"{episodes} line 3: outcome 'maybe' is not one of resolved, partial, unresolved; stage 5 is not 1–4;"
        " unknown resolution strategy 'R99'",
        f"{episodes} line 4: episode 1 appears twice (first on line 2)",
        f"{episodes} line 5: episode 7 has no markers in the markers file (import them together)",
        f"{episodes} line 6: unknown family 'rage'",
    ]
    assert stored_markers(caseload) == 0


def test_episode_stage_turns_must_exist(caseload: Project, tmp_path: Path) -> None:
    session = caseload.sessions("ASHBY-22")[0]
    markers, episodes = tmp_path / "markers.csv", tmp_path / "episodes.csv"
    markers.write_text(
        "client,session_id,coder,turn_index,segment_index,subtype,significance,episode_id\n"
        f"ASHBY-22,{session.id},Ana,1,0,W1,3,1\n",
        encoding="utf-8",
    )
    episodes.write_text(
        f"episode_id,client,session_id,coder,stages,strategies\n1,ASHBY-22,{session.id},Ana,2@999,R1@1\n",
        encoding="utf-8",
    )
    with pytest.raises(CodesCsvError) as caught:
        import_codes(caseload, markers, episodes)
    assert caught.value.lines() == [f"{episodes} line 2: stage 2: no turn 999 in session {session.id}"]
    episodes.write_text(
        f"episode_id,client,session_id,coder,outcome,stages,strategies\n1,ASHBY-22,{session.id},Ana,partial,2@3,R1@1\n",
        encoding="utf-8",
    )
    assert import_codes(caseload, markers, episodes).as_json() == {
        "markers": 1,
        "episodes": 1,
        "sessions": 1,
        "duplicates": 0,
    }
    [row] = caseload.repo.episode_rows()
    assert (row["family"], row["outcome"], row["stages"], row["strategies"]) == (
        "withdrawal",  # no family in the episodes file: the markers' family
        "partial",
        [(2, 3)],
        [("R1", 1)],
    )
