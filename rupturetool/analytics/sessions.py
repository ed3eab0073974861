"""Per-session summaries of rupture markers, episodes and measures: one row per session, one column per number."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import compress
from typing import Any

import pandas as pd

from rupturetool.analytics.coders import Columns, as_columns, coders_by_session, only
from rupturetool.core.measures import MEASURES

WORDS_PER_MINUTE = 150  # speaking time estimate when a transcript has no timestamps (3RS coding-scheme guide)
SEGMENT_MINUTES = 5  # the 3RS coding unit
FAMILIES = ("withdrawal", "confrontation")
SUBTYPES = tuple(f"W{i}" for i in range(1, 8)) + tuple(f"C{i}" for i in range(1, 8))
MEASURE_COLUMNS = list(MEASURES)
OUTCOMES = ("resolved", "partial", "unresolved")
MARKER_FIELDS = ("session_id", "coder", "family", "subtype", "significance")  # what summaries read of a marker

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
    return _minutes(row.get("first_start"), row.get("last_end"), row.get("words"))


def _minutes(start: float | None, end: float | None, words: int | None) -> tuple[float | None, bool]:
    if start is not None and end is not None and end > start:
        return (end - start) / 60, False
    words = words or 0
    return (words / WORDS_PER_MINUTE, True) if words else (None, False)


@cache  # a caseload sorts tens of thousands of strategy codes, all from a handful of distinct ones
def code_order(code: str) -> tuple[str, int]:
    """R2 before R10."""
    match = re.fullmatch(r"(\D*)(\d*)", code)
    prefix, digits = match.groups() if match else (code, "")
    return prefix, int(digits) if digits else 0


def _episode_numbers(
    stages: list[list[tuple[int, int]]], strategies: list[list[tuple[str, int]]], outcomes: list[Any]
) -> dict[str, Any]:
    """The episode columns of one session from its episodes' stage events, strategy events and outcomes."""
    highest = [max([s for s, _ in events], default=0) for events in stages]
    codes = [code for events in strategies for code, _ in events]
    n = len(outcomes)
    resolved = outcomes.count("resolved")
    return {
        "episodes": n,
        "episodes_resolved": resolved,
        "episodes_partial": outcomes.count("partial"),
        "episodes_unresolved": outcomes.count("unresolved"),
        "resolved_share": resolved / n if n else math.nan,
        "max_stage": max(highest) if n else math.nan,
        "max_stage_mean": sum(highest) / n if n else math.nan,
        "strategies_used": len(codes),
        "strategy_codes": ";".join(sorted(set(codes), key=code_order)),
    }


_NO_EPISODES = _episode_numbers([], [], [])
EPISODE_FIELDS = ("session_id", "coder", "outcome", "stages", "strategies")  # what summaries read of an episode
SESSION_FIELDS = (*SESSION_COLUMNS[:5], "turns", "words", "first_start", "last_end")  # and of a session


def _episode_counts(episodes: Rows | Columns, coder: str | None) -> dict[int, dict[str, Any]]:
    """The episode columns of every session with episodes of one coder (or of no coder in particular)."""
    cols = as_columns(episodes, EPISODE_FIELDS)
    at: dict[int, list[int]] = {}
    for i, (sid, who) in enumerate(zip(cols["session_id"], cols["coder"], strict=True)):
        if coder is None or who in (coder, None):
            at.setdefault(sid, []).append(i)
    stages, strategies, outcomes = cols["stages"], cols["strategies"], cols["outcome"]
    return {
        sid: _episode_numbers([stages[i] for i in found], [strategies[i] for i in found], [outcomes[i] for i in found])
        for sid, found in at.items()
    }


def _marker_counts(markers: Rows | Columns, coder: str | None) -> tuple[Counter[tuple[int, str]], dict[int, list[int]]]:
    """(session, family) and (session, subtype) counts, and each session's significances, of one coder's markers."""
    cols = as_columns(markers, MARKER_FIELDS)
    sids, families, subtypes, sigs = (cols[k] for k in ("session_id", "family", "subtype", "significance"))
    keep = [
        family in FAMILIES and (coder is None or who in (coder, None))
        for family, who in zip(families, cols["coder"], strict=True)
    ]
    counts: Counter[tuple[int, str]] = Counter(compress(zip(sids, families, strict=True), keep))
    counts.update(compress(zip(sids, subtypes, strict=True), keep))
    significance: dict[int, list[int]] = {}
    for sid, sig in compress(zip(sids, sigs, strict=True), keep):
        significance.setdefault(sid, []).append(sig)
    return counts, significance


def session_summaries(
    sessions: Rows | Columns,
    markers: Rows | Columns,
    episodes: Rows | Columns,
    measures: Rows,
    *,
    coder: str | None = None,
) -> pd.DataFrame:
    """One row per session (in the order given) summarising one coder's codes; see docs/data-dictionary.md.

    ``sessions``, ``markers`` and ``episodes`` may come as rows or column by column (as the repository's
    ``*_table`` methods give them). Built column by column: a caseload has thousands of sessions and tens of
    thousands of markers.
    """
    measures = list(measures)
    sessions, markers, episodes = (
        rows if isinstance(rows, Mapping) else list(rows) for rows in (sessions, markers, episodes)
    )
    session_coder = coders_by_session(coder, markers, episodes, measures)
    counts, significance = _marker_counts(markers, coder)
    numbers_of = _episode_counts(episodes, coder)
    measures = only(measures, coder)

    coded = {sid for sid, _ in counts} | set(numbers_of) | {m["session_id"] for m in measures if m["coder"]}
    values: dict[int, dict[str, float]] = {}
    for m in measures:
        values.setdefault(m["session_id"], {})[m["name"]] = m["value"]

    cols = as_columns(sessions, SESSION_FIELDS)
    sids = cols["session_id"]
    out: dict[str, list[Any]] = {k: list(cols[k]) for k in SESSION_COLUMNS[:5]}
    out["coder"] = [session_coder.get(sid, coder) for sid in sids]
    out["coded"] = [int(sid in coded) for sid in sids]
    out["turns"] = [0 if n is None else n for n in cols["turns"]]
    out["words"] = [0 if n is None else n for n in cols["words"]]
    timing = list(map(_minutes, cols["first_start"], cols["last_end"], cols["words"]))
    minutes = out["minutes"] = [m for m, _ in timing]
    out["minutes_estimated"] = [int(estimated) for _, estimated in timing]
    for family in FAMILIES:
        out[f"n_{family}"] = [counts.get((sid, family), 0) for sid in sids]  # get: Counter's [] is slow on misses
    n_markers = out["n_markers"] = [w + c for w, c in zip(out["n_withdrawal"], out["n_confrontation"], strict=True)]
    for code in SUBTYPES:
        out[f"n_{code}"] = [counts.get((sid, code), 0) for sid in sids]
    per_5 = [SEGMENT_MINUTES / m if m else math.nan for m in minutes]
    for column, numbers in (
        ("rate_per_5min", n_markers),
        ("withdrawal_per_5min", out["n_withdrawal"]),
        ("confrontation_per_5min", out["n_confrontation"]),
    ):
        out[column] = [n * p for n, p in zip(numbers, per_5, strict=True)]
    sigs = [significance.get(sid) for sid in sids]
    out["significance_mean"] = [sum(sig) / len(sig) if sig else math.nan for sig in sigs]
    out["significance_max"] = [max(sig) if sig else math.nan for sig in sigs]
    numbers = [numbers_of.get(sid, _NO_EPISODES) for sid in sids]
    for column in _NO_EPISODES:
        out[column] = [n[column] for n in numbers]
    for name in MEASURE_COLUMNS:
        out[name] = [values.get(sid, {}).get(name, math.nan) for sid in sids]
    return pd.DataFrame(out if sids else [], columns=SESSION_COLUMNS)  # no rows: object columns, as ever
