"""Ctrl+Z in a form field undoes the app's last edit when the field itself has nothing to undo.

A QLineEdit claims Undo/Redo keys for its own typing; once a value is stored (a measure after Enter), the coder's
next Ctrl+Z means "undo that", so the field lets the window's Undo action have the key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class _PassUndoKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            assert isinstance(event, QKeyEvent)
            undo = event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()
            redo = (
                event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination().toCombined() == QKeySequence("Ctrl+Shift+Z")[0].toCombined()
            ) and not watched.isRedoAvailable()
            if undo or redo:
                event.ignore()  # not claimed here: the window's shortcut fires
                return True
        return False


def pass_undo_keys_to_window(root: QWidget) -> None:
    """Install on every line edit under ``root`` (the side panels' fields)."""
    keeper = _PassUndoKeys(root)
    for edit in root.findChildren(QLineEdit):
        edit.installEventFilter(keeper)
