"""Per-session summaries of rupture markers, episodes and measures: one row per session, one column per number."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from rupturetool.analytics.coders import coders_by_session, only
from rupturetool.core.measures import MEASURES

WORDS_PER_MINUTE = 150  # speaking time estimate when a transcript has no timestamps (3RS coding-scheme guide)
SEGMENT_MINUTES = 5  # the 3RS coding unit
FAMILIES = ("withdrawal", "confrontation")
SUBTYPES = tuple(f"W{i}" for i in range(1, 8)) + tuple(f"C{i}" for i in range(1, 8))
MEASURE_COLUMNS = list(MEASURES)
OUTCOMES = ("resolved", "partial", "unresolved")

SESSION_COLUMNS = [
    "client",
    "attachment",
    "session_id",
    "session_date",
    "session_number",
    "coder",
    "coded",
    "turns",
    "words",
    "minutes",
    "minutes_estimated",
    "n_markers",
    "n_withdrawal",
    "n_confrontation",
    *[f"n_{code}" for code in SUBTYPES],
    "rate_per_5min",
    "withdrawal_per_5min",
    "confrontation_per_5min",
    "significance_mean",
    "significance_max",
    "episodes",
    "episodes_resolved",
    "episodes_partial",
    "episodes_unresolved",
    "resolved_share",
    "max_stage",
    "max_stage_mean",
    "strategies_used",
    "strategy_codes",
    *MEASURE_COLUMNS,
]

Rows = Iterable[Mapping[str, Any]]


def session_minutes(row: Mapping[str, Any]) -> tuple[float | None, bool]:
    """Talk time in minutes and whether it is estimated: from turn times, else from words at 150 a minute."""
    start, end = row.get("first_start"), row.get("last_end")
    if start is not None and end is not None and end > start:
        return (end - start) / 60, False
    words = row.get("words") or 0
    return (words / WORDS_PER_MINUTE, True) if words else (None, False)


def code_order(code: str) -> tuple[str, int]:
    """R2 before R10."""
    match = re.fullmatch(r"(\D*)(\d*)", code)
    prefix, digits = match.groups() if match else (code, "")
    return prefix, int(digits) if digits else 0


def _episode_numbers(episodes: list[Mapping[str, Any]]) -> dict[str, Any]:
    stages = [max((s for s, _ in e["stages"]), default=0) for e in episodes]
    strategies = [code for e in episodes for code, _ in e["strategies"]]
    outcomes = [e.get("outcome") for e in episodes]
    n = len(episodes)
    resolved = outcomes.count("resolved")
    return {
        "episodes": n,
        "episodes_resolved": resolved,
        "episodes_partial": outcomes.count("partial"),
        "episodes_unresolved": outcomes.count("unresolved"),
        "resolved_share": resolved / n if n else math.nan,
        "max_stage": max(stages) if n else math.nan,
        "max_stage_mean": sum(stages) / n if n else math.nan,
        "strategies_used": len(strategies),
        "strategy_codes": ";".join(sorted(set(strategies), key=code_order)),
    }


def session_summaries(
    sessions: Rows, markers: Rows, episodes: Rows, measures: Rows, *, coder: str | None = None
) -> pd.DataFrame:
    """One row per session (in the order given) summarising one coder's codes; see docs/data-dictionary.md."""
    markers, episodes, measures = list(markers), list(episodes), list(measures)
    session_coder = coders_by_session(coder, markers, episodes, measures)
    markers = [m for m in only(markers, coder) if m["family"] in FAMILIES]
    episodes, measures = only(episodes, coder), only(measures, coder)

    by_session: dict[int, list[Mapping[str, Any]]] = {}
    for e in episodes:
        by_session.setdefault(e["session_id"], []).append(e)
    coded = {m["session_id"] for m in markers} | set(by_session) | {m["session_id"] for m in measures if m["coder"]}
    values: dict[int, dict[str, float]] = {}
    for m in measures:
        values.setdefault(m["session_id"], {})[m["name"]] = m["value"]

    counts: Counter[tuple[int, str]] = Counter()  # (session, family) and (session, subtype)
    significance: dict[int, list[int]] = {}
    for m in markers:
        counts[m["session_id"], m["family"]] += 1
        counts[m["session_id"], m["subtype"]] += 1
        significance.setdefault(m["session_id"], []).append(m["significance"])

    out = []
    for s in sessions:
        sid = s["session_id"]
        minutes, estimated = session_minutes(s)
        row: dict[str, Any] = {
            **{k: s.get(k) for k in ("client", "attachment", "session_id", "session_date", "session_number")},
            "coder": session_coder.get(sid, coder),
            "coded": int(sid in coded),
            "turns": s.get("turns", 0),
            "words": s.get("words", 0),
            "minutes": minutes,
            "minutes_estimated": int(estimated),
        }
        row.update({f"n_{family}": counts[sid, family] for family in FAMILIES})
        row["n_markers"] = row["n_withdrawal"] + row["n_confrontation"]
        row.update({f"n_{code}": counts[sid, code] for code in SUBTYPES})
        per_5 = SEGMENT_MINUTES / minutes if minutes else math.nan
        row["rate_per_5min"] = row["n_markers"] * per_5
        row["withdrawal_per_5min"] = row["n_withdrawal"] * per_5
        row["confrontation_per_5min"] = row["n_confrontation"] * per_5
        sig = significance.get(sid)
        row["significance_mean"] = sum(sig) / len(sig) if sig else math.nan
        row["significance_max"] = max(sig) if sig else math.nan
        row.update(_episode_numbers(by_session.get(sid, [])))
        row.update({name: values.get(sid, {}).get(name, math.nan) for name in MEASURE_COLUMNS})
        out.append(row)
    return pd.DataFrame(out, columns=SESSION_COLUMNS)
