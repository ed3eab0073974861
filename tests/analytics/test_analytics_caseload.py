"""The caseload table and group comparisons (attachment), checked by hand."""

from __future__ import annotations

import math
from datetime import date

import pytest
from synthetic_rows import episode, marker, session

from rupturetool.analytics.caseload import CLIENT_COLUMNS, caseload, group_by
from rupturetool.analytics.sessions import session_summaries
from rupturetool.core.errors import InputError

CLIENTS = [
    {"client": "A", "attachment": "anxious-preoccupied"},
    {"client": "B1", "attachment": "secure"},
    {"client": "B2", "attachment": "secure"},
    {"client": "C", "attachment": None},
]


def rows() -> tuple[list, list, list]:
    sessions = [session(i, client="A", attachment="anxious-preoccupied") for i in range(1, 6)]
    sessions += [session(11, client="B1"), session(12, client="B2")]
    counts = {1: 4, 2: 4, 3: 1, 4: 1, 5: 1, 11: 2, 12: 4}  # markers per 5-minute session
    client_of = {**dict.fromkeys(range(1, 6), "A"), 11: "B1", 12: "B2"}
    markers = [marker(s, client=client_of[s]) for s, n in counts.items() for _ in range(n)]
    episodes = [
        episode(1, "resolved", stages=((2, 1),), client="A", episode_id=1),
        episode(2, "unresolved", stages=((4, 1),), client="A", episode_id=2),
        episode(11, "resolved", client="B1", episode_id=3),
        episode(12, "unresolved", client="B2", episode_id=4),
    ]
    return sessions, markers, episodes


def test_one_row_per_client_with_recent_and_earlier() -> None:
    sessions, markers, episodes = rows()
    frame = caseload(CLIENTS, sessions, markers, episodes, [])
    assert list(frame.columns) == CLIENT_COLUMNS
    a, b1, _b2, c = frame.to_dict("records")
    assert (a["sessions"], a["coded_sessions"], a["n_markers"]) == (5, 5, 11)
    assert a["ruptures_per_session"] == pytest.approx(2.2)
    assert a["ruptures_per_session_recent"] == pytest.approx(1.0)  # sessions 3, 4, 5
    assert a["ruptures_per_session_earlier"] == pytest.approx(4.0)  # sessions 1, 2
    assert (a["first_session_date"], a["latest_session_date"]) == (date(2026, 1, 1), date(2026, 1, 5))
    assert (a["episodes"], a["episodes_resolved"], a["episodes_unresolved"]) == (2, 1, 1)
    assert a["resolved_share"] == 0.5 and a["max_stage_mean"] == 3.0
    assert a["rate_slope"] == pytest.approx(-0.9)  # least squares through 4, 4, 1, 1, 1
    assert (a["attachment"], a["coder"]) == ("anxious-preoccupied", "ana")
    assert math.isnan(b1["ruptures_per_session_earlier"])  # one session: nothing earlier than the recent three
    assert (c["sessions"], c["n_markers"]) == (0, 0)  # a client without sessions still has a row
    assert math.isnan(c["ruptures_per_session"]) and c["latest_session_date"] is None


def test_group_by_attachment() -> None:
    sessions, markers, episodes = rows()
    groups = group_by(caseload(CLIENTS, sessions, markers, episodes, []), "attachment").set_index("attachment")
    assert groups.index.tolist() == ["anxious-preoccupied", "secure", "unknown"]
    assert groups.loc["secure", "clients"] == 2
    assert groups.loc["secure", "rate_per_5min"] == pytest.approx(3.0)  # mean of 2 and 4
    assert groups.loc["secure", "resolved_share"] == pytest.approx(0.5)  # mean of 1 and 0
    assert groups.loc["secure", "ruptures_per_session"] == pytest.approx(3.0)
    assert groups.loc["anxious-preoccupied", "rate_per_5min"] == pytest.approx(2.2)
    assert math.isnan(groups.loc["unknown", "rate_per_5min"])


def test_group_by_over_sessions_weighs_each_session() -> None:
    sessions, markers, episodes = rows()
    summaries = session_summaries(sessions, markers, episodes, [])
    groups = group_by(summaries, "attachment").set_index("attachment")
    assert groups.loc["anxious-preoccupied", "rows"] == 5
    assert groups.loc["anxious-preoccupied", "resolved_share"] == pytest.approx(0.5)  # sessions 1 (1.0), 2 (0.0)
    assert "ruptures_per_session" not in groups


def test_caseload_refuses_mixed_coders() -> None:
    sessions, markers, episodes = rows()
    markers.append(marker(11, client="B1", coder="ben"))
    with pytest.raises(InputError, match=r"\(ana, ben\)"):
        caseload(CLIENTS, sessions, markers, episodes, [])
    assert caseload(CLIENTS, sessions, markers, episodes, [], coder="ben")["n_markers"].tolist() == [0, 1, 0, 0]
