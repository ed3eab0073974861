"""Left pane: clients and their sessions, with counts."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from rupturetool.core.domain import Client, SessionSummary

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2  # the SessionSummary a Review cell was drawn from


def session_caption(s: SessionSummary) -> str:
    number = f"#{s.number}" if s.number is not None else "#?"
    when = s.date.isoformat() if s.date else "no date"
    return f"{number}  {when}"


def session_counts(s: SessionSummary) -> str:
    return f"{s.markers} / {s.episodes}"


STATUS_TEXT = {
    None: "not started",
    "draft": "draft",
    "submitted": "submitted",
    "approved": "approved ✓",
    "changes_requested": "changes requested",
}


def session_status(s: SessionSummary) -> str:
    """The coder's review status (own markers but no review row: a draft in progress), and how many other coders'
    layers await review — what a supervisor looks for."""
    status = s.review_status or ("draft" if s.own_markers else None)
    text = STATUS_TEXT.get(status, str(status))
    if s.awaiting:
        text += (" · " if text else "") + f"{s.awaiting} to review"
    return text


class SessionTreeModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels(["Client / session", "Codes", "Review"])
        self.horizontalHeaderItem(1).setToolTip("Markers / rupture episodes in the session")
        self.horizontalHeaderItem(2).setToolTip("Your review status: not started, draft, submitted, approved")

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
                status = QStandardItem(session_status(s))
                status.setData(s.id, SESSION_ID_ROLE)
                status.setData(s, SUMMARY_ROLE)  # set_counts re-derives the status text from it
                status.setEditable(False)
                status.setToolTip(
                    "Your review status for this session (draft, submitted, approved, changes requested) and how "
                    "many other coders' submitted layers await review"
                )
                item.appendRow([caption, counts, status])
            self.appendRow([item, summary])

    def update_sessions(self, sessions: list[SessionSummary]) -> None:
        """New counts and status for sessions already listed, without rebuilding the tree (fast after each edit)."""
        wanted = {s.id: s for s in sessions}
        for row in range(self.rowCount()):
            client = self.item(row, 0)
            for child in range(client.rowCount()):
                s = wanted.get(client.child(child, 0).data(SESSION_ID_ROLE))
                if s is not None:
                    client.child(child, 1).setText(session_counts(s))
                    client.child(child, 2).setText(session_status(s))
                    client.child(child, 2).setData(s, SUMMARY_ROLE)

    def set_counts(self, session_id: int, markers: int, episodes: int, own: int = 0) -> None:
        """After an edit in the open session: its counts, without a query or a rebuild; ``own``: the coder's own
        markers (the first one makes the session a draft of theirs)."""
        index = self.index_of_session(session_id)
        if index is not None:
            client = self.itemFromIndex(index.parent())
            client.child(index.row(), 1).setText(f"{markers} / {episodes}")
            status = client.child(index.row(), 2)
            summary: SessionSummary = status.data(SUMMARY_ROLE)
            summary = dataclasses.replace(summary, markers=markers, episodes=episodes, own_markers=own)
            status.setData(summary, SUMMARY_ROLE)
            status.setText(session_status(summary))

    def index_of_session(self, session_id: int):
        for row in range(self.rowCount()):
            client = self.item(row, 0)
            for child in range(client.rowCount()):
                if client.child(child, 0).data(SESSION_ID_ROLE) == session_id:
                    return client.child(child, 0).index()
        return None
