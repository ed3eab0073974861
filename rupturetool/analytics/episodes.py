"""The tidy episode table: one row per rupture episode, its markers, stages reached and strategies used."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from rupturetool.analytics.coders import as_columns
from rupturetool.analytics.sessions import code_order
from rupturetool.analytics.tidy import tidy

STAGES = (1, 2, 3, 4)
EPISODE_COLUMNS = [
    "episode_id",
    "client",
    "attachment",
    "session_id",
    "session_date",
    "session_number",
    "coder",
    "family",
    "outcome",
    "n_markers",
    "first_turn",
    "last_turn",
    "max_stage",
    *[f"stage{stage}_turn" for stage in STAGES],
    "stages",
    "n_strategies",
    "strategy_codes",
    "strategies",
]
EPISODE_TEXT_COLUMNS = ["note"]
_INTEGERS = ["episode_id", "session_id", "session_number", "n_markers", "first_turn", "last_turn", "max_stage"]


_PASSED = EPISODE_COLUMNS[: EPISODE_COLUMNS.index("outcome") + 1]  # taken from the repository row as they are


def _stage_turns(stages: list[tuple[int, int]]) -> list[int | None]:
    """The turn where each of stages 1-4 was first reached (None if never)."""
    first: dict[int, int] = {}
    for stage, turn in stages:
        if stage not in first or turn < first[stage]:
            first[stage] = turn
    return [first.get(stage) for stage in STAGES]


def episodes_frame(
    rows: Iterable[Mapping[str, Any]] | Mapping[str, Sequence[Any]], *, include_text: bool = False
) -> pd.DataFrame:
    """Build the episode table from repository rows, or their columns; the coder's note only under
    ``include_text``.

    Column by column, one pass over the episodes: a caseload has many thousands of them.
    """
    cols = as_columns(rows, [*_PASSED, "note", "marker_turns", "stages", "strategies"])
    out: dict[str, list[Any]] = {k: list(cols[k]) for k in _PASSED}
    derived: dict[str, list[Any]] = {k: [] for k in EPISODE_COLUMNS if k not in out}
    n_markers, first_turn, last_turn, max_stage = (
        derived[k] for k in ("n_markers", "first_turn", "last_turn", "max_stage")
    )
    stage_turns = [derived[f"stage{stage}_turn"] for stage in STAGES]
    stages_text, n_strategies, strategy_codes, strategies_text = (
        derived[k] for k in ("stages", "n_strategies", "strategy_codes", "strategies")
    )
    for markers, stages, strategies in zip(cols["marker_turns"], cols["stages"], cols["strategies"], strict=True):
        levels, stage_at = [s for s, _ in stages], [t for _, t in stages]
        codes, strategy_at = [c for c, _ in strategies], [t for _, t in strategies]
        turns = [*markers, *stage_at, *strategy_at]
        n_markers.append(len(markers))
        first_turn.append(min(turns) if turns else None)
        last_turn.append(max(turns) if turns else None)
        max_stage.append(max(levels) if levels else 0)
        for column, turn in zip(stage_turns, _stage_turns(stages), strict=True):
            column.append(turn)
        stages_text.append(";".join([f"{s}@{t}" for s, t in stages]))
        n_strategies.append(len(strategies))
        strategy_codes.append(";".join(sorted(set(codes), key=code_order)))
        strategies_text.append(";".join([f"{c}@{t}" for c, t in strategies]))
    out.update(derived)
    out["note"] = list(cols["note"])
    frame = pd.DataFrame(out if out["episode_id"] else [], columns=EPISODE_COLUMNS + EPISODE_TEXT_COLUMNS)
    integers = _INTEGERS + [f"stage{stage}_turn" for stage in STAGES]
    frame = tidy(frame, integers=integers, dates=["session_date"])
    return frame[EPISODE_COLUMNS + (EPISODE_TEXT_COLUMNS if include_text else [])]
