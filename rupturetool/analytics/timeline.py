"""A client's sessions in date order, and the trend of rupture rate and resolution across them."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from rupturetool.analytics.sessions import session_summaries

Rows = Iterable[Mapping[str, Any]]


def in_date_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Sessions by date, then number, then id (undated sessions last), numbered 1..n in ``session_index``."""
    frame = frame.sort_values(["session_date", "session_number", "session_id"], na_position="last", kind="stable")
    frame = frame.reset_index(drop=True)
    frame.insert(0, "session_index", range(1, len(frame) + 1))
    return frame


def client_timeline(
    sessions: Rows, markers: Rows, episodes: Rows, measures: Rows, *, client: str, coder: str | None = None
) -> pd.DataFrame:
    """One row per session of ``client`` ordered by date, with the session summary columns."""

    def mine(rows: Rows) -> list[Mapping[str, Any]]:
        return [r for r in rows if r.get("client", client) == client]

    session_list = mine(sessions)
    ids = {s["session_id"] for s in session_list}
    measure_list = [m for m in measures if m["session_id"] in ids]  # measure rows carry no client
    frame = session_summaries(session_list, mine(markers), mine(episodes), measure_list, coder=coder)
    return in_date_order(frame)


def slope(y: Iterable[float]) -> float:
    """Least-squares slope of ``y`` over its position 1..n, skipping missing values; NaN without two points."""
    values = np.asarray(list(y), dtype=float)
    x = np.arange(1, len(values) + 1, dtype=float)
    keep = ~np.isnan(values)
    if keep.sum() < 2:
        return math.nan
    return float(np.polyfit(x[keep], values[keep], 1)[0])


def client_trend(timeline: pd.DataFrame) -> dict[str, float]:
    """Change per session in rupture rate (per 5 minutes) and in the share of episodes resolved."""
    return {
        "sessions": float(len(timeline)),
        "rate_slope": slope(timeline["rate_per_5min"]),
        "resolved_share_slope": slope(timeline["resolved_share"]),
    }
