"""Paints transcript rows: marker highlights on their characters, significance superscripts, cue chips, search
hits, segment/turn rules, and marker chips; measures a row's height for the view's lazy row layout."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rupturetool.core.domain import Marker
from rupturetool.core.scheme import CodingScheme
from rupturetool.gui import theme
from rupturetool.gui.transcript_model import (
    COMMENTS_ROLE,
    MARKERS,
    MARKERS_ROLE,
    ROW_ROLE,
    SPANS_ROLE,
    SPEAKER,
    TEXT,
    TURN,
    SegmentRow,
)
from rupturetool.gui.utf16 import to_qt

PAD_X, PAD_Y = 6, 4
SUPERSCRIPT_ROOM = 0.45  # extra space above each text line, as a share of the ascent: significance digits go there


def text_layout(row: SegmentRow, font: QFont, width: float) -> tuple[QTextLayout, float, str, int]:
    """The wrapped layout of a row's text (cues in italics); returns (layout, height, text, turn offset)."""
    text, offset = row.display
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    cue_ranges = []
    for cue in row.turn.cues:
        start, end = max(cue.start_char - offset, 0), min(cue.end_char - offset, len(text))
        if start < end:
            fmt = QTextCharFormat()
            fmt.setFontItalic(True)
            rng = QTextLayout.FormatRange()
            rng.start, rng.length, rng.format = to_qt(text, start), to_qt(text, end) - to_qt(text, start), fmt
            cue_ranges.append(rng)
    if cue_ranges:
        layout.setFormats(cue_ranges)
    room = QFontMetricsF(font).ascent() * SUPERSCRIPT_ROOM
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10.0))
        y += room
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, y, text, offset


def initials(name: str) -> str:
    """ "Dr. Sue Park" -> "SP": titles are left out; a one-word name keeps its first two letters."""
    words = [w for w in name.replace(".", " ").split() if w.lower() not in {"dr", "prof", "mr", "mrs", "ms"}]
    if not words:
        return name[:2]
    return "".join(w[0] for w in words[:3]).upper() if len(words) > 1 else words[0][:2].capitalize()


def chip_label(marker: Marker, with_coder: bool = False) -> str:
    """The chip's text; with several coders' layers on screen, whose marker it is too."""
    return f"{marker.subtype} {marker.significance}" + (f" · {initials(marker.coder)}" if with_coder else "")


def chip_rects(markers: list[Marker], metrics: QFontMetrics, rect: QRect, with_coder: bool = False) -> list[QRect]:
    """Where each marker chip goes in ``rect``, wrapping onto more lines when the column is narrow."""
    height = metrics.height() + 2
    x, y = rect.x() + 4, rect.y() + PAD_Y
    rects = []
    for marker in markers:
        width = metrics.horizontalAdvance(chip_label(marker, with_coder)) + 12
        if x + width > rect.right() - 2 and x > rect.x() + 4:
            x = rect.x() + 4
            y += height + 3
        rects.append(QRect(x, y, width, height))
        x += width + 4
    return rects


def _spans_on_lines(layout: QTextLayout, start: int, end: int):
    """(line, x1, x2) for each line piece of the Qt positions [start, end)."""
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        a, b = line.textStart(), line.textStart() + line.textLength()
        lo, hi = max(start, a), min(end, b)
        if lo < hi:
            yield line, line.cursorToX(lo)[0], line.cursorToX(hi)[0]


class TranscriptDelegate(QStyledItemDelegate):
    def __init__(self, scheme: CodingScheme, parent=None) -> None:
        super().__init__(parent)
        self.scheme = scheme
        self.search_text = ""  # lower-case text to highlight ("" = none)
        self.hit_keys: set[tuple[int, int]] = set()  # rows matching a marker/coder search: marked in the margin
        self.measure_calls = 0
        self.show_coders = False  # several coders' layers are shown: chips say whose each marker is
        self.suggestion: tuple[int, int, int, str] | None = None  # (turn, start, end, colour): outlined, dashed

    # -- measuring ----------------------------------------------------------------------------------------
    def row_height(self, row: SegmentRow, markers: list[Marker], font: QFont, text_width: int, chips_width: int) -> int:
        self.measure_calls += 1
        _layout, height, _text, _offset = text_layout(row, font, text_width - 2 * PAD_X)
        text_height = int(height + 0.999) + 2 * PAD_Y
        chips_height = 0
        if markers:
            rects = chip_rects(markers, QFontMetrics(font), QRect(0, 0, chips_width, 10_000), self.show_coders)
            chips_height = rects[-1].bottom() + PAD_Y + 1
        return max(text_height, chips_height, self.minimum_height(font))

    @staticmethod
    def minimum_height(font: QFont) -> int:
        return int(QFontMetricsF(font).height() * (1 + SUPERSCRIPT_ROOM * 0.8)) + 2 * PAD_Y

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # Row heights come from row_height() for visible rows only; widths of Turn/Speaker are set by the view.
        return QSize(120, self.minimum_height(option.font))

    # -- painting -----------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: SegmentRow | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.fillRect(rect, background if background is not None else option.palette.base())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, theme.selection_tint())
        column = index.column()
        if column == TEXT:
            self._paint_text(painter, option, row, index.data(SPANS_ROLE) or [])
        elif column == MARKERS:
            self._paint_chips(painter, option, index.data(MARKERS_ROLE) or [])
        else:
            self._paint_plain(painter, option, index, row)
        self._paint_rules(painter, rect, row, index.row() == 0)
        if selected and column == 0:  # where the keyboard is: a bar at the row's left edge
            painter.fillRect(QRect(rect.x(), rect.y(), 3, rect.height()), option.palette.highlight())
        painter.restore()

    def _paint_plain(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex, row: SegmentRow
    ) -> None:
        if not row.first_in_turn:  # Turn and Speaker are shown on a turn's first segment only
            return
        text = index.data(Qt.ItemDataRole.DisplayRole)
        font = QFont(option.font)
        font.setBold(index.column() == SPEAKER)
        painter.setFont(font)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(QColor(foreground) if foreground is not None else option.palette.text().color())
        align = Qt.AlignmentFlag.AlignRight if index.column() == TURN else Qt.AlignmentFlag.AlignLeft
        inner = option.rect.adjusted(
            PAD_X, PAD_Y + int(QFontMetricsF(option.font).ascent() * SUPERSCRIPT_ROOM), -PAD_X, 0
        )
        painter.drawText(inner, int(align | Qt.AlignmentFlag.AlignTop), text)
        comments = index.data(COMMENTS_ROLE) if index.column() == TURN else None
        if comments:
            self._paint_comment_badge(painter, option, inner, *comments)

    @staticmethod
    def _paint_comment_badge(
        painter: QPainter, option: QStyleOptionViewItem, inner: QRect, open_: int, resolved: int
    ) -> None:
        """A speech-bubble count left of the turn number: open threads in the accent colour, resolved ones grey."""
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        metrics = QFontMetrics(font)
        label = str(open_) if open_ else f"✓{resolved}"
        width, height = metrics.horizontalAdvance(label) + 10, metrics.height() + 2
        box = QRect(option.rect.left() + 4, inner.top(), width, height)
        color = option.palette.highlight().color() if open_ else option.palette.mid().color()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(box, 4, 4)
        x, y = box.left(), box.bottom()
        painter.drawPolygon([QPointF(x + 4, y), QPointF(x + 9, y), QPointF(x + 3, y + 4)])
        painter.setPen(option.palette.highlightedText().color() if open_ else option.palette.text().color())
        painter.setFont(font)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)

    def _paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, row: SegmentRow, spans: list[Marker]
    ) -> None:
        rect = option.rect
        layout, _height, text, offset = text_layout(row, option.font, rect.width() - 2 * PAD_X)
        origin = QPointF(rect.x() + PAD_X, rect.y() + PAD_Y)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(rect)
        pieces = []  # (marker, colour, line, x1, x2)
        for marker in spans:
            start, end = max(marker.start_char - offset, 0), min(marker.end_char - offset, len(text))
            if start >= end:
                continue
            color = self._family_color(marker.family)
            for line, x1, x2 in _spans_on_lines(layout, to_qt(text, start), to_qt(text, end)):
                pieces.append((marker, color, line, x1, x2))
                r = line.rect()
                painter.fillRect(
                    QRectF(origin.x() + x1, origin.y() + r.y(), x2 - x1, r.height()), theme.tint(color, 70)
                )
        if self.search_text:
            hit_color = theme.search_hit_color()
            lower, start = text.lower(), 0
            while (found := lower.find(self.search_text, start)) >= 0:
                end = found + len(self.search_text)
                for line, x1, x2 in _spans_on_lines(layout, to_qt(text, found), to_qt(text, end)):
                    r = line.rect()
                    painter.fillRect(QRectF(origin.x() + x1, origin.y() + r.y(), x2 - x1, r.height()), hit_color)
                start = end
        if row.turn.cues:
            fill, _ink = theme.cue_chip_colors()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            for cue in row.turn.cues:
                start, end = max(cue.start_char - offset, 0), min(cue.end_char - offset, len(text))
                if start < end:
                    for line, x1, x2 in _spans_on_lines(layout, to_qt(text, start), to_qt(text, end)):
                        r = line.rect()
                        chip = QRectF(origin.x() + x1 - 2, origin.y() + r.y() + 1, x2 - x1 + 4, r.height() - 2)
                        painter.drawRoundedRect(chip, r.height() / 2.5, r.height() / 2.5)
        if self.suggestion is not None and self.suggestion[0] == row.turn.index:
            self._outline_suggestion(painter, layout, origin, text, offset)
        painter.setPen(option.palette.text().color())
        layout.draw(painter, origin)
        # Underlines (stacked when markers overlap) and the significance as a superscript where the span ends.
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.7, 6.0))
        small.setBold(True)
        painter.setFont(small)
        small_ascent = QFontMetricsF(small).ascent()
        depth: dict[int, int] = {}
        last_piece = {id(m): (line, x2) for m, _c, line, _x1, x2 in pieces}
        for marker, color, line, x1, x2 in pieces:
            r = line.rect()
            level = depth.get(id(marker))
            if level is None:
                level = depth[id(marker)] = len(depth)
            y = origin.y() + r.y() + r.height() + 1 + 3 * (level % 3)
            painter.fillRect(QRectF(origin.x() + x1, y - 1, x2 - x1, 2), color)
            if last_piece[id(marker)] == (line, x2):
                painter.setPen(color)
                baseline = origin.y() + r.y() + small_ascent * 0.35
                painter.drawText(QPointF(origin.x() + x2 + 1, baseline), str(marker.significance))
        if spans and any(m.segment_index == row.segment.index for m in spans):  # coded as a whole segment
            whole = next(m for m in spans if m.segment_index == row.segment.index)
            painter.fillRect(QRect(rect.x(), rect.y() + 1, 3, rect.height() - 2), self._family_color(whole.family))
        if row.key in self.hit_keys:
            painter.fillRect(QRect(rect.right() - 3, rect.y() + 1, 3, rect.height() - 2), theme.search_hit_color())

    def _outline_suggestion(self, painter: QPainter, layout: QTextLayout, origin: QPointF, text: str, offset: int):
        """The suggestion under review, outlined with a dashed line in its family's colour (not yet a code)."""
        assert self.suggestion is not None
        _turn, start_char, end_char, color = self.suggestion
        start, end = max(start_char - offset, 0), min(end_char - offset, len(text))
        if start >= end:
            return
        pen = QPen(QColor(color), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for line, x1, x2 in _spans_on_lines(layout, to_qt(text, start), to_qt(text, end)):
            r = line.rect()
            painter.drawRoundedRect(QRectF(origin.x() + x1 - 2, origin.y() + r.y(), x2 - x1 + 4, r.height()), 3, 3)

    def _paint_chips(self, painter: QPainter, option: QStyleOptionViewItem, markers: list[Marker]) -> None:
        if not markers:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        metrics = QFontMetrics(option.font)
        chips = chip_rects(markers, metrics, option.rect, self.show_coders)
        for marker, rect in zip(markers, chips, strict=True):
            color = self._family_color(marker.family)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(QColor("white") if color.lightness() < 150 else QColor("black"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chip_label(marker, self.show_coders))

    @staticmethod
    def _paint_rules(painter: QPainter, rect: QRect, row: SegmentRow, top_row: bool) -> None:
        if top_row:
            return
        strong = row.first_in_turn
        painter.fillRect(QRect(rect.x(), rect.y(), rect.width(), 1), theme.rule_color(strong))

    def _family_color(self, code: str) -> QColor:
        family = next((f for f in self.scheme.families if f.code == code), None)
        return theme.display_family_color(code, family.color if family else "")
