"""The tidy marker table: columns, types and formats for R, SPSS and Excel; no verbatim text unless asked."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from rupturetool.analytics.markers import MARKER_COLUMNS, TEXT_COLUMNS, markers_frame


def row(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "client": "RIVER-07",
        "attachment": "secure",
        "session_id": 1,
        "session_date": date(2026, 1, 12),
        "session_number": 2,
        "coder": "ana",
        "coder_role": "therapist",
        "marker_id": 10,
        "turn_index": 3,
        "segment_index": 1,
        "speaker_role": "client",
        "turn_start": None,
        "start_char": 14,
        "end_char": 33,
        "scheme_id": "3rs",
        "family": "withdrawal",
        "subtype": "W5",
        "actor": "patient",
        "significance": 4,
        "episode_id": None,
        "source": "manual",
        "note": "appeasing",
        "created_at": datetime(2026, 1, 12, 10, 30, 5, tzinfo=UTC),
        "turn_text": "I don't know. Whatever you think.",
    }
    values.update(changes)
    return values


def test_columns_and_formats() -> None:
    frame = markers_frame([row(), row(marker_id=11, segment_index=None, episode_id=3, subtype="C1")], {"W5": "Def."})
    assert list(frame.columns) == MARKER_COLUMNS
    assert frame["session_date"].tolist() == ["2026-01-12", "2026-01-12"]
    assert frame["created_at"].tolist() == ["2026-01-12T10:30:05Z"] * 2
    assert str(frame["segment_index"].dtype) == "Int64"
    assert frame["segment_index"].isna().tolist() == [False, True]
    assert frame["episode_id"].tolist()[1] == 3
    assert frame["subtype_name"].tolist()[0] == "Def."
    assert frame["subtype_name"].isna().tolist()[1]  # no name known for C1 here
    assert "turn_text" not in frame.columns and "note" not in frame.columns


def test_naive_timestamps_are_utc_and_missing_dates_stay_empty() -> None:
    frame = markers_frame([row(created_at=datetime(2026, 1, 12, 10, 30, 5), session_date=None)])
    assert frame["created_at"].tolist() == ["2026-01-12T10:30:05Z"]
    assert frame["session_date"].isna().all()


def test_include_text_adds_the_marked_span_and_note() -> None:
    frame = markers_frame([row()], include_text=True)
    assert list(frame.columns) == MARKER_COLUMNS + TEXT_COLUMNS
    assert frame.loc[0, "marker_text"] == "Whatever you think."
    assert frame.loc[0, "note"] == "appeasing"


def test_no_rows_gives_the_columns() -> None:
    assert list(markers_frame([])) == MARKER_COLUMNS
    assert list(markers_frame([], include_text=True)) == MARKER_COLUMNS + TEXT_COLUMNS
    assert len(markers_frame([])) == 0
