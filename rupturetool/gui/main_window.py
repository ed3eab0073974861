"""The main window: clients → sessions on the left, the transcript in the centre, the coding panel on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rupturetool import __version__
from rupturetool.core.commands import Change
from rupturetool.core.domain import Marker, RuptureEpisode, SessionDetail
from rupturetool.core.errors import ConflictError, RuptureToolError
from rupturetool.gui.coding_panel import CodingPanel
from rupturetool.gui.episode_actions import EpisodeActions
from rupturetool.gui.episode_panel import EpisodePanel
from rupturetool.gui.import_flow import ImportFlow
from rupturetool.gui.keymap import view_keys
from rupturetool.gui.live_updates import LiveUpdates, offer_reload
from rupturetool.gui.measures_panel import MeasuresPanel
from rupturetool.gui.menus import build_menus
from rupturetool.gui.review_actions import ReviewActions
from rupturetool.gui.review_panel import ReviewPanel
from rupturetool.gui.segment_view import SegmentView
from rupturetool.gui.session_edits import SessionEditsMixin
from rupturetool.gui.session_strip import SessionStrip
from rupturetool.gui.session_tree import SESSION_ID_ROLE, SessionTreeModel
from rupturetool.gui.settings import gui_settings
from rupturetool.gui.shortcuts_window import ShortcutsWindow, groups_from_menus
from rupturetool.gui.side_windows import SideWindowsMixin
from rupturetool.gui.speakers_dialog import SpeakersDialog
from rupturetool.gui.suggestion_actions import SuggestionActions
from rupturetool.gui.suggestion_bar import SuggestionBar
from rupturetool.gui.transcript_model import TranscriptModel
from rupturetool.gui.transcript_view import TranscriptView
from rupturetool.gui.undo_keys import pass_undo_keys_to_window
from rupturetool.gui.window_navigation import NavigationMixin
from rupturetool.gui.window_review import ReviewWindowMixin
from rupturetool.services.project import Project

EMPTY_TEXT = (
    "<h3>No session open</h3><p>Choose a session on the left.</p>"
    "<p>To add sessions, use <b>File → Import transcripts…</b> (Ctrl+I), drop files on this window, or run<br>"
    "<code>rupturetool import FILE --client CODE</code><br>"
    "or explore the fictional demo caseload: <code>rupturetool demo</code></p>"
)


class MainWindow(NavigationMixin, SessionEditsMixin, ReviewWindowMixin, SideWindowsMixin, QMainWindow):
    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.session_id: int | None = None
        self.detail: SessionDetail | None = None
        self.markers: list[Marker] = []
        self.episodes: list[RuptureEpisode] = []
        self.settings = gui_settings(project.location)
        self.setWindowTitle(f"rupturetool — {project.location}")
        self.resize(1360, 820)

        self.tree_model = SessionTreeModel()
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName("Clients and sessions")
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.activated.connect(lambda _i: self.view.setFocus())

        self.model = TranscriptModel(project.scheme)
        self.view = TranscriptView(self.model, project.scheme)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.view.chord.connect(self._chord)
        self.view.chordPending.connect(self._chord_pending)
        self.view.deleteRequested.connect(self.remove_last_marker)
        self.view.spanChord.connect(self._span_chord)
        self.view.splitRequested.connect(self._split_segment)
        self.view.mergeRequested.connect(self._merge_segments)
        self.view.textCorrectionRequested.connect(self._correct_text)
        self.view.zoomChanged.connect(lambda pt: self.settings.setValue("view/zoom", pt))
        self.strip = SessionStrip()
        self.strip.turnClicked.connect(self.go_to_turn)
        self.segments = SegmentView()
        self.segments.rateRequested.connect(self._rate_slice)
        self.segments.tickRequested.connect(self._tick_slice)
        self.segments.turnRequested.connect(self._segment_turn)
        self.centre_tabs = QTabWidget()
        self.centre_tabs.addTab(self.view, "&Transcript")
        self.centre_tabs.addTab(self.segments, "&5-minute segments (3RS)")
        self.centre_tabs.currentChanged.connect(lambda _i: self._refresh_segments())
        workbench = QWidget()
        column = QVBoxLayout(workbench)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.strip)
        self.suggestion_bar = SuggestionBar()
        self.suggestion_bar.hide()
        column.addWidget(self.suggestion_bar)
        column.addWidget(self.centre_tabs, stretch=1)
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.empty)
        self.centre.addWidget(workbench)
        self.workbench = workbench

        self.panel = CodingPanel(project.schemes.all(), project.scheme)
        self.panel.subtypeChosen.connect(self.tag)
        self.panel.removeRequested.connect(self.remove_marker_id)
        self.panel.schemeChosen.connect(self.switch_scheme)
        self.episode_panel = EpisodePanel()
        self.measures_panel = MeasuresPanel()
        self.measures_panel.measureChanged.connect(self._measure_changed)
        pass_undo_keys_to_window(self.panel)
        pass_undo_keys_to_window(self.measures_panel)
        self.side = QTabWidget()
        self.side.addTab(self.panel, "Code")
        self.side.addTab(self.episode_panel, "Episodes")
        self.side.addTab(self.measures_panel, "Measures")
        self.review_panel = ReviewPanel()
        self.side.addTab(self.review_panel, "Review")
        self.side.currentChanged.connect(
            lambda _i: self.review_actions.refresh() if self.side.currentWidget() is self.review_panel else None
        )

        self.splitter = QSplitter()
        for widget, stretch in ((self.tree, 0), (self.centre, 1), (self.side, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([300, 660, 400])
        self.setCentralWidget(self.splitter)

        self.importer = ImportFlow(self, project, self._current_client, self._imported)
        self.speakers_dialog_factory = SpeakersDialog
        self.episode_actions = EpisodeActions(self)
        self.review_actions = ReviewActions(self)
        self.suggestion_actions = SuggestionActions(self)
        self.live_updates = LiveUpdates(self)  # others' changes to the open session appear as they happen
        self.conflict_box: QMessageBox | None = None
        self._windows: list[QWidget] = []  # timeline windows stay open beside the main one
        self.setAcceptDrops(True)

        self.where = QLabel()
        self.statusBar().addPermanentWidget(self.where)
        self.update_identity()
        zoom = self.settings.value("view/zoom")
        if zoom is not None and str(zoom).isdigit():
            self.view.set_zoom(int(zoom))
        build_menus(self)
        self._update_undo_actions()
        self.refresh_tree()
        self._open_last_session()
        self.view.setFocus()  # keyboard-first: arrows and coding keys work at once

    # -- panes and keys -----------------------------------------------------------------------------------
    def next_pane(self) -> None:
        order: list[QWidget] = [self.tree, self.strip, self.view, self.side]
        current = next((i for i, w in enumerate(order) if w.hasFocus() or w.isAncestorOf(self.focusWidget())), -1)
        target = order[(current + 1) % len(order)]
        if target is self.view:
            self.focus_transcript()
        elif target is self.side:
            self.side.currentWidget().setFocus()
            self.side.currentWidget().focusNextChild()
        else:
            target.setFocus()

    def focus_transcript(self) -> None:
        self.centre_tabs.setCurrentWidget(self.view)
        self.view.setFocus()

    def show_side(self, index: int) -> None:
        self.side.setCurrentIndex(index)
        self.side.currentWidget().setFocus()
        if index == 0:
            self.panel.codes.setFocus()

    def show_episode_panel(self) -> None:
        self.side.setCurrentWidget(self.episode_panel)

    def show_measures(self) -> None:
        self.side.setCurrentWidget(self.measures_panel)
        first = next(iter(self.measures_panel.fields.values()), None)
        if first is not None:
            first.setFocus()

    def toggle_segments(self) -> None:
        on_segments = self.centre_tabs.currentWidget() is self.segments
        self.centre_tabs.setCurrentWidget(self.view if on_segments else self.segments)
        (self.view if on_segments else self.segments.table).setFocus()

    def set_significance(self, value: int) -> None:
        self.panel.significance.setValue(value)
        self.statusBar().showMessage(f"Significance for the next marker: {value}", 3000)

    def toggle_actor(self) -> None:
        self.statusBar().showMessage(f"Actor for the next marker: {self.panel.toggle_actor()}", 3000)

    def focus_note(self) -> None:
        self.show_side(0)
        self.panel.note.setFocus()

    def show_keys(self) -> None:
        menus = [a.menu() for a in self.menuBar().actions() if a.menu() is not None]
        ShortcutsWindow(groups_from_menus(menus), view_keys(self.project.scheme), self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About rupturetool",
            f"<h3>rupturetool {__version__}</h3><p>Alliance ruptures and their repair in psychotherapy: "
            "markers, episodes and Safran–Muran resolution stages.</p><p>Your data stays on this computer or your "
            "clinic's server: rupturetool makes no network connections.</p>",
        )

    def _row_changed(self) -> None:
        self._show_segment_markers()
        turn = self.current_turn()
        self.strip.set_current_turn(turn)
        self.episode_panel.set_current_turn(turn)
        ids = {m.id for m in self.model.markers_at(self.view.current_row())}
        episode = next((e for e in self.episodes if ids & set(e.marker_ids)), None)
        if episode is not None and episode.id is not None:
            self.episode_panel.select_episode(episode.id)
        if self.session_id is not None:
            self.settings.setValue("last/row", self.view.current_row())
            if turn is not None:
                self.review_panel.follow_turn(turn)

    # -- sessions -----------------------------------------------------------------------------------------
    def refresh_tree(self) -> None:
        self.tree_model.load(self.project.clients(), self.project.sessions())
        self.tree.expandAll()
        for column in range(self.tree_model.columnCount()):
            self.tree.resizeColumnToContents(column)
        if self.session_id is not None:
            index = self.tree_model.index_of_session(self.session_id)
            if index is not None:
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(index)
                self.tree.selectionModel().blockSignals(False)

    def _open_last_session(self) -> None:
        """Reopen where the coder left off (the session and segment), else the first session."""
        sessions = self.project.sessions()
        if not sessions:
            self.centre.setCurrentWidget(self.empty)
            return
        last = self.settings.value("last/session")
        ids = {s.id for s in sessions}
        session_id = int(last) if last is not None and str(last).isdigit() and int(last) in ids else sessions[0].id
        row = self.settings.value("last/row") if session_id == (int(last) if last else None) else None
        self.tree.setCurrentIndex(self.tree_model.index_of_session(session_id))
        if row is not None and str(row).lstrip("-").isdigit():
            self.view.select_row(int(row))

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session_id = current.data(SESSION_ID_ROLE)
        if session_id is not None and session_id != self.session_id:
            self.open_session(int(session_id))

    def open_session(self, session_id: int) -> None:
        try:
            detail = self.project.session(session_id)
            markers = self.project.markers(session_id)
            episodes = self.project.episodes(session_id)
        except RuptureToolError as exc:
            self._error(exc)
            return
        self.session_id, self.detail, self.markers, self.episodes = session_id, detail, markers, episodes
        self.settings.setValue("last/session", session_id)
        self.view.delegate.show_coders = len({m.coder for m in markers}) > 1
        self.model.load(detail, markers)
        self._show_annotations()
        self._refresh_measures()
        self._refresh_segments()
        self.review_actions.refresh()
        self.suggestion_actions.session_changed()
        self.centre.setCurrentWidget(self.workbench)
        self.view.select_row(0)
        s = detail.session
        self.statusBar().showMessage(
            f"{s.client_code} session {s.number or '?'} ({s.date or 'no date'}): {len(detail.turns)} turns, "
            f"{self.model.rowCount()} segments, {len(markers)} markers, {len(episodes)} episodes",
            5000,
        )

    def _show_annotations(self) -> None:
        """Markers and episodes changed: every pane that shows them is refreshed from the stored state."""
        if self.detail is None:
            return
        scheme = self.project.scheme
        self.strip.set_data(self.detail.turns, self.markers, self.episodes, scheme)
        self.strip.set_current_turn(self.current_turn())
        self.episode_panel.set_data(self.episodes, self.markers, scheme, self.current_turn())
        self.model.set_episodes(self.episodes)

    def _refresh_measures(self) -> None:
        if self.session_id is not None:
            values = {m.name: m.value for m in self.project.measures(self.session_id, coder=self.project.layer)}
            self.measures_panel.set_values(values)

    def _refresh_segments(self) -> None:
        """The 3RS view is filled only while it is shown: coding in the transcript does not pay for it."""
        if self.session_id is None or self.detail is None or self.centre_tabs.currentWidget() is not self.segments:
            return
        own = [m for m in self.markers if m.coder == self.project.layer]  # one coder's layer, never mixed
        self.segments.set_data(
            self.project.five_minute_slices(self.session_id),
            own,
            self.project.slice_codes(self.session_id, coder=self.project.layer),
            [e for e in self.episodes if e.coder == self.project.layer],
            self.project.scheme,
            self.project.slice_consistency(self.session_id),
        )

    def reload(self) -> None:
        self.live_updates.mark = self.project.change_mark()  # what is read now needs no news of earlier changes
        self.project.forget_cached()
        self.refresh_tree()
        if self.session_id is not None:
            row = self.view.current_row()
            session_id, self.session_id = self.session_id, None
            self.open_session(session_id)
            self.view.select_row(row)

    def marker_text(self, marker: Marker) -> str:
        if self.detail is None or not 0 <= marker.turn_index < len(self.detail.turns):
            return ""
        return " ".join(self.detail.turns[marker.turn_index].text[marker.start_char : marker.end_char].split())

    def show_session(self, session_id: int) -> None:
        index = self.tree_model.index_of_session(session_id)
        if index is not None:
            self.tree.setCurrentIndex(index)
            self.raise_()
            self.activateWindow()

    # -- import -------------------------------------------------------------------------------------------
    def _current_client(self) -> str:
        return self.detail.session.client_code if self.detail is not None else ""

    def _imported(self, results: list) -> None:
        self.refresh_tree()
        if results:
            first = results[0].session
            self.tree.setCurrentIndex(self.tree_model.index_of_session(first.id))
            warnings = sum(len(r.warnings) for r in results)
            self.statusBar().showMessage(
                f"Imported {len(results)} session(s) for {first.client_code}"
                + (f" — {warnings} warnings to check" if warnings else ""),
                8000,
            )

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.start(paths)

    # -- coding -------------------------------------------------------------------------------------------
    def _chord_pending(self, family_key: str) -> None:
        if not family_key:
            self.statusBar().showMessage("Coding cancelled", 2000)
            return
        family = next(f for f in self.project.scheme.families if f.hotkey == family_key)
        keys = "/".join(s.hotkey for s in family.subtypes)
        self.statusBar().showMessage(f"{family.name}: press {keys} for the subtype, Esc to cancel")

    def _chord(self, family_key: str, subtype_key: str) -> None:
        sub = self.project.scheme.subtype_for_keys(family_key, subtype_key)
        if sub is None:
            self.statusBar().showMessage(f"No subtype on keys {family_key} {subtype_key}", 4000)
            return
        self.tag(sub.code)

    def tag(self, subtype: str) -> None:
        """Code the selected segment; stored at once as one transaction."""
        row = self.view.current_row()
        if self.session_id is None or row < 0:
            self.statusBar().showMessage("Select a segment first", 4000)
            return
        seg_row = self.model.rows[row]
        self.tag_span(
            subtype,
            seg_row.turn.index,
            seg_row.segment.start_char,
            seg_row.segment.end_char,
            segment_index=seg_row.segment.index,
        )

    def tag_span(
        self, subtype: str, turn_index: int, start: int, end: int, *, segment_index: int | None = None
    ) -> None:
        """Code any character span of a turn (a whole segment passes its index so it stays anchored to it)."""
        if self.session_id is None:
            return
        try:
            marker = self.project.new_marker(
                self.session_id,
                turn_index,
                subtype,
                segment_index=segment_index,
                span=(start, end),
                significance=self.panel.significance.value(),
                note=self.panel.take_note(),
                actor=self.panel.actor_value(),
            )
        except RuptureToolError as exc:
            self._error(exc)
            return
        self.apply(lambda: self.project.add_marker(marker))

    def _span_chord(self, family_key: str, subtype_key: str, turn_index: int, start: int, end: int) -> None:
        sub = self.project.scheme.subtype_for_keys(family_key, subtype_key)
        if sub is None:
            self.statusBar().showMessage(f"No subtype on keys {family_key} {subtype_key}", 4000)
            return
        turn = self.model.turn(turn_index)
        seg = turn.segment_at(start) if turn is not None else None
        whole = seg is not None and (seg.start_char, seg.end_char) == (start, end)
        self.tag_span(sub.code, turn_index, start, end, segment_index=seg.index if whole and seg else None)

    def _own_last_marker(self) -> Marker | None:
        own = [m for m in self.model.markers_at(self.view.current_row()) if m.coder == self.project.layer]
        return own[-1] if own else None

    def remove_last_marker(self) -> None:
        marker = self._own_last_marker()
        if marker is None:
            self.statusBar().showMessage("You have no marker on this segment", 4000)
            return
        self._remove(marker)

    def restate_significance(self, value: int) -> None:
        marker = self._own_last_marker()
        if marker is None or marker.id is None:
            self.statusBar().showMessage("You have no marker on this segment", 4000)
            return
        marker_id = marker.id
        self.apply(lambda: self.project.edit_marker(marker_id, significance=value))

    def remove_marker_id(self, marker_id: int) -> None:
        marker = next((m for m in self.model.markers_at(self.view.current_row()) if m.id == marker_id), None)
        if marker is not None:
            self._remove(marker)

    def _remove(self, marker: Marker) -> None:
        self.apply(lambda: self.project.remove_marker(marker))

    def undo(self) -> None:
        self.apply(self.project.undo)

    def redo(self) -> None:
        self.apply(self.project.redo)

    # -- every edit goes through here ---------------------------------------------------------------------
    def apply(self, operation) -> None:
        """Run one stored, undoable operation and refresh exactly what its Change says changed."""
        try:
            change: Change | None = operation()
        except ConflictError as exc:
            self._update_undo_actions()  # an undo step that can never be undone was dropped
            offer_reload(self, exc)
            return
        except RuptureToolError as exc:
            self._error(exc)
            self._refresh_measures()  # a refused measure shows the stored value again
            return
        self._update_undo_actions()
        if change is None:
            return
        if change.session_id is not None and change.session_id != self.session_id:
            self.show_session(change.session_id)  # undo of an edit made in another session: show it there
        elif self.session_id is not None:
            self._refresh_after(change)
        if change.markers or change.episodes:
            self.show_counts()
        self.statusBar().showMessage(f"{change.description} · saved" if change.stored else change.description, 5000)

    def _refresh_after(self, change: Change) -> None:
        assert self.session_id is not None
        row = self.view.current_row()
        if change.transcript:
            session_id, self.session_id = self.session_id, None
            self.open_session(session_id)
            self.view.select_row(row)
            return
        if change.markers:
            self.markers = self.project.markers(self.session_id)
            self.view.delegate.show_coders = len({m.coder for m in self.markers}) > 1
            self.model.set_markers(self.markers)
            self.view.select_row(row)
            self._show_segment_markers()
        if change.episodes or change.markers:
            self.episodes = self.project.episodes(self.session_id)
            self._show_annotations()
        if change.measures:
            self._refresh_measures()
        self._refresh_segments()
        if self.supervision_changed(change):
            self.review_actions.refresh()

    def show_counts(self) -> None:
        """The open session's marker and episode counts in the session tree, from what the window holds."""
        if self.session_id is not None:
            own = sum(m.coder == self.project.layer for m in self.markers)
            self.tree_model.set_counts(self.session_id, len(self.markers), len(self.episodes), own)

    def _update_undo_actions(self) -> None:
        undo, redo = self.project.history.undo_label, self.project.history.redo_label
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(f"&Undo {undo}" if undo else "&Undo")
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(f"&Redo {redo}" if redo else "&Redo")

    def _show_segment_markers(self) -> None:
        self.panel.show_markers(self.model.markers_at(self.view.current_row()))

    def switch_scheme(self, scheme_id: str) -> None:
        try:
            scheme = self.project.use_scheme(scheme_id)
        except RuptureToolError as exc:
            self._error(exc)
            return
        self.panel.set_scheme(scheme)
        self.view.set_scheme(scheme)
        self.model.set_scheme(scheme)
        self._show_annotations()
        self._refresh_segments()
        self.statusBar().showMessage(f"Coding with {scheme.name}", 4000)

    # -- dialogs ------------------------------------------------------------------------------------------
    def _error(self, exc: Exception) -> None:
        self.statusBar().showMessage(str(exc), 8000)
        QMessageBox.warning(self, "rupturetool", str(exc))

    def closeEvent(self, event) -> None:
        self.measures_panel.commit_pending()  # a value typed but not confirmed is on screen: keep it
        self.project.close()
        super().closeEvent(event)
