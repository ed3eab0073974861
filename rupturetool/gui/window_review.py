"""The main window's supervision views: the Review tab, who is coding (and into which layer), the comparison of two
coders, the review report and the identifier scan. Actions that change data live in ``review_actions``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rupturetool.core.commands import Change
from rupturetool.core.review import CONSENSUS

if TYPE_CHECKING:
    from rupturetool.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class ReviewWindowMixin(_Base):
    def show_review_panel(self, focus: bool = True) -> None:
        self.side.setCurrentWidget(self.review_panel)
        if focus:
            self.review_panel.comments.setFocus()

    def update_identity(self) -> None:
        """The status bar says who is coding, as what, and into which layer."""
        me = self.project.current_coder()
        layer = " · coding into the CONSENSUS layer" if self.project.layer == CONSENSUS else ""
        self.where.setText(f"{self.project.location}  ·  coder: {me.name} ({me.role}){layer}")

    def supervision_changed(self, change: Change) -> bool:
        """Whether ``change`` touched reviews, comments, assignments or roles; review status also shows in the tree."""
        flags = {name: getattr(change, name, False) for name in ("reviews", "comments", "assignments", "coders")}
        if flags["reviews"] or flags["assignments"]:
            self.refresh_tree()  # status badges; a blind coder's counts change when they submit
        # Markers and episodes only change the Review tab's list of layers: refresh it when it is on screen (and
        # when it is shown, see main_window), not on every coding keystroke.
        shown = self.side.currentWidget() is self.review_panel
        return any(flags.values()) or (shown and (change.markers or change.episodes))

    def compare_coders(self) -> None:
        if self.session_id is None:
            self.statusBar().showMessage("Open a session first", 4000)
            return
        from rupturetool.gui.comparison_window import ComparisonWindow

        window = ComparisonWindow(self.project, self.session_id)
        window.goToTurn.connect(self._compare_go)
        window.editInConsensus.connect(self._edit_in_consensus)
        window.changed.connect(self._comparison_changed)
        self.keep_window(window)

    def _compare_go(self, session_id: int, turn_index: int, segment_index: int) -> None:
        if session_id != self.session_id:
            self.show_session(session_id)
        row = self.model.row_of(turn_index, segment_index)
        if row >= 0:
            self.raise_()
            self.activateWindow()
            self.focus_transcript()
            self.view.select_row(row)

    def _edit_in_consensus(self, session_id: int, turn_index: int, segment_index: int) -> None:
        self.consensus_action.setChecked(True)  # → review_actions.use_consensus
        if self.project.layer == CONSENSUS:
            self._compare_go(session_id, turn_index, segment_index)
            self.statusBar().showMessage("Coding into the consensus layer: code this segment, then go back", 6000)

    def _comparison_changed(self, change: Change) -> None:
        """An adjudication in the comparison window: it is on the same undo history, so Edit → Undo undoes it."""
        self._update_undo_actions()
        if self.session_id is not None and change.session_id == self.session_id:
            self._refresh_after(change)

    def review_report(self) -> None:
        if self.session_id is None:
            self.statusBar().showMessage("Open a session first", 4000)
            return
        from rupturetool.gui.report_actions import preview_review_report

        # The coder's own layer when they coded the session; otherwise the layer chosen in the Review tab (a
        # supervisor preparing a meeting about someone else's coding).
        own = any(m.coder == self.project.layer for m in self.markers)
        coder = self.project.layer if own else self.review_panel.current_layer()
        preview_review_report(self, self.project, self.session_id, coder)

    def find_identifiers(self) -> None:
        """Session → Find identifiers: the PII scan; redacting is one undoable edit through ``apply``."""
        if self.session_id is None:
            self.statusBar().showMessage("Open a session first", 4000)
            return
        from rupturetool.gui.pii_dialog import PiiDialog

        session_id = self.session_id
        dialog = PiiDialog(self.project, session_id, self)
        dialog.redact_requested.connect(lambda hits: self.apply(lambda: self.project.redact(session_id, hits)))
        self.keep_window(dialog)
