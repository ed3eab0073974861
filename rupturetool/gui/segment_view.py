"""The 3RS segment view: a session in 5-minute segments, rated and ticked per segment as the 3RS manual codes.

One row per :class:`TimeSlice`. Family columns come from the scheme (3RS: withdrawal, confrontation) and hold
the segment's 1–5 significance; then the markers on the text in the segment, the codes ticked at segment level
with no span code behind them, and the resolution strategies on the text. The widget only shows data and emits
intents (``rateRequested``, ``tickRequested``, ``turnRequested``); whoever owns the ``Project`` stores the change
and calls ``set_data`` again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import Marker, RuptureEpisode, SliceCode
from rupturetool.core.scheme import CodingScheme
from rupturetool.core.timeslices import WORDS_PER_MINUTE, TimeSlice
from rupturetool.gui import theme

SEGMENT = 0  # then one column per family, then MARKERS, TICKED, STRATEGIES (offsets from the family count)
ESTIMATED_TEXT = (
    f"Segments estimated from speaking time at {WORDS_PER_MINUTE} words a minute — the transcript has no timestamps"
)
TIMED_TEXT = "Segments from timestamps"
SLICE_ROLE = Qt.ItemDataRole.UserRole + 40  # the row's slice index
CODES_ROLE = Qt.ItemDataRole.UserRole + 41  # a cell's codes as a list (markers, ticked, strategies columns)

Index = QModelIndex | QPersistentModelIndex


def counted(codes: Counter[str], order: Sequence[str]) -> str:
    """ "W1×2 C3": codes in scheme order (unknown codes last), with a count when there is more than one."""
    rank = {code: i for i, code in enumerate(order)}
    ordered = sorted(codes, key=lambda c: (rank.get(c, len(rank)), c))
    return " ".join(f"{c}×{codes[c]}" if codes[c] > 1 else c for c in ordered)


def issue_slices(issue: str, slices: Sequence[TimeSlice]) -> list[int]:
    """The slices an issue names, by their label ("5–10 min"; a plain hyphen is accepted too)."""
    found = []
    for time_slice in slices:
        label = f"{time_slice.start_minute:g}[–-]{time_slice.end_minute:g} min"
        if re.search(rf"(?<![\d.]){label}", issue):
            found.append(time_slice.index)
    return found


@dataclass
class SegmentRow:
    """Everything one table row shows, computed once in ``set_data``."""

    time_slice: TimeSlice
    ratings: dict[str, int] = field(default_factory=dict)  # family code -> significance
    markers: Counter[str] = field(default_factory=Counter)  # subtype code -> markers on the text
    strategies: Counter[str] = field(default_factory=Counter)  # strategy code -> events on the text
    ticked: set[str] = field(default_factory=set)  # codes ticked at segment level (span-coded or not)
    issues: list[str] = field(default_factory=list)

    @property
    def span_codes(self) -> set[str]:
        return set(self.markers) | set(self.strategies)

    @property
    def first_turn(self) -> int | None:
        return min(self.time_slice.turns, default=None)


class SegmentModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SegmentRow] = []
        self.scheme: CodingScheme | None = None
        self.families: list[str] = []
        self.code_order: list[str] = []

    # column layout, from the scheme's families
    @property
    def markers_column(self) -> int:
        return 1 + len(self.families)

    @property
    def ticked_column(self) -> int:
        return self.markers_column + 1

    @property
    def strategies_column(self) -> int:
        return self.markers_column + 2

    def family_of_column(self, column: int) -> str | None:
        return self.families[column - 1] if 1 <= column <= len(self.families) else None

    def column_of_family(self, family: str) -> int:
        return 1 + self.families.index(family)

    def reset(self, rows: list[SegmentRow], scheme: CodingScheme) -> None:
        self.beginResetModel()
        self.rows, self.scheme = rows, scheme
        self.families = [f.code for f in scheme.families]
        self.code_order = [s.code for f in scheme.families for s in f.subtypes] + [s.code for s in scheme.strategies]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.strategies_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.scheme is None:
            return None
        family = self.family_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == SEGMENT:
                return "Segment"
            if family is not None:
                return self.scheme.family(family).name
            return {self.markers_column: "Markers on text", self.ticked_column: "Segment ticks"}.get(
                section, "Strategies on text"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            low, high = self.scheme.significance_min, self.scheme.significance_max
            if family is not None:
                return f"{self.scheme.family(family).name} significance in the segment, {low}–{high}: type a digit"
            return {
                SEGMENT: "The 5-minute coding unit of the 3RS (double-click to go to its first turn)",
                self.markers_column: "Subtype codes of the markers on the text in this segment",
                self.ticked_column: "Codes ticked for the segment that no marker or strategy on the text supports "
                "(Space opens the list)",
                self.strategies_column: "Resolution strategies recorded on the text in this segment",
            }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.scheme is None:
            return None
        row, column = self.rows[index.row()], index.column()
        family = self.family_of_column(column)
        if role == SLICE_ROLE:
            return row.time_slice.index
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, family, accessible=role == Qt.ItemDataRole.AccessibleTextRole)
        if role == CODES_ROLE:
            return self._codes(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, family)
        if role == Qt.ItemDataRole.DecorationRole and column == SEGMENT and row.issues:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole and family is not None and family in row.ratings:
            declared = self.scheme.family(family).color
            share = (row.ratings[family] - self.scheme.significance_min + 1) / (
                self.scheme.significance_max - self.scheme.significance_min + 1
            )
            return theme.tint(theme.family_color(family, declared), int(30 + 110 * share))
        if role == Qt.ItemDataRole.TextAlignmentRole and family is not None:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _codes(self, row: SegmentRow, column: int) -> list[str] | None:
        if column == self.markers_column:
            return sorted(row.markers)
        if column == self.ticked_column:
            return sorted(row.ticked - row.span_codes)
        if column == self.strategies_column:
            return sorted(row.strategies)
        return None

    def _text(self, row: SegmentRow, column: int, family: str | None, *, accessible: bool) -> str:
        if column == SEGMENT:
            mark = "problem: " if accessible and row.issues else ""
            return mark + row.time_slice.label
        if family is not None:
            value = row.ratings.get(family)
            if accessible:
                return f"{family} significance {value}" if value is not None else f"{family} not rated"
            return "" if value is None else str(value)
        if column == self.markers_column:
            return counted(row.markers, self.code_order)
        if column == self.ticked_column:
            return counted(Counter(row.ticked - row.span_codes), self.code_order)
        return counted(row.strategies, self.code_order)

    def _tooltip(self, row: SegmentRow, column: int, family: str | None) -> str:
        assert self.scheme is not None
        if column == SEGMENT:
            turns = row.time_slice.turns
            where = f"turns {turns[0]}–{turns[-1]} ({len(turns)} turns)" if turns else "no turns start here"
            lines = [f"{row.time_slice.label}: {where}"] + [f"⚠ {issue}" for issue in row.issues]
            return "\n".join(lines)
        if family is not None:
            value = row.ratings.get(family)
            if value is None:
                return f"{self.scheme.family(family).name}: not rated (type a digit)"
            label = self.scheme.significance_labels.get(value, "")
            return f"{self.scheme.family(family).name}: {value}" + (f" — {label}" if label else "")
        codes = self._codes(row, column) or []
        return "\n".join(f"{code} {self._name(code)}" for code in codes)

    def _name(self, code: str) -> str:
        assert self.scheme is not None
        for family in self.scheme.families:
            for sub in family.subtypes:
                if sub.code == code:
                    return sub.name
        return next((s.name for s in self.scheme.strategies if s.code == code), "")


class SegmentTable(QTableView):
    """Arrows move; digits rate the family cell; Space/Enter on the ticks column opens the tick list."""

    def __init__(self, view: SegmentView) -> None:
        super().__init__()
        self._view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._view.handle_key(event):
            super().keyPressEvent(event)


class SegmentView(QWidget):
    rateRequested = Signal(int, str, object)  # slice index, family code, significance (int) or None to clear
    tickRequested = Signal(int, str, bool)  # slice index, subtype or strategy code, ticked
    turnRequested = Signal(int)  # the first turn of a segment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("3RS segments")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        self.banner = QLabel("No session")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("How the segments were made")
        layout.addWidget(self.banner)
        self.model = SegmentModel(self)
        self.table = SegmentTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName("Segments: ratings and codes")
        self.table.doubleClicked.connect(lambda index: self.request_turn(index.row()))
        layout.addWidget(self.table, stretch=1)
        self.issues_label = QLabel()
        layout.addWidget(self.issues_label)
        self.issues = QListWidget()
        self.issues.setAccessibleName("Consistency problems between segment ratings and span codes")
        self.issues.setMaximumHeight(90)
        self.issues.itemActivated.connect(self._issue_activated)
        self.issues.itemClicked.connect(self._issue_activated)
        layout.addWidget(self.issues)
        self.menu: QMenu | None = None  # the open tick list, if any (kept for keyboard use and tests)

    # -- data ---------------------------------------------------------------------------------------------------

    def set_data(
        self,
        slices: Sequence[TimeSlice],
        markers: Sequence[Marker],
        slice_codes: Sequence[SliceCode],
        episodes: Sequence[RuptureEpisode],
        scheme: CodingScheme,
        issues: list[str],
    ) -> None:
        current = self.table.currentIndex()
        rows = [SegmentRow(s) for s in slices]
        row_of_turn = {turn: i for i, s in enumerate(slices) for turn in s.turns}
        row_of_slice = {s.index: i for i, s in enumerate(slices)}
        families = {f.code for f in scheme.families}
        for marker in markers:
            if marker.turn_index in row_of_turn:
                rows[row_of_turn[marker.turn_index]].markers[marker.subtype] += 1
        for episode in episodes:
            for event in episode.strategies:
                if event.turn_index in row_of_turn:
                    rows[row_of_turn[event.turn_index]].strategies[event.code] += 1
        for code in slice_codes:
            if code.slice_index not in row_of_slice:
                continue
            row = rows[row_of_slice[code.slice_index]]
            if code.code in families:
                if code.significance is not None:
                    row.ratings[code.code] = code.significance
            else:
                row.ticked.add(code.code)
        unplaced = []
        for issue in issues:
            named = issue_slices(issue, slices)
            for index in named:
                rows[row_of_slice[index]].issues.append(issue)
            if not named:
                unplaced.append(issue)
        self.model.reset(rows, scheme)

        estimated = any(s.estimated for s in slices)
        self.banner.setText(
            "No segments: the session has no turns." if not slices else ESTIMATED_TEXT if estimated else TIMED_TEXT
        )
        self._show_issues(issues)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        for column in (self.model.markers_column, self.model.ticked_column, self.model.strategies_column):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # code lists: not unbounded
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(max(header.sectionSize(column), 110), 260))
        header.setStretchLastSection(True)
        if rows:
            row = min(max(current.row(), 0), len(rows) - 1)
            column = current.column() if current.isValid() and current.column() < self.model.columnCount() else 1
            self.table.setCurrentIndex(self.model.index(row, column))

    def _show_issues(self, issues: list[str]) -> None:
        self.issues.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for issue in issues:
            self.issues.addItem(QListWidgetItem(icon, issue))
        self.issues_label.setText(
            f"{len(issues)} consistency problem{'s' if len(issues) != 1 else ''} between segment codes and span codes:"
            if issues
            else "Segment codes and span codes agree."
        )
        self.issues.setVisible(bool(issues))

    def _issue_activated(self, item: QListWidgetItem) -> None:
        rows = issue_slices(item.text(), [r.time_slice for r in self.model.rows])
        if rows:
            row = next(i for i, r in enumerate(self.model.rows) if r.time_slice.index == rows[0])
            self.table.setCurrentIndex(self.model.index(row, SEGMENT))
            self.table.setFocus()

    # -- queries ------------------------------------------------------------------------------------------------

    def current_slice(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].time_slice.index if index.isValid() else None

    def select_slice(self, slice_index: int, family: str | None = None) -> None:
        """Make a segment (and optionally a family's rating cell) current, e.g. to follow the transcript."""
        for i, row in enumerate(self.model.rows):
            if row.time_slice.index == slice_index:
                column = self.model.column_of_family(family) if family else max(self.table.currentIndex().column(), 0)
                self.table.setCurrentIndex(self.model.index(i, column))
                self.table.scrollTo(self.model.index(i, column))
                return

    # -- actions ------------------------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """The table's keys; True when handled here."""
        index = self.table.currentIndex()
        if not index.isValid() or self.model.scheme is None:
            return False
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.request_turn(index.row())
            return True
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        slice_index = self.model.rows[index.row()].time_slice.index
        family = self.model.family_of_column(index.column())
        if family is not None:
            low, high = self.model.scheme.significance_min, self.model.scheme.significance_max
            text = event.text()
            if text.isdigit() and low <= int(text) <= high:
                self.rateRequested.emit(slice_index, family, int(text))
                return True
            if text == "0" or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.rateRequested.emit(slice_index, family, None)
                return True
        if index.column() == self.model.ticked_column and (enter or key == Qt.Key.Key_Space):
            self.open_tick_menu(index.row())
            return True
        return False

    def request_turn(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            first = self.model.rows[row].first_turn
            if first is not None:  # an empty segment has no turn to go to
                self.turnRequested.emit(first)

    def tick_menu(self, row: int) -> QMenu:
        """A checkable list of the scheme's subtypes and strategies for one segment."""
        scheme, segment = self.model.scheme, self.model.rows[row]
        assert scheme is not None
        slice_index = segment.time_slice.index
        menu = QMenu(self)
        menu.setAccessibleName(f"Codes for {segment.time_slice.label}")
        groups = [(f.name, [(s.code, s.name) for s in f.subtypes]) for f in scheme.families]
        if scheme.strategies:
            groups.append(("Resolution strategies", [(s.code, s.name) for s in scheme.strategies]))
        for title, codes in groups:
            menu.addSection(title)
            for code, name in codes:
                on_text = code in segment.span_codes
                action = QAction(f"{code} {name}" + (" — on the text" if on_text else ""), menu)
                action.setData(code)
                action.setCheckable(True)
                action.setChecked(on_text or code in segment.ticked)
                action.setEnabled(not on_text)  # span codes are ticked by the text itself
                action.toggled.connect(lambda on, code=code: self.tickRequested.emit(slice_index, code, on))
                menu.addAction(action)
        return menu

    def open_tick_menu(self, row: int) -> QMenu:
        if self.menu is not None:
            self.menu.close()
        self.menu = self.tick_menu(row)
        rect = self.table.visualRect(self.model.index(row, self.model.ticked_column))
        self.menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        return self.menu
