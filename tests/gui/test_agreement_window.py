"""The agreement window: two coders' codes built through the Project, computed off the GUI thread; the table shows
compute_agreement's numbers; the CSV export is the tidy table; errors stay one line in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from rupturetool.gui.agreement_window import DASH, AgreementWindow, fmt
from rupturetool.services.agreement import AgreementRequest, compute_agreement, write_agreement_csv
from rupturetool.services.project import Project

# (turn, segment, subtype, significance) per coder: they agree on some segments, not on others.
ANNA = [(1, 0, "W1", 3), (3, 0, "W2", 2), (3, 1, "W5", 4), (7, 0, "C1", 5)]
BEN = [(1, 0, "W1", 2), (3, 0, "W1", 2), (7, 0, "C1", 4), (5, 0, "W2", 1)]


@pytest.fixture
def coded(gui_db: str) -> Iterator[tuple[Project, int]]:
    anna = Project(gui_db, coder="anna")
    sid = anna.sessions()[0].id
    turns = anna.session(sid).turns
    for coder, codes in (("anna", ANNA), ("ben", BEN)):
        project = Project(gui_db, coder=coder)
        for turn, seg, subtype, sig in codes:
            if turn < len(turns) and seg < len(turns[turn].segments):
                project.add_marker(project.new_marker(sid, turn, subtype, segment_index=seg, significance=sig))
        project.close()
    viewer = Project(gui_db, coder="tester")
    yield viewer, sid
    viewer.close()
    anna.close()


@pytest.fixture
def window(qtbot, coded) -> Iterator[AgreementWindow]:
    project, _sid = coded
    win = AgreementWindow(project)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def compute(qtbot, win: AgreementWindow) -> dict:
    win.report = None
    qtbot.keyClick(win, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter computes
    qtbot.waitUntil(lambda: win.report is not None and win.task is None, timeout=20000)
    return win.report


def cell(win: AgreementWindow, row: int, header: str) -> str:
    headers = [win.table.horizontalHeaderItem(c).text() for c in range(win.table.columnCount())]
    return win.table.item(row, headers.index(header)).text()


def test_the_window_shows_compute_agreements_numbers(qtbot, window: AgreementWindow, coded) -> None:
    project, _sid = coded
    window.set_checked({"anna", "ben"})
    shown = compute(qtbot, window)
    expected = compute_agreement(project, AgreementRequest(("anna", "ben")))
    assert shown == expected
    labels = [window.table.item(r, 0).text().strip() for r in range(window.table.rowCount())]
    for code, block in [("withdrawal", expected["families"]["withdrawal"]), ("W1", expected["subtypes"]["W1"])]:
        row = labels.index(code)
        assert cell(window, row, "Cohen's κ") == fmt(block["kappa"])
        assert cell(window, row, "Krippendorff's α") == fmt(block["alpha"])
        assert cell(window, row, "Agreement") == fmt(block["percent_agreement"], percent=True)
        assert cell(window, row, "anna") == str(block["marked"]["anna"])
    assert expected["families"]["withdrawal"]["kappa"] is not None  # a real number is compared above
    # A code nobody used: a dash with its reason in the notes column and the tooltip.
    w7 = labels.index("W7")
    assert cell(window, w7, "Cohen's κ") == DASH
    assert "one category only" in cell(window, w7, "Notes")
    assert "one category only" in window.table.item(w7, window.table.columnCount() - 1).toolTip()
    # ICC rows carry the report's ICC(2,1).
    icc_row = labels.index("ICC counts / 5 min: all")
    assert cell(window, icc_row, "ICC(2,1)") == fmt(expected["icc"]["marker_counts"]["all"]["icc"])
    # The confusion matrix of the selected row.
    window.table.selectRow(labels.index("W1"))
    confusion = expected["subtypes"]["W1"]["confusion"]
    text = window.detail.toPlainText()
    assert "anna: 1" in text and "ben: 1" in text and str(confusion[0][0]) in text


def test_export_csv_writes_the_tidy_table_and_copy(qtbot, window: AgreementWindow, tmp_path: Path, monkeypatch) -> None:
    window.set_checked({"anna", "ben"})
    report = compute(qtbot, window)
    out = tmp_path / "agreement.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    window.export_button.click()
    reference = tmp_path / "reference.csv"
    rows = write_agreement_csv(report, reference)
    assert out.read_bytes() == reference.read_bytes() and rows > 20
    assert f"Wrote {rows} rows" in window.message.text()
    window.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].startswith("Code\tUnits\tanna\tben\tAgreement")
    assert len(copied) == window.table.rowCount() + 1


def test_bad_requests_are_one_line_in_the_window(qtbot, window: AgreementWindow) -> None:
    window.set_checked({"anna"})
    window.compute_button.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=20000)
    assert "agreement needs two or more coders (got 1)" in window.message.text()
    assert window.table.rowCount() == 0 and not window.export_button.isEnabled()
    window.set_checked({"anna", "ben"})
    window.scope.setCurrentIndex(window.scope.findData("sessions"))
    window.sessions.setText("3, x")
    window.compute()
    assert "session ids as numbers" in window.message.text()
    window.sessions.setText("999")
    window.compute()
    qtbot.waitUntil(lambda: window.task is None, timeout=20000)
    assert "no session 999" in window.message.text()


def test_keyboard_reaches_the_controls_and_escape_closes(qtbot, window: AgreementWindow) -> None:
    assert window.compute_button.text() == "&Compute" and window.export_button.text().startswith("&Export")
    window.coders.setFocus()
    seen = set()
    for _ in range(20):
        seen.add(QGuiApplication.focusObject())
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab)
    assert {window.coders, window.scope, window.speaker, window.uncoded, window.compute_button} <= seen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
