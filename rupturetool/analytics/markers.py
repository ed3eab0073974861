"""The tidy marker table: one row per marker, columns named and typed for R, SPSS and Excel."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from rupturetool.analytics.tidy import iso_dates, iso_utc_times

MARKER_COLUMNS = [
    "client",
    "attachment",
    "session_id",
    "session_date",
    "session_number",
    "coder",
    "coder_role",
    "marker_id",
    "turn_index",
    "segment_index",
    "speaker_role",
    "turn_start",
    "start_char",
    "end_char",
    "scheme_id",
    "family",
    "subtype",
    "subtype_name",
    "actor",
    "significance",
    "episode_id",
    "source",
    "created_at",
    # The names the research spec uses; turn_start and subtype_name stay for scripts written against them.
    "start_seconds",
    "subtype_label",
]
TEXT_COLUMNS = ["marker_text", "note"]  # verbatim clinical text: only when asked for

_INTEGERS = [
    "session_id",
    "session_number",
    "marker_id",
    "turn_index",
    "segment_index",
    "start_char",
    "end_char",
    "significance",
    "episode_id",
]


def markers_frame(
    rows: Iterable[Mapping[str, Any]] | Mapping[str, Sequence[Any]],
    subtype_names: Mapping[str, str] | None = None,
    *,
    include_text: bool = False,
) -> pd.DataFrame:
    """Build the marker table from repository rows, or their columns; no verbatim text unless ``include_text``."""
    data: Any = list(rows) if not isinstance(rows, Mapping) else dict(rows)
    formatted = isinstance(data, dict) and len(data.get("session_date", ())) > 0
    if formatted:  # a few thousand distinct dates: each formatted once, not parsed by pandas per marker
        data["session_date"] = iso_dates(data["session_date"])
    frame = pd.DataFrame(data)
    if frame.empty:
        frame = pd.DataFrame(columns=[*MARKER_COLUMNS, "turn_text", "note"])
    frame["subtype_name"] = frame["subtype"].map(dict(subtype_names or {})) if len(frame) else []
    frame["subtype_label"] = frame["subtype_name"]
    frame["start_seconds"] = frame["turn_start"]
    if include_text:
        frame["marker_text"] = [
            text[start:end]
            for text, start, end in zip(frame["turn_text"], frame["start_char"], frame["end_char"], strict=True)
        ]
    for column in _INTEGERS:
        frame[column] = pd.array(frame[column], dtype="Int64")
    if not formatted:
        frame["session_date"] = iso_dates(frame["session_date"])
    frame["created_at"] = iso_utc_times(frame["created_at"])
    columns = MARKER_COLUMNS + (TEXT_COLUMNS if include_text else [])
    return frame[columns].reset_index(drop=True)
