"""A client's timeline: date order, trend slopes by least squares."""

from __future__ import annotations

import math
from datetime import date

import pytest
from synthetic_rows import episode, marker, session

from rupturetool.analytics.timeline import client_timeline, client_trend, slope


def test_sessions_in_date_order_then_number() -> None:
    sessions = [
        session(3, session_date=date(2026, 3, 1)),
        session(1, session_date=date(2026, 2, 1), session_number=2),
        session(2, session_date=date(2026, 2, 1), session_number=1),
        session(4, session_date=None),
        session(9, client="B"),
    ]
    frame = client_timeline(sessions, [marker(9, client="B", coder="zed")], [], [], client="A")
    assert frame["session_id"].tolist() == [2, 1, 3, 4]  # undated last; client B's session and coder left out
    assert frame["session_index"].tolist() == [1, 2, 3, 4]
    assert frame["coder"].isna().all()


def test_trend_slopes_by_hand() -> None:
    # 5-minute sessions (750 words): rates 3, 2, 1 per 5 minutes; resolved shares 0, 0.5, 1.
    sessions = [session(1), session(2), session(3)]
    markers = [marker(1)] * 3 + [marker(2)] * 2 + [marker(3)]
    episodes = [
        episode(1, "unresolved", episode_id=1),
        episode(2, "resolved", episode_id=2),
        episode(2, "partial", episode_id=3),
        episode(3, "resolved", episode_id=4),
    ]
    frame = client_timeline(sessions, markers, episodes, [], client="A")
    assert frame["rate_per_5min"].tolist() == [3.0, 2.0, 1.0]
    assert frame["resolved_share"].tolist() == [0.0, 0.5, 1.0]
    trend = client_trend(frame)
    assert trend["rate_slope"] == pytest.approx(-1.0)
    assert trend["resolved_share_slope"] == pytest.approx(0.5)
    assert trend["sessions"] == 3


def test_slope_skips_missing_values_and_needs_two_points() -> None:
    assert slope([1.0, math.nan, 5.0]) == pytest.approx(2.0)  # points (1, 1) and (3, 5)
    assert slope([2.0, 4.0, 9.0]) == pytest.approx(3.5)  # least squares: (9 - 2) / 2
    assert math.isnan(slope([math.nan, 1.0]))
    assert math.isnan(slope([]))
