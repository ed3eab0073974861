"""The review report in the app: preview it, print it, save it as HTML or PDF (the lead wires these to menus).

The report is built on the GUI thread: it reads one session and its codes, which takes well under a second even
for a long transcript (see the report's numbers in the supervision notes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.errors import InputError, RuptureToolError
from rupturetool.gui.report_printing import print_html, write_pdf
from rupturetool.gui.settings import identity_settings
from rupturetool.services.project import Project
from rupturetool.services.review_report import CONFIDENTIAL, report_title, review_report_html, write_html

FILTERS = {"Web page (*.html)": ".html", "PDF (*.pdf)": ".pdf"}
FOLDER_KEY = "report/folder"


def write_report(html: str, out: Path, *, title: str) -> Path:
    """Write the report as HTML or PDF, by the file's suffix."""
    suffix = Path(out).suffix.lower()
    if suffix in (".html", ".htm"):
        return write_html(html, out)
    if suffix == ".pdf":
        return write_pdf(html, out, title=title)
    raise InputError(f"{Path(out).name}: save the report as .html or .pdf")


def _file_name(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in title.replace(" ", "_"))
    return "-".join(part for part in keep.split("-") if part)


def save_review_report(
    parent: QWidget, project: Project, session_id: int, coder: str | None, *, html: str | None = None
) -> Path | None:
    """Ask where, then write the review report of ``coder``'s layer as HTML or PDF; None when cancelled or failed
    (the failure is shown). ``html``: a report already built (the preview's)."""
    try:
        title = report_title(project, session_id, coder)
        settings = identity_settings()
        folder = Path(str(settings.value(FOLDER_KEY) or Path.home()))
        suggested = str(folder / (_file_name(title) + ".html"))
        name, chosen = QFileDialog.getSaveFileName(
            parent, "Save review report", suggested, ";;".join(FILTERS), next(iter(FILTERS))
        )
        if not name:
            return None
        out = Path(name)
        if out.suffix.lower() not in (".html", ".htm", ".pdf"):
            out = out.with_name(out.name + FILTERS.get(chosen, ".html"))
        report = html if html is not None else review_report_html(project, session_id, coder)
        written = write_report(report, out, title=title)
    except RuptureToolError as exc:
        QMessageBox.warning(parent, "Review report", str(exc))
        return None
    settings.setValue(FOLDER_KEY, str(written.parent))
    return written


class ReviewReportDialog(QDialog):
    """The report as it will print: Print… (Ctrl+P), Save… (Ctrl+S), Close (Esc)."""

    def __init__(self, parent: QWidget | None, project: Project, session_id: int, coder: str | None) -> None:
        super().__init__(parent)
        self.project, self.session_id, self.coder = project, session_id, coder
        self.title = report_title(project, session_id, coder)
        self.html = review_report_html(project, session_id, coder)
        self.setWindowTitle(self.title)
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        warning = QLabel(CONFIDENTIAL)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #8a1c1c;")
        layout.addWidget(warning)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.html)
        layout.addWidget(self.browser, stretch=1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton("&Print…")
        self.save_button = QPushButton("&Save…")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.browser.setFocus()
        self.saved: Path | None = None

    def save(self) -> Path | None:
        self.saved = save_review_report(self, self.project, self.session_id, self.coder, html=self.html) or self.saved
        return self.saved

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_html(self.html, printer, title=self.title)


def preview_review_report(
    parent: QWidget | None, project: Project, session_id: int, coder: str | None
) -> ReviewReportDialog | None:
    """Show the report of ``coder``'s layer of a session in a window of its own (non-modal); None, with the reason
    shown, when it cannot be built (e.g. a layer hidden by blind coding)."""
    try:
        dialog = ReviewReportDialog(parent, project, session_id, coder)
    except RuptureToolError as exc:
        QMessageBox.warning(parent, "Review report", str(exc))
        return None
    dialog.show()
    return dialog
