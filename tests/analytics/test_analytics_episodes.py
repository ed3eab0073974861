"""The tidy episode table: turns, stages and strategies flattened to one row per episode."""

from __future__ import annotations

from synthetic_rows import episode

from rupturetool.analytics.episodes import EPISODE_COLUMNS, EPISODE_TEXT_COLUMNS, episodes_frame


def test_one_row_per_episode() -> None:
    row = episode(
        2,
        "partial",
        stages=((1, 4), (2, 6), (1, 9)),
        strategies=(("R4", 5), ("R10", 8), ("R4", 10)),
        marker_turns=[3, 3],
        note="SECRET",
    )
    frame = episodes_frame([row, episode(3, None, episode_id=7)])
    assert list(frame.columns) == EPISODE_COLUMNS
    first, second = frame.to_dict("records")
    assert (first["n_markers"], first["first_turn"], first["last_turn"], first["max_stage"]) == (2, 3, 10, 2)
    assert (first["stage1_turn"], first["stage2_turn"]) == (4, 6)
    assert first["stages"] == "1@4;2@6;1@9"
    assert (first["n_strategies"], first["strategy_codes"], first["strategies"]) == (3, "R4;R10", "R4@5;R10@8;R4@10")
    assert first["session_date"] == "2026-01-02"
    assert (second["max_stage"], second["n_markers"], second["stages"]) == (0, 0, "")
    assert str(frame["first_turn"].dtype) == "Int64" and frame["first_turn"].isna().tolist() == [False, True]
    assert "SECRET" not in frame.to_csv()
    with_text = episodes_frame([row], include_text=True)
    assert list(with_text.columns) == EPISODE_COLUMNS + EPISODE_TEXT_COLUMNS
    assert with_text.loc[0, "note"] == "SECRET"


def test_no_rows_gives_the_columns() -> None:
    assert list(episodes_frame([])) == EPISODE_COLUMNS
