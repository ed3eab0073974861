"""Two people on one database, seen from the window: others' changes appear without a restart, and a stale edit
gets the other person's change and a way to reload instead of overwriting it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from rupturetool.gui.main_window import MainWindow
from rupturetool.services.project import Project


def open_first_session(window: MainWindow) -> int:
    [summary] = window.project.sessions()
    window.open_session(summary.id)
    return summary.id


def test_a_marker_someone_else_adds_appears_in_the_open_session(qtbot, window: MainWindow, gui_db: str) -> None:
    sid = open_first_session(window)
    assert window.markers == []
    ben = Project(gui_db, coder="ben")
    try:
        window.live_updates.timer.setInterval(100)
        ben.add_marker(ben.new_marker(sid, 1, "W2", segment_index=0))
        qtbot.waitUntil(lambda: [m.coder for m in window.markers] == ["ben"], timeout=10_000)
        assert window.statusBar().currentMessage().startswith("ben added a marker")
        ben.correct_text(sid, 0, window.detail.turns[0].text + " Take your time.")
        qtbot.waitUntil(lambda: window.detail.turns[0].text.endswith("Take your time."), timeout=10_000)
    finally:
        ben.close()


def test_own_edits_do_not_count_as_others(qtbot, window: MainWindow) -> None:
    sid = open_first_session(window)
    window.apply(lambda: window.project.add_marker(window.project.new_marker(sid, 1, "W2", segment_index=0)))
    window.statusBar().clearMessage()
    window.live_updates.poll()
    assert window.statusBar().currentMessage() == ""


def answer(window: MainWindow, button_text: str) -> None:
    def click() -> None:
        box = window.conflict_box
        assert box is not None and box.isVisible()
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, click)


def test_a_stale_edit_offers_to_reload_and_keeps_the_other_change(qtbot, window: MainWindow, gui_db: str) -> None:
    sid = open_first_session(window)
    window.apply(lambda: window.project.add_marker(window.project.new_marker(sid, 1, "W2", segment_index=0)))
    [marker] = window.markers
    window.live_updates.timer.stop()  # the window has not seen ben's change when its coder edits
    ben = Project(gui_db, coder="ben")
    try:
        ben.markers(sid)
        ben.edit_marker(marker.id, significance=5)
        answer(window, "Reload")
        window.apply(lambda: window.project.edit_marker(marker.id, significance=1))
        box = window.conflict_box
        assert box is not None
        assert box.text().startswith("ben changed this marker")
        assert "significance 3 → 5" in box.informativeText()
        assert box.icon() == QMessageBox.Icon.Warning
        assert [m.significance for m in window.markers] == [5]  # reloaded: ben's version is on screen
        assert [m.significance for m in ben.markers(sid)] == [5]  # and stored
        window.apply(lambda: window.project.edit_marker(marker.id, significance=1))  # now it builds on ben's
        assert [m.significance for m in ben.markers(sid)] == [1]
    finally:
        ben.close()
