"""The timeline chart draws exactly the analytics numbers, and files come out as real PNG / SVG."""

from __future__ import annotations

import pandas as pd

from rupturetool.analytics.timeline_chart import save_figure, session_labels, timeline_figure


def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "session_date": ["2026-01-05", "2026-01-12", None],
            "session_number": [1, 2, 3],
            "n_withdrawal": [3, 1, 0],
            "n_confrontation": [2, 4, 1],
            "withdrawal_per_5min": [0.5, 0.2, 0.0],
            "confrontation_per_5min": [0.4, 0.8, 0.1],
            "minutes_estimated": [False, True, False],
            "resolved_share": [0.0, 0.5, 1.0],
            "max_stage_mean": [1.0, 2.5, 4.0],
            "client_scaling": [3.0, None, 6.0],
        }
    )


def bar_heights(figure) -> list[tuple[float, float]]:
    top = figure.axes[0]
    bars = [(p.get_y(), p.get_height()) for p in top.patches]
    return bars


def test_bars_are_the_counts_stacked_by_family():
    figure = timeline_figure(frame(), client="X-1")
    bars = bar_heights(figure)
    assert bars[:3] == [(0.0, 3.0), (0.0, 1.0), (0.0, 0.0)]  # withdrawal from the axis
    assert bars[3:] == [(3.0, 2.0), (1.0, 4.0), (0.0, 1.0)]  # confrontation on top of it


def test_rates_per_five_minutes_say_when_estimated():
    figure = timeline_figure(frame(), client="X-1", per_5min=True)
    assert [h for _y, h in bar_heights(figure)][:3] == [0.5, 0.2, 0.0]
    assert "estimated" in figure.axes[0].get_ylabel()


def test_resolution_lines_and_labels():
    figure = timeline_figure(frame(), client="X-1")
    lines = {line.get_label(): list(line.get_ydata()) for ax in figure.axes for line in ax.get_lines()}
    assert lines["episodes resolved (%)"] == [0.0, 50.0, 100.0]
    assert lines["highest stage, mean (0–4)"] == [1.0, 2.5, 4.0]
    assert session_labels(frame()) == ["#1\n2026-01-05", "#2\n2026-01-12", "#3\nno date"]


def test_sessions_sit_on_a_date_axis_when_all_are_dated():
    from rupturetool.analytics.timeline_chart import session_positions

    dated = frame().iloc[:2]
    xs, width = session_positions(dated)
    assert xs[1] - xs[0] == 7 and width == 4.2  # a week apart; bars 60% of the smallest gap
    xs, width = session_positions(frame())  # one session has no date: one slot per session
    assert xs == [0.0, 1.0, 2.0] and width == 0.8


def test_png_and_svg_files(tmp_path):
    figure = timeline_figure(frame(), client="X-1")
    save_figure(figure, str(tmp_path / "t.png"))
    save_figure(figure, str(tmp_path / "t.svg"))
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "t.svg").read_text(encoding="utf-8")[:500]
