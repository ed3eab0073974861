"""A supervisor's queue: every submitted layer awaiting review, oldest first; Enter opens it for review."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import ReviewQueueItem
from rupturetool.core.errors import RuptureToolError
from rupturetool.services.project import Project

COLUMNS = ("Client", "Session", "Date", "Coder", "Submitted")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def _row(item: ReviewQueueItem) -> list[str]:
    review = item.review
    submitted = review.updated_at.strftime("%Y-%m-%d %H:%M") if review.updated_at else ""
    number = str(item.session_number) if item.session_number is not None else "?"
    return [item.client_code, number, str(item.session_date or ""), review.coder, submitted]


class ReviewQueueWindow(QWidget):
    def __init__(self, project: Project, open_review: Callable[[int, str], None], parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.project = project
        self._open = open_review
        self.setWindowTitle("Review queue")
        self.resize(640, 380)
        self.summary = QLabel()
        self.table = QTreeWidget()
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setRootIsDecorated(False)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Sessions awaiting review")
        self.table.itemActivated.connect(self._activated)
        hint = QLabel("Enter opens the session for review · F5 refreshes · Esc closes")
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(hint)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        QShortcut(QKeySequence("Esc"), self, activated=self.close)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        try:
            items = self.project.review_queue()
        except RuptureToolError as exc:
            self.summary.setText(str(exc))
            items = []
        else:
            count = len(items)
            self.summary.setText(
                f"{count} submitted coding{'s' if count != 1 else ''} awaiting your review"
                if items
                else "Nothing awaits your review"
            )
        self.table.clear()
        for item in items:
            row = QTreeWidgetItem(_row(item))
            row.setData(0, ITEM_ROLE, (item.review.session_id, item.review.coder))
            self.table.addTopLevelItem(row)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        session_id, coder = item.data(0, ITEM_ROLE)
        self._open(int(session_id), str(coder))
