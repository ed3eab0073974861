"""The transcript as a table: one row per segment, so a coder selects and codes segments by keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from rupturetool.core.domain import Marker, Segment, SessionDetail, SpeakerRole, Turn
from rupturetool.core.errors import SchemeError
from rupturetool.core.scheme import CodingScheme
from rupturetool.gui import theme

MARKERS_ROLE = Qt.ItemDataRole.UserRole + 10

COLUMNS = ("Turn", "Speaker", "Text", "Markers")
TURN, SPEAKER, TEXT, MARKERS = range(4)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SegmentRow:
    turn: Turn
    segment: Segment
    first_in_turn: bool

    @property
    def key(self) -> tuple[int, int]:
        return self.turn.index, self.segment.index

    @property
    def text(self) -> str:
        return " ".join(self.turn.segment_text(self.segment).split())


def clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class TranscriptModel(QAbstractTableModel):
    def __init__(self, scheme: CodingScheme) -> None:
        super().__init__()
        self.scheme = scheme
        self.rows: list[SegmentRow] = []
        self._markers: dict[tuple[int, int], list[Marker]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ----------------------------------------------------------------------------------------
    def load(self, detail: SessionDetail | None, markers: list[Marker]) -> None:
        self.beginResetModel()
        self.rows = []
        if detail is not None:
            for turn in detail.turns:
                for i, seg in enumerate(turn.segments):
                    self.rows.append(SegmentRow(turn, seg, first_in_turn=i == 0))
        self._turns = {t.index: t for t in detail.turns} if detail else {}
        self._index_markers(markers)
        self.endResetModel()

    def set_markers(self, markers: list[Marker]) -> None:
        self._index_markers(markers)
        if self.rows:
            self.dataChanged.emit(self.index(0, TEXT), self.index(len(self.rows) - 1, MARKERS))

    def set_scheme(self, scheme: CodingScheme) -> None:
        self.scheme = scheme
        self.set_markers([m for ms in self._markers.values() for m in ms])

    def _index_markers(self, markers: list[Marker]) -> None:
        self._markers = {}
        for marker in markers:
            seg_index = marker.segment_index
            if seg_index is None:  # a character span: show it on the segment where it starts
                turn = self._turns.get(marker.turn_index)
                seg = turn.segment_at(marker.start_char) if turn else None
                seg_index = seg.index if seg else 0
            self._markers.setdefault((marker.turn_index, seg_index), []).append(marker)

    def markers_at(self, row: int) -> list[Marker]:
        return self._markers.get(self.rows[row].key, []) if 0 <= row < len(self.rows) else []

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
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column in (SPEAKER, TURN):
                return f"{row.turn.speaker_label}: {row.turn.speaker_role}"
            if column in (TEXT, MARKERS):
                return self._marker_tooltip(index.row()) or None
        elif role == Qt.ItemDataRole.BackgroundRole:
            markers = self.markers_at(index.row())
            if markers and column == TEXT:
                fam = self._family(markers[-1].family)
                return theme.tint(theme.family_color(markers[-1].family, fam.color if fam else ""), 48)
            if row.turn.speaker_role is SpeakerRole.THERAPIST:
                return theme.therapist_background()
        elif role == Qt.ItemDataRole.FontRole and column == SPEAKER:
            return self._bold
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == TURN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == TEXT:
            codes = ", ".join(m.subtype for m in self.markers_at(index.row()))
            return f"{row.turn.speaker_role} turn {row.turn.index + 1}: {row.text}" + (f" — {codes}" if codes else "")
        return None

    def _family(self, code: str):
        return next((f for f in self.scheme.families if f.code == code), None)

    def _marker_tooltip(self, row: int) -> str:
        lines = []
        for m in self.markers_at(row):
            try:
                name = self.scheme.subtype(m.subtype).name
            except SchemeError:  # a code of another scheme: show the code alone
                name = m.scheme_id
            lines.append(f"{m.subtype} {name} — significance {m.significance}, {m.actor}, by {m.coder}")
        return "\n".join(lines)
