"""Correct the text of one turn (a mis-heard word, an OCR slip); the imported text is kept for reverting."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from rupturetool.core.domain import Turn


class TextCorrectionDialog(QDialog):
    def __init__(self, turn: Turn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.turn = turn
        self.setWindowTitle(f"Correct turn {turn.index + 1}")
        self.editor = QPlainTextEdit(turn.text)
        self.editor.setAccessibleName("Turn text")
        self.error = QLabel()
        self.error.setStyleSheet("color: palette(bright-text)")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        note = "Markers keep their character offsets: prefer corrections that keep the length of coded words."
        layout.addWidget(QLabel(f"<b>{turn.speaker_label}</b>, turn {turn.index + 1}. {note}"))
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def corrected_text(self) -> str:
        return self.editor.toPlainText()

    def accept(self) -> None:
        if not self.corrected_text().strip():
            self.error.setText("A turn cannot be empty.")
            self.error.show()
            return
        super().accept()

    @property
    def changed(self) -> bool:
        return self.corrected_text() != self.turn.text
