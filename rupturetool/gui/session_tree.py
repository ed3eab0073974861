"""Left pane: clients and their sessions, with counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from rupturetool.core.domain import Client, SessionSummary

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def session_caption(s: SessionSummary) -> str:
    number = f"#{s.number}" if s.number is not None else "#?"
    when = s.date.isoformat() if s.date else "no date"
    return f"{number}  {when}"


def session_counts(s: SessionSummary) -> str:
    return f"{s.markers} / {s.episodes}"


class SessionTreeModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels(["Client / session", "Markers / episodes"])

    def load(self, clients: list[Client], sessions: list[SessionSummary]) -> None:
        self.removeRows(0, self.rowCount())
        by_client: dict[str, list[SessionSummary]] = {}
        for s in sessions:
            by_client.setdefault(s.client_code, []).append(s)
        for client in clients:
            own = by_client.get(client.code, [])
            item = QStandardItem(client.code)
            item.setEditable(False)
            attachment = client.attachment or "attachment not recorded"
            item.setToolTip(f"{client.code}: {len(own)} sessions, {attachment}")
            summary = QStandardItem(f"{len(own)} sessions")
            summary.setEditable(False)
            for s in own:
                caption = QStandardItem(session_caption(s))
                caption.setData(s.id, SESSION_ID_ROLE)
                caption.setEditable(False)
                caption.setToolTip(f"Session {s.id}: {s.source_name or ''} — {s.turns} turns")
                counts = QStandardItem(session_counts(s))
                counts.setData(s.id, SESSION_ID_ROLE)
                counts.setEditable(False)
                counts.setToolTip(f"{s.markers} markers, {s.episodes} rupture episodes")
                item.appendRow([caption, counts])
            self.appendRow([item, summary])

    def index_of_session(self, session_id: int):
        for row in range(self.rowCount()):
            client = self.item(row, 0)
            for child in range(client.rowCount()):
                if client.child(child, 0).data(SESSION_ID_ROLE) == session_id:
                    return client.child(child, 0).index()
        return None
