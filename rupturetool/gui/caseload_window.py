"""The caseload for supervisors: every client's rupture and resolution numbers, sortable, opening a timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from rupturetool.core.errors import RuptureToolError
from rupturetool.services.exports import ExportKind, Selection, export_frame
from rupturetool.services.project import Project

# (column, header, format): what a supervisor compares; the full table is `rupturetool export clients`.
COLUMNS = [
    ("client", "Client", "{}"),
    ("attachment", "Attachment", "{}"),
    ("sessions", "Sessions", "{:.0f}"),
    ("latest_session_date", "Latest", "{}"),
    ("ruptures_per_session", "Markers / session", "{:.1f}"),
    ("ruptures_per_session_recent", "… last 3", "{:.1f}"),
    ("ruptures_per_session_earlier", "… earlier", "{:.1f}"),
    ("episodes_unresolved", "Unresolved episodes", "{:.0f}"),
    ("resolved_share", "Resolved", "{:.0%}"),
    ("max_stage_mean", "Mean highest stage", "{:.1f}"),
]
SORT_ROLE = Qt.ItemDataRole.UserRole + 30
_Index = QModelIndex | QPersistentModelIndex


def _missing(value: Any) -> bool:
    return value is None or value != value  # NaN is not equal to itself


class CaseloadModel(QAbstractTableModel):
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        column, _header, fmt = COLUMNS[index.column()]
        value = self.rows[index.row()].get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if _missing(value) else fmt.format(value)
        if role == SORT_ROLE:  # numbers sort as numbers; missing values sort first
            return float("-inf") if _missing(value) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CaseloadWindow(QWidget):
    openClient = Signal(str)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle("Caseload")
        self.resize(1100, 520)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.coder = QComboBox()
        self.coder.addItem("the session's coder", None)
        for coder in project.repo.coders():
            self.coder.addItem(coder.name, coder.name)
        caption = QLabel("C&oder")
        caption.setBuddy(self.coder)
        bar.addWidget(caption)
        bar.addWidget(self.coder)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, stretch=1)
        self.groups = QLabel()
        self.groups.setWordWrap(True)
        layout.addWidget(self.groups)
        self.coder.currentIndexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        try:
            frame = export_frame(self.project, ExportKind.CLIENTS, Selection(coder=self.coder.currentData()))
        except RuptureToolError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("Click a column to sort; Enter or double-click opens the client's timeline.")
        self.rows = frame.to_dict("records")
        self.model = CaseloadModel(self.rows)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table.setModel(proxy)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.groups.setText(self._by_attachment())

    def _by_attachment(self) -> str:
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in self.rows:
            key = row.get("attachment") if not _missing(row.get("attachment")) else "unknown"
            groups.setdefault(str(key), []).append(row)
        parts = []
        for key, rows in sorted(groups.items()):
            rates = [r["ruptures_per_session"] for r in rows if not _missing(r.get("ruptures_per_session"))]
            shares = [r["resolved_share"] for r in rows if not _missing(r.get("resolved_share"))]
            rate = f"{sum(rates) / len(rates):.1f}" if rates else "–"
            share = f"{sum(shares) / len(shares):.0%}" if shares else "–"
            parts.append(f"<b>{key}</b> ({len(rows)}): {rate} markers/session, {share} resolved")
        return "By attachment — " + " · ".join(parts)

    def _activated(self, index: QModelIndex) -> None:
        source = self.table.model().mapToSource(index)
        self.openClient.emit(str(self.rows[source.row()]["client"]))
