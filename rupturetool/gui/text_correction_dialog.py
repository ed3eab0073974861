"""Correct the text of one turn (a mis-heard word, an OCR slip); the imported text is kept for reverting."""

from __future__ import annotations

import difflib

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from rupturetool.core.domain import Turn

_EDITOR_FORM = str.maketrans({"\u00a0": " ", "\u2028": "\n", "\u2029": "\n"})


def keep_unedited(original: str, edited: str) -> str:
    shown = original.translate(_EDITOR_FORM)  # what QPlainTextEdit hands back for the unedited text
    if len(shown) != len(original):
        return edited
    pieces = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, shown, edited, autojunk=False).get_opcodes():
        pieces.append(original[a1:a2] if op == "equal" else edited[b1:b2])
    return "".join(pieces)


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
        note = (
            "Markers, cues and segments move with their words; a correction that deletes all of a coded span is "
            "refused."
        )
        layout.addWidget(QLabel(f"<b>{turn.speaker_label}</b>, turn {turn.index + 1}. {note}"))
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def corrected_text(self) -> str:
        """The edited text, with characters the editor normalises (no-break spaces, line and paragraph
        separators) kept as they were wherever the user did not edit: opening and saving changes nothing."""
        return keep_unedited(self.turn.text, self.editor.toPlainText())

    def accept(self) -> None:
        if not self.corrected_text().strip():
            self.error.setText("A turn cannot be empty.")
            self.error.show()
            return
        super().accept()

    @property
    def changed(self) -> bool:
        return self.corrected_text() != self.turn.text
