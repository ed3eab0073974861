"""Centre pane: the transcript table, marker highlights, and two-key coding chords (W then 1 = W1).

Rows are laid out lazily: every row starts at one line's height and only rows that come into view are measured
(heights cached per source row, for the current column widths and font), so a 5,000-turn session opens as fast
as a short one. Public row numbers (``current_row``, ``select_row``) are rows of the TranscriptModel, whatever
filter is on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from rupturetool.core.scheme import CodingScheme
from rupturetool.gui.search_bar import SearchBar
from rupturetool.gui.span_selector import SpanSelector
from rupturetool.gui.text_correction_dialog import TextCorrectionDialog
from rupturetool.gui.transcript_delegate import PAD_X, TranscriptDelegate
from rupturetool.gui.transcript_filter import TranscriptFilter
from rupturetool.gui.transcript_model import MARKERS, SPEAKER, TEXT, TURN, TranscriptModel
from rupturetool.gui.transcript_search import SearchQuery, parse_query, row_matches, subtype_codes

MIN_ZOOM, MAX_ZOOM = 8, 32


class TranscriptView(QTableView):
    """Keyboard-first: arrows move between segments; a family key then a subtype key codes the segment."""

    chord = Signal(str, str)  # family hotkey, subtype hotkey: code the current segment
    chordPending = Signal(str)  # family hotkey pressed, waiting for the subtype ("" when cancelled)
    deleteRequested = Signal()
    spanChord = Signal(str, str, int, int, int)  # family key, subtype key, turn index, start char, end char
    splitRequested = Signal(int, int, int)  # turn index, segment index, turn offset to split at
    mergeRequested = Signal(int, int)  # turn index, segment index (merged with the next segment of the turn)
    textCorrectionRequested = Signal(int, str)  # turn index, corrected text
    zoomChanged = Signal(int)  # point size

    def __init__(self, model: TranscriptModel, scheme: CodingScheme) -> None:
        super().__init__()
        self._pending: str | None = None  # set first: setModel already reports a current-index change
        self.source = model
        self.proxy = TranscriptFilter(model)
        self.setModel(self.proxy)
        self.scheme = scheme
        self._heights: dict[int, tuple[tuple, int]] = {}  # source row -> (layout key, height)
        self._fitting = False
        self.delegate = TranscriptDelegate(scheme, self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab moves to the next pane; arrows move inside the transcript
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # heights are set for visible rows only
        header = self.horizontalHeader()
        for column in (TURN, SPEAKER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MARKERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MARKERS, 150)
        header.sectionResized.connect(lambda *_: self.viewport().update())
        self.setAccessibleName("Transcript")
        self._default_point_size = self.font().pointSize() if self.font().pointSize() > 0 else 10

        model.modelReset.connect(self._after_reset)
        model.dataChanged.connect(self._rows_changed)

        self.selector = SpanSelector(scheme, self.viewport())
        self.selector.chord.connect(self._span_chord)
        self.selector.chordPending.connect(self.chordPending)
        self.selector.split.connect(self._split)
        self.selector.closed.connect(self._selector_closed)
        self.correction_dialog: TextCorrectionDialog | None = None

        self.client_only_action = self._filter_action("Client turns only", "client_only")
        self.coded_only_action = self._filter_action("Coded segments only", "coded_only")
        self.unresolved_only_action = self._filter_action("Unresolved episodes only", "unresolved_only")
        self.search_bar = SearchBar(self.filter_actions(), self)
        self.search_bar.queryChanged.connect(self.search)
        self.search_bar.nextRequested.connect(self.find_next)
        self.search_bar.previousRequested.connect(self.find_previous)
        self.search_bar.closeRequested.connect(self.hide_search)
        self._query = SearchQuery("", "")
        self._hits: list[int] = []  # source rows
        self._hit = -1
        self._fit_columns()

    # -- rows of the model, whatever the filter ----------------------------------------------------------
    def set_scheme(self, scheme: CodingScheme) -> None:
        self.scheme = scheme
        self.delegate.scheme = scheme
        self.selector.scheme = scheme
        self._pending = None

    def current_row(self) -> int:
        index = self.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        view_row = self.proxy.from_source(row)
        if view_row < 0:
            return
        self._fit_row(view_row)
        # Measure a screenful of rows above the target too: scrolling places the row by the heights above it,
        # and rows measured only at paint time would otherwise push a jump target out of view.
        key, room, above = self._layout_key(), self.viewport().height(), view_row - 1
        while above >= 0 and room > 0:
            height = self._row_height(above, key)
            if self.verticalHeader().sectionSize(above) != height:
                self.verticalHeader().resizeSection(above, height)
            room -= height
            above -= 1
        index = self.proxy.index(view_row, TEXT)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    # -- lazy row heights ----------------------------------------------------------------------------------
    def _layout_key(self) -> tuple:
        return self.columnWidth(TEXT), self.columnWidth(MARKERS), self.font().pointSizeF(), self.font().family()

    def _row_height(self, view_row: int, key: tuple) -> int:
        source_row = self.proxy.to_source(view_row)
        cached = self._heights.get(source_row)
        if cached is not None and cached[0] == key:
            return cached[1]
        height = self.delegate.row_height(
            self.source.rows[source_row], self.source.markers_at(source_row), self.font(), key[0], key[1]
        )
        self._heights[source_row] = (key, height)
        return height

    def _fit_row(self, view_row: int) -> bool:
        height = self._row_height(view_row, self._layout_key())
        if self.verticalHeader().sectionSize(view_row) != height:
            self.verticalHeader().resizeSection(view_row, height)
            return True
        return False

    def _fit_visible_rows(self) -> None:
        """Measure the rows in view (and only those); repeat while their new heights change what is in view."""
        if self._fitting or self.proxy.rowCount() == 0:
            return
        self._fitting = True
        try:
            header = self.verticalHeader()
            key = self._layout_key()
            for _ in range(6):
                first = header.logicalIndexAt(0)
                last = header.logicalIndexAt(self.viewport().height() - 1)
                if first < 0:
                    break
                if last < 0:
                    last = self.proxy.rowCount() - 1
                changed = False
                for view_row in range(first, last + 1):
                    height = self._row_height(view_row, key)
                    if header.sectionSize(view_row) != height:
                        header.resizeSection(view_row, height)
                        changed = True
                if not changed:
                    break
        finally:
            self._fitting = False

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._fit_visible_rows()
        return super().viewportEvent(event)

    def cancel_chord(self) -> None:
        """Forget a half-typed code (W pressed, subtype not yet): it must never land on another segment."""
        if self._pending is not None:
            self._pending = None
            self.chordPending.emit("")

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.cancel_chord()
        super().currentChanged(current, previous)

    def focusOutEvent(self, event) -> None:
        self.cancel_chord()
        super().focusOutEvent(event)

    def _after_reset(self) -> None:
        self.cancel_chord()
        self._heights.clear()
        self.selector.hide()
        self._fit_columns()
        if self._query.kind:
            self._run_query(keep_position=False)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, _roles=None) -> None:
        for row in range(top.row(), bottom.row() + 1):
            self._heights.pop(row, None)
        self.viewport().update()

    def _fit_columns(self) -> None:
        """Turn and Speaker columns sized from the font and the session's speakers, not by measuring every row."""
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        labels = {row.turn.speaker_label for row in self.source.rows[:: max(1, len(self.source.rows) // 400)]}
        labels |= {t.speaker_label for t in (self.source.turn(i) for i in range(3)) if t is not None}
        speaker = max((bold_metrics.horizontalAdvance(label) for label in labels), default=60)
        timed = any(row.turn.start is not None for row in self.source.rows[:50])
        turn_text = "9999  0:00:00" if timed else "9999"
        header = self.horizontalHeader()
        titles = QFontMetrics(header.font())
        badge = metrics.horizontalAdvance("✓99") + 16  # room for a comment badge left of the turn number
        for column, width in ((TURN, metrics.horizontalAdvance(turn_text) + badge), (SPEAKER, min(speaker, 220))):
            title = titles.horizontalAdvance(str(self.source.headerData(column, Qt.Orientation.Horizontal))) + 12
            header.resizeSection(column, max(width, title) + 2 * PAD_X + 4)
        self.verticalHeader().setDefaultSectionSize(self.delegate.minimum_height(self.font()))

    # -- zoom ---------------------------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self.font().pointSize()

    @zoom.setter
    def zoom(self, point_size: int) -> None:
        self.set_zoom(point_size)

    def set_zoom(self, point_size: int) -> None:
        size = max(MIN_ZOOM, min(MAX_ZOOM, int(point_size)))
        if size == self.font().pointSize():
            return
        font = QFont(self.font())
        font.setPointSize(size)
        self.setFont(font)
        self._heights.clear()
        self._fit_columns()  # also puts every row back to the new one-line height: rows in view are re-measured
        self.viewport().update()
        self.zoomChanged.emit(size)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(self._default_point_size)

    # -- span selector, split, merge, correction -------------------------------------------------------------
    def open_span_selector(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        seg_row = self.source.rows[row]
        view_row = self.proxy.from_source(row)
        top = self.rowViewportPosition(view_row)
        left = self.columnViewportPosition(TEXT)
        width = self.columnWidth(TEXT) + self.columnWidth(MARKERS)
        lines = max(
            3, min(10, len(seg_row.turn.text) // max(1, width // max(1, self.fontMetrics().averageCharWidth())) + 2)
        )
        height = min(self.viewport().height(), lines * self.fontMetrics().lineSpacing() + 12)
        top = max(0, min(top, self.viewport().height() - height))
        self.selector.setFont(self.font())
        self.selector.setGeometry(left, top, width, height)
        markers = [m for m in self.source.spans_at(row)]
        for other in self.source.rows_of_turn(seg_row.turn.index):
            markers += [m for m in self.source.spans_at(other) if m not in markers]
        self.selector.open_on(seg_row.turn, seg_row.segment, markers)

    def _span_chord(self, family_key: str, subtype_key: str, start: int, end: int) -> None:
        turn = self.selector.turn
        if turn is not None:
            self.spanChord.emit(family_key, subtype_key, turn.index, start, end)

    def _split(self, segment_index: int, at_char: int) -> None:
        if self.selector.turn is not None:
            self.splitRequested.emit(self.selector.turn.index, segment_index, at_char)

    def _selector_closed(self) -> None:
        self.setFocus()

    def request_merge(self) -> bool:
        """Ask to merge the current segment with the next segment of its turn (False if it is the turn's last)."""
        row = self.current_row()
        if row < 0 or self.source.rows[row].last_in_turn:
            return False
        seg_row = self.source.rows[row]
        self.mergeRequested.emit(seg_row.turn.index, seg_row.segment.index)
        return True

    def open_text_correction(self) -> TextCorrectionDialog | None:
        row = self.current_row()
        if row < 0:
            return None
        dialog = TextCorrectionDialog(self.source.rows[row].turn, self)
        dialog.accepted.connect(lambda: self._corrected(dialog))
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    def _corrected(self, dialog: TextCorrectionDialog) -> None:
        if dialog.changed:
            self.textCorrectionRequested.emit(dialog.turn.index, dialog.corrected_text())

    # -- filters ------------------------------------------------------------------------------------------
    def _filter_action(self, text: str, flag: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.toggled.connect(lambda on: self._set_filter(flag, on))
        return action

    def filter_actions(self) -> list[QAction]:
        return [self.client_only_action, self.coded_only_action, self.unresolved_only_action]

    def _set_filter(self, flag: str, on: bool) -> None:
        row = self.current_row()
        self.proxy.set_filters(**{flag: on})
        if row >= 0 and self.proxy.from_source(row) >= 0:
            self.select_row(row)
        elif self.proxy.rowCount():
            self.setCurrentIndex(self.proxy.index(0, TEXT))
        if self._query.kind:
            self._run_query(keep_position=True)

    def set_client_only(self, on: bool) -> None:
        self.client_only_action.setChecked(on)

    def set_coded_only(self, on: bool) -> None:
        self.coded_only_action.setChecked(on)

    def set_unresolved_only(self, on: bool) -> None:
        self.unresolved_only_action.setChecked(on)

    # -- search -------------------------------------------------------------------------------------------
    def show_search(self) -> None:
        self._place_search_bar()
        self.search_bar.show()
        self.search_bar.raise_()
        self.search_bar.edit.setFocus()
        self.search_bar.edit.selectAll()

    def hide_search(self) -> None:
        self.search_bar.hide()
        self.search("")
        self.setFocus()

    def search(self, query: str) -> None:
        self._query = parse_query(query, subtype_codes(self.source) | self._shown_subtypes())
        self._run_query(keep_position=False)

    def search_hits(self) -> list[int]:
        """Source rows matching the search, in transcript order."""
        return list(self._hits)

    def _shown_subtypes(self) -> set[str]:
        return {m.subtype.upper() for ms in self.source._by_turn.values() for m in ms}

    def _run_query(self, keep_position: bool) -> None:
        query = self._query
        self.delegate.search_text = query.value if query.highlights_text else ""
        if query.kind:
            rows = range(self.source.rowCount())
            filtered = self.proxy.active
            self._hits = [
                r
                for r in rows
                if row_matches(self.source, r, query) and (not filtered or self.proxy.from_source(r) >= 0)
            ]
        else:
            self._hits = []
        self.delegate.hit_keys = {self.source.rows[r].key for r in self._hits} if not query.highlights_text else set()
        self._hit = -1
        if self._hits and not keep_position:
            current = max(self.current_row(), 0)
            self._go_to_hit(next((i for i, r in enumerate(self._hits) if r >= current), 0))
        self.search_bar.set_count(self._hit, len(self._hits), bool(query.kind))
        self.viewport().update()

    def _go_to_hit(self, hit: int) -> None:
        self._hit = hit % len(self._hits)
        self.select_row(self._hits[self._hit])
        self.search_bar.set_count(self._hit, len(self._hits), True)

    def find_next(self) -> None:
        if self._hits:
            self._go_to_hit(self._hit + 1 if self._hit >= 0 else 0)

    def find_previous(self) -> None:
        if self._hits:
            self._go_to_hit(self._hit - 1 if self._hit >= 0 else len(self._hits) - 1)

    def _place_search_bar(self) -> None:
        hint = self.search_bar.sizeHint()
        width = min(max(hint.width(), 520), self.width() - 8)
        self.search_bar.setGeometry(
            self.width() - width - 4, self.horizontalHeader().height() + 2, width, hint.height()
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.search_bar.isVisible():
            self._place_search_bar()

    # -- keys ---------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().upper()
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier)
        if self._pending is not None:
            family, self._pending = self._pending, None
            if key == Qt.Key.Key_Escape:
                self.chordPending.emit("")
                return
            if plain and text:
                self.chord.emit(family, text)
                return
            self.chordPending.emit("")
        if plain and text and any(f.hotkey == text for f in self.scheme.families):
            self._pending = text
            self.chordPending.emit(text)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.deleteRequested.emit()
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.open_span_selector()
            return
        if event.matches(QKeySequence.StandardKey.Find):
            self.show_search()
            return
        if key == Qt.Key.Key_F3:
            self.find_previous() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else self.find_next()
            return
        if key == Qt.Key.Key_Escape and self.search_bar.isVisible():
            self.hide_search()
            return
        super().keyPressEvent(event)
