"""The review report in the app: PDF through Qt's text engine (A4, numbered pages), the preview dialog with its
Save (Ctrl+S) and Esc, and saving as HTML or PDF through the file dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rupturetool.gui.report_actions import preview_review_report, save_review_report
from rupturetool.gui.report_printing import FOOTER, write_pdf
from rupturetool.services.project import Project
from rupturetool.services.review_report import review_report_html


@pytest.fixture
def coded(gui_db: str) -> Iterator[tuple[Project, int]]:
    project = Project(gui_db, coder="tester")
    sid = project.sessions()[0].id
    project.add_marker(project.new_marker(sid, 1, "W1", segment_index=0, significance=4))
    marker = max(m.id for m in project.markers(sid))
    project.create_episode(sid, [marker])
    project.add_comment(sid, "Printed comment", marker_id=marker)
    yield project, sid
    project.close()


def pdf_pages(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(path))
    return document


def test_write_pdf_makes_numbered_a4_pages(qtbot, coded, tmp_path: Path) -> None:
    project, sid = coded
    html = review_report_html(project, sid)
    out = write_pdf(html, tmp_path / "report.pdf", title="Review")
    assert out.read_bytes()[:5] == b"%PDF-"
    document = pdf_pages(out)
    assert document.pageCount() >= 1
    size = document.pagePointSize(0)
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    assert abs(size.width() - a4.width()) < 1 and abs(size.height() - a4.height()) < 1
    text = document.getAllText(0).text()
    assert "Review report" in text and f"page 1 of {document.pageCount()}" in text
    assert FOOTER.split(" —")[0] in text
    assert not list(tmp_path.glob("*.part"))
    # A long report runs onto more pages, each numbered.
    long = html.replace("</body>", "<p>more</p>" * 400 + "</body>")
    document = pdf_pages(write_pdf(long, tmp_path / "long.pdf", title="Review"))
    assert document.pageCount() > 1
    last = document.pageCount()
    assert f"page {last} of {last}" in document.getAllText(last - 1).text()


def test_preview_shows_the_report_and_saves_with_ctrl_s(qtbot, coded, tmp_path: Path, monkeypatch) -> None:
    project, sid = coded
    dialog = preview_review_report(None, project, sid, "tester")
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the active window
    shown = dialog.browser.toPlainText()
    assert "Printed comment" in shown and "Episode 1: withdrawal" in shown
    out = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    qtbot.keyClick(dialog.browser, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved == tmp_path / "saved.pdf"  # the chosen filter's suffix is added
    assert dialog.saved.read_bytes()[:5] == b"%PDF-"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_save_as_html_remembers_the_folder_and_errors_are_shown(qtbot, coded, tmp_path: Path, monkeypatch) -> None:
    project, sid = coded
    offered: list[str] = []

    def choose(parent, caption, suggested, filters, chosen):
        offered.append(suggested)
        return str(tmp_path / "r.html"), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    saved = save_review_report(None, project, sid, "tester")
    assert saved == tmp_path / "r.html"
    assert "Printed comment" in saved.read_text(encoding="utf-8")
    save_review_report(None, project, sid, "tester")
    assert Path(offered[1]).parent == tmp_path  # the last folder, remembered
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert save_review_report(None, project, sid, "nobody-coded-this") is not None  # an empty layer still reports
    assert preview_review_report(None, project, 999, "tester") is None
    assert warnings and "999" in warnings[-1]
