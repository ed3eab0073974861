"""The client timeline chart: one point per session; rupture bars above, resolution below.

Built on matplotlib's ``Figure`` (no pyplot, no window): the CLI saves it as PNG or SVG headless, and the desktop
app embeds the very same figure in a Qt canvas, so both show numbers from the same analytics functions.
Why matplotlib rather than QtCharts: it renders without a display or a QApplication (for ``rupturetool
timeline``), writes true vector SVG, and is the plotting library research users already know.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WITHDRAWAL, CONFRONTATION = "#0072B2", "#E69F00"  # Okabe–Ito: distinguishable in all common colour deficiencies
RESOLVED, STAGE, MEASURE = "#009E73", "#CC79A7", "#555555"


def session_labels(timeline: pd.DataFrame) -> list[str]:
    labels = []
    for _, row in timeline.iterrows():
        date = row.get("session_date")
        number = row.get("session_number")
        when = str(date)[:10] if isinstance(date, str) or pd.notna(date) else "no date"
        labels.append(f"#{int(number)}\n{when}" if pd.notna(number) else when)
    return labels


def session_positions(timeline: pd.DataFrame) -> tuple[list[float], float]:
    """Where each session sits on the x axis, and the bar width: on a date axis (spacing by time) when every
    session has a date, else one slot per session."""
    dates = pd.to_datetime(timeline["session_date"], errors="coerce") if len(timeline) else pd.Series([])
    if len(timeline) and dates.notna().all():
        from matplotlib.dates import date2num

        xs = [float(date2num(d)) for d in dates]
        gaps = [b - a for a, b in pairwise(xs) if b > a]
        return xs, max(1.0, min(10.0, 0.6 * min(gaps))) if gaps else 5.0
    return [float(i) for i in range(len(timeline))], 0.8


def _per_5min(counts: pd.Series, timeline: pd.DataFrame) -> pd.Series:
    minutes = timeline["minutes"].astype(float)
    return (counts.astype(float) / minutes * 5).where(minutes > 0)


def timeline_figure(
    timeline: pd.DataFrame, *, client: str, per_5min: bool = False, subtype: str | None = None, width: float = 9.0
) -> Figure:
    """Stacked withdrawal/confrontation bars (counts, or rate per 5 minutes), client scaling if recorded; below,
    the share of episodes resolved and the mean highest Safran–Muran stage reached. With ``subtype`` (e.g. "W2")
    the bars show that marker alone."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, 6.2), layout="constrained")
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[3, 2])
    x, width = session_positions(timeline)
    if subtype is not None:
        counts = timeline[f"n_{subtype}"].astype(float)
        withdrawal = subtype.upper().startswith("W")
        zero = pd.Series(0.0, index=timeline.index)
        shown = _per_5min(counts, timeline) if per_5min else counts
        w, c = (shown, zero) if withdrawal else (zero, shown)
        top.set_ylabel(f"{subtype} markers" + (" / 5 min" if per_5min else ""))
    elif per_5min:
        w, c = timeline["withdrawal_per_5min"].astype(float), timeline["confrontation_per_5min"].astype(float)
        estimated = bool(timeline["minutes_estimated"].fillna(False).any()) if len(timeline) else False
        top.set_ylabel("markers / 5 min" + (" (some estimated)" if estimated else ""))
    else:
        w, c = timeline["n_withdrawal"].astype(float), timeline["n_confrontation"].astype(float)
        top.set_ylabel("markers")
    top.bar(x, w, width=width, color=WITHDRAWAL, label="withdrawal")
    top.bar(x, c, width=width, bottom=w, color=CONFRONTATION, label="confrontation")
    tallest = float((w.fillna(0) + c.fillna(0)).max()) if len(timeline) else 0.0
    top.set_ylim(0, tallest * 1.12 if tallest > 0 else 1)  # headroom: the tallest bar must not touch the frame
    figure.suptitle(f"{client}: rupture markers and resolution by session")
    handles, labels = top.get_legend_handles_labels()
    scaling = timeline.get("client_scaling")
    if scaling is not None and scaling.notna().any():
        twin = top.twinx()
        twin.plot(x, scaling.astype(float), color=MEASURE, marker="s", linestyle=":", label="client scaling (1–10)")
        twin.set_ylim(0, 10.5)
        twin.set_ylabel("client scaling")
        more = twin.get_legend_handles_labels()
        handles, labels = handles + more[0], labels + more[1]
    top.legend(handles, labels, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3, fontsize="small", frameon=False)

    share = timeline["resolved_share"].astype(float) * 100
    bottom.plot(x, share, color=RESOLVED, marker="o", label="episodes resolved (%)")
    bottom.set_ylim(-5, 105)
    bottom.set_ylabel("resolved (%)")
    stage_axis = bottom.twinx()
    stage_axis.plot(
        x,
        timeline["max_stage_mean"].astype(float),
        color=STAGE,
        marker="^",
        linestyle="--",
        label="highest stage, mean (0–4)",
    )
    stage_axis.set_ylim(-0.2, 4.2)
    stage_axis.set_yticks([0, 1, 2, 3, 4])
    stage_axis.set_ylabel("stage")
    handles = bottom.get_legend_handles_labels()[0] + stage_axis.get_legend_handles_labels()[0]
    labels = bottom.get_legend_handles_labels()[1] + stage_axis.get_legend_handles_labels()[1]
    bottom.legend(handles, labels, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, fontsize="small", frameon=False)
    bottom.set_xticks(x, session_labels(timeline), fontsize="small")
    for axis in (top, bottom):
        axis.grid(axis="y", alpha=0.3)
        axis.spines[["top"]].set_visible(False)
    return figure


def save_figure(figure: Figure, path: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    canvas = FigureCanvasSVG(figure) if str(path).lower().endswith(".svg") else FigureCanvasAgg(figure)
    canvas.print_figure(path, dpi=150)
