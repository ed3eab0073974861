"""Help → Keyboard shortcuts: built from the actions themselves, filterable, closed with Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from rupturetool.gui.shortcuts_window import ShortcutsWindow, groups_from_menus, plain_text

EXTRA = [("Transcript", "W then 1–7", "Code the selected segment as withdrawal subtype 1–7")]


@pytest.fixture
def main(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction("&Import transcripts…").setShortcut("Ctrl+I")
    file_menu.addSeparator()
    file_menu.addAction("Export &&print").setShortcut("Ctrl+P")
    edit = window.menuBar().addMenu("&Edit")
    edit.addAction("&Undo").setShortcut(QKeySequence("Ctrl+Z"))
    edit.addAction("&Redo").setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction("Remove my last marker")  # no key
    recent = edit.addMenu("&Recent")
    recent.addAction("Re&open last").setShortcut("Ctrl+Shift+O")
    return window


def open_window(qtbot, main: QMainWindow, **kwargs) -> ShortcutsWindow:
    menus = [a.menu() for a in main.menuBar().actions()]
    window = ShortcutsWindow(groups_from_menus(menus), EXTRA, main, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_lists_every_keyed_action_by_menu_with_native_keys(qtbot, main: QMainWindow) -> None:
    window = open_window(qtbot, main)
    assert window.rows() == [
        ("File", "Import transcripts…", native("Ctrl+I")),
        ("File", "Export &print", native("Ctrl+P")),
        ("Edit", "Undo", native("Ctrl+Z")),
        ("Edit", "Redo", f"{native('Ctrl+Shift+Z')} or {native('Ctrl+Y')}"),
        ("Edit › Recent", "Reopen last", native("Ctrl+Shift+O")),
        ("Transcript", "Code the selected segment as withdrawal subtype 1–7", "W then 1–7"),
    ]
    assert window.focusWidget() is window.filter  # typing finds at once


def test_unbound_actions_can_be_listed_too(qtbot, main: QMainWindow) -> None:
    window = open_window(qtbot, main, include_unbound=True)
    assert ("Edit", "Remove my last marker", "—") in window.rows()


def test_it_cannot_drift_from_the_actions(qtbot, main: QMainWindow) -> None:
    undo = main.menuBar().actions()[1].menu().actions()[0]
    undo.setShortcut("Alt+Backspace")
    main.menuBar().actions()[0].menu().addAction("&Quit").setShortcut("Ctrl+Q")
    rows = open_window(qtbot, main).rows()
    assert ("Edit", "Undo", native("Alt+Backspace")) in rows
    assert ("File", "Quit", native("Ctrl+Q")) in rows


def test_typing_filters_by_action_or_key(qtbot, main: QMainWindow) -> None:
    window = open_window(qtbot, main)
    qtbot.keyClicks(window.filter, "ctrl+z")
    assert [r[1] for r in window.rows()] == ["Undo"]
    window.filter.clear()
    qtbot.keyClicks(window.filter, "subtype")
    assert [r[0] for r in window.rows()] == ["Transcript"]
    qtbot.keyClicks(window.filter, "zzz")
    assert window.rows() == [] and window.empty.isVisible()
    window.filter.clear()
    assert len(window.rows()) == 6 and not window.empty.isVisible()


def test_escape_closes(qtbot, main: QMainWindow) -> None:
    window = open_window(qtbot, main)
    qtbot.keyClicks(window.filter, "undo")
    with qtbot.waitSignal(window.rejected):
        qtbot.keyClick(window.filter, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_plain_text_drops_mnemonics_and_tab_hints() -> None:
    assert plain_text("&Import transcripts…") == "Import transcripts…"
    assert plain_text("Save && close\tCtrl+S") == "Save & close"
