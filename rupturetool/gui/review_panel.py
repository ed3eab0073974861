"""The Review tab beside the transcript: the session's review status per layer and its comment threads.

It only shows and asks; every action is a signal the main window turns into one stored, undoable Project call.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import Assignment, CommentThread, Review, ReviewStatus

STATUS_TEXT = {
    ReviewStatus.DRAFT: "Draft",
    ReviewStatus.SUBMITTED: "Submitted",
    ReviewStatus.APPROVED: "Approved",
    ReviewStatus.CHANGES_REQUESTED: "Changes requested",
}
THREAD_ROLE = Qt.ItemDataRole.UserRole + 1  # the comment id of a thread (or reply) item
TURN_ROLE = Qt.ItemDataRole.UserRole + 2
CODER_ROLE = Qt.ItemDataRole.UserRole + 3


def status_text(review: Review) -> str:
    text = STATUS_TEXT[review.status]
    if review.status is ReviewStatus.CHANGES_REQUESTED and review.reason:
        text += f": “{review.reason}”"
    if review.reviewer and review.status in (ReviewStatus.APPROVED, ReviewStatus.CHANGES_REQUESTED):
        text += f" ({review.reviewer})"
    return text


def where(thread: CommentThread) -> str:
    c = thread.comment
    if thread.turn_index is None:
        return "Session"
    kind = "marker" if c.marker_id is not None else "episode" if c.episode_id is not None else "turn"
    return f"Turn {thread.turn_index + 1}" + ("" if kind == "turn" else f" · {kind}")


class ReviewPanel(QWidget):
    submitRequested = Signal()
    reopenRequested = Signal()
    approveRequested = Signal(str)  # the coder whose layer
    changesRequested = Signal(str)
    assignRequested = Signal()
    commentRequested = Signal()
    replyRequested = Signal(int)  # comment id
    resolveRequested = Signal(int, bool)
    editCommentRequested = Signal(int)
    deleteCommentRequested = Signal(int)
    turnRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._threads: list[CommentThread] = []
        self._me = ""

        mine = QGroupBox("Your coding")
        self.my_status = QLabel("No session open")
        self.my_status.setWordWrap(True)
        self.my_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.submit_button = QPushButton("Su&bmit for review")
        self.submit_button.clicked.connect(self.submitRequested)
        self.reopen_button = QPushButton("Reopen")
        self.reopen_button.setToolTip("Back to draft: withdraw a submission, or start on requested changes")
        self.reopen_button.clicked.connect(self.reopenRequested)
        row = QHBoxLayout()
        row.addWidget(self.submit_button)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        box = QVBoxLayout(mine)
        box.addWidget(self.my_status)
        box.addLayout(row)

        layers = QGroupBox("Layers of this session")
        self.layers = QTreeWidget()
        self.layers.setHeaderLabels(["Coder", "Status", "Assignment"])
        self.layers.setRootIsDecorated(False)
        self.layers.setAccessibleName("Review status per coder")
        self.layers.currentItemChanged.connect(lambda *_: self._enable())
        self.approve_button = QPushButton("Approve")
        self.approve_button.clicked.connect(lambda: self._for_layer(self.approveRequested))
        self.changes_button = QPushButton("Request changes…")
        self.changes_button.clicked.connect(lambda: self._for_layer(self.changesRequested))
        self.assign_button = QPushButton("Assign a coder…")
        self.assign_button.clicked.connect(self.assignRequested)
        row = QHBoxLayout()
        for button in (self.approve_button, self.changes_button, self.assign_button):
            row.addWidget(button)
        row.addStretch(1)
        box = QVBoxLayout(layers)
        box.addWidget(self.layers)
        box.addLayout(row)

        talk = QGroupBox("Comments")
        self.comments = QTreeWidget()
        self.comments.setHeaderLabels(["Where", "Comment"])
        self.comments.setAccessibleName("Comment threads")
        self.comments.setWordWrap(True)
        self.comments.setUniformRowHeights(False)
        self.comments.itemActivated.connect(self._activated)
        self.comments.currentItemChanged.connect(lambda *_: self._enable())
        self.show_resolved = QCheckBox("Show resolved")
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _on: self._fill_comments())
        self.comment_button = QPushButton("Comment…")
        self.comment_button.clicked.connect(self.commentRequested)
        self.reply_button = QPushButton("Rep&ly…")
        self.reply_button.clicked.connect(lambda: self._for_comment(self.replyRequested.emit))
        self.resolve_button = QPushButton("Resolve")
        self.resolve_button.clicked.connect(self._toggle_resolved)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(lambda: self._for_comment(self.editCommentRequested.emit))
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(lambda: self._for_comment(self.deleteCommentRequested.emit))
        buttons = QHBoxLayout()
        for button in (self.comment_button, self.reply_button, self.resolve_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addWidget(self.delete_button)
        box = QVBoxLayout(talk)
        box.addWidget(self.show_resolved)
        box.addWidget(self.comments, stretch=1)
        box.addLayout(buttons)
        hint = QLabel("Enter on a comment goes to its turn · Alt+Shift+↓/↑ next/previous comment")
        hint.setWordWrap(True)
        hint.setEnabled(False)
        box.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(layers)
        layout.addWidget(talk, stretch=1)
        self._supervisor = False
        self._team = False
        self._enable()

    # -- filling ------------------------------------------------------------------------------------------
    def set_data(
        self,
        me: str,
        my_review: Review | None,
        reviews: list[Review],
        assignments: list[Assignment],
        threads: list[CommentThread],
        *,
        coding: list[str] = (),  # type: ignore[assignment]
        supervisor: bool,
        team: bool,
    ) -> None:
        """``my_review``: the review of the layer in use (None: no session open); ``coding``: the layers with codes;
        ``team``: may assign coders."""
        self._me, self._supervisor, self._team = me, supervisor, team
        if my_review is None:
            self.my_status.setText("No session open")
        else:
            layer = "the consensus layer" if my_review.coder != me else "your layer"
            self.my_status.setText(f"<b>{status_text(my_review)}</b> — {layer} ({my_review.coder})")
        self._my_review = my_review
        current = self.current_layer()
        self.layers.clear()
        blind = {a.coder: a for a in assignments}
        coders = list(dict.fromkeys([*(r.coder for r in reviews), *coding, *(a.coder for a in assignments)]))
        by_coder = {r.coder: r for r in reviews}
        for coder in coders:
            review = by_coder.get(coder)
            assignment = blind.get(coder)
            note = ""
            if assignment is not None:
                note = "blind second coder" if assignment.blind else "second coder"
            item = QTreeWidgetItem([coder, status_text(review) if review else "Not submitted", note])
            item.setData(0, CODER_ROLE, coder)
            self.layers.addTopLevelItem(item)
            if coder == current:
                self.layers.setCurrentItem(item)
        for column in range(3):
            self.layers.resizeColumnToContents(column)
        self._threads = threads
        self._fill_comments()
        self._enable()

    def _fill_comments(self) -> None:
        selected = self.current_comment()
        self.comments.clear()
        for thread in self._threads:
            if thread.comment.resolved and not self.show_resolved.isChecked():
                continue
            c = thread.comment
            mark = "✓ " if c.resolved else ""
            item = QTreeWidgetItem([where(thread), f"{mark}{c.author}: {c.text}"])
            item.setData(0, THREAD_ROLE, c.id)
            item.setData(0, TURN_ROLE, thread.turn_index)
            item.setToolTip(1, c.text)
            for reply in thread.replies:
                child = QTreeWidgetItem(["↳", f"{reply.author}: {reply.text}"])
                child.setData(0, THREAD_ROLE, reply.id)
                child.setData(0, TURN_ROLE, thread.turn_index)
                child.setToolTip(1, reply.text)
                item.addChild(child)
            self.comments.addTopLevelItem(item)
            item.setExpanded(True)
            if c.id == selected:
                self.comments.setCurrentItem(item)
        self.comments.resizeColumnToContents(0)
        self._enable()

    # -- questions ----------------------------------------------------------------------------------------
    def current_layer(self) -> str | None:
        item = self.layers.currentItem()
        return item.data(0, CODER_ROLE) if item is not None else None

    def current_comment(self) -> int | None:
        item = self.comments.currentItem()
        return item.data(0, THREAD_ROLE) if item is not None else None

    def thread_of(self, comment_id: int) -> CommentThread | None:
        return next(
            (t for t in self._threads if t.comment.id == comment_id or any(r.id == comment_id for r in t.replies)),
            None,
        )

    def visible_threads(self) -> list[CommentThread]:
        return [t for t in self._threads if self.show_resolved.isChecked() or not t.comment.resolved]

    # -- navigation ---------------------------------------------------------------------------------------
    def select_comment(self, comment_id: int) -> None:
        for i in range(self.comments.topLevelItemCount()):
            item = self.comments.topLevelItem(i)
            if item.data(0, THREAD_ROLE) == comment_id:
                self.comments.setCurrentItem(item)
                self.comments.scrollToItem(item)
                return

    def follow_turn(self, turn_index: int) -> None:
        """The transcript moved: show the first thread on that turn, if any (without taking the focus)."""
        for i in range(self.comments.topLevelItemCount()):
            item = self.comments.topLevelItem(i)
            if item.data(0, TURN_ROLE) == turn_index:
                self.comments.setCurrentItem(item)
                self.comments.scrollToItem(item)
                return

    # -- actions ------------------------------------------------------------------------------------------
    def _for_layer(self, signal) -> None:
        coder = self.current_layer()
        if coder is not None:
            signal.emit(coder)

    def _for_comment(self, emit) -> None:
        comment_id = self.current_comment()
        if comment_id is not None:
            emit(comment_id)

    def _toggle_resolved(self) -> None:
        comment_id = self.current_comment()
        thread = self.thread_of(comment_id) if comment_id is not None else None
        if thread is not None and thread.comment.id is not None:
            self.resolveRequested.emit(thread.comment.id, not thread.comment.resolved)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        turn = item.data(0, TURN_ROLE)
        if turn is not None:
            self.turnRequested.emit(int(turn))

    def _enable(self) -> None:
        review = getattr(self, "_my_review", None)
        status = review.status if review is not None else None
        self.submit_button.setEnabled(status in (ReviewStatus.DRAFT, ReviewStatus.CHANGES_REQUESTED))
        self.reopen_button.setEnabled(status in (ReviewStatus.SUBMITTED, ReviewStatus.CHANGES_REQUESTED))
        layer = self.current_layer()
        others = layer is not None and layer != self._me and self._supervisor
        self.approve_button.setEnabled(others)
        self.changes_button.setEnabled(others)
        self.assign_button.setEnabled(self._team and review is not None)
        self.comment_button.setEnabled(review is not None)
        comment_id = self.current_comment()
        thread = self.thread_of(comment_id) if comment_id is not None else None
        self.reply_button.setEnabled(thread is not None)
        self.resolve_button.setEnabled(thread is not None)
        self.resolve_button.setText("Reopen thread" if thread and thread.comment.resolved else "Resolve")
        mine = thread is not None and any(
            c.id == comment_id and c.author == self._me for c in (thread.comment, *thread.replies)
        )
        self.edit_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)
