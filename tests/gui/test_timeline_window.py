"""The client timeline in the app: the analytics numbers, hover text, click-to-open, filters, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupturetool.gui.main_window import MainWindow
from rupturetool.services.demo import build_demo
from rupturetool.services.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(build_demo(target=tmp_path_factory.mktemp("demo") / "demo.sqlite", samples=SAMPLES)["database"])


@pytest.fixture
def demo_window(qtbot, demo_file: Path, tmp_path: Path):
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    window = MainWindow(Project(f"sqlite:///{copy}", coder="tester"))
    qtbot.addWidget(window)
    return window


def open_timeline(window: MainWindow, client: str):
    session = next(s for s in window.project.sessions(client))
    window.show_session(session.id)
    window.show_timeline()
    timeline = window._windows[-1]
    return timeline


def test_timeline_shows_the_clients_sessions_and_numbers(demo_window, qtbot):
    timeline = open_timeline(demo_window, "MARLOW-03")
    qtbot.addWidget(timeline)
    assert len(timeline.timeline) == 4
    assert list(timeline.timeline["n_markers"]) == [s.markers for s in demo_window.project.sessions("MARLOW-03")]
    text = timeline.describe(2)
    assert "Session #3" in text and "resolved share: 100%" in text


def test_click_on_a_session_opens_it(demo_window, qtbot):
    timeline = open_timeline(demo_window, "MARLOW-03")
    qtbot.addWidget(timeline)
    third = demo_window.project.sessions("MARLOW-03")[2].id

    from rupturetool.analytics.timeline_chart import session_positions

    xs, width = session_positions(timeline.timeline)
    assert xs[1] - xs[0] == 7  # a date axis: one week apart

    class Click:
        inaxes, xdata = True, xs[2] + width / 4

    with qtbot.waitSignal(timeline.openSession) as blocker:
        timeline._click(Click())
    assert blocker.args == [third]
    assert demo_window.session_id == third
    assert timeline.session_at((xs[1] + xs[2]) / 2) is None  # between bars: nothing


def test_filters_and_export(demo_window, qtbot, tmp_path):
    timeline = open_timeline(demo_window, "ASHBY-22")
    qtbot.addWidget(timeline)
    timeline.subtype.setCurrentIndex(timeline.subtype.findData("C4"))
    heights = [p.get_height() for p in timeline.canvas.figure.axes[0].patches]
    c4 = list(timeline.timeline["n_C4"].astype(float))
    assert heights[len(c4) :] == c4  # confrontation bars are the C4 counts alone
    timeline.rate.setChecked(True)
    assert "/ 5 min" in timeline.canvas.figure.axes[0].get_ylabel()
    timeline.export(str(tmp_path / "a.svg"))
    assert "<svg" in (tmp_path / "a.svg").read_text(encoding="utf-8")[:500]


def test_caseload_lists_clients_sorts_and_opens_a_timeline(demo_window, qtbot):
    from PySide6.QtCore import Qt

    demo_window.show_caseload()
    caseload = demo_window._windows[-1]
    qtbot.addWidget(caseload)
    table = caseload.table
    assert table.model().rowCount() == 4
    clients = {caseload.rows[i]["client"] for i in range(4)}
    assert clients == {"ASHBY-22", "FENWICK-05", "HOLLIS-11", "MARLOW-03"}
    column = 4  # markers per session
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    shown = [table.model().index(r, column).data(Qt.ItemDataRole.UserRole + 30) for r in range(4)]
    assert shown == sorted(shown, reverse=True)
    assert "By attachment" in caseload.groups.text() and "secure" in caseload.groups.text()
    top_client = table.model().index(0, 0).data()
    with qtbot.waitSignal(caseload.openClient) as blocker:
        caseload._activated(table.model().index(0, 0))
    assert blocker.args == [top_client]
    assert demo_window._windows[-1].client == top_client  # its timeline opened
