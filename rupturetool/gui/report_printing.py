"""Print the review report (or any rich-text HTML) to PDF or a printer with Qt's own text engine.

Qt's rich-text engine lays the HTML out and splits it into pages; each page gets a footer saying it holds verbatim
clinical material, and its number. The same HTML the app previews is what gets printed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from rupturetool.core.errors import StorageError

MARGINS_MM = QMarginsF(18, 16, 18, 16)
RESOLUTION = 300  # dpi: sharp text, small files
FOOTER_INCHES = 0.35
FOOTER = "Contains verbatim clinical material — confidential, for supervision only"


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new one for printing only. That one draws on no screen, so it uses the
    offscreen platform unless QT_QPA_PLATFORM says otherwise: a PDF needs fonts, not a display (a server has none,
    and a stale DISPLAY would make Qt abort)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication, not a bare QGuiApplication: whoever comes next in this process (the app's windows, a test
    # run) may need widgets, and Qt aborts on a widget made under a QGuiApplication.
    return QApplication(["rupturetool"])


def report_document(html: str, *, title: str = "") -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def print_html(html: str, device: QPagedPaintDevice, *, title: str = "", footer: str = FOOTER) -> int:
    """Lay ``html`` out on A4 pages of ``device`` (a QPdfWriter or QPrinter) with ``footer`` and "page n of m" at
    the foot of every page; returns the number of pages."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    dpi = device.logicalDpiY()
    body = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer_height = round(dpi * FOOTER_INCHES)
    page_height = body.height() - footer_height
    document = report_document(html, title=title)
    document.documentLayout().setPaintDevice(device)  # lay out in the device's units: points stay points
    document.setPageSize(QSizeF(body.width(), page_height))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise StorageError("the printer or PDF file could not be opened for writing")
    try:
        font = QFont(document.defaultFont())
        font.setPointSizeF(7.5)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, body.width(), page_height))
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            foot = QRectF(0, page_height + footer_height * 0.35, body.width(), footer_height * 0.65)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer)
            painter.drawText(
                foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"page {page + 1} of {pages}"
            )
    finally:
        painter.end()
    return pages


def write_pdf(html: str, out: Path, *, title: str) -> Path:
    """Write ``html`` as an A4 PDF at ``out``; written to a side file first, so a failure leaves no half file."""
    ensure_application()
    out = Path(out)
    if not out.parent.is_dir():
        raise StorageError(f"{out.parent}: no such folder to write the PDF in")
    partial = out.with_name(out.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("rupturetool")
    try:
        print_html(html, writer, title=title)
    except BaseException:
        del writer
        partial.unlink(missing_ok=True)
        raise
    del writer  # the file is complete once the writer is gone
    if not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise StorageError(f"{out}: the PDF could not be written")
    partial.replace(out)
    return out
