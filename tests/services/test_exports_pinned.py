"""The four CSV exports of a small awkward caseload, byte for byte (SQLite and PostgreSQL).

Pins the output the exports had before they were made fast (issue 5), so speed work cannot change a byte: words
split on every kind of whitespace, turns with only a start or only an end, undated sessions and sessions without
turns, a deleted marker and episode, a marker in two episodes, a family outside the scheme, two coders, a
measure without a coder, a client without sessions.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from rupturetool.services.exports import ExportKind, Selection, client_timeline, export_tables
from rupturetool.services.project import Project
from rupturetool.storage.tables import (
    ClientRow,
    CoderRow,
    EpisodeMarkerRow,
    EpisodeRow,
    MarkerRow,
    SessionMeasureRow,
    SessionRow,
    SpeakerRow,
    StageEventRow,
    StrategyEventRow,
    TurnRow,
)

PINNED = Path(__file__).parent / "pinned_exports"


def _turn(tid: int, sid: int, idx: int, text: str, start: float | None = None, end: float | None = None) -> dict:
    label = "T" if idx % 2 else "P"
    return {"id": tid, "session_id": sid, "idx": idx, "speaker_label": label, "text": text, "start": start, "end": end}


def _marker(mid: int, sid: int, turn: int, coder: int, subtype: str, significance: int, **extra: Any) -> dict:
    family = {"W": "withdrawal", "C": "confrontation"}.get(subtype[0], "other")
    return {
        "id": mid,
        "session_id": sid,
        "turn_id": turn,
        "coder_id": coder,
        "start_char": 0,
        "end_char": 3,
        "family": family,
        "subtype": subtype,
        "significance": significance,
        "note": f"note {mid}",
        "source": "manual",
        "deleted": False,
        "created_at": datetime(2025, 3, 1, 10, mid, 5, 120000 * (mid % 2)),
        **extra,
    }


def _episode(eid: int, sid: int, coder: int, outcome: str | None, deleted: bool = False) -> dict:
    return {"id": eid, "session_id": sid, "coder_id": coder, "family": "withdrawal", "note": f"episode {eid}",
            "deleted": deleted, "outcome": outcome}  # fmt: skip


def build_caseload(project: Project) -> None:
    """Three clients (one without sessions), five sessions, two coders: every awkward case at least once."""
    turns = [
        _turn(1, 1, 0, "  héllo\u00a0wörld\u2003and\u3000more  ", None, None),
        _turn(2, 1, 1, "a\x1cb\x1dc d\te\nf\x0bg\x0ch\ri", 10.5, None),
        _turn(3, 1, 2, "end only", None, 99.25),
        _turn(4, 3, 0, "one two three", 0.0, 3.3333333),
        _turn(5, 3, 1, "four  five", 4.1, 2.0),
        _turn(6, 3, 2, "six", None, None),
        _turn(7, 5, 0, "seven eight nine ten " * 30, None, None),
        _turn(8, 5, 1, "yes", None, None),
        _turn(9, 4, 0, "lonely\u2028line\u0085end", None, None),
    ]
    rows: dict[Any, list[dict]] = {
        ClientRow: [
            {"id": 1, "code": "B-2", "attachment": None},
            {"id": 2, "code": "A-1", "attachment": "secure"},
            {"id": 3, "code": "C-3", "attachment": "avoidant-dismissing"},
        ],
        CoderRow: [{"id": 1, "name": "ana", "role": "therapist"}, {"id": 2, "name": "ben", "role": "researcher"}],
        SessionRow: [
            {"id": 1, "client_id": 1, "date": date(2025, 3, 1), "number": 2},
            {"id": 2, "client_id": 1, "date": None, "number": None},
            {"id": 3, "client_id": 2, "date": date(2025, 1, 1), "number": 1},
            {"id": 4, "client_id": 2, "date": date(2025, 1, 8), "number": 2},
            {"id": 5, "client_id": 2, "date": date(2025, 2, 1), "number": 3},
        ],
        SpeakerRow: [
            {"session_id": 1, "label": "P", "role": "client"},
            {"session_id": 3, "label": "P", "role": "client"},
            {"session_id": 3, "label": "T", "role": "therapist"},
        ],
        TurnRow: turns,
        MarkerRow: [
            _marker(1, 1, 1, 1, "W1", 2),
            _marker(2, 1, 2, 1, "C7", 5),
            _marker(3, 1, 2, 1, "W3", 1, deleted=True),
            _marker(4, 3, 4, 2, "W2", 3),
            _marker(5, 3, 5, 2, "X1", 4),
            _marker(6, 5, 7, 2, "C1", 4),
            _marker(7, 4, 9, 1, "W7", 3),
        ],
        EpisodeRow: [
            _episode(1, 1, 1, "resolved"),
            _episode(2, 1, 1, None),
            _episode(3, 3, 2, "partial", deleted=True),
            _episode(4, 5, 2, "unresolved"),
        ],
        EpisodeMarkerRow: [
            {"episode_id": 1, "marker_id": 1},
            {"episode_id": 2, "marker_id": 1},
            {"episode_id": 1, "marker_id": 2},
            {"episode_id": 3, "marker_id": 4},
            {"episode_id": 4, "marker_id": 6},
            {"episode_id": 1, "marker_id": 3},
        ],
        StageEventRow: [
            {"episode_id": 1, "stage": 2, "turn_id": 2},
            {"episode_id": 1, "stage": 1, "turn_id": 1},
            {"episode_id": 4, "stage": 4, "turn_id": 8},
        ],
        StrategyEventRow: [
            {"episode_id": 1, "code": "R10", "turn_id": 2},
            {"episode_id": 1, "code": "R2", "turn_id": 1},
        ],
        SessionMeasureRow: [
            {"session_id": 1, "name": "client_scaling", "value": 3.5, "coder_id": None},
            {"session_id": 5, "name": "wai_sr_bond", "value": 12.0, "coder_id": 2},
        ],
    }
    with project.engine.begin() as conn:
        for table, values in rows.items():
            conn.execute(insert(table), values)


@pytest.fixture
def caseload(db_url: str) -> Iterator[Project]:
    project = Project(db_url, coder="tester")
    build_caseload(project)
    yield project
    project.close()


SELECTIONS = {
    "all": (Selection(), False),
    "text": (Selection(), True),
    "ana": (Selection(coder="ana"), False),
    "a1-feb": (Selection(client="A-1", date_from=date(2025, 1, 5), date_to=date(2025, 2, 1)), False),
}


@pytest.mark.parametrize("name", SELECTIONS)
def test_exports_are_byte_identical_to_the_pinned_files(caseload: Project, tmp_path: Path, name: str) -> None:
    sel, text = SELECTIONS[name]
    export_tables(caseload, {kind: tmp_path / f"{kind}.csv" for kind in ExportKind}, sel, include_text=text)
    for kind in ExportKind:
        expected = (PINNED / f"{name}-{kind}.csv").read_bytes()
        assert (tmp_path / f"{kind}.csv").read_bytes() == expected, f"{name}: {kind}.csv changed"


def test_timeline_is_pinned(caseload: Project) -> None:
    csv = client_timeline(caseload, "A-1", coder="ben").to_csv(index=False, lineterminator="\n")
    assert csv == (PINNED / "timeline-A-1-ben.csv").read_text(encoding="utf-8")
