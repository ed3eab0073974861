"""Session measures entered by hand: one field per measure in ``core.measures.MEASURES``; blank = not rated.

A field reports its value once, when the user finishes editing it (Enter or leaving the field) and only if it
changed; filling the fields from stored values reports nothing. Values outside the measure's range cannot be
typed, and a value that is not finished (e.g. "0" for 1–10) gets an inline message instead of being stored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rupturetool.core.measures import MEASURES, MeasureSpec

_NUMBER = re.compile(r"^\d*([.,]\d{0,2})?$")


def _fmt(value: float) -> str:
    return f"{value:g}"


def _range(spec: MeasureSpec) -> str:
    return f"{_fmt(spec.low)}–{_fmt(spec.high)}"


def parse_measure(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    return float(text) if text else None


class MeasureValidator(QValidator):
    """Blank, or a number with up to two decimals inside the measure's range; above the range cannot be typed."""

    def __init__(self, spec: MeasureSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Acceptable, text, pos
        if not _NUMBER.match(stripped) or stripped in {".", ","}:
            state = QValidator.State.Intermediate if stripped in {".", ","} else QValidator.State.Invalid
            return state, text, pos
        value = float(stripped.replace(",", "."))
        if value > self.spec.high:
            return QValidator.State.Invalid, text, pos
        if value < self.spec.low or stripped[-1] in ".,":
            return QValidator.State.Intermediate, text, pos  # may still become valid ("1" on the way to "12")
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        # Called on Enter / focus-out with unfinished input: "7." means 7.
        return text.strip().rstrip(".,")


class _MeasureField(QLineEdit):
    """A line edit for one measure that remembers the last value reported or filled in."""

    def __init__(self, spec: MeasureSpec) -> None:
        super().__init__()
        self.spec = spec
        self.last: float | None = None
        self.setValidator(MeasureValidator(spec, self))
        self.setPlaceholderText("not rated")
        self.setAccessibleName(spec.label)
        self.setAccessibleDescription(f"A number {_range(spec)}; leave blank when not rated")
        self.setToolTip(f"{spec.label}: {_range(spec)}. Leave blank when not rated; saved when you leave the field.")
        self.setMaximumWidth(100)


class MeasuresPanel(QWidget):
    """One field per session measure; emits measureChanged(name, value or None) when the user finishes a field."""

    measureChanged = Signal(str, object)  # measure name, float or None (not rated)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Session measures")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        intro = QLabel("Blank means not rated. A value is saved when you press Enter or leave the field.")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, _MeasureField] = {}
        self.messages: dict[str, QLabel] = {}
        for name, spec in MEASURES.items():  # read at construction: measures added to core appear here
            edit = _MeasureField(spec)
            edit.editingFinished.connect(lambda n=name: self._finished(n))
            edit.inputRejected.connect(lambda n=name: self._rejected(n))
            edit.textEdited.connect(lambda _text, n=name: self._hide_message(n))
            edit.installEventFilter(self)
            message = QLabel()
            message.setWordWrap(True)
            message.setStyleSheet("color: #B00020;")
            message.setAccessibleName(f"{spec.label}: problem")
            message.setVisible(False)
            # Most labels already say their range ("Client scaling (1–10)"); add it where one does not.
            label = QLabel(spec.label if _range(spec) in spec.label else f"{spec.label} ({_range(spec)})")
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow(message)  # spans the row: room for the whole message in a narrow pane
            self.fields[name] = edit
            self.messages[name] = message
        outer.addLayout(form)
        outer.addStretch(1)

    # -- data in ------------------------------------------------------------------------------------------
    def set_values(self, values: Mapping[str, float | None]) -> None:
        """Fill every field from stored values (missing = blank) without reporting anything."""
        for name, edit in self.fields.items():
            value = values.get(name)
            edit.last = float(value) if value is not None else None
            edit.blockSignals(True)
            edit.setText(_fmt(value) if value is not None else "")
            edit.blockSignals(False)
            self._hide_message(name)

    def values(self) -> dict[str, float | None]:
        return {name: edit.last for name, edit in self.fields.items()}

    # -- editing ------------------------------------------------------------------------------------------
    def _finished(self, name: str) -> None:
        edit = self.fields[name]
        value = parse_measure(edit.text())
        self._hide_message(name)
        if value != edit.last:
            edit.last = value
            self.measureChanged.emit(name, value)

    def commit_pending(self) -> None:
        """Store a value typed but not yet confirmed (the window is closing): what is on screen is kept."""
        for name, edit in self.fields.items():
            if edit.hasAcceptableInput() and parse_measure(edit.text()) != edit.last:
                self._finished(name)

    def _rejected(self, name: str) -> None:
        spec = self.fields[name].spec
        self._show_message(name, f"Only numbers {_range(spec)}, or blank for not rated.")

    def _unfinished(self, name: str) -> None:
        """Enter or focus-out with a value that is not valid yet: say so and keep the stored value."""
        edit = self.fields[name]
        spec = edit.spec
        if edit.hasAcceptableInput():
            return
        stored = "not rated" if edit.last is None else _fmt(edit.last)
        typed = edit.text().strip()
        message = f"Enter a number {_range(spec)} or leave blank: “{typed}” was not saved (still {stored})."
        self._show_message(name, message)

    def _show_message(self, name: str, text: str) -> None:
        self.messages[name].setText(text)
        self.messages[name].setVisible(True)

    def _hide_message(self, name: str) -> None:
        self.messages[name].setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, _MeasureField):
            name = watched.spec.name
            if event.type() == QEvent.Type.FocusOut:
                self._unfinished(name)
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._unfinished(name)
                elif event.key() == Qt.Key.Key_Escape and watched.text() != _stored_text(watched):
                    watched.setText(_stored_text(watched))  # Esc undoes the edit in progress
                    self._hide_message(name)
                    return True
        return super().eventFilter(watched, event)


def _stored_text(edit: _MeasureField) -> str:
    return _fmt(edit.last) if edit.last is not None else ""
