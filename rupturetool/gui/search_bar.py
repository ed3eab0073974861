"""The find bar over the transcript: a query, "3 of 17", previous/next, and the row filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class SearchBar(QFrame):
    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closeRequested = Signal()

    def __init__(self, filter_actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Search text, W3 / subtype:W3, coder:anna")
        self.edit.setAccessibleName("Search the transcript")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.queryChanged)
        self.edit.returnPressed.connect(self.nextRequested)
        self.count = QLabel("")
        self.count.setMinimumWidth(80)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for text, tip, signal in (
            ("▲", "Previous match (Shift+F3)", self.previousRequested),
            ("▼", "Next match (F3)", self.nextRequested),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(signal)
            layout.addWidget(button)
        for action in filter_actions:
            toggle = QToolButton()
            toggle.setDefaultAction(action)
            layout.addWidget(toggle)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.closeRequested)
        layout.addWidget(close)
        self.hide()

    def set_count(self, current: int, total: int, searching: bool) -> None:
        if not searching:
            self.count.setText("")
        elif total == 0:
            self.count.setText("no matches")
        else:
            self.count.setText(f"{current + 1} of {total}" if current >= 0 else f"{total} matches")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        if event.key() == Qt.Key.Key_F3:
            (
                self.previousRequested if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else self.nextRequested
            ).emit()
            return
        super().keyPressEvent(event)
