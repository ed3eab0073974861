"""The within-session strip: axis by time or turn, ticks by family, episode bands, click and keys to move."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from rupturetool.core.domain import (
    Family,
    Marker,
    Outcome,
    RuptureEpisode,
    SpeakerRole,
    StageEvent,
    StrategyEvent,
    Turn,
)
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.gui.session_strip import SessionStrip, episode_text

BLUE, ORANGE = QColor("#0072B2"), QColor("#E69F00")


@pytest.fixture(scope="module")
def schemes() -> SchemeRegistry:
    return SchemeRegistry()


def turns(n: int, *, timed: bool, seconds: float = 30.0) -> list[Turn]:
    role = (SpeakerRole.THERAPIST, SpeakerRole.CLIENT)
    return [
        Turn(i, "TP"[i % 2], role[i % 2], "some words here", start=i * seconds if timed else None) for i in range(n)
    ]


def marker(mid: int, turn: int, family: str, subtype: str, significance: int = 5) -> Marker:
    return Marker(1, turn, 0, 4, family, subtype, "tester", significance=significance, id=mid)


@pytest.fixture
def strip(qtbot) -> SessionStrip:
    widget = SessionStrip()
    qtbot.addWidget(widget)
    widget.resize(620, 48)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colour_at(strip: SessionStrip, x: float, y: float) -> QColor:
    image = strip.grab().toImage()
    return image.pixelColor(int(x), int(y))


def close(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_untimed_session_runs_by_turn_and_a_click_jumps_to_the_nearest_turn(qtbot, strip, schemes) -> None:
    strip.set_data(turns(41, timed=False), [marker(1, 7, "withdrawal", "W2")], [], schemes.get("3rs"))
    assert not strip.is_timed() and strip.axis_unit() == "turn"
    row = strip.row_rect("withdrawal")
    x = (strip.turn_px(12) + strip.turn_px(13)) / 2 - 2  # a little nearer 12 than 13
    with qtbot.waitSignal(strip.turnClicked) as blocker:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(row.center().y())))
    assert blocker.args == [12]
    assert strip.current_turn() == 12 and strip.hasFocus()


def test_timed_session_runs_by_minute_with_five_minute_gridlines(qtbot, strip, schemes) -> None:
    session = turns(60, timed=True, seconds=20.0)  # 0..19.7 minutes
    strip.set_data(session, [], [], schemes.get("3rs"))
    assert strip.is_timed() and strip.axis_unit() == "min"
    assert strip.turn_px(15) == pytest.approx(strip.x_to_px(5.0))  # turn 15 starts at 5:00
    plot_rows = strip.row_rect("confrontation")
    image = strip.grab().toImage()
    base = strip.palette().color(QPalette.ColorRole.Base)
    grid_x = round(strip.x_to_px(10.0))
    gap_x = round(strip.x_to_px(7.5))
    y = round(plot_rows.center().y())
    assert image.pixelColor(grid_x, y) != base  # a gridline at 10 min
    assert image.pixelColor(gap_x, y) == base  # nothing between gridlines
    with qtbot.waitSignal(strip.turnClicked) as blocker:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(round(strip.x_to_px(5.1)), y))
    assert blocker.args == [15]


def test_ticks_are_painted_in_their_family_colour_and_row(strip, schemes) -> None:
    markers = [marker(1, 10, "withdrawal", "W2"), marker(2, 30, "confrontation", "C1")]
    strip.set_data(turns(41, timed=False), markers, [], schemes.get("3rs"))
    w_row, c_row = strip.row_rect("withdrawal"), strip.row_rect("confrontation")
    assert w_row.top() > c_row.top()  # withdrawal (moving away) below confrontation (moving against)
    image = strip.grab().toImage()
    tick_y = lambda row: round(row.bottom() - 3)  # noqa: E731  (ticks stand on the bottom of their row)
    x10, x30 = round(strip.turn_px(10)), round(strip.turn_px(30))
    assert close(image.pixelColor(x10, tick_y(w_row)), BLUE)
    assert close(image.pixelColor(x30, tick_y(c_row)), ORANGE)
    base = strip.palette().color(QPalette.ColorRole.Base)
    assert image.pixelColor(x10, tick_y(c_row)) == base  # the withdrawal tick is not in the confrontation row
    assert image.pixelColor(round(strip.turn_px(20)), tick_y(w_row)) == base


def test_episode_band_spans_its_turns_is_shaded_by_stage_and_says_so(strip, schemes) -> None:
    scheme = schemes.get("3rs")
    markers = [marker(1, 10, "withdrawal", "W6"), marker(2, 14, "withdrawal", "W2"), marker(3, 35, "withdrawal", "W1")]
    far = RuptureEpisode(
        1,
        "tester",
        Family.WITHDRAWAL,
        marker_ids=(1, 2),
        stages=(StageEvent(1, 11), StageEvent(3, 16)),
        strategies=(StrategyEvent("R4", 18),),
        outcome=Outcome.PARTIAL,
    )
    untouched = RuptureEpisode(1, "tester", Family.WITHDRAWAL, marker_ids=(3,))
    strip.set_data(turns(41, timed=False), markers, [far, untouched], scheme)
    assert episode_text(far, scheme) == "W episode: stage 3 of 4 (fears), partial"
    row = strip.row_rect("withdrawal")
    band_y = row.top() + 3
    inside = (strip.turn_px(14) + strip.turn_px(15)) / 2
    text = strip.tooltip_at(inside, band_y)
    assert text.startswith("W episode: stage 3 of 4 (fears), partial") and "turns 10–18" in text and "R4" in text
    assert strip.tooltip_at(strip.turn_px(25), band_y).startswith("Turn 25")  # the band ends at turn 18

    image = strip.grab().toImage()
    shaded = image.pixelColor(round(inside), round(band_y))
    assert shaded.blue() > shaded.red() + 40  # a blue wash: withdrawal, stage 3
    outline_only = image.pixelColor(round(strip.turn_px(35)) + 1, round(band_y))  # stage 0: no fill
    assert outline_only == strip.palette().color(QPalette.ColorRole.Base)


def test_tick_tooltip_names_the_marker(qtbot, strip, schemes) -> None:
    strip.set_data(turns(41, timed=False), [marker(1, 20, "confrontation", "C5", 4)], [], schemes.get("3rs"))
    row = strip.row_rect("confrontation")
    expected = "C5 Complaints/concerns about progress in therapy — turn 20, significance 4"
    assert strip.tooltip_at(strip.turn_px(20) + 1, row.bottom() - 2) == expected
    pos = QPoint(round(strip.turn_px(20)) + 1, round(row.bottom() - 2))
    QApplication.sendEvent(strip, QHelpEvent(QEvent.Type.ToolTip, pos, strip.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == expected
    QToolTip.hideText()


def test_keys_move_the_cursor_and_emit(qtbot, strip, schemes) -> None:
    strip.set_data(turns(10, timed=False), [], [], schemes.get("3rs"))
    strip.set_current_turn(3)
    strip.setFocus()
    with qtbot.waitSignal(strip.turnClicked) as blocker:
        qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert blocker.args == [4]
    with qtbot.waitSignal(strip.turnClicked) as blocker:
        qtbot.keyClick(strip, Qt.Key.Key_Left)
        qtbot.keyClick(strip, Qt.Key.Key_Left)
    assert strip.current_turn() == 2
    with qtbot.waitSignal(strip.turnClicked) as blocker:
        qtbot.keyClick(strip, Qt.Key.Key_End)
    assert blocker.args == [9]
    with qtbot.waitSignal(strip.turnClicked) as blocker:
        qtbot.keyClick(strip, Qt.Key.Key_Right)  # stays on the last turn
    assert blocker.args == [9]
    assert "Cursor at turn 9" in strip.accessibleDescription()


def test_cursor_is_drawn_at_the_current_turn(strip, schemes) -> None:
    strip.set_data(turns(41, timed=False), [], [], schemes.get("3rs"))
    x = round(strip.turn_px(20))
    y = round(strip.row_rect("withdrawal").center().y())
    base = strip.palette().color(QPalette.ColorRole.Base)
    assert colour_at(strip, x, y) == base
    strip.set_current_turn(20)
    assert colour_at(strip, x, y) == strip.palette().color(QPalette.ColorRole.Highlight)
    strip.set_current_turn(None)
    assert colour_at(strip, x, y) == base


def test_every_family_of_another_scheme_gets_a_row(strip, schemes) -> None:
    pacs = schemes.get("pacs")
    markers = [marker(1, 5, "secure", "EX"), marker(2, 9, "preoccupied", "RS"), marker(3, 12, "dismissing", "AV")]
    strip.set_data(turns(20, timed=False), markers, [], pacs)
    rows = [strip.row_rect(f.code) for f in pacs.families]
    assert len({r.top() for r in rows}) == 3
    image = strip.grab().toImage()
    for family, turn in (("preoccupied", 9), ("dismissing", 12)):
        row = strip.row_rect(family)
        declared = QColor(pacs.family(family).color)
        assert close(image.pixelColor(round(strip.turn_px(turn)), round(row.bottom() - 2)), declared)
    assert strip.accessibleName() == "Session timeline"
    assert strip.accessibleDescription().startswith("3 markers (1 secure, 1 dismissing, 1 preoccupied)")


def test_an_empty_session_paints_and_ignores_clicks(qtbot, strip, schemes) -> None:
    strip.set_data([], [], [], schemes.get("3rs"))
    with qtbot.assertNotEmitted(strip.turnClicked):
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(100, 20))
        qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert not strip.grab().isNull() and strip.tooltip_at(100, 20) == ""


def test_refreshing_the_data_keeps_the_cursor_on_its_turn(strip, schemes) -> None:
    strip.set_data(turns(30, timed=False), [], [], schemes.get("3rs"))
    strip.set_current_turn(12)
    strip.set_data(turns(30, timed=False), [marker(1, 12, "withdrawal", "W1")], [], schemes.get("3rs"))
    assert strip.current_turn() == 12
    strip.set_data(turns(8, timed=False), [], [], schemes.get("3rs"))  # a shorter session: no turn 12
    assert strip.current_turn() is None
