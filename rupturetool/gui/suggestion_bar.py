"""The suggestion bar above the transcript: one suggestion at a time, decided with one key.

Enter accepts, Delete (or Backspace) rejects, a digit changes the subtype within the suggestion's family (then
accepts), → / ← step without deciding, Esc leaves suggestion mode. The bar only shows and asks; the window turns
each key into one stored, undoable decision.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from rupturetool.core.suggestions import STAGE_FAMILY, STRATEGY_FAMILY, Suggestion


class SuggestionBar(QFrame):
    acceptRequested = Signal()
    rejectRequested = Signal()
    changeRequested = Signal(str)  # the subtype (or strategy code) to code instead
    stepRequested = Signal(int)
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Suggestion under review")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.keys = QLabel()
        self.keys.setEnabled(False)
        self.accept_button = QPushButton("Accept")
        self.accept_button.clicked.connect(self.acceptRequested)
        self.reject_button = QPushButton("Reject")
        self.reject_button.clicked.connect(self.rejectRequested)
        self.close_button = QPushButton("Leave")
        self.close_button.clicked.connect(self.closeRequested)
        for button in (self.accept_button, self.reject_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the bar, wherever the mouse clicked
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, stretch=1)
        for button in (self.accept_button, self.reject_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.quote)
        layout.addWidget(self.why)
        layout.addWidget(self.keys)
        # Take the height the text needs: squeezed by the transcript below, wrapped labels would overlap.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._choices: list[str] = []  # digit n -> the n-th code of the suggestion's family
        self.suggestion: Suggestion | None = None

    # -- what is shown ------------------------------------------------------------------------------------
    def show_busy(self, text: str) -> None:
        self.suggestion = None
        self.title.setText(f"<b>{text}</b>")
        for label in (self.quote, self.why):
            label.clear()
        self.keys.setText("Esc leaves suggestion mode; keep coding meanwhile")
        self._enable(False)

    def show_done(self, text: str) -> None:
        self.show_busy(text)
        self.keys.setText("Esc leaves suggestion mode")

    def show_suggestion(
        self, position: int, total: int, suggestion: Suggestion, label: str, quote: str, choices: list[str]
    ) -> None:
        """``label``: the code's name in the scheme; ``choices``: the codes a digit changes to (1 = first)."""
        self.suggestion = suggestion
        self._choices = choices
        kind = {STAGE_FAMILY: "stage 1 (attending to the rupture)", STRATEGY_FAMILY: "resolution strategy"}.get(
            suggestion.family, suggestion.family
        )
        self.title.setText(
            f"<b>Suggestion {position} of {total}</b> · <b>{suggestion.subtype}</b> {label} · {kind} · "
            f"turn {suggestion.turn_index + 1} · confidence {suggestion.confidence:.2f} · {suggestion.suggester}"
        )
        self.quote.setText(f"“{quote}”")
        why = suggestion.explanation
        self.why.setText(f"Why: {why if len(why) <= 240 else why[:237].rstrip() + '…'}")
        self.why.setToolTip(why)
        keys = ["Enter accept", "Del reject", "→/← next/previous", "Esc leave"]
        if len(choices) > 1:
            keys.insert(2, f"1–{len(choices)} code as {choices[0]}–{choices[-1]} instead")
        self.keys.setText(" · ".join(keys))
        self._enable(True)
        self.updateGeometry()

    def _enable(self, on: bool) -> None:
        self.accept_button.setEnabled(on)
        self.reject_button.setEnabled(on)

    # -- keys ---------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)  # Ctrl+Z and the window's other keys still work here
            return
        if key == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.stepRequested.emit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.stepRequested.emit(-1)
        elif self.suggestion is None:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.acceptRequested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.rejectRequested.emit()
        elif text.isdigit() and 1 <= int(text) <= len(self._choices):
            self.changeRequested.emit(self._choices[int(text) - 1])
        else:
            super().keyPressEvent(event)
