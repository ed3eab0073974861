"""Centre pane: the transcript table, marker chips, and two-key coding chords (W then 1 = W1)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from rupturetool.core.scheme import CodingScheme
from rupturetool.gui import theme
from rupturetool.gui.transcript_model import MARKERS, MARKERS_ROLE, SPEAKER, TEXT, TURN, TranscriptModel


class MarkerChipDelegate(QStyledItemDelegate):
    """Paints each marker as a small rounded chip in its family colour, with its significance."""

    def __init__(self, scheme: CodingScheme, parent=None) -> None:
        super().__init__(parent)
        self.scheme = scheme

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markers = index.data(MARKERS_ROLE) or []
        if not markers:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(
            option.widget.style().ControlElement.CE_ItemViewItem, option, painter, option.widget
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        height = metrics.height() + 2
        x = option.rect.x() + 4
        y = option.rect.y() + max(1, (min(option.rect.height(), height + 4) - height) // 2)
        for marker in markers:
            label = f"{marker.subtype} {marker.significance}"
            width = metrics.horizontalAdvance(label) + 12
            if x + width > option.rect.right() - 2:
                x = option.rect.x() + 4
                y += height + 3
            family = next((f for f in self.scheme.families if f.code == marker.family), None)
            color = theme.family_color(marker.family, family.color if family else "")
            rect = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(QColor("white") if color.lightness() < 150 else QColor("black"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), max(hint.height(), QFontMetrics(option.font).height() + 6))


class TranscriptView(QTableView):
    """Keyboard-first: arrows move between segments; a family key then a subtype key codes the segment."""

    chord = Signal(str, str)  # family hotkey, subtype hotkey
    chordPending = Signal(str)  # family hotkey pressed, waiting for the subtype ("" when cancelled)
    deleteRequested = Signal()

    def __init__(self, model: TranscriptModel, scheme: CodingScheme) -> None:
        super().__init__()
        self.setModel(model)
        self.scheme = scheme
        self._pending: str | None = None
        self.chips = MarkerChipDelegate(scheme, self)
        self.setItemDelegateForColumn(MARKERS, self.chips)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TURN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MARKERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MARKERS, 150)
        self.setAccessibleName("Transcript")

    def set_scheme(self, scheme: CodingScheme) -> None:
        self.scheme = scheme
        self.chips.scheme = scheme
        self._pending = None

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, TEXT))
            self.scrollTo(self.model().index(row, TEXT))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().upper()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier)
        if self._pending is not None:
            family, self._pending = self._pending, None
            if event.key() == Qt.Key.Key_Escape:
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
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)
