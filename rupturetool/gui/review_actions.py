"""Supervision in the main window: review status, comments, blind assignment, the consensus layer, who is coding.

Like the episode actions, each action reads where the coder is and calls one Project method through the window's
``apply`` (one undoable command, one transaction); the Review tab and the transcript's comment badges refresh
from the stored state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from rupturetool.core.domain import CoderRole
from rupturetool.core.errors import RuptureToolError
from rupturetool.core.review import CONSENSUS, TEAM_ROLES
from rupturetool.gui.comment_dialogs import AssignDialog, CommentDialog, comment_anchors

if TYPE_CHECKING:
    from rupturetool.gui.main_window import MainWindow


class ReviewActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        panel = window.review_panel
        panel.submitRequested.connect(self.submit)
        panel.reopenRequested.connect(self.reopen)
        panel.approveRequested.connect(self.approve)
        panel.changesRequested.connect(self.request_changes)
        panel.assignRequested.connect(self.assign)
        panel.commentRequested.connect(self.comment)
        panel.replyRequested.connect(self.reply)
        panel.resolveRequested.connect(lambda cid, on: self._do(lambda: self.project.resolve_comment(cid, on)))
        panel.editCommentRequested.connect(self.edit_comment)
        panel.deleteCommentRequested.connect(lambda cid: self._do(lambda: self.project.delete_comment(cid)))
        panel.turnRequested.connect(window.go_to_turn)

    @property
    def project(self):
        return self.w.project

    def _do(self, operation) -> None:
        self.w.apply(operation)

    def _say(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 5000)

    def _session(self) -> int | None:
        if self.w.session_id is None:
            self._say("Open a session first")
        return self.w.session_id

    # -- refreshing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The Review tab and the comment badges from the stored state of the open session."""
        sid = self.w.session_id
        me = self.project.current_coder()
        if sid is None:
            self.w.review_panel.set_data(me.name, None, [], [], [], supervisor=False, team=False)
            self.w.model.set_comments([])
            return
        threads = self.project.comments(sid)
        coding = sorted({m.coder for m in self.w.markers} | {e.coder for e in self.w.episodes})
        self.w.review_panel.set_data(
            me.name,
            self.project.review(sid),
            self.project.reviews(sid),
            self.project.assignments(sid),
            threads,
            coding=coding,
            supervisor=me.role == CoderRole.SUPERVISOR,
            team=me.role in TEAM_ROLES,
        )
        self.w.model.set_comments(threads)
        self.w.update_identity()

    # -- review status ------------------------------------------------------------------------------------
    def submit(self) -> None:
        sid = self._session()
        if sid is not None:
            self._do(lambda: self.project.submit(sid))

    def reopen(self) -> None:
        sid = self._session()
        if sid is not None:
            self._do(lambda: self.project.reopen(sid))

    def _layer(self, coder: str | None) -> str | None:
        coder = coder or self.w.review_panel.current_layer()
        if coder is None:
            self.w.show_review_panel()
            self._say("Choose whose coding in the Review tab's list of layers")
        return coder

    def approve(self, coder: str | None = None) -> None:
        sid, coder = self._session(), self._layer(coder)
        if sid is not None and coder is not None:
            self._do(lambda: self.project.approve(sid, coder))

    def request_changes(self, coder: str | None = None) -> None:
        sid, coder = self._session(), self._layer(coder)
        if sid is None or coder is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self.w, "Request changes", f"What should {coder} change in this session's coding?"
        )
        if ok and reason.strip():
            self._do(lambda: self.project.request_changes(sid, coder, reason.strip()))
        elif ok:
            self._say("Changes are requested with a reason: nothing was sent")

    def assign(self) -> None:
        sid = self._session()
        if sid is None:
            return
        names = [c.name for c in self.project.coders() if c.name not in (CONSENSUS, self.project.coder)]
        dialog = AssignDialog(names, self.w)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            coder, blind = dialog.chosen()
            self._do(lambda: self.project.assign_second_coder(sid, coder, blind=blind))

    # -- comments -----------------------------------------------------------------------------------------
    def comment(self) -> None:
        sid = self._session()
        if sid is None:
            return
        turn = self.w.current_turn()
        segment_markers = self.w.model.markers_at(self.w.view.current_row())
        anchors = comment_anchors(turn, segment_markers, self.w.episodes)
        dialog = CommentDialog("Comment", anchors, self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, anchor = dialog.text(), dialog.anchor()
        self._do(lambda: self.project.add_comment(sid, text, **anchor))
        self.w.show_review_panel(focus=False)

    def reply(self, comment_id: int | None = None) -> None:
        comment_id = comment_id or self.w.review_panel.current_comment()
        if comment_id is None:
            self._say("Choose a comment to answer in the Review tab")
            return
        dialog = CommentDialog("Reply", [], self.w)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text = dialog.text()
            self._do(lambda: self.project.reply(comment_id, text))

    def edit_comment(self, comment_id: int) -> None:
        thread = self.w.review_panel.thread_of(comment_id)
        comment = next((c for c in (thread.comment, *thread.replies) if c.id == comment_id), None) if thread else None
        if comment is None:
            return
        dialog = CommentDialog("Edit comment", [], self.w, text=comment.text)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text = dialog.text()
            self._do(lambda: self.project.edit_comment(comment_id, text))

    def step_comment(self, step: int) -> None:
        """Go to the next (or previous) commented turn after the current one, and show that thread."""
        threads = [t for t in self.w.review_panel.visible_threads() if t.turn_index is not None]
        here = self.w.current_turn()
        if not threads or here is None:
            self._say("No comments on this session's turns")
            return
        ordered = threads if step > 0 else list(reversed(threads))
        target = next(
            (t for t in ordered if (t.turn_index > here if step > 0 else t.turn_index < here)),  # type: ignore[operator]
            None,
        )
        if target is None:
            self._say("No further comment" if step > 0 else "No earlier comment")
            return
        self.w.go_to_turn(target.turn_index)  # type: ignore[arg-type]
        if target.comment.id is not None:
            self.w.review_panel.select_comment(target.comment.id)
        self.w.show_review_panel(focus=False)
        self._say(f"Comment by {target.comment.author}: {target.comment.text}")

    # -- layers and identity ------------------------------------------------------------------------------
    def use_consensus(self, on: bool) -> None:
        try:
            layer = self.project.use_layer(CONSENSUS if on else None)
        except RuptureToolError as exc:
            self.w.consensus_action.setChecked(False)
            self.w._error(exc)
            return
        self._say(f"New codes go to the {layer} layer" if on else f"New codes go to your own layer ({layer})")
        self.refresh()
        self.w._refresh_segments()

    def switch_coder(self) -> None:
        from rupturetool.gui.coder_dialog import ask_coder

        answer = ask_coder(self.project.coders(), self.project.coder, self.w)
        if answer is None:
            return
        try:
            self.project.switch_coder(*answer)
        except RuptureToolError as exc:
            self.w._error(exc)
            return
        self.project.history.clear()  # the new coder starts with their own history
        self.w.consensus_action.setChecked(False)
        self.w._update_undo_actions()
        self.w.reload()  # visible layers, review status and counts depend on who is looking
        self._say(f"Coding as {answer[0]} ({answer[1]})")

    def show_queue(self) -> None:
        from rupturetool.gui.review_queue import ReviewQueueWindow

        me = self.project.current_coder()
        if me.role != CoderRole.SUPERVISOR:
            QMessageBox.information(
                self.w, "Review queue", f"The review queue is a supervisor's; {me.name} is a {me.role}."
            )
            return
        self.w.keep_window(ReviewQueueWindow(self.project, self.open_review, self.w))

    def open_review(self, session_id: int, coder: str) -> None:
        """From the queue: open the session and put that coder's layer first in the Review tab."""
        self.w.show_session(session_id)
        self.w.show_review_panel()
        panel = self.w.review_panel
        for i in range(panel.layers.topLevelItemCount()):
            item = panel.layers.topLevelItem(i)
            if item.text(0) == coder:
                panel.layers.setCurrentItem(item)
        self._say(f"Reviewing {coder}'s coding: Approve or Request changes in the Review tab")
