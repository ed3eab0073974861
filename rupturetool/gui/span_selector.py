"""An inline, read-only view of a whole turn over its row: select any characters (Shift+arrows, Shift+Ctrl+arrows,
the mouse, Ctrl+A for the whole turn) and code them with the family-then-subtype chord; split a segment at the
caret with Ctrl+Shift+Return; Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from rupturetool.core.domain import Marker, Segment, Turn
from rupturetool.core.scheme import CodingScheme
from rupturetool.gui import theme
from rupturetool.gui.utf16 import from_qt, to_qt


class SpanSelector(QPlainTextEdit):
    chord = Signal(str, str, int, int)  # family key, subtype key, start char, end char (turn offsets)
    chordPending = Signal(str)
    split = Signal(int, int)  # segment index, turn offset of the caret
    closed = Signal()

    def __init__(self, scheme: CodingScheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheme = scheme
        self.turn: Turn | None = None
        self.segment: Segment | None = None
        self._pending: str | None = None
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setAccessibleName("Select characters to code")
        self.setToolTip(
            "Shift+arrows select · W/C then 1–7 codes the selection · Ctrl+A whole turn · "
            "Ctrl+Shift+Return splits the segment here · Esc closes"
        )
        self.hide()

    def open_on(self, turn: Turn, segment: Segment, markers: list[Marker]) -> None:
        self.turn, self.segment, self._pending = turn, segment, None
        self.setPlainText(turn.text)
        self._show_markers(markers)
        cursor = self.textCursor()
        cursor.setPosition(to_qt(turn.text, segment.start_char))
        self.setTextCursor(cursor)
        self.show()
        self.raise_()
        self.setFocus()
        self.ensureCursorVisible()

    def _show_markers(self, markers: list[Marker]) -> None:
        text = self.turn.text if self.turn else ""
        selections = []
        for marker in markers:
            family = next((f for f in self.scheme.families if f.code == marker.family), None)
            fmt = QTextCharFormat()
            fmt.setBackground(theme.tint(theme.display_family_color(marker.family, family.color if family else ""), 70))
            extra = QTextEdit.ExtraSelection()
            extra.format = fmt
            extra.cursor = QTextCursor(self.document())
            extra.cursor.setPosition(to_qt(text, marker.start_char))
            extra.cursor.setPosition(to_qt(text, marker.end_char), QTextCursor.MoveMode.KeepAnchor)
            selections.append(extra)
        self.setExtraSelections(selections)

    def selection(self) -> tuple[int, int]:
        """The selected characters as turn offsets; with nothing selected, the segment holding the caret."""
        assert self.turn is not None and self.segment is not None
        text, cursor = self.turn.text, self.textCursor()
        start, end = from_qt(text, cursor.selectionStart()), from_qt(text, cursor.selectionEnd())
        if start < end:
            # Leading/trailing blanks are not part of what was meant.
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                return start, end
        seg = self.turn.segment_at(from_qt(text, cursor.position())) or self.segment
        return seg.start_char, seg.end_char

    def caret(self) -> int:
        return from_qt(self.turn.text if self.turn else "", self.textCursor().position())

    def close_selector(self) -> None:
        self._pending = None
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text().upper()
        plain = not (mods & ~Qt.KeyboardModifier.ShiftModifier)
        if self._pending is not None:
            family, self._pending = self._pending, None
            if key != Qt.Key.Key_Escape and plain and text.strip():
                start, end = self.selection()
                self.chord.emit(family, text, start, end)
                self.close_selector()
                return
            self.chordPending.emit("")
            return
        if key == Qt.Key.Key_Escape:
            self.close_selector()
            return
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == ctrl_shift:
            self._split_here()
            return
        if plain and text and any(f.hotkey == text for f in self.scheme.families):
            self._pending = text
            self.chordPending.emit(text)
            return
        super().keyPressEvent(event)

    def _split_here(self) -> None:
        assert self.turn is not None
        at = self.caret()
        seg = self.turn.segment_at(at)
        if seg is None or at <= seg.start_char:  # at a boundary already: nothing to split
            return
        self.split.emit(seg.index, at)
        self.close_selector()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.isVisible() and event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.close_selector()
