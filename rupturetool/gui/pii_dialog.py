"""Likely identifiers in a session's transcript, to tick and redact as one undoable action.

The dialog shows each identifier's text: it is the user's own transcript, on their own screen. It does not change
anything itself: "Redact selected" emits :attr:`PiiDialog.redact_requested` with the ticked hits, and the window
applies ``project.redact(session_id, hits)`` through its usual (undoable) apply, then the list is scanned again.
Keys: Space ticks or unticks the selected rows, Ctrl+Enter redacts, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.pii import PiiHit
from rupturetool.services.deidentify import scan_session

_KIND_NAMES = {
    "name": "Name",
    "phone": "Phone",
    "email": "E-mail",
    "url": "Web address",
    "date_of_birth": "Date of birth",
    "address": "Address",
    "id_number": "ID number",
}
_COLUMNS = ("Redact", "Turn", "Kind", "Text", "Why")


class PiiDialog(QDialog):
    redact_requested = Signal(list)  # list[PiiHit]: the ticked hits

    def __init__(self, project: object, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.session_id = project, session_id
        self.hits: list[PiiHit] = []
        self.setWindowTitle(f"Identifiers in session {session_id}")
        self.summary = QLabel()
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels(_COLUMNS)
        self.table.setAccessibleName("Likely identifiers")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.redact_button = QPushButton("Redact selected")
        self.redact_button.setToolTip("Replace the ticked identifiers with [NAME], [PHONE]... (Ctrl+Enter; undoable)")
        self.redact_button.clicked.connect(self.redact_selected)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.redact_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.redact_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        """Scan the session again (after a redaction, an undo or an edit elsewhere)."""
        self.hits = scan_session(self.project, self.session_id)  # type: ignore[arg-type]
        texts = {t.index: t.text for t in self.project.session(self.session_id).turns}  # type: ignore[attr-defined]
        self.table.setRowCount(len(self.hits))
        for row, hit in enumerate(self.hits):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked)
            cells = [
                str(hit.turn_index + 1),
                _KIND_NAMES.get(hit.kind, hit.kind),
                texts[hit.turn_index][hit.start_char : hit.end_char],
                hit.reason,
            ]
            self.table.setItem(row, 0, tick)
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        found = len(self.hits)
        self.summary.setText(
            f"{found} likely identifier{'s' if found != 1 else ''} found. Untick what should stay, then redact."
            if found
            else "No likely identifiers found."
        )
        self.redact_button.setEnabled(bool(found))
        if found:
            self.table.selectRow(0)
            self.table.setFocus()

    def ticked(self) -> list[PiiHit]:
        return [
            hit
            for row, hit in enumerate(self.hits)
            if (item := self.table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def toggle_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        items = [item for row in rows if (item := self.table.item(row, 0)) is not None]
        if not items:
            return
        # Several rows: untick them all if any is ticked, else tick them all.
        state = Qt.CheckState.Unchecked if any(i.checkState() == Qt.CheckState.Checked for i in items) else None
        for item in items:
            item.setCheckState(state or Qt.CheckState.Checked)

    def redact_selected(self) -> None:
        chosen = self.ticked()
        if not chosen:
            return
        self.redact_requested.emit(chosen)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table would use Space and Enter itself; the shortcut covers the rest of the dialog.
        is_key = watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_selected()
            return True
        enter = is_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.redact_selected()
            return True
        return super().eventFilter(watched, event)
