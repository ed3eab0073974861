"""Session summaries checked against numbers worked out by hand."""

from __future__ import annotations

import math

import pytest
from synthetic_rows import episode, marker, measure, session

from rupturetool.analytics.sessions import SESSION_COLUMNS, session_minutes, session_summaries
from rupturetool.core.errors import InputError
from rupturetool.core.review import CONSENSUS


def sig(sid: int, subtype: str, significance: int, **kw: object) -> dict[str, object]:
    return marker(sid, subtype, significance=significance, **kw)


def test_rates_from_timestamps_and_counts_by_family_and_subtype() -> None:
    # Session 1: turns from 30 s to 630 s = 10 minutes; W2, W5, C1 (a PACS marker does not count as a rupture).
    sessions = [session(1, first_start=30.0, last_end=630.0, words=99_999)]
    markers = [sig(1, "W2", 2), sig(1, "W5", 4), sig(1, "C1", 3), {**sig(1, "P1", 5), "family": "exploring"}]
    [row] = session_summaries(sessions, markers, [], []).to_dict("records")
    assert list(session_summaries(sessions, markers, [], []).columns) == SESSION_COLUMNS
    assert (row["minutes"], row["minutes_estimated"]) == (10.0, 0)
    assert (row["n_markers"], row["n_withdrawal"], row["n_confrontation"]) == (3, 2, 1)
    assert (row["n_W2"], row["n_W5"], row["n_C1"], row["n_W1"]) == (1, 1, 1, 0)
    assert row["rate_per_5min"] == pytest.approx(1.5)  # 3 markers in 10 minutes = 1.5 per 5 minutes
    assert row["withdrawal_per_5min"] == pytest.approx(1.0)
    assert row["confrontation_per_5min"] == pytest.approx(0.5)
    assert (row["significance_mean"], row["significance_max"]) == (3.0, 4)
    assert (row["coder"], row["coded"]) == ("ana", 1)


def test_minutes_estimated_from_words_at_150_a_minute() -> None:
    sessions = [session(2, words=1500)]  # no timestamps: 1500 words / 150 = 10 minutes
    [row] = session_summaries(sessions, [marker(2, "W7")], [], []).to_dict("records")
    assert (row["minutes"], row["minutes_estimated"]) == (10.0, 1)
    assert row["rate_per_5min"] == pytest.approx(0.5)
    assert session_minutes({"words": 0}) == (None, False)
    assert session_minutes({"first_start": 5.0, "last_end": 5.0, "words": 300}) == (2.0, True)  # no span: words


def test_episodes_stages_strategies_and_measures() -> None:
    episodes = [
        episode(1, "resolved", stages=((1, 2), (3, 5)), strategies=(("R1", 3), ("R10", 4), ("R1", 6))),
        episode(1, "unresolved", stages=((2, 7),), episode_id=2),
        episode(1, "partial", episode_id=3),
    ]
    measures = [measure(1, "client_scaling", 6), measure(1, "wai_sr_bond", 15, coder=None)]
    [row] = session_summaries([session(1)], [], episodes, measures).to_dict("records")
    assert (row["episodes"], row["episodes_resolved"], row["episodes_partial"], row["episodes_unresolved"]) == (
        3,
        1,
        1,
        1,
    )
    assert row["resolved_share"] == pytest.approx(1 / 3)
    assert row["max_stage"] == 3
    assert row["max_stage_mean"] == pytest.approx(5 / 3)  # (3 + 2 + 0) / 3
    assert (row["strategies_used"], row["strategy_codes"]) == (3, "R1;R10")
    assert (row["client_scaling"], row["wai_sr_bond"]) == (6, 15)
    assert math.isnan(row["wai_sr_task"])
    assert (row["n_markers"], row["rate_per_5min"]) == (0, 0.0)
    assert math.isnan(row["significance_mean"])


def test_a_session_without_codes_counts_zero_and_is_not_coded() -> None:
    rows = session_summaries([session(1), session(2)], [marker(1)], [], []).to_dict("records")
    assert [(r["coded"], r["n_markers"]) for r in rows] == [(1, 1), (0, 0)]
    assert math.isnan(rows[1]["resolved_share"]) and math.isnan(rows[1]["max_stage"])


def test_mixed_coders_need_a_choice() -> None:
    markers = [marker(1, coder="ana"), marker(1, "C2", coder="ben"), marker(1, "C3", coder="ben")]
    with pytest.raises(InputError, match=r"2 coders \(ana, ben\).*--coder"):
        session_summaries([session(1)], markers, [], [])
    with pytest.raises(InputError, match="2 coders"):  # an episode by another coder is a mix too
        session_summaries([session(1)], [marker(1)], [episode(1, coder="ben")], [])
    [ben] = session_summaries([session(1)], markers, [], [], coder="ben").to_dict("records")
    assert (ben["coder"], ben["n_markers"], ben["n_confrontation"]) == ("ben", 2, 2)
    agreed = [*markers, marker(1, "C2", coder=CONSENSUS)]  # the adjudicated layer is summarised like any coder
    [consensus] = session_summaries([session(1)], agreed, [], [], coder=CONSENSUS).to_dict("records")
    assert (consensus["coder"], consensus["n_markers"]) == (CONSENSUS, 1)


def test_measures_without_a_coder_belong_to_everyone() -> None:
    rows = session_summaries([session(1)], [marker(1)], [], [measure(1, "client_scaling", 4, coder=None)])
    assert rows.loc[0, "client_scaling"] == 4 and rows.loc[0, "coder"] == "ana"


def test_no_rows_gives_the_columns() -> None:
    assert list(session_summaries([], [], [], [])) == SESSION_COLUMNS
