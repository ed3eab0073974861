"""The caseload: one row per client, and comparisons between groups of clients (e.g. by attachment)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from rupturetool.analytics.sessions import session_summaries
from rupturetool.analytics.timeline import in_date_order, slope

RECENT_SESSIONS = 3  # "recent" ruptures per session: the last three sessions, against all earlier ones

CLIENT_COLUMNS = [
    "client",
    "attachment",
    "coder",
    "sessions",
    "coded_sessions",
    "first_session_date",
    "latest_session_date",
    "n_markers",
    "n_withdrawal",
    "n_confrontation",
    "ruptures_per_session",
    "ruptures_per_session_recent",
    "ruptures_per_session_earlier",
    "rate_per_5min",
    "episodes",
    "episodes_resolved",
    "episodes_partial",
    "episodes_unresolved",
    "resolved_share",
    "max_stage_mean",
    "rate_slope",
    "resolved_share_slope",
]

Rows = Iterable[Mapping[str, Any]]
# The session columns a client row is made of (the others are not converted to Python rows at all).
_SESSION_FIELDS = ["client", "session_date", "coded", "n_markers", "n_withdrawal", "n_confrontation"]
_SESSION_FIELDS += ["rate_per_5min", "resolved_share", "max_stage_mean"]
_SESSION_FIELDS += ["episodes", "episodes_resolved", "episodes_partial", "episodes_unresolved"]


def _mean(values: pd.Series) -> float:
    values = values.dropna()
    return float(values.mean()) if len(values) else math.nan


def _avg(values: list[float]) -> float:
    values = [v for v in values if not math.isnan(v)]
    return sum(values) / len(values) if values else math.nan


def _client_row(client: Mapping[str, Any], timeline: list[dict[str, Any]], coder: str | None) -> dict[str, Any]:
    """One client's numbers from its session rows in date order (plain Python: 100 clients must take no time)."""

    def total(column: str) -> int:
        return int(sum(s[column] for s in timeline))

    n = len(timeline)
    dates = [s["session_date"] for s in timeline if s["session_date"] is not None]
    ruptures = [float(s["n_markers"]) for s in timeline]
    episodes = total("episodes")
    stage_sum = sum(s["max_stage_mean"] * s["episodes"] for s in timeline if s["episodes"])
    earlier = ruptures[: max(n - RECENT_SESSIONS, 0)]
    return {
        "client": client["client"],
        "attachment": client.get("attachment"),
        "coder": coder,
        "sessions": n,
        "coded_sessions": total("coded"),
        "first_session_date": min(dates, default=None),
        "latest_session_date": max(dates, default=None),
        "n_markers": total("n_markers"),
        "n_withdrawal": total("n_withdrawal"),
        "n_confrontation": total("n_confrontation"),
        "ruptures_per_session": _avg(ruptures),
        "ruptures_per_session_recent": _avg(ruptures[-RECENT_SESSIONS:]),
        "ruptures_per_session_earlier": _avg(earlier),
        "rate_per_5min": _avg([s["rate_per_5min"] for s in timeline]),
        "episodes": episodes,
        "episodes_resolved": total("episodes_resolved"),
        "episodes_partial": total("episodes_partial"),
        "episodes_unresolved": total("episodes_unresolved"),
        "resolved_share": total("episodes_resolved") / episodes if episodes else math.nan,
        "max_stage_mean": stage_sum / episodes if episodes else math.nan,
        "rate_slope": slope(s["rate_per_5min"] for s in timeline),
        "resolved_share_slope": slope(s["resolved_share"] for s in timeline),
    }


def caseload_from_sessions(clients: Rows, summaries: pd.DataFrame, coder: str | None = None) -> pd.DataFrame:
    """The caseload from session summaries already made (so an export of both computes them once)."""
    chosen = summaries["coder"].iloc[0] if len(summaries) else coder
    by_client: dict[str, list[dict[str, Any]]] = {}
    for s in in_date_order(summaries)[_SESSION_FIELDS].to_dict("records"):
        by_client.setdefault(s["client"], []).append(s)
    rows = [_client_row(c, by_client.get(c["client"], []), chosen) for c in clients]
    return pd.DataFrame(rows, columns=CLIENT_COLUMNS)


def caseload(
    clients: Rows, sessions: Rows, markers: Rows, episodes: Rows, measures: Rows, *, coder: str | None = None
) -> pd.DataFrame:
    """One row per client (clients without sessions included), summarising one coder's codes."""
    summaries = session_summaries(sessions, markers, episodes, measures, coder=coder)
    return caseload_from_sessions(clients, summaries, coder)


def group_by(frame: pd.DataFrame, attribute: str) -> pd.DataFrame:
    """Compare groups (e.g. ``attachment``) in a caseload or sessions frame: each row weighs equally.

    In a caseload frame a row is a client, so the means are means over clients; in a sessions frame, over sessions.
    Rows without a value for ``attribute`` form the group "unknown".
    """
    keys = frame[attribute].astype("object").where(frame[attribute].notna(), "unknown")
    out = []
    for key, part in frame.groupby(keys, sort=True):
        row = {attribute: key, "clients": part["client"].nunique(), "rows": len(part)}
        row["rate_per_5min"] = _mean(part["rate_per_5min"])
        row["resolved_share"] = _mean(part["resolved_share"])
        if "ruptures_per_session" in part:
            row["ruptures_per_session"] = _mean(part["ruptures_per_session"])
        out.append(row)
    return pd.DataFrame(out)
