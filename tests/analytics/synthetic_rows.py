"""Small hand-made repository rows (plain dicts, as storage returns them) for the analytics tests."""

from __future__ import annotations

from datetime import date
from typing import Any

Row = dict[str, Any]


def session(sid: int, client: str = "A", **values: Any) -> Row:
    row: Row = {
        "client": client,
        "attachment": "secure",
        "session_id": sid,
        "session_date": date(2026, 1, sid),
        "session_number": sid,
        "turns": 10,
        "words": 750,  # 5 minutes at 150 words a minute
        "first_start": None,
        "last_start": None,
        "last_end": None,
    }
    row.update(values)
    return row


def marker(sid: int, subtype: str = "W1", client: str = "A", coder: str = "ana", **values: Any) -> Row:
    family = {"W": "withdrawal", "C": "confrontation"}.get(subtype[0], "other")
    row = {"client": client, "session_id": sid, "coder": coder, "family": family, "subtype": subtype, "significance": 3}
    return {**row, **values}


def episode(
    sid: int,
    outcome: str | None = "resolved",
    stages: tuple[tuple[int, int], ...] = (),
    strategies: tuple[tuple[str, int], ...] = (),
    client: str = "A",
    coder: str = "ana",
    **values: Any,
) -> Row:
    return {
        "episode_id": values.pop("episode_id", sid * 100),
        "client": client,
        "attachment": "secure",
        "session_id": sid,
        "session_date": date(2026, 1, sid),
        "session_number": sid,
        "coder": coder,
        "family": "withdrawal",
        "outcome": outcome,
        "note": "",
        "marker_turns": [],
        "stages": list(stages),
        "strategies": list(strategies),
        **values,
    }


def measure(sid: int, name: str, value: float, coder: str | None = "ana") -> Row:
    return {"session_id": sid, "name": name, "value": value, "coder": coder}
