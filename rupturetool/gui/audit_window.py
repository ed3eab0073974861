"""Edit → History: the audit trail of a session, a marker or an episode (or everything), newest first.

A table (when, who, what, object, before → after), the selected event's before/after as JSON beside it, a filter
field (Ctrl+F) matching any of the row's text, and Export CSV… (no transcript text, as in every export). Esc closes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import AuditEvent
from rupturetool.core.errors import RuptureToolError
from rupturetool.services import audit

if TYPE_CHECKING:
    from rupturetool.services.project import Project

COLUMNS = ("When", "Who", "What", "Object", "Before → after")


class AuditWindow(QWidget):
    """A non-modal window over the project's audit trail, limited to a session and/or one marker or episode."""

    def __init__(
        self,
        project: Project,
        session_id: int | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if entity not in (None, "marker", "episode"):
            raise ValueError(f"history is kept per marker or episode, not per {entity!r}")
        self.project, self.session_id, self.entity, self.entity_id = project, session_id, entity, entity_id
        self.events: list[AuditEvent] = []
        self.setWindowTitle(f"History — {self._scope()}")
        self.resize(1100, 640)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        label = QLabel("&Filter:")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Type to keep matching events (a coder, an action, a value…)")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter events")
        self.filter.textChanged.connect(self.apply_filter)
        label.setBuddy(self.filter)
        self.export_button = QPushButton("&Export CSV…")
        self.export_button.clicked.connect(lambda: self.export_csv())
        top.addWidget(label)
        top.addWidget(self.filter, stretch=1)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Audit events")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName("Event before and after")
        self.detail.setPlaceholderText("Select an event to see what it changed.")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([700, 400])
        layout.addWidget(splitter, stretch=1)
        self.message = QLabel()
        layout.addWidget(self.message)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_filter)
        self.reload()

    def _scope(self) -> str:
        parts = []
        if self.entity is not None and self.entity_id is not None:
            parts.append(f"{self.entity} {self.entity_id}")
        if self.session_id is not None:
            parts.append(f"session {self.session_id}")
        return ", ".join(parts) or "all changes"

    def _filters(self) -> dict[str, int | None]:
        return {
            "session_id": self.session_id,
            "marker_id": self.entity_id if self.entity == "marker" else None,
            "episode_id": self.entity_id if self.entity == "episode" else None,
        }

    # -- contents -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.events = audit.history(self.project, **self._filters())
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            for column, text in enumerate(row_texts(event)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.apply_filter(self.filter.text())
        self.message.setText(f"{len(self.events)} changes.")

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = 0
        for row, event in enumerate(self.events):
            hay = " ".join(row_texts(event)).casefold()
            hidden = bool(needle) and needle not in hay
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        if needle:
            self.message.setText(f"{shown} of {len(self.events)} changes match.")

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        self.detail.setPlainText(detail_text(self.events[rows[0].row()]))

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # -- export -------------------------------------------------------------------------------------------------
    def export_csv(self, path: Path | str | None = None) -> Path | None:
        """Write the window's events (all of them, not just those the filter shows) to a CSV file."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "Export history", "history.csv", "CSV (*.csv)")
            if not name:
                return None
            path = name
        out = Path(path) if Path(path).suffix else Path(f"{path}.csv")
        try:
            count = audit.export_audit(self.project, out, **self._filters())
        except RuptureToolError as exc:
            QMessageBox.warning(self, "Export history", str(exc))
            return None
        self.message.setText(f"Wrote {count} changes to {out}.")
        return out


def row_texts(event: AuditEvent) -> tuple[str, str, str, str, str]:
    when = event.at.strftime("%Y-%m-%d %H:%M:%S") if event.at else ""
    thing = event.entity + (f" {event.entity_id}" if event.entity_id is not None else "")
    if event.session_id is not None and event.entity != "session":
        thing += f" (session {event.session_id})"
    return when, event.coder or "—", event.action, thing, audit.summary(event, include_text=True)


def detail_text(event: AuditEvent) -> str:
    """The event as the detail pane shows it: the header, then before and after as indented JSON."""
    lines = [f"{event.action} {event.entity} {event.entity_id or ''}".rstrip(), event.detail or ""]
    for name, values in (("before", event.before), ("after", event.after)):
        lines.append(f"\n{name}:")
        lines.append(json.dumps(values, ensure_ascii=False, indent=2, sort_keys=True) if values else "  (nothing)")
    return "\n".join(line for line in lines if line is not None)
