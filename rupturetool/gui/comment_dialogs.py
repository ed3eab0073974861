"""Small dialogs of the review workflow: write a comment (and choose what it is about), assign a coder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import Marker, RuptureEpisode

Anchor = tuple[str, dict[str, Any]]  # what the user reads, the keyword arguments of Project.add_comment


def comment_anchors(
    turn: int | None, segment_markers: Sequence[Marker], episodes: Sequence[RuptureEpisode]
) -> list[Anchor]:
    """What a comment made here can be about: the turn, each marker on the segment, each episode holding one of
    them, or the whole session."""
    anchors: list[Anchor] = []
    if turn is not None:
        anchors.append((f"Turn {turn + 1}", {"turn_index": turn}))
    ids = {m.id for m in segment_markers}
    for m in segment_markers:
        anchors.append((f"Marker {m.subtype} (significance {m.significance}, {m.coder})", {"marker_id": m.id}))
    for e in episodes:
        if ids & set(e.marker_ids):
            anchors.append((f"Episode: {e.family}, {e.coder} ({len(e.marker_ids)} markers)", {"episode_id": e.id}))
    anchors.append(("The whole session", {}))
    return anchors


class CommentDialog(QDialog):
    """A comment's text, and (for a new comment) what it is about. Ctrl+Enter sends."""

    def __init__(self, title: str, anchors: Sequence[Anchor], parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 240)
        self._anchors = list(anchors)
        form = QFormLayout()
        self.about = QComboBox()
        for label, _kwargs in self._anchors:
            self.about.addItem(label)
        self.about.setAccessibleName("The comment is about")
        if self._anchors:
            about_label = QLabel("&About:")
            about_label.setBuddy(self.about)
            form.addRow(about_label, self.about)
        else:
            self.about.hide()
        self.editor = QPlainTextEdit(text)
        self.editor.setAccessibleName("Comment text")
        self.editor.setTabChangesFocus(True)
        text_label = QLabel("&Text:")
        text_label.setBuddy(self.editor)
        form.addRow(text_label, self.editor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Send (Ctrl+Enter)")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._send)
        self.editor.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._enable()
        self.editor.setFocus()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))

    def _send(self) -> None:
        if self.text():
            self.accept()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def anchor(self) -> dict[str, Any]:
        index = self.about.currentIndex()
        return dict(self._anchors[index][1]) if 0 <= index < len(self._anchors) else {}


class AssignDialog(QDialog):
    """Give the session to a (second) coder, blind by default."""

    def __init__(self, coders: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Assign a coder")
        self.coder = QComboBox()
        self.coder.setEditable(True)
        self.coder.addItems(list(coders))
        self.coder.setAccessibleName("Coder")
        self.blind = QCheckBox("&Blind: hide the other coders' codes until they submit")
        self.blind.setChecked(True)
        form = QFormLayout()
        coder_label = QLabel("&Coder:")
        coder_label.setBuddy(self.coder)
        form.addRow(coder_label, self.coder)
        form.addRow(self.blind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, bool]:
        return self.coder.currentText().strip(), self.blind.isChecked()
