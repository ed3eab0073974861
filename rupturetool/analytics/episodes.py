"""The tidy episode table: one row per rupture episode, its markers, stages reached and strategies used."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

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


def _episode(row: Mapping[str, Any]) -> dict[str, Any]:
    stages, strategies = row["stages"], row["strategies"]
    turns = list(row["marker_turns"]) + [t for _, t in stages] + [t for _, t in strategies]
    out = {k: row.get(k) for k in EPISODE_COLUMNS if k in row}
    out.update(
        n_markers=len(row["marker_turns"]),
        first_turn=min(turns) if turns else None,
        last_turn=max(turns) if turns else None,
        max_stage=max((s for s, _ in stages), default=0),
        stages=";".join(f"{s}@{t}" for s, t in stages),
        n_strategies=len(strategies),
        strategy_codes=";".join(sorted({c for c, _ in strategies}, key=code_order)),
        strategies=";".join(f"{c}@{t}" for c, t in strategies),
        note=row.get("note", ""),
    )
    for stage in STAGES:  # the turn where each stage was first reached
        out[f"stage{stage}_turn"] = min((t for s, t in stages if s == stage), default=None)
    return out


def episodes_frame(rows: Iterable[Mapping[str, Any]], *, include_text: bool = False) -> pd.DataFrame:
    """Build the episode table from repository rows; the coder's note only under ``include_text``."""
    frame = pd.DataFrame([_episode(r) for r in rows], columns=EPISODE_COLUMNS + EPISODE_TEXT_COLUMNS)
    integers = _INTEGERS + [f"stage{stage}_turn" for stage in STAGES]
    frame = tidy(frame, integers=integers, dates=["session_date"])
    return frame[EPISODE_COLUMNS + (EPISODE_TEXT_COLUMNS if include_text else [])]
