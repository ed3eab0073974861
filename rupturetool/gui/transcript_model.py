"""The transcript as a table: one row per segment, so a coder selects and codes segments by keyboard."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from rupturetool.core.domain import (
    CommentThread,
    Marker,
    Outcome,
    RuptureEpisode,
    Segment,
    SessionDetail,
    SpeakerRole,
    Turn,
)
from rupturetool.core.errors import SchemeError
from rupturetool.core.scheme import CodingScheme
from rupturetool.gui import theme

MARKERS_ROLE = Qt.ItemDataRole.UserRole + 10  # markers anchored on the segment (shown as chips)
SPANS_ROLE = Qt.ItemDataRole.UserRole + 11  # every marker whose character span overlaps the segment
ROW_ROLE = Qt.ItemDataRole.UserRole + 12  # the SegmentRow itself
COMMENTS_ROLE = Qt.ItemDataRole.UserRole + 13  # (open, resolved) comment threads on the row's turn (first row only)

COLUMNS = ("Turn", "Speaker", "Text", "Markers")
TURN, SPEAKER, TEXT, MARKERS = range(4)
_Index = QModelIndex | QPersistentModelIndex
_WHITESPACE = str.maketrans("\n\r\t\f\v", "     ")


@dataclass(frozen=True)
class SegmentRow:
    turn: Turn
    segment: Segment
    first_in_turn: bool
    last_in_turn: bool = field(default=True)

    @property
    def key(self) -> tuple[int, int]:
        return self.turn.index, self.segment.index

    @property
    def text(self) -> str:
        return " ".join(self.turn.segment_text(self.segment).split())

    @property
    def display(self) -> tuple[str, int]:
        """(text as painted, turn offset of its first character): same length as the turn slice it shows,
        so marker and cue offsets map onto it by subtraction."""
        raw = self.turn.segment_text(self.segment).translate(_WHITESPACE)
        stripped = raw.lstrip()
        return stripped.rstrip(), self.segment.start_char + len(raw) - len(stripped)


def comment_line(thread: CommentThread) -> str:
    c = thread.comment
    replies = f" ({len(thread.replies)} repl{'ies' if len(thread.replies) > 1 else 'y'})" if thread.replies else ""
    return f"{'✓ ' if c.resolved else ''}{c.author}: {c.text}{replies}"


def clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def overlaps(marker: Marker, segment: Segment) -> bool:
    return marker.start_char < segment.end_char and segment.start_char < marker.end_char


class TranscriptModel(QAbstractTableModel):
    filtersChanged = Signal()  # which rows are "unresolved" changed: a filter over this model must re-run

    def __init__(self, scheme: CodingScheme) -> None:
        super().__init__()
        self.scheme = scheme
        self.rows: list[SegmentRow] = []
        self._turns: dict[int, Turn] = {}
        self._turn_rows: dict[int, tuple[int, int]] = {}  # turn index -> (first row, last row)
        self._row_of: dict[tuple[int, int], int] = {}
        self._markers: dict[tuple[int, int], list[Marker]] = {}
        self._by_turn: dict[int, list[Marker]] = {}
        self._unresolved: set[int] = set()  # marker ids in episodes not (yet) resolved
        self._comments: dict[int, list[CommentThread]] = {}  # turn index -> threads sitting there
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ----------------------------------------------------------------------------------------
    def load(self, detail: SessionDetail | None, markers: list[Marker]) -> None:
        self.beginResetModel()
        self.rows = []
        self._turn_rows = {}
        if detail is not None:
            for turn in detail.turns:
                first, count = len(self.rows), len(turn.segments)
                for i, seg in enumerate(turn.segments):
                    self.rows.append(SegmentRow(turn, seg, first_in_turn=i == 0, last_in_turn=i == count - 1))
                if count:
                    self._turn_rows[turn.index] = (first, len(self.rows) - 1)
        self._turns = {t.index: t for t in detail.turns} if detail else {}
        self._row_of = {row.key: i for i, row in enumerate(self.rows)}
        self._markers, self._by_turn = self._index_markers(markers)
        self.endResetModel()

    def set_markers(self, markers: list[Marker]) -> None:
        """New markers for the open session: only the rows of turns whose markers changed are repainted."""
        anchored, by_turn = self._index_markers(markers)
        changed = {t for t in by_turn.keys() | self._by_turn.keys() if by_turn.get(t) != self._by_turn.get(t)}
        self._markers, self._by_turn = anchored, by_turn
        for turn_index in sorted(changed):
            span = self._turn_rows.get(turn_index)
            if span is not None:
                self.dataChanged.emit(self.index(span[0], 0), self.index(span[1], MARKERS))

    def set_scheme(self, scheme: CodingScheme) -> None:
        self.scheme = scheme
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, MARKERS))

    def set_episodes(self, episodes: list[RuptureEpisode]) -> None:
        """Episodes of the open session: the markers of those not resolved feed the 'unresolved' filter."""
        self._unresolved = {mid for ep in episodes if ep.outcome is not Outcome.RESOLVED for mid in ep.marker_ids}
        self.filtersChanged.emit()

    def set_comments(self, threads: list[CommentThread]) -> None:
        """Comment threads of the open session: a badge on each commented turn, beside the transcript."""
        by_turn: dict[int, list[CommentThread]] = {}
        for thread in threads:
            if thread.turn_index is not None:
                by_turn.setdefault(thread.turn_index, []).append(thread)
        changed = {t for t in by_turn.keys() | self._comments.keys() if by_turn.get(t) != self._comments.get(t)}
        self._comments = by_turn
        for turn_index in changed:
            span = self._turn_rows.get(turn_index)
            if span is not None:
                self.dataChanged.emit(self.index(span[0], TURN), self.index(span[0], TURN))

    def comments_on(self, turn_index: int) -> list[CommentThread]:
        return self._comments.get(turn_index, [])

    def _index_markers(self, markers: list[Marker]) -> tuple[dict, dict]:
        anchored: dict[tuple[int, int], list[Marker]] = {}
        by_turn: dict[int, list[Marker]] = {}
        for marker in markers:
            seg_index = marker.segment_index
            if seg_index is None:  # a character span: list it on the segment where it starts
                turn = self._turns.get(marker.turn_index)
                seg = turn.segment_at(marker.start_char) if turn else None
                seg_index = seg.index if seg else 0
            anchored.setdefault((marker.turn_index, seg_index), []).append(marker)
            by_turn.setdefault(marker.turn_index, []).append(marker)
        return anchored, by_turn

    # -- questions the views ask ------------------------------------------------------------------------
    def markers_at(self, row: int) -> list[Marker]:
        return self._markers.get(self.rows[row].key, []) if 0 <= row < len(self.rows) else []

    def spans_at(self, row: int) -> list[Marker]:
        """Every marker whose characters overlap the row's segment (a span may cover several segments)."""
        if not 0 <= row < len(self.rows):
            return []
        seg_row = self.rows[row]
        return [m for m in self._by_turn.get(seg_row.turn.index, ()) if overlaps(m, seg_row.segment)]

    def row_of(self, turn_index: int, segment_index: int) -> int:
        return self._row_of.get((turn_index, segment_index), -1)

    def rows_of_turn(self, turn_index: int) -> range:
        first, last = self._turn_rows.get(turn_index, (0, -1))
        return range(first, last + 1)

    def turn(self, turn_index: int) -> Turn | None:
        return self._turns.get(turn_index)

    def is_coded(self, row: int) -> bool:
        return bool(self.spans_at(row))

    def is_unresolved(self, row: int) -> bool:
        return any(m.id in self._unresolved for m in self.spans_at(row))

    def family_color(self, code: str):
        family = self._family(code)
        return theme.display_family_color(code, family.color if family else "")

    # -- Qt model interface ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TURN:
                if not row.first_in_turn:
                    return ""
                when = clock(row.turn.start)
                return f"{row.turn.index + 1}" + (f"  {when}" if when else "")
            if column == SPEAKER:
                return row.turn.speaker_label if row.first_in_turn else ""
            if column == TEXT:
                return row.text
            if column == MARKERS:
                return "  ".join(f"{m.subtype}·{m.significance}" for m in self.markers_at(index.row()))
        elif role == MARKERS_ROLE:
            return self.markers_at(index.row())
        elif role == SPANS_ROLE:
            return self.spans_at(index.row())
        elif role == ROW_ROLE:
            return row
        elif role == COMMENTS_ROLE:
            threads = self.comments_on(row.turn.index) if row.first_in_turn else []
            open_ = sum(not t.comment.resolved for t in threads)
            return (open_, len(threads) - open_) if threads else None
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == TURN and row.first_in_turn and self.comments_on(row.turn.index):
                return "\n".join(comment_line(t) for t in self.comments_on(row.turn.index))
            if column in (SPEAKER, TURN):
                return f"{row.turn.speaker_label}: {row.turn.speaker_role}"
            if column in (TEXT, MARKERS):
                return self._marker_tooltip(index.row()) or None
        elif role == Qt.ItemDataRole.BackgroundRole:
            if row.turn.speaker_role is SpeakerRole.THERAPIST:
                return theme.therapist_background()
        elif role == Qt.ItemDataRole.ForegroundRole and column == SPEAKER:
            return theme.speaker_color(row.turn.speaker_role is SpeakerRole.THERAPIST)
        elif role == Qt.ItemDataRole.FontRole and column == SPEAKER:
            return self._bold
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == TURN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == TEXT:
            codes = ", ".join(m.subtype for m in self.spans_at(index.row()))
            said = f"{row.turn.speaker_role} turn {row.turn.index + 1}: {row.text}" + (f" — {codes}" if codes else "")
            threads = self.comments_on(row.turn.index) if row.first_in_turn else []
            return said + (f" — {len(threads)} comment{'s' if len(threads) > 1 else ''}" if threads else "")
        return None

    def _family(self, code: str):
        return next((f for f in self.scheme.families if f.code == code), None)

    def _marker_tooltip(self, row: int) -> str:
        lines = []
        for m in self.spans_at(row):
            try:
                name = self.scheme.subtype(m.subtype).name
            except SchemeError:  # a code of another scheme: show the code alone
                name = m.scheme_id
            lines.append(f"{m.subtype} {name} — significance {m.significance}, {m.actor}, by {m.coder}")
        return "\n".join(lines)
