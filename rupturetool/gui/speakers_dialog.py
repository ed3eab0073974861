"""Session → Speaker roles: settle what each label means after import (remembered for the client)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from rupturetool.core.domain import SpeakerRole

CHOICES = [SpeakerRole.THERAPIST, SpeakerRole.CLIENT, SpeakerRole.OTHER]


class SpeakersDialog(QDialog):
    def __init__(self, speakers: dict[str, SpeakerRole], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Speaker roles")
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "What each speaker label means in this session.\n"
                "Your choice is remembered for this client's next imports."
            )
        )
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for label, role in speakers.items():
            if role is SpeakerRole.UNKNOWN:
                continue  # text with no speaker label is assigned turn by turn, not here
            box = QComboBox()
            for choice in CHOICES:
                box.addItem(str(choice), str(choice))
            box.setCurrentIndex(CHOICES.index(role) if role in CHOICES else 2)
            form.addRow(f"{label}:", box)
            self.boxes[label] = box
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def roles(self) -> dict[str, SpeakerRole]:
        return {label: SpeakerRole(box.currentData()) for label, box in self.boxes.items()}
