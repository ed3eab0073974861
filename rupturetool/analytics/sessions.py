"""Per-session summaries of rupture markers, episodes and measures: one row per session, one column per number."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
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


_NO_EPISODES = _episode_numbers([])


def _marker_counts(markers: Rows | Columns, coder: str | None) -> tuple[Counter[tuple[int, str]], dict[int, list[int]]]:
    """(session, family) and (session, subtype) counts, and each session's significances, of one coder's markers."""
    cols = as_columns(markers, MARKER_FIELDS)
    keep = [
        i
        for i, (family, who) in enumerate(zip(cols["family"], cols["coder"], strict=True))
        if family in FAMILIES and (coder is None or who in (coder, None))
    ]
    sids, families, subtypes, sigs = (cols[k] for k in ("session_id", "family", "subtype", "significance"))
    counts: Counter[tuple[int, str]] = Counter((sids[i], families[i]) for i in keep)
    counts.update((sids[i], subtypes[i]) for i in keep)
    significance: dict[int, list[int]] = {}
    for i in keep:
        significance.setdefault(sids[i], []).append(sigs[i])
    return counts, significance


def session_summaries(
    sessions: Rows, markers: Rows | Columns, episodes: Rows, measures: Rows, *, coder: str | None = None
) -> pd.DataFrame:
    """One row per session (in the order given) summarising one coder's codes; see docs/data-dictionary.md.

    ``markers`` may come as rows or column by column (as the repository's ``marker_table`` gives them).
    Built column by column: a caseload has thousands of sessions and tens of thousands of markers.
    """
    sessions, episodes, measures = list(sessions), list(episodes), list(measures)
    if not isinstance(markers, Mapping):
        markers = list(markers)
    session_coder = coders_by_session(coder, markers, episodes, measures)
    counts, significance = _marker_counts(markers, coder)
    episodes, measures = only(episodes, coder), only(measures, coder)

    by_session: dict[int, list[Mapping[str, Any]]] = {}
    for e in episodes:
        by_session.setdefault(e["session_id"], []).append(e)
    coded = {sid for sid, _ in counts} | set(by_session) | {m["session_id"] for m in measures if m["coder"]}
    values: dict[int, dict[str, float]] = {}
    for m in measures:
        values.setdefault(m["session_id"], {})[m["name"]] = m["value"]

    sids = [s["session_id"] for s in sessions]
    out: dict[str, list[Any]] = {k: [s.get(k) for s in sessions] for k in SESSION_COLUMNS[:5]}
    out["coder"] = [session_coder.get(sid, coder) for sid in sids]
    out["coded"] = [int(sid in coded) for sid in sids]
    out["turns"] = [s.get("turns", 0) for s in sessions]
    out["words"] = [s.get("words", 0) for s in sessions]
    timing = [session_minutes(s) for s in sessions]
    minutes = out["minutes"] = [m for m, _ in timing]
    out["minutes_estimated"] = [int(estimated) for _, estimated in timing]
    for family in FAMILIES:
        out[f"n_{family}"] = [counts[sid, family] for sid in sids]
    n_markers = out["n_markers"] = [w + c for w, c in zip(out["n_withdrawal"], out["n_confrontation"], strict=True)]
    for code in SUBTYPES:
        out[f"n_{code}"] = [counts[sid, code] for sid in sids]
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
    numbers = [_episode_numbers(found) if (found := by_session.get(sid)) else _NO_EPISODES for sid in sids]
    for column in _NO_EPISODES:
        out[column] = [n[column] for n in numbers]
    for name in MEASURE_COLUMNS:
        out[name] = [values.get(sid, {}).get(name, math.nan) for sid in sids]
    return pd.DataFrame(out if sessions else [], columns=SESSION_COLUMNS)  # no rows: object columns, as ever
