"""The main window: clients → sessions on the left, the transcript in the centre, the coding panel on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from rupturetool import __version__
from rupturetool.core.commands import Change
from rupturetool.core.domain import Marker
from rupturetool.core.errors import RuptureToolError
from rupturetool.gui.coding_panel import CodingPanel
from rupturetool.gui.import_flow import ImportFlow
from rupturetool.gui.session_tree import SESSION_ID_ROLE, SessionTreeModel
from rupturetool.gui.speakers_dialog import SpeakersDialog
from rupturetool.gui.transcript_model import TranscriptModel
from rupturetool.gui.transcript_view import TranscriptView
from rupturetool.services.project import Project

EMPTY_TEXT = (
    "<h3>No session open</h3><p>Choose a session on the left.</p>"
    "<p>To add sessions, use <b>File → Import transcripts…</b> (Ctrl+I), drop files on this window, or run<br>"
    "<code>rupturetool import FILE --client CODE</code><br>"
    "or explore the fictional demo caseload: <code>rupturetool demo</code></p>"
)


class MainWindow(QMainWindow):
    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.session_id: int | None = None
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
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_segment_markers())
        self.view.chord.connect(self._chord)
        self.view.chordPending.connect(self._chord_pending)
        self.view.deleteRequested.connect(self.remove_last_marker)
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.empty)
        self.centre.addWidget(self.view)

        self.panel = CodingPanel(project.schemes.all(), project.scheme)
        self.panel.subtypeChosen.connect(self.tag)
        self.panel.removeRequested.connect(self.remove_marker_id)
        self.panel.schemeChosen.connect(self.switch_scheme)

        splitter = QSplitter()
        for widget, stretch in ((self.tree, 0), (self.centre, 1), (self.panel, 0)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([300, 720, 340])
        self.setCentralWidget(splitter)

        self.importer = ImportFlow(self, project, self._current_client, self._imported)
        self.speakers_dialog_factory = SpeakersDialog
        self._windows: list[QWidget] = []  # timeline windows stay open beside the main one
        self.setAcceptDrops(True)

        self.where = QLabel(f"{project.location}  ·  coder: {project.coder}")
        self.statusBar().addPermanentWidget(self.where)
        self._build_menus()
        self.refresh_tree()
        self._open_first_session()
        self.view.setFocus()  # keyboard-first: arrows and coding keys work at once

    # -- menus and keys -----------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&Import transcripts…", self.importer.choose_files, "Ctrl+I")
        self._action(file_menu, "&Reload", self.reload, QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu("&Edit")
        self.undo_action = self._action(edit, "&Undo", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, "&Redo", self.redo)
        # The platform's standard redo key differs (Ctrl+Y, Ctrl+Shift+Z): accept both everywhere.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addSeparator()
        self._action(edit, "Remove my last marker on the segment", self.remove_last_marker)

        session_menu = bar.addMenu("&Session")
        self._action(session_menu, "Speaker &roles…", self.edit_speakers)
        session_menu.addSeparator()
        self._action(session_menu, "Apply suggested &OCR corrections ('| guess' → 'I guess')", self.apply_ocr)
        self._action(session_menu, "Re&vert text corrections (back to the imported text)", self.revert_corrections)

        coding = bar.addMenu("&Coding")
        for value in range(1, 6):
            self._action(
                coding, f"Significance {value}", lambda _=False, v=value: self._set_significance(v), f"Ctrl+{value}"
            )

        view = bar.addMenu("&View")
        self._action(view, "Next pane", self._next_pane, "F6")
        self._action(view, "Sessions", lambda: self.tree.setFocus(), "Ctrl+Shift+S")
        self._action(view, "Transcript", lambda: self.view.setFocus(), "Ctrl+Shift+T")
        view.addSeparator()
        self._action(view, "Client &timeline", self.show_timeline, "F7")
        self._action(view, "&Caseload", self.show_caseload, "F8")

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self._show_keys, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, "&About rupturetool", self._about)
        self._update_undo_actions()

    def _next_pane(self) -> None:
        order: list[QWidget] = [self.tree, self.view, self.panel.scheme_box]
        current = next((i for i, w in enumerate(order) if w.hasFocus() or w.isAncestorOf(self.focusWidget())), -1)
        order[(current + 1) % len(order)].setFocus()

    def _set_significance(self, value: int) -> None:
        self.panel.significance.setValue(value)
        self.statusBar().showMessage(f"Significance for the next marker: {value}", 3000)

    # -- sessions -----------------------------------------------------------------------------------------
    def refresh_tree(self) -> None:
        self.tree_model.load(self.project.clients(), self.project.sessions())
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        if self.session_id is not None:
            index = self.tree_model.index_of_session(self.session_id)
            if index is not None:
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(index)
                self.tree.selectionModel().blockSignals(False)

    def _open_first_session(self) -> None:
        sessions = self.project.sessions()
        if sessions:
            index = self.tree_model.index_of_session(sessions[0].id)
            self.tree.setCurrentIndex(index)
        else:
            self.centre.setCurrentWidget(self.empty)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session_id = current.data(SESSION_ID_ROLE)
        if session_id is not None:
            self.open_session(int(session_id))

    def open_session(self, session_id: int) -> None:
        try:
            detail = self.project.session(session_id)
            markers = self.project.markers(session_id)
        except RuptureToolError as exc:
            self._error(exc)
            return
        self.session_id = session_id
        self.model.load(detail, markers)
        self.centre.setCurrentWidget(self.view)
        self.view.select_row(0)
        s = detail.session
        self.statusBar().showMessage(
            f"{s.client_code} session {s.number or '?'} ({s.date or 'no date'}): {len(detail.turns)} turns, "
            f"{self.model.rowCount()} segments, {len(markers)} markers",
            5000,
        )

    def reload(self) -> None:
        self.refresh_tree()
        if self.session_id is not None:
            row = self.view.current_row()
            self.open_session(self.session_id)
            self.view.select_row(row)

    def show_timeline(self) -> None:
        """The open session's client across sessions (matplotlib loads only now: start-up stays fast)."""
        client = self._current_client()
        if not client:
            self.statusBar().showMessage("Open a session of the client first", 4000)
            return
        from rupturetool.gui.timeline_window import TimelineWindow

        window = TimelineWindow(self.project, client)
        window.openSession.connect(self.show_session)
        window.show()
        self._windows.append(window)

    def show_caseload(self) -> None:
        from rupturetool.gui.caseload_window import CaseloadWindow

        window = CaseloadWindow(self.project)
        window.openClient.connect(self.show_client_timeline)
        window.show()
        self._windows.append(window)

    def show_client_timeline(self, client: str) -> None:
        sessions = self.project.sessions(client)
        if sessions:
            self.show_session(sessions[0].id)
            self.show_timeline()

    def show_session(self, session_id: int) -> None:
        index = self.tree_model.index_of_session(session_id)
        if index is not None:
            self.tree.setCurrentIndex(index)
            self.raise_()
            self.activateWindow()

    def edit_speakers(self) -> None:
        if self.session_id is None:
            return
        speakers = self.project.session(self.session_id).session.speakers
        dialog = self.speakers_dialog_factory(speakers, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = {label: role for label, role in dialog.roles().items() if speakers.get(label) is not role}
        try:
            self.project.set_speaker_roles(self.session_id, changed)
        except RuptureToolError as exc:
            self._error(exc)
            return
        self.reload()
        self.statusBar().showMessage(f"Speaker roles saved ({len(changed)} changed)", 5000)

    def apply_ocr(self) -> None:
        self._change_text(self.project.apply_ocr_corrections, "corrected")

    def revert_corrections(self) -> None:
        self._change_text(self.project.revert_corrections, "restored to the imported text")

    def _change_text(self, operation, done: str) -> None:
        if self.session_id is None:
            return
        try:
            changed = operation(self.session_id)
        except RuptureToolError as exc:
            self._error(exc)
            return
        self.reload()
        self.statusBar().showMessage(f"{changed} turns {done} · saved", 6000)

    # -- import -------------------------------------------------------------------------------------------
    def _current_client(self) -> str:
        if self.session_id is None or not self.model.rows:
            return ""
        return self.project.session(self.session_id).session.client_code

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
        try:
            marker = self.project.new_marker(
                self.session_id,
                seg_row.turn.index,
                subtype,
                segment_index=seg_row.segment.index,
                span=(seg_row.segment.start_char, seg_row.segment.end_char),
                significance=self.panel.significance.value(),
                note=self.panel.take_note(),
            )
            self._apply(lambda: self.project.add_marker(marker))
        except RuptureToolError as exc:
            self._error(exc)

    def remove_last_marker(self) -> None:
        own = [m for m in self.model.markers_at(self.view.current_row()) if m.coder == self.project.coder]
        if not own:
            self.statusBar().showMessage("You have no marker on this segment", 4000)
            return
        self._remove(own[-1])

    def remove_marker_id(self, marker_id: int) -> None:
        marker = next((m for m in self.model.markers_at(self.view.current_row()) if m.id == marker_id), None)
        if marker is not None:
            self._remove(marker)

    def _remove(self, marker: Marker) -> None:
        self._apply(lambda: self.project.remove_marker(marker))

    def undo(self) -> None:
        self._apply(self.project.undo)

    def redo(self) -> None:
        self._apply(self.project.redo)

    def _apply(self, operation) -> None:
        try:
            change: Change | None = operation()
        except RuptureToolError as exc:
            self._error(exc)
            return
        self._update_undo_actions()
        if change is None:
            return
        if change.session_id is not None and change.session_id != self.session_id:
            self.open_session(change.session_id)
        elif change.markers and self.session_id is not None:
            row = self.view.current_row()
            self.model.set_markers(self.project.markers(self.session_id))
            self.view.select_row(row)
            self._show_segment_markers()
        self.refresh_tree()
        self.statusBar().showMessage(f"{change.description} · saved", 5000)

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
        self.statusBar().showMessage(f"Coding with {scheme.name}", 4000)

    # -- dialogs ------------------------------------------------------------------------------------------
    def _error(self, exc: Exception) -> None:
        self.statusBar().showMessage(str(exc), 8000)
        QMessageBox.warning(self, "rupturetool", str(exc))

    def _show_keys(self) -> None:
        rows = "".join(
            f"<tr><td><b>{f.hotkey}</b> then <b>{s.hotkey}</b></td><td>{s.code} {s.name}</td></tr>"
            for f in self.project.scheme.families
            for s in f.subtypes
        )
        QMessageBox.information(
            self,
            "Keyboard shortcuts",
            "<p><b>↑/↓</b> move between segments · <b>F6</b> next pane · <b>Ctrl+1…5</b> significance of the next "
            "marker · <b>Del</b> remove your last marker on the segment · <b>Ctrl+Z</b>/<b>Ctrl+Shift+Z</b> undo/"
            f"redo</p><table>{rows}</table>",
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About rupturetool",
            f"<h3>rupturetool {__version__}</h3><p>Alliance ruptures and their repair in psychotherapy: "
            "markers, episodes and Safran–Muran resolution stages.</p><p>Your data stays on this computer or your "
            "clinic's server: rupturetool makes no network connections.</p>",
        )

    def closeEvent(self, event) -> None:
        self.project.close()
        super().closeEvent(event)
